/**
 * The ruleset document: a region's orientation rules as data, in plain TypeScript so a consumer's
 * editor shows `Ruleset` and `NeedRule`, not a validator's internals. `ruleset-schema.ts` checks
 * untrusted JSON against these types (and proves at compile time that both describe the same
 * values); `checkRuleset` then checks the references between the parts.
 *
 * Needs and relay kinds are the ruleset's own: the spec's ten needs and twelve relay kinds
 * (`NEED_IDS`, `RELAY_KINDS`) are what the shipped rulesets declare, and a region may add its own.
 */
import type { Situation, SituationField } from './situation.js';
import type { EligibilityStatus, NeedId, ProgrammeId, RelayKind, RelayPriority } from './types.js';

/** Format marker of a ruleset document. */
export const RULESET_FORMAT = 'passerelle-ruleset';
/** Version of the ruleset format: bumped on any breaking change. */
export const RULESET_VERSION = 1;

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
  field?: SituationField | undefined;
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
  answered?: SituationField | undefined;
  unanswered?: SituationField | undefined;
  all?: ConditionJson[] | undefined;
  any?: ConditionJson[] | undefined;
  not?: ConditionJson | undefined;
  /** True when this need of the ruleset is listed. */
  need?: NeedId | undefined;
  /** A named condition of the ruleset's `definitions`. */
  ref?: string | undefined;
}

/** A sentence shown when its condition holds (always, without `when`). */
export interface ReasonClause {
  when?: ConditionJson | undefined;
  text: string;
  /** The answers the sentence rests on; computed from `when` when absent. */
  fields?: SituationField[] | undefined;
}

/** Lists fields as « à vérifier » when the condition holds, even if the outcome is already known. */
export interface CheckClause {
  when: ConditionJson;
  fields: SituationField[];
}

/** A need the ruleset can list: when it applies, its step title and its reasons. */
export interface NeedRule {
  id: NeedId;
  /** The step title: short, plain French, second person or infinitive. */
  title: string;
  when: ConditionJson;
  /** When true, this need is the only one listed (e.g. under 16: school guidance only). */
  exclusive?: boolean | undefined;
  because: ReasonClause[];
  check?: CheckClause[] | undefined;
}

/** Moves a listed need right after another when the condition holds. */
export interface NeedPlacement {
  need: NeedId;
  after: NeedId;
  when: ConditionJson;
}

/** A named condition, reused by `{ "ref": name }`. */
export interface Definition {
  description?: string | undefined;
  when: ConditionJson;
}

/** One requirement of a programme, with what is said when it is met, unmet or unknown. */
export interface RequirementRule {
  when: ConditionJson;
  /** Said when the requirement is met (optional: not every met requirement is worth a sentence). */
  met?: string | undefined;
  /** Said when it is not met. */
  unmet: string;
  /** Said when an answer is missing to decide. */
  unknown: string;
  /** What an unmet requirement means for the programme. */
  failStatus?: 'not-eligible' | 'to-check' | 'derogation' | undefined;
  /**
   * The answers its sentences talk about, when the condition reads more (a need it refers to, an
   * age guard): its reasons then name only those of them that decided.
   */
  fields?: SituationField[] | undefined;
}

/** A regional programme: its plain-French texts, the needs it serves and its requirements. */
export interface ProgrammeRule {
  id: ProgrammeId;
  name: string;
  /** A short name for lists, with no unexplained acronym. */
  shortName: string;
  description: string;
  forWhom: string;
  cost: string;
  howToEnter: string;
  bring: string[];
  /** The needs this programme answers: it is listed in those steps. */
  needs: NeedId[];
  /** Requirements, all needed: a shared requirement's name or an inline one. */
  requires: (string | RequirementRule)[];
  /** The status when every requirement is met (`to-check` when a prescriber must confirm). */
  whenMet?: { status: 'eligible' | 'to-check'; because?: string | undefined } | undefined;
}

/** A relay kind's plain-French name and description, shown even without a relay directory. */
export interface RelayKindInfo {
  name: string;
  description: string;
}

/** When to advise a relay kind, `first` or `also`, and why. */
export interface RelayRule {
  relay: RelayKind;
  priority: RelayPriority;
  when: ConditionJson;
  /** When this rule holds, no other relay is advised (e.g. under 16: the CIO only). */
  exclusive?: boolean | undefined;
  because: ReasonClause[];
  /** A `first` advice becomes `also` when this holds (another relay leads instead). */
  demote?: { when: ConditionJson; because: string } | undefined;
}

/** An answer option's value: one answer, or a list for `barriers`. */
export type AnswerValue = string | number | boolean | string[];

/** The question asked for one situation field, with its answer options. */
export interface Question {
  field: SituationField;
  /** The question as the bénévole asks it, second person. */
  text: string;
  /** A short noun phrase for lists: « votre âge ». */
  label: string;
  /** Sentence for `toCheck` when the answer is missing and matters. */
  missing: string;
  input: 'number' | 'choice' | 'multiple' | 'yes-no' | 'text' | 'postal-code';
  /** Answer options (representative values for a number): `nextQuestion` tries each. */
  options: { value: AnswerValue; label: string }[];
}

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

/** Keys that give an offer condition its form; exactly one must be present. */
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

/** Which catalogue offers belong to a programme, from their LHÉO fields. */
export interface Matcher {
  programme: ProgrammeId;
  when: OfferConditionJson;
}

/** Reasons an example expects for one outcome: a step, a programme or a relay. */
export interface ExampleReasons {
  need?: NeedId | undefined;
  programme?: ProgrammeId | undefined;
  relay?: RelayKind | undefined;
  why: { text: string; fields: SituationField[] }[];
}

/**
 * A worked example beside the rules it explains: a situation and what `orient` must answer. Only
 * the parts given are compared, so an example says exactly what it is about.
 */
export interface RulesetExample {
  /** Reads as a sentence: what the example shows. */
  name: string;
  /** A situation as `parseSituation` reads it. */
  situation: Situation;
  /** Every listed need, in order. */
  needs?: NeedId[] | undefined;
  /** Statuses of the programmes named (others are not looked at). */
  programmes?: Record<ProgrammeId, EligibilityStatus> | undefined;
  /** Every relay, in order, as `relay:priority` (`mission-locale:first`). */
  relays?: string[] | undefined;
  /** Every field to check, in order. */
  toCheck?: SituationField[] | undefined;
  /** The exact reasons of some outcomes. */
  reasons?: ExampleReasons[] | undefined;
}

/** A region's orientation rules as data (`parseRuleset` checks one; `orient` evaluates it). */
export interface Ruleset {
  format: typeof RULESET_FORMAT;
  version: typeof RULESET_VERSION;
  id: string;
  name: string;
  /** Where the rules come from (fiches, conventions), in words. */
  sources: string[];
  definitions: Record<string, Definition>;
  questions: Question[];
  /** The needs this ruleset can list, in their base order. */
  needs: NeedRule[];
  needPlacement: NeedPlacement[];
  requirements: Record<string, RequirementRule>;
  programmes: ProgrammeRule[];
  /** The relay kinds this ruleset can advise, in the order advice lists them. */
  relayKinds: Record<RelayKind, RelayKindInfo>;
  relayRules: RelayRule[];
  matchers: Matcher[];
  /** Worked examples, run by the tests and shown in the ruleset's documentation. */
  examples?: RulesetExample[] | undefined;
}
