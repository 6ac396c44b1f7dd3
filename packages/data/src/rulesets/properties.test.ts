/**
 * Properties every shipped ruleset keeps, whatever the situation (fast-check generates partial
 * situations: each field may be missing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BARRIER_VALUES,
  EASE_VALUES,
  EMPLOYMENT_VALUES,
  FRENCH_SPEAKING_VALUES,
  LEVEL_VALUES,
  PROJECT_VALUES,
  SCHOOLING_VALUES,
  SITUATION_FIELDS,
  nextQuestion,
  orient,
  type NeedId,
  type Orientation,
  type Ruleset,
  type Situation,
} from '@passerelle/core';
import { getRuleset, rulesetIds } from './index.js';

const situationArbitrary: fc.Arbitrary<Situation> = fc.record(
  {
    age: fc.integer({ min: 0, max: 120 }),
    postalCode: fc.stringMatching(/^\d{5}$/),
    employment: fc.constantFrom(...EMPLOYMENT_VALUES),
    registeredWithFranceTravail: fc.boolean(),
    rsa: fc.boolean(),
    disabilityRecognition: fc.boolean(),
    schooling: fc.constantFrom(...SCHOOLING_VALUES),
    frenchSpeaking: fc.constantFrom(...FRENCH_SPEAKING_VALUES),
    readingWriting: fc.constantFrom(...EASE_VALUES),
    numeracy: fc.constantFrom(...EASE_VALUES),
    digitalSkills: fc.constantFrom(...EASE_VALUES),
    highestLevel: fc.constantFrom(...LEVEL_VALUES),
    levelObsolete: fc.boolean(),
    project: fc.constantFrom(...PROJECT_VALUES),
    targetJob: fc.constantFrom('Aide-cuisinier', 'Maçon', 'J1501'),
    experienceYears: fc.oneof(fc.constantFrom(0, 0.5, 1, 3), fc.double({ min: 0, max: 40, noNaN: true })),
    wantsToWorkNow: fc.boolean(),
    barriers: fc.uniqueArray(fc.constantFrom(...BARRIER_VALUES)),
  },
  { requiredKeys: [] },
);

/** The spec's order: supported-employment only exists with `wantsToWorkNow`, right after barriers. */
const SPEC_ORDER: readonly NeedId[] = [
  'school-guidance',
  'barriers',
  'supported-employment',
  'literacy',
  'french-language',
  'basic-skills',
  'digital-skills',
  'career-project',
  'qualification',
  'experience-validation',
];

function orientOk(situation: Situation, ruleset: Ruleset): Orientation {
  const result = orient(situation, ruleset);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** Programmes whose status could move if one unanswered question were answered. */
function statusChanges(situation: Situation, ruleset: Ruleset, base: Orientation): string[] {
  const moved: string[] = [];
  for (const question of ruleset.questions) {
    if (situation[question.field] !== undefined) continue;
    for (const option of question.options) {
      const completed = orientOk({ ...situation, [question.field]: option.value } as Situation, ruleset);
      for (const status of base.programmes) {
        const after = completed.programmes.find((p) => p.programme === status.programme)?.status;
        if (status.status === 'eligible' && after !== 'eligible')
          moved.push(`${status.programme} (${question.field})`);
      }
    }
  }
  return moved;
}

for (const id of rulesetIds) {
  describe(`${id}: properties`, () => {
    const ruleset = getRuleset(id) as Ruleset;

    it('answers any valid situation without throwing, with every programme once', () => {
      fc.assert(
        fc.property(situationArbitrary, (situation) => {
          const o = orientOk(situation, ruleset);
          expect(o.programmes.map((p) => p.programme)).toEqual(ruleset.programmes.map((p) => p.id));
        }),
      );
    });

    it('lists needs once each, in the spec order, with one step per need', () => {
      fc.assert(
        fc.property(situationArbitrary, (situation) => {
          const o = orientOk(situation, ruleset);
          expect(new Set(o.needs).size).toBe(o.needs.length);
          const positions = o.needs.map((need) => SPEC_ORDER.indexOf(need));
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
          expect(o.steps.map((step) => step.need)).toEqual(o.needs);
        }),
      );
    });

    it('gives only school guidance, only the CIO and no open programme under 16', () => {
      fc.assert(
        fc.property(situationArbitrary, fc.integer({ min: 0, max: 15 }), (situation, age) => {
          const o = orientOk({ ...situation, age }, ruleset);
          expect(o.needs).toEqual(['school-guidance']);
          expect(o.relays.map((r) => [r.relay, r.priority])).toEqual([['cio', 'first']]);
          expect(o.programmes.every((p) => p.status === 'not-eligible')).toBe(true);
        }),
      );
    });

    it('never says eligible when answering a missing question could change it', () => {
      fc.assert(
        fc.property(situationArbitrary, (situation) => {
          expect(statusChanges(situation, ruleset, orientOk(situation, ruleset))).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });

    it('never says eligible for a programme whose deciding answer is missing', () => {
      const deciding: Readonly<Record<string, readonly (keyof Situation)[]>> = {
        vae: ['age', 'project', 'experienceYears'],
        iae: ['age', 'wantsToWorkNow'],
      };
      fc.assert(
        fc.property(situationArbitrary, (situation) => {
          const o = orientOk(situation, ruleset);
          for (const status of o.programmes) {
            const fields = deciding[status.programme] ?? ['age', 'employment'];
            if (fields.some((field) => situation[field] === undefined))
              expect(status.status, status.programme).not.toBe('eligible');
          }
        }),
      );
    });

    it('gives the same output for the same situation, every time', () => {
      fc.assert(
        fc.property(situationArbitrary, (situation) => {
          const first = JSON.stringify(orientOk(situation, ruleset));
          const shuffled = Object.fromEntries(Object.entries(situation).reverse()) as Situation;
          expect(JSON.stringify(orientOk(structuredClone(situation), ruleset))).toBe(first);
          expect(JSON.stringify(orientOk(shuffled, ruleset))).toBe(first);
        }),
      );
    });

    it('explains every conclusion with reasons that name situation fields', () => {
      fc.assert(
        fc.property(situationArbitrary, (situation) => {
          const o = orientOk(situation, ruleset);
          const reasons = [...o.steps, ...o.programmes, ...o.relays].map((item) => item.why);
          for (const why of reasons) expect(why.length).toBeGreaterThan(0);
          for (const reason of [...reasons.flat(), ...o.toCheck]) {
            expect(reason.text).not.toMatch(/[{}]/);
            expect(reason.fields.length).toBeGreaterThan(0);
            for (const field of reason.fields) expect(SITUATION_FIELDS).toContain(field);
          }
        }),
      );
    });

    it('lists only unanswered fields to check, each once', () => {
      fc.assert(
        fc.property(situationArbitrary, (situation) => {
          const fields = orientOk(situation, ruleset).toCheck.flatMap((reason) => reason.fields);
          expect(new Set(fields).size).toBe(fields.length);
          for (const field of fields) expect(situation[field]).toBeUndefined();
        }),
      );
    });

    it('asks next an unanswered question, or nothing once no answer would change the outcome', () => {
      fc.assert(
        fc.property(situationArbitrary, (situation) => {
          const next = nextQuestion(situation, ruleset);
          if (next === null) {
            expect(statusChanges(situation, ruleset, orientOk(situation, ruleset))).toEqual([]);
            return;
          }
          expect(situation[next.field]).toBeUndefined();
          expect(next.changes).toBeGreaterThan(0);
          expect(next.text).toMatch(/\?$/);
        }),
        { numRuns: 60 },
      );
    });
  });
}
