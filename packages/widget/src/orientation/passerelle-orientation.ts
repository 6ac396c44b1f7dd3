/**
 * `<passerelle-orientation>`: the « Être orienté » tab of `<passerelle-finder>` (internal: the
 * finder creates it when the tab first opens, from a module loaded only then).
 *
 * A bénévole and a person go through one question per screen — only those that change the plan,
 * chosen by core's `nextQuestion` — then read the plan: ordered steps with their reasons, whom to
 * see first, trainings near the person, what stays to check; and take it away printed or by SMS.
 * Answers live in this element's memory only: no storage, nothing in the URL, no event carries them.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { type AnswerValue, type RelayDirectory, type Ruleset, type SituationField } from '@passerelle/core';
import { getRuleset } from '@passerelle/data/rulesets';
import { emit } from '../internal/emit.js';
import { todayIso } from '../internal/format.js';
import { listLinkUrl } from '../internal/list-link.js';
import { printSheet } from '../internal/print.js';
import { allQuestionsView } from './all-questions-view.js';
import { Conversation, type Answer } from './conversation.js';
import { InactivityController, type Clock } from './inactivity.js';
import { orientationStyles } from './orientation.styles.js';
import { say } from './orientation-messages.js';
import { buildPlan, type Plan } from './plan.js';
import { planView, type AnsweredQuestion } from './plan-view.js';
import { questionView } from './question-view.js';
import { isTyped, readTyped } from './typed-answer.js';
import { loadRelays, type RelaysSource } from './relays-source.js';
import { browserSpeech, ReadAloudController, type Speech } from './read-aloud.js';
import { sheetView } from './sheet-view.js';
import { planAsSms } from './sms.js';
import type { OrientationTrainings, PersonPlace, TrainingPick } from './trainings.js';

type Screen = 'welcome' | 'question' | 'all' | 'plan';

const TEXT_SCALES = [1, 1.25, 1.5, 1.75] as const;
const TRAININGS_PER_STEP = 3;

let instanceCount = 0;

interface OrientationHistoryEntry {
  readonly passerelleOrientation?: Readonly<Record<string, number>>;
}

/**
 * The orientation tab's element (internal: `<passerelle-finder>` creates it).
 *
 * @tag passerelle-orientation
 *
 * @fires passerelle-orientation - `{ needs, programmes: [{ programme, status }] }` when a plan is shown;
 *   bubbles out of `<passerelle-finder>`. Never what the person answered.
 * @fires passerelle-error - `{ code: 'invalid-relays', message }` when the relay directory cannot be used.
 * @fires passerelle-print - `{}` when the take-away sheet is printed.
 */
export class PasserelleOrientation extends LitElement {
  static override styles = orientationStyles;

  static override properties = {
    rulesetId: { attribute: false },
    relays: { attribute: false },
    partner: { attribute: false },
    listPage: { attribute: false },
    trainings: { attribute: false },
    today: { attribute: false },
    clock: { attribute: false },
    speech: { attribute: false },
    screen: { state: true },
  };

  rulesetId = 'nouvelle-aquitaine';
  /** Where the relay directory comes from (none: the relay kinds are still explained). */
  relays: RelaysSource | undefined;
  partner: string | undefined;
  /** The page that shows the trainings list, when this one has no search tab (`list-page`). */
  listPage: string | undefined;
  trainings: OrientationTrainings | undefined;
  today: string = todayIso();
  /** Timers for the inactivity clear (tests pass a fake clock). */
  clock: Clock | undefined;
  /** Speech synthesis for « Écouter » (the browser's by default; `null` switches it off). */
  speech: Speech | null | undefined;

  private screen: Screen = 'welcome';
  private conversation: Conversation | undefined;
  /** The question being changed from the plan, shown instead of the next one. */
  private editing: SituationField | undefined;
  private typedError: string | undefined;
  private formErrors = new Map<SituationField, string>();
  private notice: string | undefined;
  private plan: Plan | undefined;
  private planTrainings: Map<string, readonly TrainingPick[]> | undefined;
  private lastEvent = '';
  private directory: RelayDirectory | undefined;
  private relaysState: 'none' | 'loading' | 'ready' | 'failed' = 'none';
  private loadedRelays: string | undefined;
  private smsNote: string | undefined;
  private smsText: string | undefined;
  private scale = 0;
  private readonly historyKey = `passerelle-orientation-${(instanceCount += 1)}`;

