import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Logger, SearchHit } from '@passerelle/core';
import type { ComboboxOption, PasserelleCombobox } from '../combobox/passerelle-combobox.js';
import {
  parseChoice,
  parseDepartements,
  parseMode,
  parsePostalCode,
  type FinderMode,
} from '../internal/attributes.js';
import { emit } from '../internal/emit.js';
import { todayIso } from '../internal/format.js';
import { consoleLogger } from '../internal/logger.js';
import { console_, ui } from '../internal/messages.js';
import { defaultRulesetId, knownRulesetIds, rulesetInfo, type RulesetInfo } from '../internal/programmes.js';
import { CatalogueController } from '../catalogue/catalogue-controller.js';
import { credits, demoLabel, errorBox, loadingBox } from '../catalogue/catalogue-status.js';
import { detailView, resolveDetail, type OfferDetail } from '../detail/offer-detail.js';
import { detailStyles } from '../detail/detail.styles.js';
import { emptyState } from '../empty/empty-state.js';
import { emptyStateStyles } from '../empty/empty-state.styles.js';
import { activeFilterChips } from '../filters/active-filters.js';
import { filterPanel } from '../filters/filter-panel.js';
import { filtersStyles } from '../filters/filters.styles.js';
import { LocationController } from '../location/location-controller.js';
import { placeField } from '../location/place-field.js';
import type { ViewContext } from '../results/result-card.js';
import { resultsList } from '../results/results-list.js';
import { resultsStyles } from '../results/results.styles.js';
import { SearchController } from '../search/search-controller.js';
import { programmeExplanations } from './orientation-placeholder.js';
import { orientationPlaceholderStyles } from './orientation-placeholder.styles.js';
import { finderMediaStyles, finderStyles } from './passerelle-finder.styles.js';
import { sameView, ViewHistory, type View } from './view-history.js';

type Tab = 'search' | 'orientation';

/**
 * `<passerelle-finder>`: find a regional training near you, in one element.
 *
 * Loads a catalogue (or only the needed département shards of a manifest), validates it through
 * `@passerelle/core`, and lets a person search as they type, filter, read a training's details and come
 * back with the browser's back button. Catalogue text is always rendered as text.
 *
 * @tag passerelle-finder
 *
 * @fires passerelle-search - `{ text, filters, total }` after a search settles (typing pauses, a filter changes).
 * @fires passerelle-select - `{ offerId, actionId, sessionId }` when a training's detail opens.
 * @fires passerelle-print - `{}` when the person asks to print a training's sheet.
 * @fires passerelle-error - `{ code, message }` when the catalogue (or a part of it) cannot be used.
 *
 * @csspart tabs - The tab list (search / orientation) in `both` mode.
 * @csspart tab - One tab.
 * @csspart demo-label - The « Données de démonstration (fictives) » label.
 * @csspart credits - The data credits line (communes: Etalab, GeoNames), shown with a manifest's communes.
 * @csspart status - The loading box.
 * @csspart error - The error box (`role="alert"`).
 * @csspart search - The search area (field and filters).
 * @csspart input - The search text field.
 * @csspart listbox - The suggestion list.
 * @csspart option - One suggestion.
 * @csspart filters - The filter panel.
 * @csspart chips - The list of active filters above the results.
 * @csspart chip - One active filter, a button that removes it.
 * @csspart results - The list of result cards.
 * @csspart card - One result card.
 * @csspart card-title - The title button of a card.
 * @csspart badge - A programme or « gratuit » badge.
 * @csspart programme - A programme badge with its « C'est quoi ? » explanation.
 * @csspart detail - The detail view of a training.
 * @csspart button - The widget's buttons.
 * @csspart empty - The help shown when nothing matches.
 * @csspart orientation - The orientation panel.
 *
 * @cssprop --passerelle-accent - Accent colour (links, buttons, focus); default #0b5394.
 * @cssprop --passerelle-accent-text - Text on the accent colour; default #ffffff.
 * @cssprop --passerelle-text - Text colour; default #1a1a1a.
 * @cssprop --passerelle-muted - Secondary text colour; default #4d4d4d.
 * @cssprop --passerelle-background - Background; default #ffffff.
 * @cssprop --passerelle-surface - Background of panels; default #f3f5f8.
 * @cssprop --passerelle-border - Border colour of fields and cards; default #666666.
 * @cssprop --passerelle-font - Font family; default: the host page's font.
 * @cssprop --passerelle-font-size - Base font size; default 1rem.
 * @cssprop --passerelle-radius - Corner radius; default 0.5rem.
 * @cssprop --passerelle-spacing - Base spacing; default 1rem.
 * @cssprop --passerelle-padding - Padding around the widget; default 0.
 */
