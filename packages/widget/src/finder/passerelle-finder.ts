import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Logger } from '@passerelle/core';
import type { PasserelleCombobox } from '../combobox/passerelle-combobox.js';
import { emit } from '../internal/emit.js';
import { todayIso } from '../internal/format.js';
import { consoleLogger } from '../internal/logger.js';
import { console_, ui } from '../internal/messages.js';
import { CatalogueController } from '../catalogue/catalogue-controller.js';
import {
  credits,
  demoLabel,
  detailStatus,
  errorBox,
  loadingBox,
  shardNotices,
} from '../catalogue/catalogue-status.js';
import { loadDepartementNames, ofDepartement } from '../catalogue/departement-label.js';
import { NavigationController } from '../detail/navigation-controller.js';
import { detailView, resolveDetail, type OfferDetail } from '../detail/offer-detail.js';
import { printOnly } from '../internal/print.js';
import { detailStyles } from '../detail/detail.styles.js';
import { emptyStateStyles } from '../empty/empty-state.styles.js';
import { filtersStyles } from '../filters/filters.styles.js';
import { LocationController } from '../location/location-controller.js';
import { viewContext, type ViewContext } from '../results/result-card.js';
import { resultsStyles } from '../results/results.styles.js';
import { SearchController } from '../search/search-controller.js';
import { searchPanel } from '../search/search-panel.js';
import { finderMediaStyles, finderStyles } from './passerelle-finder.styles.js';
import { FinderSettings } from './finder-settings.js';
import type { RelaysSource } from '../orientation/relays-source.js';
import type { OrientationTrainings } from '../orientation/trainings.js';
import { loadOrientation, type TrainingsFactory } from './lazy-orientation.js';
import { tabList, tabPanel, type Tab } from './tabs.js';

