import { expect } from '@open-wc/testing';
import { getRuleset } from '@passerelle/data/rulesets';
import '../define.js';
import {
  OrientationHarness,
  youngPersonInBordeaux,
  type Answers,
} from '../test-support/orientation-harness.js';

const ruleset = getRuleset('nouvelle-aquitaine');
const needTitle = (id: string) => ruleset?.needs.find((need) => need.id === id)?.title ?? id;

interface Case {
  readonly who: string;
  readonly answers: Answers;
  readonly steps: readonly string[];
  readonly statuses: Readonly<Record<string, string>>;
  readonly first: readonly string[];
  readonly also?: readonly string[];
}

const cases: readonly Case[] = [
  {
    who: 'a 19-year-old without diploma in Bordeaux',
    answers: youngPersonInBordeaux,
    steps: ['career-project'],
    statuses: { prequalification: 'Vous pouvez y entrer', 'hsp-socle': 'Pas pour vous maintenant' },
    first: ['mission-locale'],
    also: ['erip'],
  },
  {
    who: 'a 45-year-old with reading difficulties',
    answers: {
      age: 45,
      employment: 'job-seeker',
      schooling: 'in-french',
      readingWriting: 'difficult',
      frenchSpeaking: 'at-ease',
    },
    steps: ['basic-skills'],
    statuses: { 'hsp-socle': 'Vous pouvez y entrer' },
    first: ['france-travail'],
    also: ['cria', 'erip'],
  },
  {
    who: 'someone schooled in another language',
    answers: { age: 32, employment: 'job-seeker', schooling: 'in-another-language', frenchSpeaking: 'basic' },
    steps: ['french-language'],
    statuses: { 'hsp-socle': 'Vous pouvez y entrer' },
    first: ['france-travail'],
  },
  {
    who: 'someone with little or no schooling',
    answers: { age: 50, employment: 'job-seeker', schooling: 'little-or-none', readingWriting: 'difficult' },
    steps: ['literacy'],
    statuses: { 'hsp-socle': 'Vous pouvez y entrer' },
    first: ['france-travail'],
    also: ['cria'],
  },
  {
    who: 'someone with a RQTH',
    answers: { age: 38, employment: 'job-seeker', disabilityRecognition: true },
    steps: [],
    statuses: {},
    first: ['cap-emploi'],
    also: ['france-travail'],
  },
  {
    who: 'someone on the RSA over 26',
    answers: { age: 41, employment: 'job-seeker', rsa: true },
    steps: [],
    statuses: {},
    first: ['france-travail'],
    also: ['departement', 'plie'],
  },
  {
    who: 'someone in work',
    answers: { age: 35, employment: 'employed', project: 'defined' },
    steps: ['qualification'],
    statuses: { 'qualifying-training': 'Pas pour vous maintenant' },
    first: ['cep'],
  },
  {
    who: 'someone under 16',
    answers: { age: 15 },
    steps: ['school-guidance'],
    statuses: { 'hsp-socle': 'Pas pour vous maintenant', prequalification: 'Pas pour vous maintenant' },
    first: ['cio'],
  },
];

describe('passerelle-orientation: whole conversations by keyboard alone', () => {
  for (const situation of cases) {
    it(`orients ${situation.who}`, async () => {
      const harness = await OrientationHarness.create();
      const asked = await harness.converse(situation.answers);
      expect(asked.length, 'at least two questions asked').to.be.greaterThan(1);
      expect(new Set(asked).size, 'no question asked twice').to.equal(asked.length);
      for (const need of situation.steps)
        expect(harness.stepTitles, `${harness.text('.answers-list')}`).to.include(needTitle(need));
      for (const [programme, status] of Object.entries(situation.statuses))
        expect(harness.statusOf(programme), `${programme} — ${harness.text('.answers-list')}`).to.equal(
          status,
        );
      expect(harness.firstRelays).to.deep.equal(situation.first);
      for (const relay of situation.also ?? []) expect(harness.alsoRelays).to.include(relay);
    });
  }
});
