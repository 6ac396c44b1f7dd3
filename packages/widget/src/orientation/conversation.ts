/**
 * The bénévole's conversation as state: answers kept in memory only, in the order they were given,
 * and the next question chosen by core's `nextQuestion` (so only what changes the plan is asked).
 * « Je ne sais pas » and « Passer » both leave the answer unknown — the plan then says what stays
 * « à vérifier » — and neither is asked again.
 */
import {
  compileRuleset,
  nextQuestion,
  orient,
  type AnswerValue,
  type CompiledRuleset,
  type NextQuestion,
  type Orientation,
  type Question,
  type Ruleset,
  type Situation,
  type SituationField,
} from '@passerelle/core';

export type Answer =
  | { readonly kind: 'value'; readonly value: AnswerValue }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'passed' };

/** Questions the engine never asks (no options to try) but the plan uses: where the person lives. */
const PLACE_FIELD: SituationField = 'postalCode';

export class Conversation {
  private readonly compiled: CompiledRuleset;
  /** Field → answer, in the order given (a Map keeps insertion order). */
  private readonly answers = new Map<SituationField, Answer>();
  private cachedSituation: Situation | undefined;
  private cachedOrientation: Orientation | undefined;

  constructor(readonly ruleset: Ruleset) {
    this.compiled = compileRuleset(ruleset);
  }

  get started(): boolean {
    return this.answers.size > 0;
  }

  /** The fields in the order they were answered (or skipped). */
  get path(): readonly SituationField[] {
    return [...this.answers.keys()];
  }

  answerOf(field: SituationField): Answer | undefined {
    return this.answers.get(field);
  }

  question(field: SituationField): Question | undefined {
    return this.ruleset.questions.find((question) => question.field === field);
  }

  /** What the engine reads: the given answers only. */
  get situation(): Situation {
    if (this.cachedSituation === undefined) {
      const situation: Record<string, AnswerValue> = {};
      for (const [field, answer] of this.answers)
        if (answer.kind === 'value') situation[field] = answer.value;
      this.cachedSituation = situation as Situation;
    }
    return this.cachedSituation;
  }

  private get skipped(): SituationField[] {
    return [...this.answers].filter(([, answer]) => answer.kind !== 'value').map(([field]) => field);
  }

  /**
   * The next question: the engine's most useful one, then the place (for the relays and trainings
   * near the person); `null` when the plan can be shown.
   */
  next(): Question | NextQuestion | null {
    const engine = nextQuestion(this.situation, this.compiled, { skip: this.skipped });
    if (engine) return engine;
    if (!this.answers.has(PLACE_FIELD)) return this.question(PLACE_FIELD) ?? null;
    return null;
  }

  /** About how many questions are left: those that would still change something, plus the place. */
  remaining(): number {
    const skip = this.skipped;
    let count = 0;
    for (;;) {
      const question = nextQuestion(this.situation, this.compiled, { skip });
      if (!question) break;
      skip.push(question.field);
      count += 1;
    }
    return count + (this.answers.has(PLACE_FIELD) || !this.question(PLACE_FIELD) ? 0 : 1);
  }

  /** Sets (or changes) an answer; a changed answer moves to the end of the path. */
  answer(field: SituationField, answer: Answer): void {
    this.answers.delete(field);
    this.answers.set(field, answer);
    this.changed();
  }

  /** Forgets the last answer; returns its field, to ask it again. */
  back(): SituationField | undefined {
    const last = this.path[this.path.length - 1];
    if (last !== undefined) {
      this.answers.delete(last);
      this.changed();
    }
    return last;
  }

  /** Back to where the conversation was after `length` answers (the browser's back button). */
  truncate(length: number): void {
    const keep = this.path.slice(0, Math.max(0, length));
    for (const field of this.path) if (!keep.includes(field)) this.answers.delete(field);
    this.changed();
  }

  reset(): void {
    this.answers.clear();
    this.changed();
  }

  get orientation(): Orientation {
    if (this.cachedOrientation === undefined) {
      const result = orient(this.situation, this.compiled);
      // The widget builds the situation from the ruleset's own options: an error is a bug.
      if (!result.ok) throw new Error(`Situation refusée : ${JSON.stringify(result.error)}`);
      this.cachedOrientation = result.value;
    }
    return this.cachedOrientation;
  }

  private changed(): void {
    this.cachedSituation = undefined;
    this.cachedOrientation = undefined;
  }
}
