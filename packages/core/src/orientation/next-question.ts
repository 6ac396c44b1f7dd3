/**
 * « What to ask next »: the unanswered question whose answer would change the most outcomes, so
 * the conversation stays short. An outcome is a need (listed or not), a programme's status or a
 * relay's priority; a field counts each outcome that at least one of its answers would change.
 */
import { compiled, type CompiledRuleset } from './compile.js';
import { runRules, type RunResult } from './evaluate.js';
import type { AnswerValue, Question, Ruleset } from './ruleset.js';
import type { Situation, SituationField } from './situation.js';

/** The question to ask next in a conversation: the field it fills, its text, its answers. */
export interface NextQuestion {
  readonly field: SituationField;
  /** The question, in plain French, second person. */
  readonly text: string;
  /** A short noun phrase: « votre âge ». */
  readonly label: string;
  readonly input: Question['input'];
  /** Answer options from the ruleset (representative values for a number). */
  readonly options: readonly { readonly value: AnswerValue; readonly label: string }[];
  /** How many outcomes the answer could change. */
  readonly changes: number;
}

function changedOutcomes(base: RunResult, other: RunResult, changed: Uint8Array, needCount: number): void {
  // A need that an answer settles (unknown → listed or ruled out) changes the plan even when it
  // stays unlisted: that is how two answers that decide together (schooling and reading) get asked.
  const diff = (base.listedMask ^ other.listedMask) | (base.unknownNeedMask ^ other.unknownNeedMask);
  for (let i = 0; i < needCount; i += 1) if ((diff & (1 << i)) !== 0) changed[i] = 1;
  let offset = needCount;
  for (let p = 0; p < base.programmeRanks.length; p += 1) {
    if (base.programmeRanks[p] !== other.programmeRanks[p]) changed[offset + p] = 1;
  }
  offset += base.programmeRanks.length;
  for (let k = 0; k < base.relayPriorities.length; k += 1) {
    if (base.relayPriorities[k] !== other.relayPriorities[k]) changed[offset + k] = 1;
  }
}

/** What `nextQuestion` must not ask again: questions the person could not or chose not to answer. */
export interface NextQuestionOptions {
  /**
   * Questions not to ask again although unanswered: the person said « je ne sais pas » or chose to
   * pass. Their fields stay unknown, so the plan keeps them « à vérifier ».
   */
  readonly skip?: readonly SituationField[];
}

/**
 * The next most useful question for a (partial, already checked) situation, or `null` when no
 * unanswered question would change anything. Ties go to the ruleset's question order.
 *
 * @example
 * ```ts
 * const next = nextQuestion({ age: 19 }, ruleset);
 * if (next !== null) console.log(next.text); // the one question that changes the plan most
 * ```
 */
export function nextQuestion(
  situation: Situation,
  ruleset: Ruleset | CompiledRuleset,
  options: NextQuestionOptions = {},
): NextQuestion | null {
  const skip = options.skip ?? [];
  const compiledRuleset = compiled(ruleset);
  const base = runRules(compiledRuleset, situation);
  const needCount = compiledRuleset.needs.length;
  const outcomeCount = needCount + base.programmeRanks.length + base.relayPriorities.length;
  let best: NextQuestion | null = null;
  for (const question of compiledRuleset.ruleset.questions) {
    if (situation[question.field] !== undefined || question.options.length === 0) continue;
    if (skip.includes(question.field)) continue;
    const changed = new Uint8Array(outcomeCount);
    for (const option of question.options) {
      const candidate = { ...situation, [question.field]: option.value } as Situation;
      changedOutcomes(base, runRules(compiledRuleset, candidate), changed, needCount);
    }
    let changes = 0;
    for (const flag of changed) changes += flag;
    if (changes > 0 && (best === null || changes > best.changes)) {
      best = {
        field: question.field,
        text: question.text,
        label: question.label,
        input: question.input,
        options: question.options,
        changes,
      };
    }
  }
  return best;
}
