import { LitElement, html, type PropertyValues } from 'lit';
import type { Logger } from '@passerelle/core';
import { todayIso } from '../internal/format.js';
import { consoleLogger } from '../internal/logger.js';
import { CatalogueController } from '../catalogue/catalogue-controller.js';
import { credits, demoLabel } from '../catalogue/catalogue-status.js';
import { loadDepartementNames } from '../catalogue/departement-label.js';
import { NavigationController } from '../detail/navigation-controller.js';
import { DetailPart } from '../detail/detail-part.js';
import { LocationController } from '../location/location-controller.js';
import { viewContext, type ViewContext } from '../results/result-card.js';
import { SearchController } from '../search/search-controller.js';
import { finderStyleSheets } from './passerelle-finder.styles.js';
import { FinderSettings } from './finder-settings.js';
import { finderAnnouncement } from './announcement.js';
import { OrientationTab } from './orientation-tab.js';
import { searchBoxIn, searchTab } from './search-tab.js';
import { FinderTabs } from './tabs.js';

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
 * @attr list-page - In `orientation` mode, the page of this site that shows the trainings list (a
 *   `<passerelle-finder>` in `search` or `both` mode): the take-away sheet's QR code opens it on the
 *   plan's programme and place. Without it that sheet has no QR code; `both` mode uses its own page.
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
  static override styles = finderStyleSheets;

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
    listPage: { attribute: 'list-page' },
    allowOrigins: { attribute: 'allow-origins' },
    logger: { attribute: false },
    today: { attribute: false },
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
  private readonly navigation = new NavigationController(this, () => searchBoxIn(this.renderRoot));
  private readonly settings = new FinderSettings();
  private readonly tabs = new FinderTabs(this);
  private context: ViewContext = this.newContext();
  private readonly openTraining = new DetailPart(this, this.catalogueState, () => this.logger);
  /** What the status region says; kept while typing so it is not re-read on every key. */
  private announcement = '';

  private readonly orientation = new OrientationTab(this, this.catalogueState, () => ({
    mode: this.settings.mode,
    rulesetId: this.settings.ruleset?.id ?? 'nouvelle-aquitaine',
    departements: this.settings.departements,
    today: this.today,
    relays: this.relays,
    partner: this.partner,
    listPage: this.listPage,
    logger: this.logger,
    // A training of the plan opens in the search tab, with the same detail view.
    open: (pick) => {
      this.tabs.select('search', false);
      this.navigation.open(pick);
    },
    // « Voir toutes ces formations »: the search tab with the plan's programme and place as filters.
    openSearch: (programmes, postalCode) => {
      this.search.setFilters({ programme: programmes[0] ?? '' });
      if (postalCode) this.location.submit(postalCode);
      this.tabs.select('search', true);
    },
  }));
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
  /** In `orientation` mode, the page that shows the trainings list, where the sheet's QR code leads. */
  listPage: string | undefined;
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
    if (reads('mode')) this.tabs.reset(this.settings.mode);
    if (reads('near') && !first && this.catalogueState.state.kind === 'ready')
      void this.location.applyPreset();
    const idle = this.catalogueState.state.kind === 'idle';
    const wanted =
      reads('catalogue') || reads('departement') || reads('allowOrigins') || (reads('mode') && idle);
    // The orientation works with rulesets alone; with a catalogue, its plan lists trainings.
    if (wanted && (this.settings.mode !== 'orientation' || this.catalogue?.trim())) this.load();
    if (reads('ruleset') || reads('today')) this.context = this.newContext();
    if (this.settings.mode !== 'search' && this.tabs.current === 'orientation') this.orientation.load();
    this.updateSearchInputs();
    this.orientation.update();
    this.search.refresh();
    this.openTraining.update(
      this.navigation.view,
      this.context.programmes,
      this.settings.ruleset?.programmes[0],
    );
    this.announcement = finderAnnouncement(
      {
        catalogue: this.catalogueState,
        search: this.search,
        navigation: this.navigation,
        detailShown: this.openTraining.shown,
        tab: this.tabs.current,
      },
      this.announcement,
    );
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
      allowedOrigins: this.settings.allowedOrigins,
      logger: this.logger,
      // The preset place is applied before the first results, so they come already sorted by distance.
      beforeReady: async () => {
        // The preset départements are not in this manifest: show everything rather than nothing.
        if (this.catalogueState.departementsIgnored) this.settings.departements = [];
        await this.location.applyPreset();
      },
    });
  }

  /** « Nouvelle personne »: forget everything about the previous search, including the position. */
  resetSearch(): void {
    this.search.resetAll();
    this.resetFilters();
    this.filtersOpen = false;
    this.navigation.reset();
    this.tabs.reset(this.settings.mode);
    void this.updateComplete.then(() => searchBoxIn(this.renderRoot)?.focus());
  }

  private updateSearchInputs(): void {
    const state = this.catalogueState.state;
    this.search.setInputs({
      index: state.kind === 'ready' ? this.catalogueState.index : undefined,
      departements: this.settings.departements,
      today: this.today,
      programmeName: this.context.programmeName,
      presets: { programme: this.settings.programme },
    });
  }

  private newContext(): ViewContext {
    return viewContext(this.settings.ruleset, this.today, (hit) => this.navigation.open(hit));
  }

  private resetFilters(): void {
    this.search.resetFilters();
    // Back to what the webmaster preset: the programme (in the search's presets) and the near place.
    void this.location.reset().then(() => this.search.scheduleSearchEvent(0));
  }

  private renderSearchTab() {
    return searchTab({
      catalogue: this.catalogueState,
      search: this.search,
      location: this.location,
      navigation: this.navigation,
      detail: this.openTraining.detail,
      context: this.context,
      programmes: this.settings.ruleset?.programmes ?? [],
      today: this.today,
      partner: this.partner,
      filtersOpen: this.filtersOpen,
      onReload: () => this.load(),
      onRetryDetail: (offerId) => this.openTraining.retry(offerId),
      // Printing is rare: its code comes when asked for, then announces and prints at once.
      onPrint: () => void import('../internal/print.js').then((print) => print.printSheet(this)),
      onToggleFilters: () => (this.filtersOpen = !this.filtersOpen),
      onNewPerson: () => this.resetSearch(),
      onResetFilters: () => this.resetFilters(),
      onOrient: this.settings.mode === 'both' ? () => this.tabs.select('orientation', true) : undefined,
    });
  }

  override render() {
    return html`<div class="frame">
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${demoLabel(this.catalogueState)}
      ${this.tabs.render(
        this.settings.mode,
        () => this.renderSearchTab(),
        (shown) => this.orientation.render(shown),
      )}
      ${credits(this.catalogueState)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-finder': PasserelleFinder;
  }
}