export class PasserelleFinder extends LitElement {
  static override styles = [
    finderStyles,
    filtersStyles,
    resultsStyles,
    emptyStateStyles,
    detailStyles,
    orientationPlaceholderStyles,
    finderMediaStyles,
  ];

  /**
   * Declared without decorators: the decorator helpers cost about a kilobyte of the one-file script.
   * Public ones are attributes (kebab-case); the parts keep their own state in controllers.
   */
  static override properties = {
    catalogue: {},
    relays: {},
    ruleset: {},
    mode: {},
    departement: {},
    programme: {},
    near: {},
    partner: {},
    logger: { attribute: false },
    today: { attribute: false },
    tab: { state: true, attribute: false },
    view: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
  };

  private readonly catalogueState = new CatalogueController(this);
  private readonly search = new SearchController(this);
  private readonly location = new LocationController(
    this,
    this.catalogueState,
    this.search,
    () => this.logger,
  );
  private readonly viewHistory = new ViewHistory();
  private readonly handlePopState = (event: PopStateEvent) => this.restoreFromHistory(event.state);
  private modeValue: FinderMode = 'both';
  private departementsValue: readonly string[] = [];
  private rulesetValue: RulesetInfo | undefined;
  private context: ViewContext = this.viewContext();
  private detail: OfferDetail | undefined;
  private openerKey: string | undefined;
  /** What the status region says; kept while typing so it is not re-read on every key. */
  private announcement = '';

  private tab: Tab = 'search';
  private view: View = { kind: 'list' };
  private filtersOpen = false;

