/**
 * The situation as a zod/mini schema, to check untrusted answers against `situation.ts`'s plain
 * types; `SituationSchemaMatchesType` proves both describe the same values. Internal: the public
 * declarations never mention zod.
 */
import * as z from 'zod/mini';
import type { AllTrue, SameShape } from '../validation/type-equality.js';
import {
  BARRIER_VALUES,
  EASE_VALUES,
  EMPLOYMENT_VALUES,
  FRENCH_SPEAKING_VALUES,
  LEVEL_VALUES,
  PROJECT_VALUES,
  SCHOOLING_VALUES,
  type Situation,
  type SituationField,
} from './situation.js';

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

/** Compile-time proof that the schema and `Situation` describe the same values. */
export type SituationSchemaMatchesType = AllTrue<[SameShape<z.output<typeof situationSchema>, Situation>]>;

/** The schema of one answer of a field (an element for `barriers`), to check a ruleset's values. */
export function fieldValueSchema(field: SituationField): z.ZodMiniType {
  if (field === 'barriers') return z.enum(BARRIER_VALUES);
  return situationSchema.shape[field].def.innerType as z.ZodMiniType;
}
