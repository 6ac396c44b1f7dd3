/**
 * The situation: what a bénévole learned in a short conversation. Every field is optional, because
 * an unanswered question is information too (it becomes something « à vérifier »).
 *
 * The field order of `SITUATION_FIELDS` is the order of the spec's table; the engine numbers fields
 * by it (bit masks) and lists a reason's fields in it, so it must never be reordered casually.
 */

/** A person's current situation: job seeker, employed, in an insertion job, student, inactive. */
export const EMPLOYMENT_VALUES = ['job-seeker', 'employed', 'insertion-job', 'student', 'inactive'] as const;
/** Where and how long a person went to school, which tells literacy from basic-skills needs. */
export const SCHOOLING_VALUES = ['in-french', 'in-another-language', 'little-or-none'] as const;
/** How well a person speaks French. */
export const FRENCH_SPEAKING_VALUES = ['at-ease', 'basic', 'not-yet'] as const;
/** How at ease a person is with reading and writing, numbers or computers. */
export const EASE_VALUES = ['at-ease', 'difficult'] as const;
/** Highest qualification level reached, on the national scale (0 = none, 3 = CAP, 4 = bac…). */
export const LEVEL_VALUES = [0, 3, 4, 5, 6, 7, 8] as const;
/** How far a person's job project has gone: none, an idea, defined. */
export const PROJECT_VALUES = ['none', 'idea', 'defined'] as const;
/** The freins périphériques a situation may name (mobility, childcare, housing, health, money, paperwork). */
export const BARRIER_VALUES = [
  'mobility',
  'childcare',
  'housing',
  'health',
  'money',
  'administrative',
] as const;

/** One person's answers; a missing field is « pas de réponse ». Checked by `parseSituation`. */
export interface Situation {
  age?: number | undefined;
  /** French postal code, five digits. */
  postalCode?: string | undefined;
  employment?: Employment | undefined;
  registeredWithFranceTravail?: boolean | undefined;
  rsa?: boolean | undefined;
  disabilityRecognition?: boolean | undefined;
  schooling?: (typeof SCHOOLING_VALUES)[number] | undefined;
  frenchSpeaking?: (typeof FRENCH_SPEAKING_VALUES)[number] | undefined;
  readingWriting?: (typeof EASE_VALUES)[number] | undefined;
  numeracy?: (typeof EASE_VALUES)[number] | undefined;
  digitalSkills?: (typeof EASE_VALUES)[number] | undefined;
  highestLevel?: QualificationLevel | undefined;
  levelObsolete?: boolean | undefined;
  project?: (typeof PROJECT_VALUES)[number] | undefined;
  targetJob?: string | undefined;
  experienceYears?: number | undefined;
  wantsToWorkNow?: boolean | undefined;
  barriers?: Barrier[] | undefined;
}
/** The name of one situation field, e.g. `age`. */
export type SituationField = keyof Situation;
/** One of `EMPLOYMENT_VALUES`. */
export type Employment = (typeof EMPLOYMENT_VALUES)[number];
/** One of `BARRIER_VALUES`. */
export type Barrier = (typeof BARRIER_VALUES)[number];
/** One of `LEVEL_VALUES`. */
export type QualificationLevel = (typeof LEVEL_VALUES)[number];

/** Every situation field, in the spec's order (the engine's field numbering). */
export const SITUATION_FIELDS = [
  'age',
  'postalCode',
  'employment',
  'registeredWithFranceTravail',
  'rsa',
  'disabilityRecognition',
  'schooling',
  'frenchSpeaking',
  'readingWriting',
  'numeracy',
  'digitalSkills',
  'highestLevel',
  'levelObsolete',
  'project',
  'targetJob',
  'experienceYears',
  'wantsToWorkNow',
  'barriers',
] as const satisfies readonly SituationField[];

// The compiler proves the list above names every field of the schema exactly once.
type MissingField = Exclude<SituationField, (typeof SITUATION_FIELDS)[number]>;
const everyFieldListed: MissingField extends never ? true : false = true;
void everyFieldListed;

export const FIELD_INDEX: Readonly<Record<SituationField, number>> = Object.fromEntries(
  SITUATION_FIELDS.map((field, index) => [field, index]),
) as Record<SituationField, number>;

/** Fields whose values are numbers, so a ruleset may compare them with lt/lte/gt/gte. */
export const NUMERIC_FIELDS: ReadonlySet<SituationField> = new Set<SituationField>([
  'age',
  'highestLevel',
  'experienceYears',
]);
