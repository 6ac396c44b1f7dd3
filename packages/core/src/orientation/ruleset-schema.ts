/**
 * The ruleset document as zod/mini schemas, to check untrusted JSON against `ruleset.ts`'s plain
 * types; `RulesetSchemaMatchesType` proves both describe the same values. Internal: the public
 * declarations never mention zod.
 *
 * Conditions are a flat object with exactly one form key (`field`, `all`, `need`…): zod then
 * reports an unknown or misspelt key at its exact path, which a union of shapes could not.
 */
import * as z from 'zod/mini';
import type { AllTrue, SameShape } from '../validation/type-equality.js';
import {
  CONDITION_FORMS,
  OFFER_CONDITION_FORMS,
  RULESET_FORMAT,
  RULESET_VERSION,
  type ConditionJson,
  type OfferConditionJson,
  type Ruleset,
} from './ruleset.js';
import { SITUATION_FIELDS } from './situation.js';
import { situationSchema } from './situation-schema.js';
import { PROGRAMME_STATUSES, RELAY_PRIORITIES } from './types.js';

const text = z.string().check(z.trim(), z.minLength(1));
const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const fieldName = z.enum(SITUATION_FIELDS);
/** Needs and relay kinds are the ruleset's own: `checkRuleset` checks that each one used is declared. */
const needId = kebabId;
const relayKind = kebabId;
const scalar = z.union([z.string(), z.number(), z.boolean()]);

function presentKeys(value: object, keys: readonly string[]): string[] {
  return keys.filter((key) => (value as Record<string, unknown>)[key] !== undefined);
}

function exactlyOne(keys: readonly string[]) {
  return (value: object): boolean => presentKeys(value, keys).length === 1;
}

export const conditionSchema: z.ZodMiniType<ConditionJson> = z
  .strictObject({
    field: z.optional(fieldName),
    eq: z.optional(scalar),
    ne: z.optional(scalar),
    lt: z.optional(z.number()),
    lte: z.optional(z.number()),
    gt: z.optional(z.number()),
    gte: z.optional(z.number()),
    in: z.optional(z.array(scalar).check(z.minLength(1))),
    notIn: z.optional(z.array(scalar).check(z.minLength(1))),
    includes: z.optional(z.string()),
    includesAny: z.optional(z.array(z.string()).check(z.minLength(1))),
    isEmpty: z.optional(z.boolean()),
    answered: z.optional(fieldName),
    unanswered: z.optional(fieldName),
    all: z.optional(z.array(z.lazy(() => conditionSchema)).check(z.minLength(1))),
    any: z.optional(z.array(z.lazy(() => conditionSchema)).check(z.minLength(1))),
    not: z.optional(z.lazy(() => conditionSchema)),
    need: z.optional(needId),
    ref: z.optional(kebabId),
  })
  .check(
    z.refine(exactlyOne(CONDITION_FORMS), {
      message: `une condition doit avoir exactement une de ces clés : ${CONDITION_FORMS.join(', ')}`,
    }),
  );

/** A sentence shown when its condition holds (always, without `when`). */
export const reasonClauseSchema = z.strictObject({
  when: z.optional(conditionSchema),
  text,
  /** The answers the sentence rests on; computed from `when` when absent. */
  fields: z.optional(z.array(fieldName).check(z.minLength(1))),
});

/** Lists fields as « à vérifier » when the condition holds, even if the outcome is already known. */
export const checkClauseSchema = z.strictObject({
  when: conditionSchema,
  fields: z.array(fieldName).check(z.minLength(1)),
});

export const needSchema = z.strictObject({
  id: needId,
  /** The step title: short, plain French, second person or infinitive. */
  title: text,
  when: conditionSchema,
  /** When true, this need is the only one listed (e.g. under 16: school guidance only). */
  exclusive: z.optional(z.boolean()),
  because: z.array(reasonClauseSchema).check(z.minLength(1)),
  check: z.optional(z.array(checkClauseSchema)),
});

export const needPlacementSchema = z.strictObject({
  need: needId,
  after: needId,
  when: conditionSchema,
});

export const definitionSchema = z.strictObject({
  description: z.optional(text),
  when: conditionSchema,
});

export const requirementSchema = z.strictObject({
  when: conditionSchema,
  /** Said when the requirement is met (optional: not every met requirement is worth a sentence). */
  met: z.optional(text),
  /** Said when it is not met. */
  unmet: text,
  /** Said when an answer is missing to decide. */
  unknown: text,
  /** What an unmet requirement means for the programme. */
  failStatus: z.optional(z.enum(['not-eligible', 'to-check', 'derogation'])),
  /**
   * The answers its sentences talk about, when the condition reads more (a need it refers to, an
   * age guard): its reasons then name only those of them that decided.
   */
  fields: z.optional(z.array(fieldName).check(z.minLength(1))),
});

