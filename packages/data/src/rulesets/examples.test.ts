/**
 * The rulesets' example tables, publicodes-style: a situation and the expected needs, programme
 * statuses, relays and fields to check. Together they cover every rule of `orientation.md`.
 */
import { describe, expect, it } from 'vitest';
import { nextQuestion, orient, type Orientation, type Ruleset, type Situation } from '@passerelle/core';
import { getRuleset } from './index.js';

interface Example {
  /** Reads as a sentence: what the example shows. */
  readonly name: string;
  readonly situation: Record<string, unknown>;
  readonly needs?: readonly string[];
  /** Statuses of the programmes named (others are not looked at). */
  readonly programmes?: Readonly<Record<string, string>>;
  /** Every relay, in order, as `relay:priority`. */
  readonly relays?: readonly string[];
  /** Every field to check, in order. */
  readonly toCheck?: readonly string[];
}

function orientOrThrow(situation: unknown, ruleset: Ruleset): Orientation {
  const result = orient(situation, ruleset);
  if (!result.ok) throw new Error(`Situation refusée : ${JSON.stringify(result.error)}`);
  return result.value;
}

function checkExample(example: Example, ruleset: Ruleset): void {
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
}

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

const ALL_NOT_ELIGIBLE = {
  'hsp-socle': 'not-eligible',
  prequalification: 'not-eligible',
  'hsp-premier-niveau': 'not-eligible',
  'qualifying-training': 'not-eligible',
  vae: 'not-eligible',
  iae: 'not-eligible',
};

