// Public API of the orientation module: the engine knows no region and no partner, rules are data.
export {
  BARRIER_VALUES,
  EASE_VALUES,
  EMPLOYMENT_VALUES,
  FRENCH_SPEAKING_VALUES,
  LEVEL_VALUES,
  PROJECT_VALUES,
  SCHOOLING_VALUES,
  SITUATION_FIELDS,
  type Barrier,
  type Employment,
  type QualificationLevel,
  type Situation,
  type SituationField,
} from './situation.js';
export { parseSituation } from './parse-situation.js';
export {
  NEED_IDS,
  PROGRAMME_STATUSES,
  RELAY_KINDS,
  RELAY_PRIORITIES,
  type EligibilityStatus,
  type NeedId,
  type Orientation,
  type ProgrammeId,
  type ProgrammeStatus,
  type Reason,
  type RelayAdvice,
  type RelayKind,
  type RelayPriority,
  type Step,
} from './types.js';
export {
  RULESET_FORMAT,
  RULESET_VERSION,
  type AnswerValue,
  type CheckClause,
  type ConditionJson,
  type Definition,
  type ExampleReasons,
  type Matcher,
  type NeedPlacement,
  type NeedRule,
  type OfferConditionJson,
  type ProgrammeRule,
  type Question,
  type ReasonClause,
  type RelayKindInfo,
  type RelayRule,
  type RequirementRule,
  type Ruleset,
  type RulesetExample,
} from './ruleset.js';
export { checkRuleset, parseRuleset } from './parse-ruleset.js';
export { compileRuleset, type CompiledRuleset } from './compile.js';
export { orient } from './orient.js';
export { nextQuestion, type NextQuestion, type NextQuestionOptions } from './next-question.js';
export { matchProgrammes } from './matchers.js';