export const programmeSchema = z.strictObject({
  id: kebabId,
  name: text,
  /** A short name for lists, with no unexplained acronym. */
  shortName: text,
  description: text,
  forWhom: text,
  cost: text,
  howToEnter: text,
  bring: z.array(text).check(z.minLength(1)),
  /** The needs this programme answers: it is listed in those steps. */
  needs: z.array(needId).check(z.minLength(1)),
  /** Requirements, all needed: a shared requirement's name or an inline one. */
  requires: z.array(z.union([kebabId, requirementSchema])).check(z.minLength(1)),
  /** The status when every requirement is met (`to-check` when a prescriber must confirm). */
  whenMet: z.optional(
    z.strictObject({
      status: z.enum(['eligible', 'to-check']),
      because: z.optional(text),
    }),
  ),
});

export const relayKindSchema = z.strictObject({
  name: text,
  description: text,
});

export const relayRuleSchema = z.strictObject({
  relay: relayKind,
  priority: z.enum(RELAY_PRIORITIES),
  when: conditionSchema,
  /** When this rule holds, no other relay is advised (e.g. under 16: the CIO only). */
  exclusive: z.optional(z.boolean()),
  because: z.array(reasonClauseSchema).check(z.minLength(1)),
  /** A `first` advice becomes `also` when this holds (another relay leads instead). */
  demote: z.optional(z.strictObject({ when: conditionSchema, because: text })),
});

const answerValue = z.union([scalar, z.array(z.string())]);

export const questionSchema = z.strictObject({
  field: fieldName,
  /** The question as the bénévole asks it, second person. */
  text,
  /** A short noun phrase for lists: « votre âge ». */
  label: text,
  /** Sentence for `toCheck` when the answer is missing and matters. */
  missing: text,
  input: z.enum(['number', 'choice', 'multiple', 'yes-no', 'text', 'postal-code']),
  /** Answer options (representative values for a number): `nextQuestion` tries each. */
  options: z.array(z.strictObject({ value: answerValue, label: text })),
});

const codeList = (pattern: RegExp) =>
  z.optional(z.array(z.string().check(z.regex(pattern))).check(z.minLength(1)));

export const offerConditionSchema: z.ZodMiniType<OfferConditionJson> = z
  .strictObject({
    /** LHÉO dict-AIS objectif général codes. */
    objective: codeList(/^\d$/),
    /** LHÉO dict-financeurs codes: true when any action has one of them. */
    funder: codeList(/^\d{1,2}$/),
    /** LHÉO dict-niveaux codes of the exit level. */
    exitLevel: codeList(/^\d{1,2}$/),
    /** Formacodes: true when the offer has one of them. */
    formacode: codeList(/^\d{5}$/),
    /** An `extras` key/value of the offer, one of its actions or sessions (values compared without case). */
    extra: z.optional(z.strictObject({ key: text, value: z.optional(z.array(text).check(z.minLength(1))) })),
    certifying: z.optional(z.boolean()),
    all: z.optional(z.array(z.lazy(() => offerConditionSchema)).check(z.minLength(1))),
    any: z.optional(z.array(z.lazy(() => offerConditionSchema)).check(z.minLength(1))),
    not: z.optional(z.lazy(() => offerConditionSchema)),
  })
  .check(
    z.refine(exactlyOne(OFFER_CONDITION_FORMS), {
      message: `une condition sur une offre doit avoir exactement une de ces clés : ${OFFER_CONDITION_FORMS.join(', ')}`,
    }),
  );

export const matcherSchema = z.strictObject({
  programme: kebabId,
  when: offerConditionSchema,
});

const exampleReasonsSchema = z.strictObject({
  need: z.optional(needId),
  programme: z.optional(kebabId),
  relay: z.optional(relayKind),
  why: z.array(z.strictObject({ text, fields: z.array(fieldName) })),
});

export const exampleSchema = z.strictObject({
  name: text,
  situation: situationSchema,
  needs: z.optional(z.array(needId)),
  programmes: z.optional(z.record(kebabId, z.enum(PROGRAMME_STATUSES))),
  relays: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9-]+:(first|also)$/)))),
  toCheck: z.optional(z.array(fieldName)),
  reasons: z.optional(z.array(exampleReasonsSchema)),
});

export const rulesetSchema = z.strictObject({
  format: z.literal(RULESET_FORMAT),
  version: z.literal(RULESET_VERSION),
  id: kebabId,
  name: text,
  /** Where the rules come from (fiches, conventions), in words. */
  sources: z.array(text).check(z.minLength(1)),
  definitions: z.record(kebabId, definitionSchema),
  questions: z.array(questionSchema),
  needs: z.array(needSchema),
  needPlacement: z.array(needPlacementSchema),
  requirements: z.record(kebabId, requirementSchema),
  programmes: z.array(programmeSchema).check(z.minLength(1)),
  relayKinds: z.record(relayKind, relayKindSchema),
  relayRules: z.array(relayRuleSchema),
  matchers: z.array(matcherSchema),
  examples: z.optional(z.array(exampleSchema)),
});

/** Compile-time proof that the schemas and the plain types of `ruleset.ts` describe the same values. */
export type RulesetSchemaMatchesType = AllTrue<[SameShape<z.output<typeof rulesetSchema>, Ruleset>]>;