const NA_EXAMPLES: Example[] = [
  // Age boundaries: 15/16 and 25/26.
  {
    name: 'at 15, school guidance is the only need, the CIO the only relay, and no programme is open',
    situation: {
      ...ADULT,
      age: 15,
      barriers: ['money'],
      wantsToWorkNow: true,
      schooling: 'little-or-none',
      readingWriting: 'difficult',
      rsa: true,
    },
    needs: ['school-guidance'],
    programmes: ALL_NOT_ELIGIBLE,
    relays: ['cio:first'],
    toCheck: [],
  },
  {
    name: 'at 15 with almost nothing answered, the answer is already complete',
    situation: { age: 15 },
    needs: ['school-guidance'],
    programmes: ALL_NOT_ELIGIBLE,
    relays: ['cio:first'],
    toCheck: [],
  },
  {
    name: 'at 16, the Mission locale comes first and programmes open',
    situation: { ...ADULT, age: 16 },
    needs: ['career-project'],
    programmes: { prequalification: 'eligible', 'hsp-socle': 'not-eligible', iae: 'not-eligible' },
    relays: ['mission-locale:first', 'erip:also'],
    toCheck: [],
  },
  {
    name: 'at 25, the Mission locale still comes first',
    situation: { ...ADULT, age: 25 },
    relays: ['mission-locale:first', 'erip:also'],
  },
  {
    name: 'at 26 and looking for a job, France Travail comes first',
    situation: { ...ADULT, age: 26 },
    relays: ['france-travail:first', 'erip:also'],
  },
  // Needs, one by one.
  {
    name: 'a barrier is a need of its own',
    situation: { ...ADULT, barriers: ['mobility', 'housing'] },
    needs: ['barriers', 'career-project'],
  },
  {
    name: 'little schooling and difficult reading give literacy, the HSP Socle and the CRIA',
    situation: { ...ADULT, schooling: 'little-or-none', readingWriting: 'difficult' },
    needs: ['literacy', 'career-project'],
    programmes: { 'hsp-socle': 'eligible' },
    relays: ['france-travail:first', 'cria:also', 'erip:also'],
  },
  {
    name: 'little schooling but easy reading gives no literacy need',
    situation: { ...ADULT, schooling: 'little-or-none', readingWriting: 'at-ease' },
    needs: ['career-project'],
    programmes: { 'hsp-socle': 'not-eligible' },
  },
  {
    name: 'little schooling with reading unanswered asks about reading, and the HSP Socle is to check',
    situation: { ...ADULT, schooling: 'little-or-none', readingWriting: undefined },
    needs: ['career-project'],
    programmes: { 'hsp-socle': 'to-check' },
    toCheck: ['readingWriting'],
  },
  {
    name: 'schooled in another language and speaking basic French gives French lessons',
    situation: { ...ADULT, schooling: 'in-another-language', frenchSpeaking: 'basic' },
    needs: ['french-language', 'career-project'],
    programmes: { 'hsp-socle': 'eligible' },
    relays: ['france-travail:first', 'erip:also'],
  },
  {
    name: 'schooled in another language, at ease in French but writing with difficulty still gives French lessons',
    situation: { ...ADULT, schooling: 'in-another-language', readingWriting: 'difficult' },
    needs: ['french-language', 'career-project'],
  },
  {
    name: 'schooled in another language and at ease in French and writing gives no language need',
    situation: { ...ADULT, schooling: 'in-another-language' },
    needs: ['career-project'],
  },
  {
    name: 'schooling unanswered and French not yet spoken gives French lessons, and schooling is to check',
    situation: { ...ADULT, schooling: undefined, frenchSpeaking: 'not-yet' },
    needs: ['french-language', 'career-project'],
    // Schooling decides between FLE and literacy: the HSP Socle waits for it.
    programmes: { 'hsp-socle': 'to-check' },
    toCheck: ['schooling'],
  },
  {
    name: 'schooled in French with difficult reading gives basic skills and the CRIA',
    situation: { ...ADULT, readingWriting: 'difficult' },
    needs: ['basic-skills', 'career-project'],
    programmes: { 'hsp-socle': 'eligible' },
    relays: ['france-travail:first', 'cria:also', 'erip:also'],
  },
  {
    name: 'schooled in French with difficult calculation gives basic skills',
    situation: { ...ADULT, numeracy: 'difficult' },
    needs: ['basic-skills', 'career-project'],
  },
  {
    name: 'schooling unanswered, French at ease and difficult reading gives basic skills, and schooling is to check',
    situation: { ...ADULT, schooling: undefined, readingWriting: 'difficult' },
    needs: ['basic-skills', 'career-project'],
    programmes: { 'hsp-socle': 'to-check' },
    relays: ['france-travail:first', 'cria:also', 'erip:also'],
    toCheck: ['schooling'],
  },
  {
    name: 'difficult calculation after school in another language gives basic skills',
    situation: { ...ADULT, schooling: 'in-another-language', numeracy: 'difficult' },
    needs: ['basic-skills', 'career-project'],
  },
  {
    name: 'a digital difficulty opens the HSP Socle even when schooling is unanswered',
    situation: { ...ADULT, schooling: undefined, digitalSkills: 'difficult' },
    programmes: { 'hsp-socle': 'eligible' },
  },
  {
    name: 'difficult digital procedures give digital skills, the HSP Socle and France services',
    situation: { ...ADULT, digitalSkills: 'difficult' },
    needs: ['digital-skills', 'career-project'],
    programmes: { 'hsp-socle': 'eligible' },
    relays: ['france-travail:first', 'erip:also', 'france-services:also'],
  },
  {
    name: 'an idea of a job gives the career project and the préqualification',
    situation: { ...ADULT, project: 'idea' },
    needs: ['career-project'],
    programmes: {
      prequalification: 'eligible',
      'qualifying-training': 'not-eligible',
      'hsp-premier-niveau': 'not-eligible',
    },
  },
  // Qualification levels: 3/4 and obsolete.
  {
    name: 'a defined project at level 3 opens the HSP premier niveau and the qualifying training',
    situation: { ...ADULT, project: 'defined' },
    needs: ['qualification'],
    programmes: {
      'hsp-premier-niveau': 'eligible',
      'qualifying-training': 'eligible',
      prequalification: 'not-eligible',
      vae: 'not-eligible',
    },
  },
  {
    name: 'no qualification at all opens the HSP premier niveau',
    situation: { ...ADULT, project: 'defined', highestLevel: 0 },
    programmes: { 'hsp-premier-niveau': 'eligible' },
  },
  {
    name: 'a level 4 in a field no longer practicable opens the HSP premier niveau',
    situation: { ...ADULT, project: 'defined', highestLevel: 4, levelObsolete: true },
    programmes: { 'hsp-premier-niveau': 'eligible' },
  },
  {
    name: 'a level 4 still practicable needs a derogation',
    situation: { ...ADULT, project: 'defined', highestLevel: 4, levelObsolete: false },
    programmes: { 'hsp-premier-niveau': 'derogation', 'qualifying-training': 'eligible' },
  },
  {
    name: 'a level 4 whose field is not known is to check',
    situation: { ...ADULT, project: 'defined', highestLevel: 4, levelObsolete: undefined },
    programmes: { 'hsp-premier-niveau': 'to-check' },
    toCheck: ['levelObsolete'],
  },
  {
    name: 'a level 5 needs a derogation, whatever its field',
    situation: { ...ADULT, project: 'defined', highestLevel: 5, levelObsolete: undefined },
    programmes: { 'hsp-premier-niveau': 'derogation' },
    toCheck: [],
  },
  {
    name: 'an unknown level makes the HSP premier niveau to check',
    situation: { ...ADULT, project: 'defined', highestLevel: undefined, levelObsolete: undefined },
    programmes: { 'hsp-premier-niveau': 'to-check', 'qualifying-training': 'eligible' },
    // Both could decide (a level 4 needs the second answer); the level is asked first.
    toCheck: ['highestLevel', 'levelObsolete'],
  },
  // VAE: experience boundaries.
  {
    name: 'a defined project and a year of experience give the VAE need, the VAE and the VAE point',
    situation: { ...ADULT, project: 'defined', experienceYears: 1 },
    needs: ['qualification', 'experience-validation'],
    programmes: { vae: 'eligible' },
    relays: ['france-travail:first', 'erip:also', 'vae-point:also'],
  },
  {
    name: 'under a year of experience makes the VAE to check, without the need',
    situation: { ...ADULT, project: 'defined', experienceYears: 0.5 },
    needs: ['qualification'],
    programmes: { vae: 'to-check' },
    toCheck: [],
  },
  {
    name: 'no experience rules the VAE out',
    situation: { ...ADULT, project: 'defined', experienceYears: 0 },
    programmes: { vae: 'not-eligible' },
  },
  {
    name: 'unknown experience makes the VAE to check and asks for it',
    situation: { ...ADULT, project: 'defined', experienceYears: undefined },
    needs: ['qualification'],
    programmes: { vae: 'to-check' },
    toCheck: ['experienceYears'],
  },
  {
    name: 'without a defined project, experience alone does not open the VAE',
    situation: { ...ADULT, project: 'idea', experienceYears: 5 },
    needs: ['career-project'],
    programmes: { vae: 'not-eligible' },
  },
  // Supported employment and the IAE.
  {
    name: 'wanting to work now gives supported employment right after the barriers, the IAE to check and a SIAE',
    situation: { ...ADULT, wantsToWorkNow: true, barriers: ['childcare'], readingWriting: 'difficult' },
    needs: ['barriers', 'supported-employment', 'basic-skills', 'career-project'],
    programmes: { iae: 'to-check', 'hsp-socle': 'eligible' },
    relays: ['france-travail:first', 'cria:also', 'erip:also', 'siae:also'],
  },
  {
    name: 'wanting to work now without barriers puts supported employment first',
    situation: { ...ADULT, wantsToWorkNow: true, digitalSkills: 'difficult' },
    needs: ['supported-employment', 'digital-skills', 'career-project'],
  },
  {
    name: 'not wanting to work now rules the IAE out',
    situation: { ...ADULT, wantsToWorkNow: false },
    programmes: { iae: 'not-eligible' },
  },
  // « Looking for a job ».
  {
    name: 'inactive and wanting to work now counts as looking for a job',
    situation: { ...ADULT, employment: 'inactive', wantsToWorkNow: true, readingWriting: 'difficult' },
    programmes: { 'hsp-socle': 'eligible', prequalification: 'eligible' },
    relays: ['france-travail:first', 'cria:also', 'erip:also', 'siae:also'],
  },
  {
    name: 'inactive and not wanting to work now is not looking for a job',
    situation: { ...ADULT, employment: 'inactive', wantsToWorkNow: false, readingWriting: 'difficult' },
    programmes: { 'hsp-socle': 'not-eligible', prequalification: 'not-eligible' },
    relays: ['cria:also', 'erip:also'],
  },
  {
    name: 'inactive with the wish to work unanswered makes the programmes to check',
    situation: { ...ADULT, employment: 'inactive', wantsToWorkNow: undefined, readingWriting: 'difficult' },
    programmes: { 'hsp-socle': 'to-check', prequalification: 'to-check', iae: 'to-check' },
    toCheck: ['wantsToWorkNow'],
  },
  {
    name: 'a person in work gets the CEP first instead of France Travail, and no job-seeker programme',
    situation: { ...ADULT, employment: 'employed', project: 'defined' },
    programmes: { 'qualifying-training': 'not-eligible', 'hsp-premier-niveau': 'not-eligible' },
    relays: ['cep:first', 'erip:also'],
  },
  {
    name: 'a young person in work gets both the Mission locale and the CEP first',
    situation: { ...ADULT, age: 20, employment: 'employed' },
    relays: ['mission-locale:first', 'cep:first', 'erip:also'],
  },
  {
    name: 'a student is not looking for a job',
    situation: { ...ADULT, age: 19, employment: 'student' },
    programmes: { prequalification: 'not-eligible' },
    relays: ['mission-locale:first', 'erip:also'],
  },
  {
    name: 'a salarié en insertion is first sent back to their SIAE',
    situation: { ...ADULT, employment: 'insertion-job' },
    relays: ['siae:first', 'erip:also'],
  },
  // Relays.
  {
    name: 'a disability recognition at 26 or over puts Cap emploi first and France Travail as also',
    situation: { ...ADULT, disabilityRecognition: true },
    relays: ['cap-emploi:first', 'france-travail:also', 'erip:also'],
  },
  {
    name: 'a disability recognition at 16-25 adds Cap emploi as also, after the Mission locale',
    situation: { ...ADULT, age: 22, disabilityRecognition: true },
    relays: ['mission-locale:first', 'cap-emploi:also', 'erip:also'],
  },
  {
    name: 'a disability recognition with the age unknown still advises Cap emploi, and asks the age',
    situation: { ...ADULT, age: undefined, employment: 'employed', disabilityRecognition: true, rsa: true },
    relays: ['cep:first', 'cap-emploi:also', 'departement:also'],
    toCheck: ['age'],
  },
  {
    name: 'an unanswered disability question keeps France Travail first and asks about it',
    situation: { ...ADULT, disabilityRecognition: undefined },
    relays: ['france-travail:first', 'erip:also'],
    toCheck: ['disabilityRecognition'],
  },
  {
    name: 'the RSA at 26 or over adds the Département and the PLIE',
    situation: { ...ADULT, rsa: true },
    relays: ['france-travail:first', 'departement:also', 'plie:also', 'erip:also'],
  },
  {
    name: 'the RSA at 25 adds the Département only',
    situation: { ...ADULT, age: 25, rsa: true },
    relays: ['mission-locale:first', 'departement:also', 'erip:also'],
  },
  {
    name: 'administrative barriers add France services',
    situation: { ...ADULT, barriers: ['administrative'] },
    needs: ['barriers', 'career-project'],
    relays: ['france-travail:first', 'erip:also', 'france-services:also'],
  },
  // Need combinations in the spec's order.
  {
    name: 'every need a person schooled in another language can have comes in the spec order',
    situation: {
      ...ADULT,
      schooling: 'in-another-language',
      frenchSpeaking: 'basic',
      numeracy: 'difficult',
      digitalSkills: 'difficult',
      project: 'defined',
      experienceYears: 2,
      wantsToWorkNow: true,
      barriers: ['health'],
    },
    needs: [
      'barriers',
      'supported-employment',
      'french-language',
      'basic-skills',
      'digital-skills',
      'qualification',
      'experience-validation',
    ],
  },
  {
    name: 'literacy comes before digital skills and the career project',
    situation: {
      ...ADULT,
      schooling: 'little-or-none',
      readingWriting: 'difficult',
      digitalSkills: 'difficult',
      barriers: ['money'],
    },
    needs: ['barriers', 'literacy', 'digital-skills', 'career-project'],
  },
  {
    name: 'basic skills come before digital skills, then the qualification',
    situation: { ...ADULT, readingWriting: 'difficult', digitalSkills: 'difficult', project: 'defined' },
    needs: ['basic-skills', 'digital-skills', 'qualification'],
  },
  // Unknown answers.
  {
    name: 'an empty situation decides nothing and asks what matters',
    situation: {},
    needs: [],
    programmes: {
      'hsp-socle': 'to-check',
      prequalification: 'to-check',
      'hsp-premier-niveau': 'to-check',
      'qualifying-training': 'to-check',
      vae: 'to-check',
      iae: 'to-check',
    },
    relays: [],
  },
  {
    name: 'an unknown age still lists the needs, and the age is to check',
    situation: { ...ADULT, age: undefined, barriers: ['money'] },
    needs: ['barriers', 'career-project'],
    programmes: { prequalification: 'to-check' },
    relays: [],
    toCheck: ['age'],
  },
  {
    name: 'an unknown project makes the project programmes to check',
    situation: { ...ADULT, project: undefined },
    needs: [],
    programmes: {
      prequalification: 'to-check',
      'qualifying-training': 'to-check',
      'hsp-premier-niveau': 'to-check',
      vae: 'not-eligible',
    },
    toCheck: ['project'],
  },
];

