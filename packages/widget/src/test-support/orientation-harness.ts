/**
 * Drives the « Être orienté » tab the way a bénévole would, by keyboard alone: Tab to an answer,
 * Enter to choose it. Answers are given by value and found by their label in the ruleset.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AnswerValue, SituationField } from '@passerelle/core';
import { getRuleset } from '@passerelle/data/rulesets';
import type { PasserelleFinder } from '../finder/passerelle-finder.js';
import { MemoryLogger } from '../internal/logger.js';
import type { PasserelleOrientation } from '../orientation/passerelle-orientation.js';
import { fixtureToday } from './fixtures.js';

export interface OrientationAttributes {
  readonly catalogue?: string;
  readonly relays?: string;
  readonly partner?: string;
  readonly mode?: string;
  readonly ruleset?: string;
  readonly listPage?: string;
}

/** What to answer, by field; a field left out is answered « Je ne sais pas ». */
export type Answers = Partial<Record<SituationField, AnswerValue>>;

/** A 19-year-old without diploma in Bordeaux, looking for a job, no project yet: the spec's first situation. */
export const youngPersonInBordeaux: Answers = {
  age: 19,
  employment: 'job-seeker',
  highestLevel: 0,
  frenchSpeaking: 'at-ease',
  project: 'none',
  wantsToWorkNow: false,
  schooling: 'in-french',
  readingWriting: 'at-ease',
  numeracy: 'at-ease',
  digitalSkills: 'at-ease',
  barriers: [],
  postalCode: '33000',
};

export class OrientationHarness {
  readonly logger = new MemoryLogger();
  element!: PasserelleFinder;

  static async create(attributes: OrientationAttributes = {}): Promise<OrientationHarness> {
    const harness = new OrientationHarness();
    harness.element = await fixture<PasserelleFinder>(
      html`<passerelle-finder
        .logger=${harness.logger}
        .today=${fixtureToday}
        mode=${attributes.mode ?? 'orientation'}
        catalogue=${attributes.catalogue ?? ''}
        relays=${attributes.relays ?? ''}
        partner=${attributes.partner ?? ''}
        ruleset=${attributes.ruleset ?? ''}
        list-page=${attributes.listPage ?? ''}
      ></passerelle-finder>`,
    );
    if (attributes.mode === 'both') {
      await harness.element.updateComplete;
      (harness.element.shadowRoot?.querySelector('#tab-orientation') as HTMLElement | null)?.click();
    }
    await waitUntil(
      () => harness.orientationElement?.shadowRoot?.querySelector('#orientation-title'),
      'orientation loads',
      {
        timeout: 5000,
      },
    );
    await harness.update();
    return harness;
  }

  get orientationElement(): PasserelleOrientation | null {
    return this.element.shadowRoot?.querySelector('passerelle-orientation') ?? null;
  }

  get root(): ShadowRoot {
    const root = this.orientationElement?.shadowRoot;
    if (!root) throw new Error('orientation not rendered');
    return root;
  }

  $(selector: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(selector);
  }

  $$(selector: string): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(selector)];
  }

  text(selector: string): string {
    return this.$(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  async update(): Promise<void> {
    await this.element.updateComplete;
    await this.orientationElement?.updateComplete;
  }

  /** The element that has the focus, through both shadow roots. */
  get focused(): Element | null {
    return this.root.activeElement ?? this.element.shadowRoot?.activeElement ?? document.activeElement;
  }

  get questionField(): SituationField | undefined {
    const title = this.text('#question-title');
    return this.rulesetQuestions.find((question) => question.text === title)?.field;
  }

  get rulesetQuestions() {
    return getRuleset(this.orientationElement?.rulesetId ?? 'nouvelle-aquitaine')?.questions ?? [];
  }

  get onPlan(): boolean {
    return this.$('#plan-title') !== null;
  }

  /** Tabs forward (at most 40 times) until `match` has the focus. */
  async tabTo(match: (element: Element) => boolean, what: string): Promise<void> {
    for (let i = 0; i < 40; i += 1) {
      const focused = this.focused;
      if (focused && match(focused)) return;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error(`impossible d’atteindre au clavier : ${what}`);
  }

  /** Tabs to `match`, then presses Enter. */
  async press(match: (element: Element) => boolean, what: string): Promise<void> {
    await this.tabTo(match, what);
    await sendKeys({ press: 'Enter' });
    await this.update();
  }

  async pressButton(label: string): Promise<void> {
    await this.press(
      (element) =>
        element.tagName === 'BUTTON' && (element.textContent ?? '').replace(/\s+/g, ' ').includes(label),
      label,
    );
  }

  /** Answers the question on screen by keyboard: its option, a typed value, or « Je ne sais pas ». */
  async answerCurrent(answers: Answers): Promise<void> {
    const field = this.questionField;
    if (!field) throw new Error(`question inconnue : ${this.text('#question-title')}`);
    const question = this.rulesetQuestions.find((candidate) => candidate.field === field);
    const value = answers[field];
    if (value === undefined) return this.pressButton('Je ne sais pas');
    if (this.$('#typed-answer')) {
      await this.tabTo((element) => element.id === 'typed-answer', 'le champ de réponse');
      await sendKeys({ type: String(value) });
      await sendKeys({ press: 'Enter' });
      await this.update();
      return;
    }
    if (Array.isArray(value) && value.length > 0) {
      for (const item of value) {
        const label =
          question?.options.find((option) => JSON.stringify(option.value) === JSON.stringify([item]))
            ?.label ?? item;
        await this.press(
          (element) =>
            element.tagName === 'INPUT' && (element.parentElement?.textContent ?? '').includes(label),
          label,
        );
        await sendKeys({ press: 'Space' });
      }
      return this.pressButton('Valider');
    }
    const option = question?.options.find(
      (candidate) => JSON.stringify(candidate.value) === JSON.stringify(value),
    );
    if (!option) throw new Error(`pas d’option ${JSON.stringify(value)} pour ${field}`);
    await this.pressButton(option.label);
  }

  /** From the welcome screen to the plan, answering every question asked; returns the fields asked. */
  async converse(answers: Answers): Promise<SituationField[]> {
    await this.pressButton('Commencer');
    const asked: SituationField[] = [];
    for (let i = 0; i < 25 && !this.onPlan; i += 1) {
      const field = this.questionField;
      if (field) asked.push(field);
      await this.answerCurrent(answers);
    }
    if (!this.onPlan) throw new Error('le parcours ne s’affiche pas');
    return asked;
  }

  statusOf(programme: string): string {
    return this.text(`[data-programme="${programme}"] .status-word`);
  }

  get firstRelays(): string[] {
    return this.$$('.relay-first').map((element) => element.dataset.relay ?? '');
  }

  get alsoRelays(): string[] {
    return this.$$('.relay-also').map((element) => element.dataset.relay ?? '');
  }

  get stepTitles(): string[] {
    return this.$$('.path .stop:not(.goal) h4').map((element) =>
      (element.textContent ?? '')
        .replace(/\s+/g, ' ')
        .replace(/^Étape \d+ /, '')
        .trim(),
    );
  }
}
