/**
 * The rulesets' worked examples live in each ruleset's JSON (`examples`), beside the rules they
 * explain: a situation and the expected needs, programme statuses, relays, fields to check and
 * reasons. This file runs them all, for every shipped ruleset, and holds the checks that are
 * properties of a conversation rather than examples (what `nextQuestion` asks, how two rulesets
 * agree). Together they cover every rule of `orientation.md`.
 */
import { describe, expect, it } from 'vitest';
import {
  nextQuestion,
  orient,
  type Orientation,
  type Ruleset,
  type RulesetExample,
  type Situation,
} from '@passerelle/core';
import { readFileSync } from 'node:fs';
import { examplesSection } from './example-docs.js';
import { getRuleset, rulesetIds } from './index.js';

function orientOrThrow(situation: unknown, ruleset: Ruleset): Orientation {
  const result = orient(situation, ruleset);
  if (!result.ok) throw new Error(`Situation refusée : ${JSON.stringify(result.error)}`);
  return result.value;
}

function checkExample(example: RulesetExample, ruleset: Ruleset): void {
  const o = orientOrThrow(example.situation, ruleset);
  if (example.needs !== undefined) expect(o.needs, 'besoins').toEqual(example.needs);
  if (example.programmes !== undefined) {
    const statuses = Object.fromEntries(
      Object.keys(example.programmes).map((id) => [id, o.programmes.find((p) => p.programme === id)?.status]),
    );
    expect(statuses, 'programmes').toEqual(example.programmes);
  }
  if (example.relays !== undefined)
    expect(
      o.relays.map((r) => `${r.relay}:${r.priority}`),
      'relais',
    ).toEqual(example.relays);
  if (example.toCheck !== undefined)
    expect(
      o.toCheck.flatMap((r) => r.fields),
      'à vérifier',
    ).toEqual(example.toCheck);
  for (const expected of example.reasons ?? []) {
    const outcome =
      expected.need !== undefined
        ? o.steps.find((step) => step.need === expected.need)
        : expected.programme !== undefined
          ? o.programmes.find((status) => status.programme === expected.programme)
          : o.relays.find((advice) => advice.relay === expected.relay);
    expect(outcome?.why, `raisons de ${expected.need ?? expected.programme ?? expected.relay}`).toEqual(
      expected.why,
    );
  }
}

function examplesOf(id: string): readonly RulesetExample[] {
  return (getRuleset(id) as Ruleset).examples ?? [];
}

