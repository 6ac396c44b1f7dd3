/** Reads and drives a `<passerelle-finder>` the way a person would, so tests read like a story. */
import { detailCode } from '../detail/lazy-detail.js';
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { PasserelleCombobox } from '../combobox/passerelle-combobox.js';
import type { PasserelleFinder } from '../finder/passerelle-finder.js';
import { MemoryLogger } from '../internal/logger.js';
import { ComboboxHarness } from './combobox-harness.js';
import { fixtureToday } from './fixtures.js';

export interface FinderAttributes {
  catalogue?: string;
  mode?: string;
  departement?: string;
  programme?: string;
  near?: string;
  ruleset?: string;
  partner?: string;
  /** The finder's `today` property; `fixtureToday` unless given. */
  today?: string;
}

export class FinderHarness {
  readonly logger: MemoryLogger;

  constructor(
    readonly element: PasserelleFinder,
    logger: MemoryLogger,
  ) {
    this.logger = logger;
  }

  /** Creates the element with a memory logger and waits until loading has ended (ready or error). */
  static async create(attributes: FinderAttributes = {}): Promise<FinderHarness> {
    const logger = new MemoryLogger();
    const element = await fixture<PasserelleFinder>(
      html`<passerelle-finder
        .logger=${logger}
        .today=${attributes.today ?? fixtureToday}
        catalogue=${attributes.catalogue ?? ''}
        mode=${attributes.mode ?? ''}
        departement=${attributes.departement ?? ''}
        programme=${attributes.programme ?? ''}
        near=${attributes.near ?? ''}
        ruleset=${attributes.ruleset ?? ''}
        partner=${attributes.partner ?? ''}
      ></passerelle-finder>`,
    );
    const harness = new FinderHarness(element, logger);
    await harness.settled();
    return harness;
  }

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('finder not rendered');
    return root;
  }

  async settled(): Promise<void> {
    await waitUntil(() => !this.root.querySelector('.loading'), 'the catalogue is still loading', {
      timeout: 5000,
    });
    await this.element.updateComplete;
  }

  $(selector: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(selector);
  }

  $$(selector: string): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(selector)];
  }

  get status(): string {
    return this.$('[role="status"]')?.textContent?.trim() ?? '';
  }

  get alert(): HTMLElement | null {
    return this.$('[role="alert"]');
  }

  get search(): ComboboxHarness {
    const element = this.$('passerelle-combobox.search-input') as PasserelleCombobox | null;
    if (!element) throw new Error('search field not rendered');
    return new ComboboxHarness(element);
  }

  get place(): ComboboxHarness {
    const element = this.$('passerelle-combobox.place-input') as PasserelleCombobox | null;
    if (!element) throw new Error('place field not rendered (filters hidden?)');
    return new ComboboxHarness(element);
  }

  get cardTitles(): string[] {
    return this.$$('.results[part="results"] .card-title').map((node) => node.textContent?.trim() ?? '');
  }

  get detail(): HTMLElement | null {
    return this.$('.detail');
  }

  async update(): Promise<void> {
    await this.element.updateComplete;
    const boxes = this.$$('passerelle-combobox') as PasserelleCombobox[];
    await Promise.all(boxes.map((box) => box.updateComplete));
  }

  async typeSearch(text: string): Promise<void> {
    await this.search.type(text);
    await this.element.updateComplete;
  }

  async openFilters(): Promise<void> {
    const toggle = this.$('.toggle-filters');
    if (toggle?.getAttribute('aria-expanded') !== 'true') toggle?.click();
    await this.element.updateComplete;
  }

  async check(name: string): Promise<void> {
    const box = this.$(`input[name="${name}"]`) as HTMLInputElement | null;
    if (!box) throw new Error(`no checkbox ${name}`);
    box.click();
    await this.element.updateComplete;
  }

  async select(id: string, value: string): Promise<void> {
    const select = this.$(`#${id}`) as HTMLSelectElement | null;
    if (!select) throw new Error(`no select #${id}`);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await this.element.updateComplete;
  }

  async openCard(index: number): Promise<void> {
    const title = this.$$('.results .card-title')[index];
    if (!title) throw new Error(`no card ${index}`);
    title.click();
    await this.element.updateComplete;
    // The detail view's code is a module of its own, fetched the first time a detail opens.
    await detailCode.load();
    await this.element.updateComplete;
  }

  /** The text of the element focused inside the widget (through nested shadow roots). */
  get focused(): Element | null {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }
}
