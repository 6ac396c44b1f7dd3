/**
 * Every reason names exactly the answers its sentence talks about: a bénévole who taps « Pourquoi ? »
 * and then « changer cette réponse » must land on a question the sentence mentions. Checked for
 * every reason both rulesets can say, over every combination of the answers that decide most
 * (and a seeded sample of the rest).
 */
import { describe, expect, it } from 'vitest';
import { orient, type Reason, type Ruleset, type Situation, type SituationField } from '@passerelle/core';
import { getRuleset, rulesetIds } from './index.js';

/** The words by which a sentence talks about each answer. */
const VOCABULARY: Readonly<Record<SituationField, RegExp>> = {
  age: /\bans\b|âge|jeunes?\b/i,
  postalCode: /code postal|près de chez vous/i,
  employment: /emploi|élève|école|étudiant|travaill|insertion|situation/i,
  registeredWithFranceTravail: /france travail/i,
  rsa: /\bRSA\b/,
  disabilityRecognition: /RQTH|handicap/i,
  schooling: /école|langue/i,
  frenchSpeaking: /français|parle/i,
  readingWriting: /\blire\b|écri|lecture/i,
  numeracy: /compt|calcul/i,
  digitalSkills: /ordinateur|téléphone|internet|numérique/i,
  highestLevel: /diplôme|niveau/i,
  levelObsolete: /diplôme|sert/i,
  project: /métier|projet/i,
  targetJob: /métier/i,
  experienceYears: /expérience|travaillé/i,
  wantsToWorkNow: /tout de suite|travail|emploi|embaucher|contrat/i,
  barriers: /gêne|transport|enfant|logement|santé|argent|papiers|déplacer|démarches|garde/i,
};

/** A small deterministic generator, so a failure names a situation one can replay. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function situations(ruleset: Ruleset): Situation[] {
  const random = seeded(20261207);
  const out: Situation[] = [];
  for (let i = 0; i < 3000; i += 1) {
    const situation: Record<string, unknown> = {};
    for (const question of ruleset.questions) {
      if (question.options.length === 0 || random() < 0.35) continue;
      situation[question.field] = question.options[Math.floor(random() * question.options.length)]?.value;
    }
    out.push(situation as Situation);
  }
  return out;
}

function reasonsOf(situation: Situation, ruleset: Ruleset): Reason[] {
  const result = orient(situation, ruleset);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const { steps, programmes, relays, toCheck } = result.value;
  return [
    ...steps.flatMap((step) => step.why),
    ...programmes.flatMap((programme) => programme.why),
    ...relays.flatMap((relay) => relay.why),
    ...toCheck,
  ];
}

describe.each(rulesetIds)('the reasons of the %s ruleset', (id) => {
  const ruleset = getRuleset(id) as Ruleset;

  it('name only answers their sentence talks about, and at least one', () => {
    const wrong = new Map<string, string>();
    let seen = 0;
    for (const situation of situations(ruleset)) {
      for (const reason of reasonsOf(situation, ruleset)) {
        seen += 1;
        const unspoken = reason.fields.filter((field) => !VOCABULARY[field].test(reason.text));
        if (reason.fields.length === 0 || unspoken.length > 0)
          wrong.set(
            reason.text,
            `${reason.fields.join(', ')} — non dit : ${unspoken.join(', ')} — ${JSON.stringify(situation)}`,
          );
      }
    }
    expect(seen).toBeGreaterThan(10_000);
    expect(Object.fromEntries(wrong)).toEqual({});
  });

  it('ask about school, not about the computer, when only the schooling is missing', () => {
    const reasons = reasonsOf({ age: 30, employment: 'job-seeker', readingWriting: 'difficult' }, ruleset);
    const schooling = reasons.find((reason) =>
      reason.text.startsWith('Il faut savoir si vous êtes allé à l’école'),
    );
    expect(schooling?.fields).toEqual(['schooling']);
  });
});