describe('the worked examples of every shipped ruleset', () => {
  for (const id of rulesetIds) {
    it(`${id} carries its examples, each with a distinct name`, () => {
      const names = examplesOf(id).map((example) => example.name);
      expect(names.length, id).toBeGreaterThanOrEqual(8);
      expect(new Set(names).size, id).toBe(names.length);
    });
    it(`${id}.md shows them as the JSON holds them (build:summaries writes the section)`, () => {
      const page = readFileSync(new URL(`./${id}.md`, import.meta.url), 'utf8');
      expect(page).toContain(examplesSection(getRuleset(id) as Ruleset));
    });
    for (const example of examplesOf(id)) {
      it(`${id}: ${example.name}`, () => checkExample(example, getRuleset(id) as Ruleset));
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Nouvelle-Aquitaine
// ---------------------------------------------------------------------------------------------

/** Someone who answered everything, with no difficulty: each example changes what it is about. */
const ADULT = {
  age: 35,
  employment: 'job-seeker',
  registeredWithFranceTravail: true,
  rsa: false,
  disabilityRecognition: false,
  schooling: 'in-french',
  frenchSpeaking: 'at-ease',
  readingWriting: 'at-ease',
  numeracy: 'at-ease',
  digitalSkills: 'at-ease',
  highestLevel: 3,
  levelObsolete: false,
  project: 'none',
  experienceYears: 0,
  wantsToWorkNow: false,
  barriers: [],
} as const;

describe('nouvelle-aquitaine: reasons and conversations', () => {
  const ruleset = getRuleset('nouvelle-aquitaine') as Ruleset;
  it('under 16, explains closed programmes by the age, never by needs it did not look at', () => {
    for (const id of ['nouvelle-aquitaine', 'centre-val-de-loire']) {
      const regional = getRuleset(id) as Ruleset;
      const o = orientOrThrow(
        { age: 15, schooling: 'little-or-none', readingWriting: 'difficult', employment: 'job-seeker' },
        regional,
      );
      const texts = o.programmes.flatMap((p) => p.why.map((r) => r.text));
      expect(
        texts.filter((text) => /pas votre besoin/.test(text)),
        id,
      ).toEqual([]);
      expect(texts.filter((text) => /16 ans/.test(text)).length, id).toBe(o.programmes.length);
    }
  });

  it('names who opens the door of a SIAE, even when no relay comes first', () => {
    const o = orientOrThrow({ ...ADULT, employment: 'student', wantsToWorkNow: true }, ruleset);
    expect(o.relays.filter((r) => r.priority === 'first')).toEqual([]);
    const siae = o.relays.find((r) => r.relay === 'siae');
    expect(siae?.why.map((r) => r.text).join(' ')).toMatch(
      /Mission locale, de France Travail, de Cap emploi ou du Département/,
    );
    expect(siae?.why.map((r) => r.text).join(' ')).not.toMatch(/en premier/);
  });

  it('names the fields each reason rests on', () => {
    const o = orientOrThrow({ ...ADULT, project: 'defined', highestLevel: 4, levelObsolete: false }, ruleset);
    const hsp = o.programmes.find((p) => p.programme === 'hsp-premier-niveau');
    expect(hsp?.why.map((r) => r.fields)).toEqual([
      ['age'],
      ['employment'],
      ['project'],
      ['highestLevel', 'levelObsolete'],
    ]);
    expect(hsp?.why.at(-1)?.text).toMatch(/dérogation/);
    const step = o.steps.find((s) => s.need === 'qualification');
    expect(step).toMatchObject({
      title: 'Vous former à un métier et obtenir un diplôme',
      programmes: ['hsp-premier-niveau', 'qualifying-training'],
    });
  });

  it('asks the age first, then nothing more for someone under 16', () => {
    expect(nextQuestion({}, ruleset)?.field).toBe('age');
    expect(nextQuestion({ age: 15 }, ruleset)).toBeNull();
  });

  it('keeps a whole conversation short: situation, then project, and stops when nothing would change', () => {
    const answers: Situation = {
      ...ADULT,
      project: 'defined',
      readingWriting: 'difficult',
      barriers: ['money'],
      experienceYears: 2,
      rsa: true,
    };
    let situation: Situation = {};
    const asked: string[] = [];
    for (
      let next = nextQuestion(situation, ruleset);
      next !== null;
      next = nextQuestion(situation, ruleset)
    ) {
      asked.push(next.field);
      situation = { ...situation, [next.field]: answers[next.field] };
    }
    expect(asked.slice(0, 3)).toEqual(['age', 'employment', 'project']);
    expect(asked.length).toBeLessThan(16);
    expect(orientOrThrow(situation, ruleset)).toEqual(orientOrThrow(answers, ruleset));
  });

  it('says what stays to check in plain French', () => {
    const o = orientOrThrow({ ...ADULT, project: 'defined', experienceYears: undefined }, ruleset);
    expect(o.toCheck).toEqual([
      {
        text: 'On ne sait pas encore combien de temps vous avez travaillé dans ce métier.',
        fields: ['experienceYears'],
      },
    ]);
  });
});

describe('centre-val-de-loire: the same needs and relays', () => {
  const ruleset = getRuleset('centre-val-de-loire') as Ruleset;
  it('answers the same needs and relays as Nouvelle-Aquitaine for every example of that region', () => {
    const na = getRuleset('nouvelle-aquitaine') as Ruleset;
    for (const example of examplesOf('nouvelle-aquitaine')) {
      const a = orientOrThrow(example.situation, na);
      const b = orientOrThrow(example.situation, ruleset);
      expect(b.needs, example.name).toEqual(a.needs);
      expect(
        b.relays.map((r) => `${r.relay}:${r.priority}`),
        example.name,
      ).toEqual(a.relays.map((r) => `${r.relay}:${r.priority}`));
    }
  });
});