  /** URL of a catalogue JSON or of a `manifest.json` of département shards (required). */
  catalogue: string | undefined;
  /** URL of a local relays directory (used by the orientation tab). */
  relays: string | undefined;
  /** Orientation ruleset id; `nouvelle-aquitaine` by default. */
  ruleset: string | undefined;
  /** `search`, `orientation` or `both` (two tabs); `both` by default. */
  mode: string | undefined;
  /** Comma-separated départements to preset (and to limit shard loading), e.g. `33,24`. */
  departement: string | undefined;
  /** Preset programme filter, e.g. `hsp-socle`. */
  programme: string | undefined;
  /** Preset postal code to search around, e.g. `33000`. */
  near: string | undefined;
  /** The embedding organisation's name, printed on the take-away sheet. */
  partner: string | undefined;
  /** Where warnings for the webmaster go (the console by default). */
  logger: Logger = consoleLogger;
  /**
   * ISO date (AAAA-MM-JJ) that the sessions shown must still be joinable on: past fixed-date
   * sessions and ended permanent-entry ones are left out. Defaults to the browser's local date;
   * set it to pin the day (tests, previews of a campaign).
   */
  today: string = todayIso();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handlePopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
  }

  override willUpdate(changed: PropertyValues): void {
    // On the first update every attribute is read, set or not, so defaults and warnings apply.
    const first = !this.hasUpdated;
    const reads = (name: string) => first || changed.has(name);
    if (reads('mode')) {
      this.modeValue = parseMode(this.mode, this.logger);
      this.tab = this.modeValue === 'orientation' ? 'orientation' : 'search';
    }
    if (reads('ruleset')) {
      const id = parseChoice('ruleset', this.ruleset, knownRulesetIds, defaultRulesetId, this.logger);
      this.rulesetValue = rulesetInfo(id ?? defaultRulesetId);
    }
    if (reads('departement')) this.departementsValue = parseDepartements(this.departement, this.logger);
    if (reads('near')) {
      this.location.preset = parsePostalCode(this.near, this.logger);
      if (!first && this.catalogueState.state.kind === 'ready') void this.location.applyPreset();
    }
    const idle = this.catalogueState.state.kind === 'idle';
    if (
      (reads('catalogue') || reads('departement') || (reads('mode') && idle)) &&
      this.modeValue !== 'orientation'
    )
      this.load();
    if (reads('ruleset') || reads('today')) this.context = this.viewContext();
    this.updateSearchInputs(reads('programme') || reads('ruleset'));
    this.search.refresh();
    const offer = this.view.kind === 'detail' ? this.catalogueState.offer(this.view.offerId) : undefined;
    this.detail =
      this.view.kind === 'detail'
        ? resolveDetail(offer, this.view.actionId, this.context.programmes, this.rulesetValue?.programmes[0])
        : undefined;
    this.updateAnnouncement();
  }

  override firstUpdated(): void {
    this.restoreFromHistory(history.state, false);
  }

  /** Loads (or reloads) the catalogue; also what « Réessayer » does. */
  load(): void {
    void this.catalogueState.load({
      url: this.catalogue,
      departements: this.departementsValue,
      logger: this.logger,
      // The preset place is applied before the first results, so they come already sorted by distance.
      beforeReady: async () => {
        // The preset départements are not in this manifest: show everything rather than nothing.
        if (this.catalogueState.departementsIgnored) this.departementsValue = [];
        await this.location.applyPreset();
      },
    });
  }

  /** « Nouvelle personne »: forget everything about the previous search, including the position. */
  resetSearch(): void {
    this.search.resetAll();
    this.resetFilters();
    this.filtersOpen = false;
    if (this.view.kind === 'detail') this.viewHistory.write({ kind: 'list' }, 'replace');
    this.view = { kind: 'list' };
    this.tab = this.modeValue === 'orientation' ? 'orientation' : 'search';
    void this.updateComplete.then(() => this.searchBox?.focus());
  }

  private get searchBox(): PasserelleCombobox | null {
    return this.renderRoot.querySelector<PasserelleCombobox>('passerelle-combobox.search-input');
  }

  private updateSearchInputs(presetsChanged: boolean): void {
    let programme = '';
    if (presetsChanged) {
      const known = this.rulesetValue?.programmes.map((candidate) => candidate.id) ?? [];
      programme = this.programme?.trim().toLowerCase() ?? '';
      if (programme !== '' && !known.includes(programme)) {
        this.logger.warn(
          console_.unknownProgramme(this.programme ?? '', this.rulesetValue?.id ?? '', known.join(', ')),
        );
        programme = '';
      }
    }
    const state = this.catalogueState.state;
    this.search.setInputs({
      index: state.kind === 'ready' ? this.catalogueState.index : undefined,
      departements: this.departementsValue,
      today: this.today,
      programmeName: (id) => this.context.programmes.get(id)?.name ?? id,
      presets: presetsChanged ? { programme } : this.search.presets,
    });
  }

  private viewContext(): ViewContext {
    return {
      rulesetId: this.rulesetValue?.id ?? defaultRulesetId,
      programmes: new Map(
        (this.rulesetValue?.programmes ?? []).map((programme) => [programme.id, programme]),
      ),
      today: this.today,
      openDetail: (hit) => this.openDetail(hit),
    };
  }

  private resetFilters(): void {
    this.search.resetFilters();
    // Back to what the webmaster preset: the programme (in the search's presets) and the near place.
    void this.location.reset().then(() => this.search.scheduleSearchEvent(0));
  }

  private openDetail(hit: Pick<SearchHit, 'offerId' | 'actionId' | 'sessionId'>): void {
    const view: View = {
      kind: 'detail',
      offerId: hit.offerId,
      actionId: hit.actionId,
      sessionId: hit.sessionId,
    };
    this.openerKey = `${hit.offerId}\u0000${hit.actionId}`;
    this.viewHistory.write(view, 'push');
    this.showView(view);
  }

  private showView(view: View, moveFocus = true): void {
    this.view = view;
    if (view.kind === 'detail') {
      const { offerId, actionId, sessionId } = view;
      emit(this, 'passerelle-select', { offerId, actionId, sessionId });
    }
    if (moveFocus) void this.updateComplete.then(() => this.focusView(view));
  }

  private focusView(view: View): void {
    if (view.kind === 'detail') {
      this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
      return;
    }
    const opener = [...this.renderRoot.querySelectorAll<HTMLElement>('.card')].find(
      (card) => `${card.dataset['offerId'] ?? ''}\u0000${card.dataset['actionId'] ?? ''}` === this.openerKey,
    );
    (opener?.querySelector<HTMLElement>('.card-title') ?? this.searchBox)?.focus();
  }

  private restoreFromHistory(state: unknown, moveFocus = true): void {
    const view = this.viewHistory.read(state);
    if (!sameView(view, this.view)) this.showView(view, moveFocus);
  }

  private handleBack(): void {
    if (this.viewHistory.detailOnTop) history.back();
    else this.showView({ kind: 'list' });
  }

  private handlePrint(): void {
    emit(this, 'passerelle-print', {});
    window.print();
  }

  private handleTabKeydown(event: KeyboardEvent): void {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    this.tab = this.tab === 'search' ? 'orientation' : 'search';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus(),
    );
  }

  /** Derives what the status region says (at the end of willUpdate). */
  private updateAnnouncement(): void {
    const state = this.catalogueState.state.kind;
    if (state === 'loading') this.announcement = ui.loading;
    else if (state !== 'ready') this.announcement = '';
    // While someone types, screen readers would read a count per key: the count waits for the pause.
    else if (this.search.typingSettled)
      this.announcement =
        this.tab === 'search' && this.view.kind === 'list' ? ui.resultCount(this.search.results.total) : '';
  }

  // ——— rendering ———

  private renderTabs() {
    if (this.modeValue !== 'both') return nothing;
    const tab = (id: Tab, label: string) =>
      html`<button
        type="button"
        role="tab"
        part="tab"
        id="tab-${id}"
        aria-controls="panel-${id}"
        aria-selected=${this.tab === id ? 'true' : 'false'}
        tabindex=${this.tab === id ? '0' : '-1'}
        @click=${() => (this.tab = id)}
        @keydown=${this.handleTabKeydown}
      >
        ${label}
      </button>`;
    return html`<div class="tabs" role="tablist" part="tabs" aria-label=${ui.tabsLabel}>
      ${tab('search', ui.tabSearch)} ${tab('orientation', ui.tabOrientation)}
    </div>`;
  }

  private renderSearchBox() {
    return html`<passerelle-combobox
      class="search-input"
      exportparts="input, listbox, option"
      .label=${ui.searchLabel}
      .hint=${ui.searchHint}
      .value=${this.search.text}
      .options=${this.search.suggestions}
      list-label=${ui.suggestionsLabel}
      @combobox-input=${(event: CustomEvent<{ value: string }>) => this.search.type(event.detail.value)}
      @combobox-select=${(event: CustomEvent<{ option: ComboboxOption }>) =>
        this.search.setText(event.detail.option.label, 0)}
      @combobox-submit=${(event: CustomEvent<{ value: string }>) => this.search.setText(event.detail.value, 0)}
    ></passerelle-combobox>`;
  }

  private renderResults() {
    const search = this.search;
    if (search.results.total > 0) return resultsList(search.results, this.context, () => search.showMore());
    return emptyState(
      search.alternatives,
      {
        hasText: search.text.trim() !== '',
        hasActiveFilters: search.chips.length > 0,
        setRadius: (radiusKm) => search.setFilters({ radiusKm }),
        setText: (text) => search.setText(text, 0),
        removeFilters: () => this.resetFilters(),
      },
      this.context,
    );
  }

  private renderList(skipped: number) {
    const search = this.search;
    const active = search.chips.length;
    return html`${skipped > 0 ? html`<p class="notice" role="note">${ui.partialShards(skipped)}</p>` : nothing}
      <div class="search-row" part="search">
        ${this.renderSearchBox()}
        <div class="toolbar">
          <button
            type="button"
            part="button"
            class="toggle-filters"
            aria-expanded=${this.filtersOpen ? 'true' : 'false'}
            aria-controls="filters"
            @click=${() => (this.filtersOpen = !this.filtersOpen)}
          >
            ${this.filtersOpen ? ui.filtersHide : ui.filtersShow}${active ? html` <span class="filter-count">(${ui.activeFilterCount(active)})</span>` : nothing}
          </button>
          <button type="button" part="button" class="new-person" @click=${() => this.resetSearch()}>
            ${ui.newPerson}
          </button>
        </div>
      </div>
      ${activeFilterChips(search.chips, (id) => (id === 'centre' ? this.location.clear() : search.removeFilter(id)))}
      <div class="layout ${this.filtersOpen ? 'with-filters' : ''}">
        ${filterPanel({
          values: search.values,
          open: this.filtersOpen,
          hasActiveFilters: active > 0,
          programmes: this.rulesetValue?.programmes ?? [],
          today: this.today,
          placeField: placeField(this.location, search.values.centre !== null),
          onChange: (patch) => search.setFilters(patch),
          onReset: () => this.resetFilters(),
        })}
        <div class="results-area">${this.renderResults()}</div>
      </div>`;
  }

  private renderSearchPanel() {
    const state = this.catalogueState.state;
    let body: unknown = nothing;
    if (state.kind === 'loading') body = loadingBox();
    else if (state.kind === 'error') body = errorBox(state.code, () => this.load());
    else if (state.kind === 'ready')
      body = this.detail
        ? detailView(
            {
              ...this.detail,
              partner: this.partner?.trim() || undefined,
              onBack: () => this.handleBack(),
              onPrint: () => this.handlePrint(),
            },
            this.context,
          )
        : this.renderList(state.skipped);
    return this.panel('search', body);
  }

  private panel(id: Tab, body: unknown) {
    if (this.modeValue !== 'both') return html`<div class="panel" id="panel-${id}">${body}</div>`;
    return html`<div
      class="panel"
      id="panel-${id}"
      role="tabpanel"
      aria-labelledby="tab-${id}"
      ?hidden=${this.tab !== id}
    >
      ${this.tab === id ? body : nothing}
    </div>`;
  }

  override render() {
    return html`<div class="frame">
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${demoLabel(this.catalogueState)} ${this.renderTabs()}
      ${this.modeValue !== 'orientation' ? this.renderSearchPanel() : nothing}
      ${this.modeValue !== 'search' ? this.panel('orientation', programmeExplanations(this.rulesetValue)) : nothing}
      ${credits(this.catalogueState)}
    </div>`;
  }
}
