/**
 * The situation: what a bénévole learned in a short conversation. Every field is optional, because
 * an unanswered question is information too (it becomes something « à vérifier »).
 *
 * The field order of `SITUATION_FIELDS` is the order of the spec's table; the engine numbers fields
 * by it (bit masks) and lists a reason's fields in it, so it must never be reordered casually.
 */
import * as z from 'zod/mini';
import { err, ok, type Problem, type Result } from '../result.js';
import { toProblems } from '../validation/french-issues.js';
import { MESSAGES } from './messages.js';

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

/** `highestLevel` also accepts its digit as text ("3"), as an HTML `<select>` would give it. */
const levelSchema = z.pipe(
  z.transform((value: unknown) => (typeof value === 'string' && /^\d$/.test(value) ? Number(value) : value)),
  z.literal(LEVEL_VALUES),
);

export const situationSchema = z.strictObject({
  age: z.optional(z.number().check(z.int(), z.gte(0), z.lte(120))),
  postalCode: z.optional(z.string().check(z.regex(/^\d{5}$/))),
  employment: z.optional(z.enum(EMPLOYMENT_VALUES)),
  registeredWithFranceTravail: z.optional(z.boolean()),
  rsa: z.optional(z.boolean()),
  disabilityRecognition: z.optional(z.boolean()),
  schooling: z.optional(z.enum(SCHOOLING_VALUES)),
  frenchSpeaking: z.optional(z.enum(FRENCH_SPEAKING_VALUES)),
  readingWriting: z.optional(z.enum(EASE_VALUES)),
  numeracy: z.optional(z.enum(EASE_VALUES)),
  digitalSkills: z.optional(z.enum(EASE_VALUES)),
  highestLevel: z.optional(levelSchema),
  levelObsolete: z.optional(z.boolean()),
  project: z.optional(z.enum(PROJECT_VALUES)),
  targetJob: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  experienceYears: z.optional(z.number().check(z.gte(0), z.lte(80))),
  wantsToWorkNow: z.optional(z.boolean()),
  barriers: z.optional(z.array(z.enum(BARRIER_VALUES))),
});

/** What a bénévole learned in the conversation; every field is optional (unknown is « à vérifier »). */
export type Situation = z.output<typeof situationSchema>;
/** The name of one field of a `Situation`. */
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

/** The schema of one answer of a field (an element for `barriers`), to check a ruleset's values. */
export function fieldValueSchema(field: SituationField): z.ZodMiniType {
  if (field === 'barriers') return z.enum(BARRIER_VALUES);
  return situationSchema.shape[field].def.innerType as z.ZodMiniType;
}

const EMPLOYMENT_SET: ReadonlySet<unknown> = new Set(EMPLOYMENT_VALUES);
const SCHOOLING_SET: ReadonlySet<unknown> = new Set(SCHOOLING_VALUES);
const FRENCH_SPEAKING_SET: ReadonlySet<unknown> = new Set(FRENCH_SPEAKING_VALUES);
const EASE_SET: ReadonlySet<unknown> = new Set(EASE_VALUES);
const LEVEL_SET: ReadonlySet<unknown> = new Set(LEVEL_VALUES);
const PROJECT_SET: ReadonlySet<unknown> = new Set(PROJECT_VALUES);
const BARRIER_SET: ReadonlySet<unknown> = new Set(BARRIER_VALUES);
const POSTAL_CODE = /^\d{5}$/;

/**
 * The fast path of `parseSituation`: a situation that needs no change (no null, no level as text,
 * no duplicate barrier, trimmed job) is returned as is, without zod, because the widget re-evaluates
 * on every answer. Anything else, valid or not, goes through the schema, which stays the reference
 * (a property test checks the two agree).
 */
function acceptedAsIs(input: Readonly<Record<string, unknown>>): Situation | undefined {
  for (const key in input) {
    const v = input[key];
    switch (key) {
      case 'age':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 120) return undefined;
        break;
      case 'postalCode':
        if (typeof v !== 'string' || !POSTAL_CODE.test(v)) return undefined;
        break;
      case 'employment':
        if (!EMPLOYMENT_SET.has(v)) return undefined;
        break;
      case 'schooling':
        if (!SCHOOLING_SET.has(v)) return undefined;
        break;
      case 'frenchSpeaking':
        if (!FRENCH_SPEAKING_SET.has(v)) return undefined;
        break;
      case 'readingWriting':
      case 'numeracy':
      case 'digitalSkills':
        if (!EASE_SET.has(v)) return undefined;
        break;
      case 'highestLevel':
        if (!LEVEL_SET.has(v)) return undefined;
        break;
      case 'project':
        if (!PROJECT_SET.has(v)) return undefined;
        break;
      case 'registeredWithFranceTravail':
      case 'rsa':
      case 'disabilityRecognition':
      case 'levelObsolete':
      case 'wantsToWorkNow':
        if (typeof v !== 'boolean') return undefined;
        break;
      case 'targetJob':
        if (typeof v !== 'string' || v.length === 0 || v.length > 200 || v.trim() !== v) return undefined;
        break;
      case 'experienceYears':
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 80) return undefined;
        break;
      case 'barriers': {
        if (!Array.isArray(v)) return undefined;
        for (let i = 0; i < v.length; i += 1) {
          if (!BARRIER_SET.has(v[i]) || v.indexOf(v[i]) !== i) return undefined;
        }
        break;
      }
      default:
        return undefined;
    }
  }
  return input as Situation;
}

/**
 * Checks an untrusted situation. `null` means « pas de réponse », like an absent field; duplicate
 * barriers are merged. Errors name the field, in French.
 */
export function parseSituation(input: unknown): Result<Situation, Problem[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err([{ path: '(racine)', message: MESSAGES.notAnObject }]);
  }
  let cleaned: Record<string, unknown> = input as Record<string, unknown>;
  for (const key in cleaned) {
    if (cleaned[key] === null) {
      cleaned = Object.fromEntries(Object.entries(cleaned).filter(([, value]) => value !== null));
      break;
    }
  }
  const fast = acceptedAsIs(cleaned);
  if (fast !== undefined) return ok(fast);
  const result = situationSchema.safeParse(cleaned, { reportInput: true });
  if (!result.success) return err(toProblems(result.error.issues));
  const situation = result.data;
  if (situation.barriers !== undefined && new Set(situation.barriers).size !== situation.barriers.length) {
    return ok({ ...situation, barriers: [...new Set(situation.barriers)] });
  }
  return ok(situation);
}