describe('nouvelle-aquitaine: examples', () => {
  const ruleset = getRuleset('nouvelle-aquitaine') as Ruleset;
  for (const example of NA_EXAMPLES) {
    it(example.name, () => checkExample(example, ruleset));
  }

  it('explains the Mission locale in the second person with the age', () => {
    const o = orientOrThrow({ ...ADULT, age: 19 }, ruleset);
    expect(o.relays[0]).toEqual({
      relay: 'mission-locale',
      priority: 'first',
      why: [
        {
          text: 'Vous avez 19 ans : la Mission locale accompagne les jeunes de 16 à 25 ans.',
          fields: ['age'],
        },
      ],
    });
  });

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

// ---------------------------------------------------------------------------------------------
// Centre-Val de Loire: same needs and relays, its own programmes
// ---------------------------------------------------------------------------------------------

const CVL_EXAMPLES: Example[] = [
  {
    name: 'at 15, nothing regional is open and the CIO is the only relay',
    situation: { ...ADULT, age: 15, readingWriting: 'difficult' },
    needs: ['school-guidance'],
    programmes: {
      visa: 'not-eligible',
      'visa-plus': 'not-eligible',
      'chantiers-formation': 'not-eligible',
      'parcours-metiers': 'not-eligible',
      vae: 'not-eligible',
      iae: 'not-eligible',
    },
    relays: ['cio:first'],
  },
  {
    name: 'difficult reading opens a Visa Libres savoirs to a job seeker',
    situation: { ...ADULT, readingWriting: 'difficult' },
    needs: ['basic-skills', 'career-project'],
    programmes: { visa: 'eligible', 'visa-plus': 'eligible' },
    relays: ['france-travail:first', 'cria:also', 'erip:also'],
  },
  {
    name: 'a Visa is open to a person in work too, unlike the HSP Socle of Nouvelle-Aquitaine',
    situation: { ...ADULT, employment: 'employed', digitalSkills: 'difficult' },
    needs: ['digital-skills', 'career-project'],
    programmes: { visa: 'eligible', 'visa-plus': 'not-eligible' },
    relays: ['cep:first', 'erip:also', 'france-services:also'],
  },
  {
    name: 'a Visa is not for someone still at school',
    situation: { ...ADULT, age: 17, employment: 'student', numeracy: 'difficult' },
    programmes: { visa: 'not-eligible' },
  },
  {
    name: 'an unanswered situation makes the Visa to check',
    situation: { ...ADULT, employment: undefined, numeracy: 'difficult' },
    programmes: { visa: 'to-check' },
    toCheck: ['employment'],
  },
  {
    name: 'a defined project without qualification opens the chantiers formation and the parcours métiers',
    situation: { ...ADULT, project: 'defined', highestLevel: 0 },
    needs: ['qualification'],
    programmes: {
      'chantiers-formation': 'eligible',
      'parcours-metiers': 'eligible',
      'visa-plus': 'not-eligible',
    },
  },
  {
    name: 'a defined project at bac level makes the chantiers formation to check with the conseiller',
    situation: { ...ADULT, project: 'defined', highestLevel: 4 },
    programmes: { 'chantiers-formation': 'to-check', 'parcours-metiers': 'eligible' },
    toCheck: [],
  },
  {
    name: 'the VAE and the IAE follow the same rules as in Nouvelle-Aquitaine',
    situation: { ...ADULT, project: 'defined', experienceYears: 0.5, wantsToWorkNow: true },
    needs: ['supported-employment', 'qualification'],
    programmes: { vae: 'to-check', iae: 'to-check' },
    relays: ['france-travail:first', 'erip:also', 'siae:also'],
  },
];

describe('centre-val-de-loire: examples', () => {
  const ruleset = getRuleset('centre-val-de-loire') as Ruleset;
  for (const example of CVL_EXAMPLES) {
    it(example.name, () => checkExample(example, ruleset));
  }

  it('answers the same needs and relays as Nouvelle-Aquitaine for every example of that region', () => {
    const na = getRuleset('nouvelle-aquitaine') as Ruleset;
    for (const example of NA_EXAMPLES) {
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