  private readonly readAloud = new ReadAloudController(this);
  private readonly inactivity = new InactivityController(
    this,
    () => this.conversation?.started === true,
    () => this.clearAll(say.idleCleared),
  );
  private readonly onPopState = (event: PopStateEvent) => this.restoreHistory(event.state);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rulesetId') || !this.conversation) {
      const ruleset: Ruleset | undefined = getRuleset(this.rulesetId) ?? getRuleset('nouvelle-aquitaine');
      if (ruleset && ruleset.id !== this.conversation?.ruleset.id) {
        this.conversation = new Conversation(ruleset);
        this.screen = 'welcome';
      }
    }
    if (changed.has('clock')) this.inactivity.clock = this.clock ?? this.inactivity.clock;
    if (changed.has('speech') || !this.hasUpdated)
      this.readAloud.use(this.speech === null ? undefined : (this.speech ?? browserSpeech()));
    if (changed.has('relays') && this.relays?.url !== this.loadedRelays) void this.loadRelays();
    // Nothing left to ask (a short conversation, or a changed answer that closed the others).
    if (this.screen === 'question' && this.currentQuestion === null) this.screen = 'plan';
    if (
      this.screen === 'plan' &&
      (this.plan === undefined || changed.has('trainings') || changed.has('partner'))
    )
      this.computePlan();
  }

  // ——— the conversation ———

  private start(): void {
    this.notice = undefined;
    this.screen = 'question';
    this.focusSoon('#question-title');
  }

  private get currentQuestion() {
    const conversation = this.conversation;
    if (!conversation) return null;
    if (this.editing) return conversation.question(this.editing) ?? null;
    return conversation.next();
  }

  private answer(field: SituationField, answer: Answer): void {
    const conversation = this.conversation;
    if (!conversation) return;
    this.typedError = undefined;
    conversation.answer(field, answer);
    this.pushHistory(conversation.path.length);
    this.inactivity.restart();
    const wasEditing = this.editing !== undefined;
    this.editing = undefined;
    if (wasEditing || conversation.next() === null) this.showPlan();
    else this.focusSoon('#question-title');
    this.requestUpdate();
  }

  private typed(field: SituationField, raw: string): void {
    const question = this.conversation?.question(field);
    if (!question) return;
    const typed = readTyped(question, raw);
    if (typed.kind === 'invalid') return this.showTypedError(typed.message);
    this.answer(field, typed.kind === 'empty' ? { kind: 'passed' } : typed);
  }

  private showTypedError(message: string): void {
    this.typedError = message;
    this.requestUpdate();
    this.focusSoon('#typed-answer');
  }

  /** « Retour »: the previous answer again (through history when this conversation wrote it). */
  private back(): void {
    const conversation = this.conversation;
    if (!conversation) return;
    if (this.editing) {
      this.editing = undefined;
      this.showPlan();
      return;
    }
    const ours = (history.state as OrientationHistoryEntry | null)?.passerelleOrientation?.[this.historyKey];
    if (ours !== undefined && ours === conversation.path.length && ours > 0) {
      history.back();
      return;
    }
    conversation.back();
    this.screen = conversation.started ? 'question' : 'welcome';
    this.focusSoon(this.screen === 'question' ? '#question-title' : '#orientation-title');
    this.requestUpdate();
  }

  private change(field: SituationField): void {
    this.editing = field;
    this.screen = 'question';
    this.focusSoon('#question-title');
  }

  private submitAll(entries: ReadonlyMap<SituationField, string>): void {
    const conversation = this.conversation;
    if (!conversation) return;
    const errors = new Map<SituationField, string>();
    for (const [field, raw] of entries) {
      const question = conversation.question(field);
      if (!question) continue;
      if (raw.trim() === '') {
        if (conversation.answerOf(field)) conversation.answer(field, { kind: 'unknown' });
        continue;
      }
      // A picked option travels as JSON in the form, so numbers, booleans and lists come back typed.
      const typed = isTyped(question)
        ? readTyped(question, raw)
        : ({ kind: 'value', value: JSON.parse(raw) as AnswerValue } as const);
      if (typed.kind === 'invalid') errors.set(field, typed.message);
      else if (typed.kind === 'value') conversation.answer(field, typed);
    }
    this.formErrors = errors;
    this.inactivity.restart();
    if (errors.size > 0) {
      this.requestUpdate();
      const [first] = errors.keys();
      this.focusSoon(`#all-${first}`);
      return;
    }
    this.showPlan();
  }

  // ——— history: the browser's back button goes back one answer; the state holds a count only ———

  private pushHistory(length: number): void {
    const current = (history.state as OrientationHistoryEntry | null) ?? {};
    history.pushState(
      { ...current, passerelleOrientation: { ...current.passerelleOrientation, [this.historyKey]: length } },
      '',
    );
  }

  private restoreHistory(state: unknown): void {
    const conversation = this.conversation;
    if (!conversation) return;
    const length = (state as OrientationHistoryEntry | null)?.passerelleOrientation?.[this.historyKey] ?? 0;
    if (length >= conversation.path.length) return;
    conversation.truncate(length);
    this.editing = undefined;
    this.screen = conversation.started || this.screen !== 'welcome' ? 'question' : 'welcome';
    this.focusSoon('#question-title');
    this.requestUpdate();
  }

  // ——— the plan ———

  private showPlan(): void {
    this.screen = 'plan';
    this.smsNote = undefined;
    this.smsText = undefined;
    this.computePlan();
    this.focusSoon('#plan-title');
    this.requestUpdate();
  }

  /**
   * Where the sheet's QR code leads: the trainings list for the plan's first programme and the
   * person's postal code, on this page when it has a search tab, else on the `list-page` one.
   */
  private listUrl(): string | undefined {
    const page = this.trainings?.openSearch ? location.href : this.listPage;
    if (page === undefined || !this.plan) return undefined;
    const programme = this.plan.steps.flatMap((step) => step.programmes)[0]?.id;
    return listLinkUrl(page, { programme, near: this.conversation?.situation.postalCode });
  }

  private personPlace(): PersonPlace | undefined {
    const postal = this.conversation?.situation.postalCode;
    return postal ? this.trainings?.place(postal) : undefined;
  }

  private computePlan(): void {
    const conversation = this.conversation;
    if (!conversation) return;
    const orientation = conversation.orientation;
    const place = this.personPlace();
    const postal = conversation.situation.postalCode;
    this.plan = buildPlan(orientation, {
      ruleset: conversation.ruleset,
      directory: this.directory,
      from: place?.coordinates,
      departement: place?.departement ?? postal?.slice(0, 2),
      partner: this.partner?.trim() || undefined,
    });
    const trainings = this.trainings;
    this.planTrainings = trainings
      ? new Map(
          this.plan.steps.map((step) => [
            step.need,
            step.programmes.length
              ? trainings.find(
                  step.programmes.map((programme) => programme.id),
                  postal,
                  TRAININGS_PER_STEP,
                )
              : [],
          ]),
        )
      : undefined;
    const detail = {
      needs: orientation.needs,
      programmes: orientation.programmes.map(({ programme, status }) => ({ programme, status })),
    };
    const key = JSON.stringify(detail);
    if (key !== this.lastEvent) {
      this.lastEvent = key;
      emit(this, 'passerelle-orientation', detail);
    }
  }

  private answeredQuestions(): AnsweredQuestion[] {
    const conversation = this.conversation;
    if (!conversation) return [];
    return conversation.path.flatMap((field) => {
      const question = conversation.question(field);
      const answer = conversation.answerOf(field);
      if (!question || !answer) return [];
      let answerLabel: string = answer.kind === 'unknown' ? say.unknownAnswer : say.passedAnswer;
      if (answer.kind === 'value') {
        const option = question.options.find(
          (candidate) => JSON.stringify(candidate.value) === JSON.stringify(answer.value),
        );
        answerLabel = option && !isTyped(question) ? option.label : String(answer.value);
        if (field === 'age') answerLabel = `${String(answer.value)} ans`;
        if (Array.isArray(answer.value) && !option)
          answerLabel = question.options
            .filter(
              (candidate) =>
                Array.isArray(candidate.value) &&
                candidate.value.length === 1 &&
                (answer.value as string[]).includes(candidate.value[0] as string),
            )
            .map((candidate) => candidate.label)
            .join(', ');
      }
      return [{ field, label: question.label, answer, answerLabel }];
    });
  }

  private async loadRelays(): Promise<void> {
    const source = this.relays;
    this.loadedRelays = source?.url;
    this.directory = undefined;
    if (!source) {
      this.relaysState = 'none';
      return;
    }
    this.relaysState = 'loading';
    const loaded = await loadRelays(source);
    if (this.loadedRelays !== source.url) return;
    if (loaded.ok) {
      this.directory = loaded.directory;
      this.relaysState = 'ready';
    } else {
      this.relaysState = 'failed';
      emit(this, 'passerelle-error', { code: 'invalid-relays', message: loaded.message });
    }
    if (this.screen === 'plan') this.computePlan();
    this.requestUpdate();
  }

  private print(): void {
    const finder = (this.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
    printSheet(this, finder ?? this);
  }

  private async copySms(): Promise<void> {
    if (!this.plan) return;
    const text = planAsSms(this.plan);
    try {
      await navigator.clipboard.writeText(text);
      this.smsNote = say.smsCopied;
      this.smsText = undefined;
    } catch {
      this.smsNote = say.smsFailed;
      this.smsText = text;
    }
    this.requestUpdate();
  }

  /** « Nouvelle personne », and the inactivity clear: everything about the person is forgotten. */
  clearAll(notice: string = say.cleared): void {
    this.conversation?.reset();
    this.readAloud.stop();
    this.inactivity.cancel();
    this.editing = undefined;
    this.typedError = undefined;
    this.formErrors = new Map();
    this.plan = undefined;
    this.planTrainings = undefined;
    this.lastEvent = '';
    this.smsNote = undefined;
    this.smsText = undefined;
    this.screen = 'welcome';
    this.notice = notice;
    this.focusSoon('#orientation-title');
    this.requestUpdate();
  }

  private resize(step: number): void {
    this.scale = Math.min(TEXT_SCALES.length - 1, Math.max(0, this.scale + step));
    this.style.setProperty('--_text-scale', String(TEXT_SCALES[this.scale]));
    this.requestUpdate();
  }

  private focusSoon(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  // ——— rendering ———

  private readonly speak = (text: string) => this.readAloud.read(text);

  private toolbar() {
    return html`<div class="toolbar" role="group" aria-label=${say.textSize}>
      <button type="button" part="button" ?disabled=${this.scale === 0} @click=${() => this.resize(-1)}>
        <span aria-hidden="true">A−</span><span class="visually-hidden">${say.smaller}</span>
      </button>
      <button
        type="button"
        part="button"
        ?disabled=${this.scale === TEXT_SCALES.length - 1}
        @click=${() => this.resize(1)}
      >
        <span aria-hidden="true">A+</span><span class="visually-hidden">${say.bigger}</span>
      </button>
      ${
        this.conversation?.started || this.screen !== 'welcome'
          ? html`<button type="button" part="button" class="new-person" @click=${() => this.clearAll()}>
              ${say.newPerson}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderScreen() {
    const conversation = this.conversation;
    if (!conversation) return nothing;
    if (this.screen === 'all')
      return allQuestionsView({
        questions: conversation.ruleset.questions,
        answerOf: (field) => conversation.answerOf(field),
        errors: this.formErrors,
        onSubmit: (entries) => this.submitAll(entries),
        onConversation: () => this.start(),
      });
    if (this.screen === 'question') {
      const question = this.currentQuestion;
      if (question) {
        return questionView({
          question,
          number: this.editing ? conversation.path.indexOf(this.editing) + 1 : conversation.path.length + 1,
          remaining: this.editing ? 0 : conversation.remaining() - 1,
          current: conversation.answerOf(question.field),
          error: this.typedError,
          canGoBack: conversation.started || this.editing !== undefined,
          readAloud: this.readAloud.available ? this.speak : undefined,
          onAnswer: (answer) => this.answer(question.field, answer),
          onTyped: (field, raw) => this.typed(field, raw),
          onBack: () => this.back(),
        });
      }
    }
    if (this.screen === 'plan' && this.plan) {
      const trainings = this.trainings;
      return planView({
        plan: this.plan,
        trainings: this.planTrainings,
        answers: this.answeredQuestions(),
        relaysNote:
          this.relaysState === 'loading'
            ? say.loadingRelays
            : this.relaysState === 'failed'
              ? say.relaysFailed
              : this.directory?.meta.demo
                ? say.demoRelays
                : undefined,
        smsNote: this.smsNote,
        smsText: this.smsText,
        readAloud: this.readAloud.available ? this.speak : undefined,
        onChange: (field) => this.change(field),
        onOpenTraining: trainings?.open,
        onOpenSearch: trainings?.openSearch
          ? (programmes) => trainings.openSearch?.(programmes, conversation.situation.postalCode)
          : undefined,
        onPrint: () => this.print(),
        onSms: () => void this.copySms(),
        onNewPerson: () => this.clearAll(),
      });
    }
    return html`<section class="welcome">
      <p>${say.intro}</p>
      <p class="privacy">${say.privacy}</p>
      <div class="row">
        <button type="button" class="primary big" part="button" @click=${() => this.start()}>
          ${say.start}
        </button>
        <button
          type="button"
          part="button"
          @click=${() => {
            this.screen = 'all';
            this.focusSoon('#all-title');
          }}
        >
          ${say.allQuestions}
        </button>
      </div>
    </section>`;
  }

  override render() {
    const sheetTrainings = [...(this.planTrainings?.values() ?? [])].flat().slice(0, 3);
    return html`<div class="orientation screen" part="orientation">
        <div class="orientation-head">
          <h2 id="orientation-title" tabindex="-1">${say.title}</h2>
          ${this.toolbar()}
        </div>
        <p class="visually-hidden" role="status" aria-live="polite">${this.notice ?? ''}</p>
        ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
        ${this.screen !== 'welcome' ? html`<p class="privacy small">${say.privacy}</p>` : nothing}
        ${this.renderScreen()}
      </div>
      ${
        this.screen === 'plan' && this.plan
          ? sheetView({
              plan: this.plan,
              partner: this.partner?.trim() || undefined,
              today: this.today,
              trainings: sheetTrainings,
              listUrl: this.listUrl(),
            })
          : nothing
      }`;
  }
}