/** `https://cdn.example.org/` → `https://cdn.example.org`, as `URL.origin` writes it. */
function originOf(text: string): string {
  try {
    return new URL(text).origin;
  } catch {
    return text;
  }
}

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
 * @fires passerelle-orientation - `{ needs, programmes: [{ programme, status }] }` when the orientation's plan
 *   is shown (from the « Être orienté » tab); never what the person answered.
 * @fires passerelle-print - `{}` when the person asks to print a training's sheet.
 * @fires passerelle-error - `{ code, message }` when the catalogue (or a part of it) cannot be used.
 *
 * @attr allow-origins - Origins besides the manifest's own that its files may be fetched from,
 *   space- or comma-separated (e.g. `https://cdn.example.org`); others are refused.
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
    allowOrigins: { attribute: 'allow-origins' },
    logger: { attribute: false },
    today: { attribute: false },
    tab: { state: true, attribute: false },
    orientationReady: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
  };

  private readonly catalogueState = new CatalogueController(this);
  private readonly search = new SearchController(this);
  private readonly location = new LocationController(
    this,
    this.catalogueState,
    this.search,
    () => this.logger,
    () => this.settings.near,
  );
  private readonly navigation = new NavigationController(this, () => this.searchBox);
  private readonly settings = new FinderSettings();
  private context: ViewContext = this.newContext();
  private detail: OfferDetail | undefined;
  /** What the status region says; kept while typing so it is not re-read on every key. */
  private announcement = '';

  /** Whether `<passerelle-orientation>`, a module of its own, has been loaded (on first showing). */
  private orientationReady = false;
  private orientationLoad: Promise<unknown> | undefined;
  /** What the orientation's plan asks of the catalogue; rebuilt when the catalogue changes. */
  private trainings: OrientationTrainings | undefined;
  private trainingsInputs: readonly unknown[] = [];
  private lastRelays: RelaysSource | undefined;
  private trainingsFactory: TrainingsFactory | undefined;
  private tab: Tab = 'search';
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
  /**
   * Origins besides the manifest's own that the files it lists may come from, space- or
   * comma-separated, e.g. `https://cdn.example.org`; any other origin is refused.
   */
  allowOrigins: string | undefined;
  /** Where warnings for the webmaster go (the console by default). */
  logger: Logger = consoleLogger;
  /**
   * ISO date (AAAA-MM-JJ) that the sessions shown must still be joinable on: past fixed-date
   * sessions and ended permanent-entry ones are left out. Defaults to the browser's local date;
   * set it to pin the day (tests, previews of a campaign).
   */
  today: string = todayIso();

  override willUpdate(changed: PropertyValues): void {
    // On the first update every attribute is read, set or not, so defaults and warnings apply.
    const first = !this.hasUpdated;
    const reads = (name: string) => first || changed.has(name);
    this.settings.read(this, first ? null : (changed as ReadonlySet<string>), this.logger);
    if (reads('mode')) this.tab = this.settings.mode === 'orientation' ? 'orientation' : 'search';
    if (reads('near') && !first && this.catalogueState.state.kind === 'ready')
      void this.location.applyPreset();
    const idle = this.catalogueState.state.kind === 'idle';
    const wanted =
      reads('catalogue') || reads('departement') || reads('allowOrigins') || (reads('mode') && idle);
    // The orientation works with rulesets alone; with a catalogue, its plan lists trainings.
    if (wanted && (this.settings.mode !== 'orientation' || this.catalogue?.trim())) this.load();
    if (reads('ruleset') || reads('today')) this.context = this.newContext();
    if (this.settings.mode !== 'search' && this.tab === 'orientation') this.loadOrientation();
    this.updateSearchInputs();
    this.updateTrainings();
    this.search.refresh();
    this.detail = resolveDetail(
      this.navigation.view,
      (id) => {
        const detail = this.catalogueState.detail(id);
        return detail.kind === 'ready' ? detail.offer : undefined;
      },
      this.context.programmes,
      this.settings.ruleset?.programmes[0],
    );
    this.updateAnnouncement();
  }

  override firstUpdated(): void {
    this.navigation.restore(history.state, false);
  }

  /** Loads (or reloads) the catalogue; also what « Réessayer » does. */
  load(): void {
    loadDepartementNames(() => this.requestUpdate());
    void this.catalogueState.load({
      url: this.catalogue,
      departements: this.settings.departements,
      allowedOrigins: (this.allowOrigins ?? '')
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(originOf),
      logger: this.logger,
      // The preset place is applied before the first results, so they come already sorted by distance.
      beforeReady: async () => {
        // The preset départements are not in this manifest: show everything rather than nothing.
        if (this.catalogueState.departementsIgnored) this.settings.departements = [];
        await this.location.applyPreset();
      },
    });
  }

  /** The orientation code is not part of the first load: it comes the first time the tab opens. */
  private loadOrientation(): void {
    this.orientationLoad ??= loadOrientation().then(
      (factory) => {
        this.trainingsFactory = factory;
        this.orientationReady = true;
      },
      (error: unknown) => this.logger.warn(console_.moduleLoadFailed('d’orientation', String(error))),
    );
  }

  /** « Nouvelle personne »: forget everything about the previous search, including the position. */
  resetSearch(): void {
    this.search.resetAll();
    this.resetFilters();
    this.filtersOpen = false;
    this.navigation.reset();
    this.tab = this.settings.mode === 'orientation' ? 'orientation' : 'search';
    void this.updateComplete.then(() => this.searchBox?.focus());
  }

  private get searchBox(): PasserelleCombobox | null {
    return this.renderRoot.querySelector<PasserelleCombobox>('passerelle-combobox.search-input');
  }

  private updateSearchInputs(): void {
    const state = this.catalogueState.state;
    this.search.setInputs({
      index: state.kind === 'ready' ? this.catalogueState.index : undefined,
      departements: this.settings.departements,
      today: this.today,
      programmeName: (id) => this.context.programmes.get(id)?.name ?? id,
      presets: { programme: this.settings.programme },
    });
  }

  private updateTrainings(): void {
    // The plan measures distances from the person's commune: the communes files are needed then.
    if (this.orientationReady && this.catalogueState.state.kind === 'ready')
      void this.catalogueState.ensureCommunes(this.logger);
    const index = this.catalogueState.state.kind === 'ready' ? this.catalogueState.index : undefined;
    const orientationTrainings = this.trainingsFactory;
    const inputs = [
      orientationTrainings,
      index,
      this.catalogueState.places,
      this.today,
      this.settings.mode,
      this.settings.departements.join(),
    ];
    if (inputs.every((input, i) => input === this.trainingsInputs[i])) return;
    this.trainingsInputs = inputs;
    this.trainings =
      index && orientationTrainings
        ? orientationTrainings({
            index,
            places: this.catalogueState.places,
            today: this.today,
            departements: this.settings.departements,
            open: this.settings.mode === 'both' ? (pick) => this.openFromOrientation(pick) : undefined,
            openSearch:
              this.settings.mode === 'both'
                ? (programmes, postalCode) => this.searchFromOrientation(programmes, postalCode)
                : undefined,
          })
        : undefined;
  }

  /** A training of the plan opens in the search tab, with the same detail view. */
  private openFromOrientation(pick: { offerId: string; actionId: string; sessionId: string | null }): void {
    this.tab = 'search';
    this.navigation.open(pick);
  }

  /** « Voir toutes ces formations »: the search tab with the plan's programme and place as filters. */
  private searchFromOrientation(programmes: readonly string[], postalCode: string | undefined): void {
    this.search.setFilters({ programme: programmes[0] ?? '' });
    if (postalCode) this.location.submit(postalCode);
    this.selectTab('search', true);
  }

  private newContext(): ViewContext {
    return viewContext(this.settings.ruleset, this.today, (hit) => this.navigation.open(hit));
  }

  private resetFilters(): void {
    this.search.resetFilters();
    // Back to what the webmaster preset: the programme (in the search's presets) and the near place.
    void this.location.reset().then(() => this.search.scheduleSearchEvent(0));
  }

  private handlePrint(): void {
    emit(this, 'passerelle-print', {});
    printOnly(this);
  }

  private selectTab(tab: Tab, moveFocus: boolean): void {
    this.tab = tab;
    if (moveFocus)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  /** Derives what the status region says (at the end of willUpdate). */
  private updateAnnouncement(): void {
    const state = this.catalogueState.state.kind;
    const pending = this.catalogueState.pending;
    if (state === 'loading') this.announcement = ui.loading;
    else if (state !== 'ready') this.announcement = '';
    else if (this.search.shownAnnouncement) this.announcement = this.search.shownAnnouncement;
    else if (this.navigation.view.kind === 'detail' && !this.detail)
      this.announcement =
        this.catalogueState.detail(this.navigation.view.offerId).kind === 'loading' ? ui.detailLoading : '';
    // While someone types, screen readers would read a count per key: the count waits for the pause.
    else if (this.search.typingSettled)
      this.announcement =
        this.tab === 'search' && this.navigation.view.kind === 'list'
          ? [
              ...(this.search.results.total > 0 || pending.length === 0
                ? [ui.resultCount(this.search.results.total)]
                : []),
              ...pending.map((code) => ui.loadingDepartement(ofDepartement(code))),
            ].join(' ')
          : '';
  }

  // ——— rendering ———

  private renderSearchPanel() {
    const state = this.catalogueState.state;
    if (state.kind === 'loading') return loadingBox();
    if (state.kind === 'error') return errorBox(state.code, () => this.load());
    if (state.kind !== 'ready') return nothing;
    const view = this.navigation.view;
    if (view.kind === 'detail' && !this.detail) {
      const detail = this.catalogueState.detail(view.offerId);
      if (detail.kind === 'loading' || detail.kind === 'error')
        return detailStatus(
          detail.kind,
          () => this.navigation.back(),
          () => this.catalogueState.retryDetail(view.offerId),
        );
    }
    if (this.detail) {
      return detailView(
        {
          ...this.detail,
          partner: this.partner?.trim() || undefined,
          onBack: () => this.navigation.back(),
          onPrint: () => this.handlePrint(),
        },
        this.context,
      );
    }
    return html`${shardNotices(this.catalogueState)}${searchPanel({
      search: this.search,
      location: this.location,
      context: this.context,
      programmes: this.settings.ruleset?.programmes ?? [],
      today: this.today,
      skipped: state.skipped,
      loading: this.catalogueState.pending.length > 0,
      filtersOpen: this.filtersOpen,
      onToggleFilters: () => (this.filtersOpen = !this.filtersOpen),
      onNewPerson: () => this.resetSearch(),
      onResetFilters: () => this.resetFilters(),
      onOrient: this.settings.mode === 'both' ? () => this.selectTab('orientation', true) : undefined,
    })}`;
  }

  /**
   * The orientation's relay directory: the `relays` attribute, or else the one the manifest lists
   * (hash-checked like every listed file). Kept as one object while its URL stays the same.
   */
  private relaysSource(): RelaysSource | undefined {
    const attribute = this.relays?.trim();
    let source: RelaysSource | undefined;
    if (attribute) source = { url: new URL(attribute, document.baseURI).href };
    else {
      const listed = this.catalogueState.listedRelays();
      if (listed) source = listed;
    }
    if (source?.url !== this.lastRelays?.url) this.lastRelays = source;
    return this.lastRelays;
  }

  private renderOrientation() {
    if (!this.orientationReady) return this.tab === 'orientation' ? loadingBox() : nothing;
    return html`<passerelle-orientation
      .rulesetId=${this.settings.ruleset?.id ?? 'nouvelle-aquitaine'}
      .relays=${this.relaysSource()}
      .partner=${this.partner?.trim() || undefined}
      .trainings=${this.trainings}
      .today=${this.today}
    ></passerelle-orientation>`;
  }

  override render() {
    const tabs = this.settings.mode === 'both' ? this.tab : null;
    return html`<div class="frame">
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${demoLabel(this.catalogueState)}
      ${tabs ? tabList(this.tab, (tab, moveFocus) => this.selectTab(tab, moveFocus)) : nothing}
      ${this.settings.mode !== 'orientation' ? tabPanel('search', tabs, this.renderSearchPanel()) : nothing}
      ${
        this.settings.mode !== 'search'
          ? tabPanel('orientation', tabs, this.renderOrientation(), true)
          : nothing
      }
      ${credits(this.catalogueState)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-finder': PasserelleFinder;
  }
}
