/**
 * The ruleset document: a region's orientation rules as data. Core validates it with this schema
 * (shape) and with `checkRuleset` (references between its parts), so a broken ruleset fails loudly
 * with the path of the problem instead of giving silently wrong advice.
 *
 * Conditions are a flat object with exactly one form key (`field`, `all`, `need`…): zod then
 * reports an unknown or misspelt key at its exact path, which a union of shapes could not.
 */
import * as z from 'zod/mini';
import { SITUATION_FIELDS } from './situation.js';
import { NEED_IDS, RELAY_KINDS, RELAY_PRIORITIES } from './types.js';

/** The `format` field every ruleset JSON carries. */
export const RULESET_FORMAT = 'passerelle-ruleset';
/** Version of the ruleset JSON format that `parseRuleset` reads. */
export const RULESET_VERSION = 1;

const text = z.string().check(z.trim(), z.minLength(1));
const kebabId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const fieldName = z.enum(SITUATION_FIELDS);
const needId = z.enum(NEED_IDS);
const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** Keys that give a condition its form; exactly one must be present. */
export const CONDITION_FORMS = [
  'field',
  'answered',
  'unanswered',
  'all',
  'any',
  'not',
  'need',
  'ref',
] as const;
/** Comparison operators of a `field` condition; exactly one must be present. */
export const FIELD_OPERATORS = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'notIn',
  'includes',
  'includesAny',
  'isEmpty',
] as const;

/** A condition over the situation, three-valued: an unanswered field makes it unknown. */
export interface ConditionJson {
  field?: (typeof SITUATION_FIELDS)[number] | undefined;
  eq?: string | number | boolean | undefined;
  ne?: string | number | boolean | undefined;
  lt?: number | undefined;
  lte?: number | undefined;
  gt?: number | undefined;
  gte?: number | undefined;
  in?: (string | number | boolean)[] | undefined;
  notIn?: (string | number | boolean)[] | undefined;
  includes?: string | undefined;
  includesAny?: string[] | undefined;
  isEmpty?: boolean | undefined;
  answered?: (typeof SITUATION_FIELDS)[number] | undefined;
  unanswered?: (typeof SITUATION_FIELDS)[number] | undefined;
  all?: ConditionJson[] | undefined;
  any?: ConditionJson[] | undefined;
  not?: ConditionJson | undefined;
  need?: (typeof NEED_IDS)[number] | undefined;
  ref?: string | undefined;
}

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
  relay: z.enum(RELAY_KINDS),
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

/** Catalogue-offer conditions for programme matchers: two-valued, a missing LHÉO field is false. */
export interface OfferConditionJson {
  objective?: string[] | undefined;
  funder?: string[] | undefined;
  exitLevel?: string[] | undefined;
  formacode?: string[] | undefined;
  extra?: { key: string; value?: string[] | undefined } | undefined;
  certifying?: boolean | undefined;
  all?: OfferConditionJson[] | undefined;
  any?: OfferConditionJson[] | undefined;
  not?: OfferConditionJson | undefined;
}

export const OFFER_CONDITION_FORMS = [
  'objective',
  'funder',
  'exitLevel',
  'formacode',
  'extra',
  'certifying',
  'all',
  'any',
  'not',
] as const;

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
  relayKinds: z.record(z.enum(RELAY_KINDS), relayKindSchema),
  relayRules: z.array(relayRuleSchema),
  matchers: z.array(matcherSchema),
});

/** A Region's orientation rules as data: questions, needs, programmes and relays (check it with `parseRuleset`). */
export type Ruleset = z.output<typeof rulesetSchema>;
/** A ruleset's need: its condition on the situation, its title and reasons. */
export type NeedRule = z.output<typeof needSchema>;
/** A ruleset's programme: who it is for, its requirements and how offers are matched to it. */
export type ProgrammeRule = z.output<typeof programmeSchema>;
/** A condition a programme sets, with what to say when it holds, fails or is unknown. */
export type RequirementRule = z.output<typeof requirementSchema>;
/** A ruleset's rule for whom to see (relay kind, priority, condition, reasons). */
export type RelayRule = z.output<typeof relayRuleSchema>;
/** A ruleset's question: the situation field it fills, its text and its answers. */
export type Question = z.output<typeof questionSchema>;
/** A sentence of a reason, shown when its condition holds. */
export type ReasonClause = z.output<typeof reasonClauseSchema>;
/** An answer a ruleset's question allows (a value of a situation field). */
export type AnswerValue = z.output<typeof answerValue>;
