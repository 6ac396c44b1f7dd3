import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type {
  Catalogue,
  Coordinates,
  Logger,
  Offer,
  SearchFilters,
  SearchHit,
  SearchResults,
  TeachingMode,
} from '@passerelle/core';
import type { ComboboxOption, PasserelleCombobox } from '../combobox/passerelle-combobox.js';
import {
  parseChoice,
  parseDepartements,
  parseMode,
  parsePostalCode,
  type FinderMode,
} from '../internal/attributes.js';
import { emit, type PasserelleErrorCode } from '../internal/emit.js';
import {
  createFinderIndex,
  placeFinder,
  placesOfCatalogue,
  type FinderIndex,
  type PlaceChoice,
  type PlaceFinder,
} from '../internal/engine.js';
import { todayIso } from '../internal/format.js';
import { loadCatalogue, loadCommunes, type CommuneSource, type LoadFailure } from '../internal/loader.js';
import { consoleLogger } from '../internal/logger.js';
import { console_, ui } from '../internal/messages.js';
import {
  defaultRulesetId,
  knownRulesetIds,
  pictogram,
  rulesetInfo,
  type ProgrammeInfo,
  type RulesetInfo,
} from '../internal/programmes.js';
import { detailView, resultCard, type ViewContext } from './offer-views.js';
import { finderStyles } from './passerelle-finder.styles.js';

type LoadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly catalogue: Catalogue; readonly skipped: number }
  | { readonly kind: 'error'; readonly code: PasserelleErrorCode };

type View =
  | { readonly kind: 'list' }
  | {
      readonly kind: 'detail';
      readonly offerId: string;
      readonly actionId: string;
      readonly sessionId: string | null;
    };

/** Where the distance is measured from: a commune, or the person's position (kept in memory only). */
interface Centre {
  readonly label: string;
  readonly coordinates: Coordinates;
  /** The person's own position: never handed to the host page. */
  readonly private: boolean;
}

interface FilterState {
  readonly programme: string;
  readonly centre: Centre | null;
  readonly radiusKm: number | null;
  readonly startFrom: string;
  readonly presentiel: boolean;
  readonly distance: boolean;
  readonly permanentEntries: boolean;
  readonly disabilityAccess: boolean;
  readonly fundingPossible: boolean;
}

/** The yes/no filters, each a checkbox. */
type CheckFilter = 'presentiel' | 'distance' | 'permanentEntries' | 'disabilityAccess' | 'fundingPossible';

type GeoStatus = 'idle' | 'waiting' | 'done' | 'denied' | 'unsupported';

const pageSize = 20;
const radiusSteps = [5, 10, 20, 30, 50, 100] as const;
const defaultRadiusKm = 30;
const searchEventDelayMs = 400;
const suggestionDelayMs = 80;

/** History state is shared with the host page: the widget only reads and writes its own key. */
interface HistoryEntry {
  readonly passerelle?: Readonly<Record<string, View>>;
}

let instanceCount = 0;

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
  static override styles = finderStyles;

  /**
   * Reactive properties, declared without decorators: the decorator helpers cost about a kilobyte
   * of the one-file script's 60 KB budget. Public ones are attributes (kebab-case), the rest internal state.
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
    loadState: { state: true, attribute: false },
    tab: { state: true, attribute: false },
    view: { state: true, attribute: false },
    text: { state: true, attribute: false },
    filters: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
    limit: { state: true, attribute: false },
    placeText: { state: true, attribute: false },
    placeOptions: { state: true, attribute: false },
    placeMessage: { state: true, attribute: false },
    geoStatus: { state: true, attribute: false },
    results: { state: true, attribute: false },
    suggestions: { state: true, attribute: false },
    typingSettled: { state: true, attribute: false },
  };

  private readonly historyKey = `passerelle-finder-${(instanceCount += 1)}`;
  private abort: AbortController | undefined;
  private index: FinderIndex | undefined;
  private offersById = new Map<string, Offer>();
  private places: PlaceFinder | undefined;
  private communeSource: CommuneSource | undefined;
  private communesLoaded: Promise<void> | undefined;
  private searchEventTimer: ReturnType<typeof setTimeout> | undefined;
  private suggestTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly handlePopState = (event: PopStateEvent) => this.restoreFromHistory(event.state);
  private modeValue: FinderMode = 'both';
  private departementsValue: readonly string[] = [];
  private rulesetValue: RulesetInfo | undefined;
  private presetProgramme = '';
  private presetNear: string | undefined;
  private openerKey: string | undefined;

  private loadState: LoadState = { kind: 'idle' };
  private tab: 'search' | 'orientation' = 'search';
  private view: View = { kind: 'list' };
  private text = '';
  private filters: FilterState = this.initialFilters();
  private filtersOpen = false;
  private limit = pageSize;
  private placeText = '';
  private placeOptions: readonly PlaceChoice[] = [];
  private placeMessage = '';
  private geoStatus: GeoStatus = 'idle';
  private results: SearchResults = { total: 0, hits: [] };
  private suggestions: readonly ComboboxOption[] = [];
  /** False between a keystroke and the pause after it: the empty-result help waits for the pause. */
  private typingSettled = true;
  /** What the status region says; kept while typing so it is not re-read on every key. */
  private announcement = '';

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
    // Moved elsewhere in the page while loading: the interrupted load starts again.
    if (this.hasUpdated && this.loadState.kind === 'loading') void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    this.abort?.abort();
    clearTimeout(this.searchEventTimer);
    clearTimeout(this.suggestTimer);
  }

  override willUpdate(changed: PropertyValues): void {
    // On the first update every attribute is read, set or not, so defaults and warnings apply.
    const first = !this.hasUpdated;
    if (first || changed.has('mode')) {
      this.modeValue = parseMode(this.mode, this.logger);
      this.tab = this.modeValue === 'orientation' ? 'orientation' : 'search';
    }
    if (first || changed.has('ruleset')) {
      const id =
        parseChoice('ruleset', this.ruleset, knownRulesetIds, defaultRulesetId, this.logger) ??
        defaultRulesetId;
      this.rulesetValue = rulesetInfo(id);
    }
    if (first || changed.has('departement'))
      this.departementsValue = parseDepartements(this.departement, this.logger);
    if (first || changed.has('programme') || changed.has('ruleset')) {
      const known = this.rulesetValue?.programmes.map((programme) => programme.id) ?? [];
      const raw = this.programme?.trim().toLowerCase() ?? '';
      if (raw !== '' && !known.includes(raw)) {
        this.logger.warn(
          console_.unknownProgramme(this.programme ?? '', this.rulesetValue?.id ?? '', known.join(', ')),
        );
        this.presetProgramme = '';
      } else this.presetProgramme = raw;
      this.filters = { ...this.filters, programme: this.presetProgramme };
    }
    if (first || changed.has('near')) {
      this.presetNear = parsePostalCode(this.near, this.logger);
      if (!first && this.loadState.kind === 'ready') void this.applyPresetNear();
    }
    if (
      (first ||
        changed.has('catalogue') ||
        changed.has('departement') ||
        (changed.has('mode') && this.loadState.kind === 'idle')) &&
      this.modeValue !== 'orientation'
    ) {
      void this.load();
    }
    if (
      changed.has('loadState') ||
      changed.has('text') ||
      changed.has('filters') ||
      changed.has('limit') ||
      changed.has('departement') ||
      changed.has('today')
    ) {
      this.runSearch();
    }
    this.updateAnnouncement();
  }

  override firstUpdated(): void {
    this.restoreFromHistory(history.state, false);
  }

  private get searchBox(): PasserelleCombobox | null {
    return this.renderRoot.querySelector<PasserelleCombobox>('passerelle-combobox.search-input');
  }

  // ——— loading ———

  /** Loads (or reloads) the catalogue; also what « Réessayer » does. */
  async load(): Promise<void> {
    this.abort?.abort();
    const url = this.catalogue?.trim();
    if (!url) {
      this.fail({ code: 'missing-catalogue', message: console_.missingCatalogue });
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.loadState = { kind: 'loading' };
    const result = await loadCatalogue(url, {
      departements: this.departementsValue,
      logger: this.logger,
      signal: abort.signal,
    });
    if (abort.signal.aborted) return;
    if (!result.ok) {
      this.fail(result.error);
      return;
    }
    for (const failure of result.value.skipped) this.report(failure);
    const { catalogue, communes, skipped, departementsIgnored } = result.value;
    // The preset départements are not in this manifest: show everything rather than nothing.
    if (departementsIgnored) this.departementsValue = [];
    this.index = createFinderIndex(catalogue);
    this.offersById = new Map(catalogue.offers.map((offer) => [offer.id, offer]));
    this.places = placeFinder(placesOfCatalogue(catalogue));
    this.communeSource = communes;
    this.communesLoaded = undefined;
    // The preset place is applied before the first results, so they come already sorted by distance.
    await this.applyPresetNear();
    if (abort.signal.aborted) return;
    this.loadState = { kind: 'ready', catalogue, skipped: skipped.length };
  }

  /** Fetches the communes files of the manifest once, when a place is first needed. */
  private ensureCommunes(): Promise<void> {
    const source = this.communeSource;
    if (!source) return Promise.resolve();
    this.communesLoaded ??= loadCommunes(source, this.logger).then((places) => {
      if (places.length > 0 && this.communeSource === source) this.places = placeFinder(places);
    });
    return this.communesLoaded;
  }

  private async applyPresetNear(): Promise<void> {
    const postalCode = this.presetNear;
    if (!postalCode) return;
    await this.ensureCommunes();
    const place = this.places?.find(postalCode);
    if (!place) {
      this.logger.warn(console_.nearNotFound(postalCode));
      return;
    }
    this.placeText = place.name;
    this.filters = {
      ...this.filters,
      centre: { label: place.name, coordinates: place.coordinates, private: false },
      radiusKm: this.filters.radiusKm ?? defaultRadiusKm,
    };
  }

  private report(failure: LoadFailure): void {
    this.logger.warn(failure.message);
    emit(this, 'passerelle-error', { code: failure.code, message: failure.message });
  }

  private fail(failure: LoadFailure): void {
    this.index = undefined;
    this.loadState = { kind: 'error', code: failure.code };
    this.report(failure);
  }

  // ——— searching ———

  private initialFilters(): FilterState {
    return {
      programme: this.presetProgramme ?? '',
      centre: null,
      radiusKm: null,
      startFrom: '',
      presentiel: false,
      distance: false,
      permanentEntries: false,
      disabilityAccess: false,
      fundingPossible: false,
    };
  }

  private searchFilters(filters: FilterState = this.filters): SearchFilters {
    const teachingModes: TeachingMode[] = [];
    if (filters.presentiel) teachingModes.push('presentiel', 'mixte');
    if (filters.distance) teachingModes.push('distance', ...(filters.presentiel ? [] : (['mixte'] as const)));
    return {
      ...(filters.programme ? { programmes: [filters.programme] } : {}),
      ...(this.departementsValue.length ? { departements: this.departementsValue } : {}),
      ...(filters.centre ? { near: filters.centre.coordinates } : {}),
      ...(filters.centre && filters.radiusKm !== null ? { radiusKm: filters.radiusKm } : {}),
      ...(filters.startFrom ? { startFrom: filters.startFrom } : {}),
      joinableOn: this.today,
      ...(teachingModes.length ? { teachingModes } : {}),
      ...(filters.permanentEntries ? { permanentEntries: true } : {}),
      ...(filters.disabilityAccess ? { disabilityAccess: true } : {}),
      ...(filters.fundingPossible ? { fundingPossible: true } : {}),
    };
  }

  private runSearch(): void {
    if (!this.index) {
      this.results = { total: 0, hits: [] };
      return;
    }
    this.results = this.index.search({ text: this.text, filters: this.searchFilters(), limit: this.limit });
  }

  private hasActiveFilters(filters: FilterState = this.filters): boolean {
    return (
      filters.programme !== '' ||
      filters.centre !== null ||
      filters.startFrom !== '' ||
      filters.presentiel ||
      filters.distance ||
      filters.permanentEntries ||
      filters.disabilityAccess ||
      filters.fundingPossible
    );
  }

  /** Tells the host page a search settled; typing waits for a pause so a word is one event, not five. */
  private scheduleSearchEvent(delay: number): void {
    clearTimeout(this.searchEventTimer);
    this.searchEventTimer = setTimeout(() => {
      this.searchEventTimer = undefined;
      if (this.loadState.kind !== 'ready') return;
      // The person's position stays in the widget: the host page learns a radius, not a place.
      // The page knows its own today: filters are what the person and the webmaster chose.
      const { near, joinableOn: _today, ...filters } = this.searchFilters();
      emit(this, 'passerelle-search', {
        text: this.text,
        filters: this.filters.centre?.private ? filters : { ...filters, ...(near ? { near } : {}) },
        total: this.results.total,
      });
    }, delay);
  }

  private setText(text: string, eventDelay = searchEventDelayMs): void {
    this.text = text;
    clearTimeout(this.suggestTimer);
    this.suggestions = [];
    this.typingSettled = true;
    this.limit = pageSize;
    this.scheduleSearchEvent(eventDelay);
  }

  private setFilters(patch: Partial<FilterState>): void {
    this.filters = { ...this.filters, ...patch };
    this.limit = pageSize;
    this.scheduleSearchEvent(0);
  }

  // ——— handlers ———

  private handleSearchInput(event: CustomEvent<{ value: string }>): void {
    this.setText(event.detail.value);
    if (this.text.trim() === '') return;
    this.typingSettled = false;
    // Results follow every keystroke; suggestions wait for a short pause, so a fast typist's
    // keystrokes only pay for the search.
    this.suggestTimer = setTimeout(() => {
      this.typingSettled = true;
      const index = this.index;
      if (!index || this.text.trim() === '') return;
      this.suggestions = index.suggest(this.text, 8).map((suggestion, position) => ({
        id: `s${position}`,
        label: suggestion.label,
        hint: suggestion.kind === 'metier' ? ui.suggestionMetier : ui.suggestionTraining,
      }));
    }, suggestionDelayMs);
  }

  private handleSuggestionSelect(event: CustomEvent<{ option: ComboboxOption }>): void {
    this.setText(event.detail.option.label, 0);
  }

  private handleSearchSubmit(event: CustomEvent<{ value: string }>): void {
    this.setText(event.detail.value, 0);
  }

  private handlePlaceInput(event: CustomEvent<{ value: string }>): void {
    const text = event.detail.value;
    this.placeText = text;
    this.placeOptions = this.places?.suggest(text, 8) ?? [];
    this.placeMessage = '';
    if (this.communeSource && !this.communesLoaded) {
      // The full list of communes arrives after the first keystroke: refresh what was suggested.
      void this.ensureCommunes().then(() => {
        // Suggest for what is typed now: more keys may have been pressed while the files loaded.
        if (this.placeText.trim() !== '') this.placeOptions = this.places?.suggest(this.placeText, 8) ?? [];
      });
    }
    if (this.placeText.trim() === '' && this.filters.centre) this.setFilters({ centre: null });
  }

  private choosePlace(place: PlaceChoice): void {
    this.placeText = place.name;
    this.placeOptions = [];
    this.placeMessage = '';
    this.geoStatus = 'idle';
    this.setFilters({
      centre: { label: place.name, coordinates: place.coordinates, private: false },
      radiusKm: this.filters.radiusKm ?? defaultRadiusKm,
    });
  }

  private handlePlaceSelect(event: CustomEvent<{ option: ComboboxOption }>): void {
    const place = this.placeOptions.find((candidate) => candidate.id === event.detail.option.id);
    if (place) this.choosePlace(place);
  }

  private handlePlaceSubmit(event: CustomEvent<{ value: string }>): void {
    const first = this.places?.find(event.detail.value);
    if (first) this.choosePlace(first);
    else if (event.detail.value.trim() !== '') this.placeMessage = ui.placeUnknown(event.detail.value.trim());
  }

  private clearPlace(): void {
    this.placeText = '';
    this.placeOptions = [];
    this.placeMessage = '';
    this.geoStatus = 'idle';
    this.setFilters({ centre: null });
  }

  /** « Autour de moi »: the browser asks the person only now, on their click; the position stays here. */
  private handleAroundMe(): void {
    if (!('geolocation' in navigator)) {
      this.geoStatus = 'unsupported';
      return;
    }
    this.geoStatus = 'waiting';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.geoStatus = 'done';
        this.placeText = '';
        this.setFilters({
          centre: {
            label: ui.aroundMeDone,
            coordinates: { lat: position.coords.latitude, lon: position.coords.longitude },
            private: true,
          },
          radiusKm: this.filters.radiusKm ?? defaultRadiusKm,
        });
      },
      () => {
        this.geoStatus = 'denied';
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  private handleRadiusChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.setFilters({ radiusKm: value === '' ? null : Number(value) });
  }

  private handleCheck(key: CheckFilter) {
    return (event: Event) => this.setFilters({ [key]: (event.target as HTMLInputElement).checked });
  }

  private resetFilters(): void {
    this.placeText = '';
    this.placeOptions = [];
    this.placeMessage = '';
    this.geoStatus = 'idle';
    this.filters = this.initialFilters();
    this.limit = pageSize;
    // Back to what the webmaster preset: the programme (in initialFilters) and the near place.
    void this.applyPresetNear().then(() => this.scheduleSearchEvent(0));
  }

  /** « Nouvelle personne »: forget everything about the previous search, including the position. */
  resetSearch(): void {
    this.text = '';
    // The previous person's suggestions must not reopen under the next person's fingers.
    clearTimeout(this.suggestTimer);
    this.suggestions = [];
    this.typingSettled = true;
    this.resetFilters();
    this.filtersOpen = false;
    if (this.view.kind === 'detail') this.writeHistory({ kind: 'list' }, 'replace');
    this.view = { kind: 'list' };
    this.tab = this.modeValue === 'orientation' ? 'orientation' : 'search';
    void this.updateComplete.then(() => this.searchBox?.focus());
  }

  private openDetail(hit: Pick<SearchHit, 'offerId' | 'actionId' | 'sessionId'>): void {
    const view: View = {
      kind: 'detail',
      offerId: hit.offerId,
      actionId: hit.actionId,
      sessionId: hit.sessionId,
    };
    this.openerKey = `${hit.offerId}\u0000${hit.actionId}`;
    this.writeHistory(view, 'push');
    this.showView(view);
  }

  private showView(view: View, moveFocus = true): void {
    this.view = view;
    if (view.kind === 'detail') {
      emit(this, 'passerelle-select', {
        offerId: view.offerId,
        actionId: view.actionId,
        sessionId: view.sessionId,
      });
    }
    if (!moveFocus) return;
    void this.updateComplete.then(() => {
      if (view.kind === 'detail') {
        this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
      } else {
        const opener = [...this.renderRoot.querySelectorAll<HTMLElement>('.card')].find(
          (card) =>
            `${card.dataset['offerId'] ?? ''}\u0000${card.dataset['actionId'] ?? ''}` === this.openerKey,
        );
        (opener?.querySelector<HTMLElement>('.card-title') ?? this.searchBox)?.focus();
      }
    });
  }

  private handleBack(): void {
    const entry = history.state as HistoryEntry | null;
    if (entry?.passerelle?.[this.historyKey]?.kind === 'detail') history.back();
    else this.showView({ kind: 'list' });
  }

  private handlePrint(): void {
    emit(this, 'passerelle-print', {});
    window.print();
  }

  private writeHistory(view: View, how: 'push' | 'replace'): void {
    const current = (history.state as HistoryEntry | null) ?? {};
    const next: HistoryEntry = { ...current, passerelle: { ...current.passerelle, [this.historyKey]: view } };
    if (how === 'push') history.pushState(next, '');
    else history.replaceState(next, '');
  }

  private restoreFromHistory(state: unknown, moveFocus = true): void {
    const view = (state as HistoryEntry | null)?.passerelle?.[this.historyKey] ?? { kind: 'list' };
    if (
      view.kind === this.view.kind &&
      (view.kind === 'list' || JSON.stringify(view) === JSON.stringify(this.view))
    )
      return;
    this.showView(view, moveFocus);
  }

  private handleTabKeydown(event: KeyboardEvent): void {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    this.tab = this.tab === 'search' ? 'orientation' : 'search';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus(),
    );
  }

  // ——— rendering ———

  private viewContext(): ViewContext {
    const programmes = new Map<string, ProgrammeInfo>(
      (this.rulesetValue?.programmes ?? []).map((programme) => [programme.id, programme]),
    );
    return {
      rulesetId: this.rulesetValue?.id ?? defaultRulesetId,
      programmes,
      today: this.today,
      openDetail: (hit) => this.openDetail(hit),
    };
  }

  /** Derives what the status region says (called at the end of willUpdate). */
  private updateAnnouncement(): void {
    switch (this.loadState.kind) {
      case 'loading':
        this.announcement = ui.loading;
        break;
      case 'ready':
        // While someone types, screen readers would read a count per key: the count waits for the pause.
        if (this.typingSettled) {
          this.announcement =
            this.tab === 'search' && this.view.kind === 'list' ? ui.resultCount(this.results.total) : '';
        }
        break;
      default:
        this.announcement = '';
    }
  }

  private renderTabs() {
    if (this.modeValue !== 'both') return nothing;
    const tab = (id: 'search' | 'orientation', label: string) =>
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

  private renderDemoLabel() {
    if (this.loadState.kind !== 'ready' || !this.loadState.catalogue.meta.demo) return nothing;
    return html`<p class="demo-label" part="demo-label">
      <strong>${ui.demoLabel}</strong> <span class="demo-explanation">${ui.demoExplanation}</span>
    </p>`;
  }

  /** GeoNames' licence (CC BY 4.0) asks for attribution wherever its coordinates are used. */
  private renderCredits() {
    if (this.loadState.kind !== 'ready' || !this.communeSource) return nothing;
    return html`<p class="credits" part="credits">${ui.credits}</p>`;
  }

  private renderLoading() {
    return html`<div class="loading" part="status" aria-hidden="true">
      <span class="spinner"></span>${ui.loading}
    </div>`;
  }

  private renderError(code: PasserelleErrorCode) {
    const notConfigured = code === 'missing-catalogue';
    return html`<div class="error" role="alert" part="error">
      <p><strong>${notConfigured ? ui.errorNotConfigured : ui.errorTitle}</strong></p>
      ${
        notConfigured
          ? nothing
          : html`<p>${ui.errorHelp}</p>
              <button type="button" class="primary" part="button retry" @click=${() => void this.load()}>
                ${ui.retry}
              </button>`
      }
    </div>`;
  }

  private renderSearchBox() {
    return html`<passerelle-combobox
      class="search-input"
      exportparts="input, listbox, option"
      .label=${ui.searchLabel}
      .hint=${ui.searchHint}
      .value=${this.text}
      .options=${this.suggestions}
      list-label=${ui.suggestionsLabel}
      @combobox-input=${this.handleSearchInput}
      @combobox-select=${this.handleSuggestionSelect}
      @combobox-submit=${this.handleSearchSubmit}
    ></passerelle-combobox>`;
  }

  private renderPlaceField() {
    const options: ComboboxOption[] = this.placeOptions.map((place) => ({
      id: place.id,
      label: place.name,
      ...(place.postalCode ? { hint: place.postalCode } : {}),
    }));
    const geoText: Record<GeoStatus, string> = {
      idle: '',
      waiting: ui.aroundMeWaiting,
      done: ui.aroundMeDone,
      denied: ui.aroundMeDenied,
      unsupported: ui.aroundMeUnsupported,
    };
    return html`<div class="field place">
      <passerelle-combobox
        class="place-input"
        autocomplete="off"
        .label=${ui.placeLabel}
        .hint=${ui.placeHint}
        .value=${this.placeText}
        .options=${options}
        list-label=${ui.placeLabel}
        @combobox-input=${this.handlePlaceInput}
        @combobox-select=${this.handlePlaceSelect}
        @combobox-submit=${this.handlePlaceSubmit}
      ></passerelle-combobox>
      <div class="toolbar">
        <button type="button" part="button" class="around-me" @click=${this.handleAroundMe}>
          ${ui.aroundMe}
        </button>
        ${
          this.filters.centre
            ? html`<button type="button" part="button" class="link clear-place" @click=${this.clearPlace}>
                ${ui.clearPlace}
              </button>`
            : nothing
        }
      </div>
      <p class="hint">${ui.aroundMeHelp}</p>
      <p class="place-message" role="status">${this.placeMessage || geoText[this.geoStatus]}</p>
    </div>`;
  }

  private renderCheck(name: string, key: CheckFilter, label: string) {
    return html`<label class="check"
      ><input
        type="checkbox"
        name=${name}
        .checked=${this.filters[key]}
        @change=${this.handleCheck(key)}
      />${label}</label
    >`;
  }

  private renderFilters() {
    const programmes = this.rulesetValue?.programmes ?? [];
    const filters = this.filters;
    return html`<form
      class="filters"
      part="filters"
      id="filters"
      ?hidden=${!this.filtersOpen}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <h3 class="visually-hidden">${ui.filtersTitle}</h3>
      <div class="field">
        <label for="programme">${ui.programmeLabel}</label>
        <select
          id="programme"
          @change=${(event: Event) => this.setFilters({ programme: (event.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${filters.programme === ''}>${ui.programmeAll}</option>
          ${programmes.map(
            (programme) =>
              html`<option value=${programme.id} ?selected=${filters.programme === programme.id}>
                ${programme.name}
              </option>`,
          )}
        </select>
      </div>
      ${this.renderPlaceField()}
      <div class="field">
        <label for="radius">${ui.radiusLabel}</label>
        <select id="radius" @change=${this.handleRadiusChange}>
          <option value="" ?selected=${filters.radiusKm === null}>${ui.radiusAny}</option>
          ${radiusSteps.map(
            (km) =>
              html`<option value=${String(km)} ?selected=${filters.radiusKm === km}>
                ${ui.radiusOption(km)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="start-from">${ui.startLabel}</label>
        <input
          id="start-from"
          type="date"
          min=${this.today}
          .value=${filters.startFrom}
          @change=${(event: Event) => this.setFilters({ startFrom: (event.target as HTMLInputElement).value })}
        />
      </div>
      <fieldset>
        <legend>${ui.modeLegend}</legend>
        ${this.renderCheck('presentiel', 'presentiel', ui.modePresentiel)}
        ${this.renderCheck('distance', 'distance', ui.modeDistance)}
      </fieldset>
      <fieldset>
        <legend class="visually-hidden">${ui.filtersTitle}</legend>
        ${this.renderCheck('permanent-entries', 'permanentEntries', ui.permanentEntries)}
        ${this.renderCheck('disability-access', 'disabilityAccess', ui.disabilityAccess)}
        ${this.renderCheck('funding-possible', 'fundingPossible', ui.fundingPossible)}
      </fieldset>
      ${
        this.hasActiveFilters()
          ? html`<button type="button" part="button" class="reset-filters" @click=${this.resetFilters}>
              ${ui.resetFilters}
            </button>`
          : nothing
      }
    </form>`;
  }

  private renderEmpty(context: ViewContext) {
    const index = this.index;
    if (!index) return nothing;
    const filters = this.filters;
    const actions: TemplateResult[] = [];
    // Looking for alternatives costs a few searches: not on every keystroke, only once typing pauses.
    const settled = this.typingSettled;
    if (settled && filters.centre && filters.radiusKm !== null) {
      const count = (radiusKm: number | null) =>
        index.search({ text: this.text, filters: this.searchFilters({ ...filters, radiusKm }), limit: 0 })
          .total;
      const wider = radiusSteps
        .filter((km) => km > (filters.radiusKm ?? 0))
        .map((km) => ({ km, total: count(km) }))
        .find((step) => step.total > 0);
      if (wider) {
        actions.push(
          html`<li>
            <button
              type="button"
              part="button"
              class="wider"
              @click=${() => this.setFilters({ radiusKm: wider.km })}
            >
              ${ui.emptyWiderRadius(wider.km, wider.total)}
            </button>
          </li>`,
        );
      } else {
        const anywhere = count(null);
        if (anywhere > 0) {
          actions.push(
            html`<li>
              <button
                type="button"
                part="button"
                class="anywhere"
                @click=${() => this.setFilters({ radiusKm: null })}
              >
                ${ui.emptyAnywhere(anywhere)}
              </button>
            </li>`,
          );
        }
      }
    }
    if (this.text.trim() !== '') {
      actions.push(
        html`<li>
          <button type="button" part="button" class="clear-text" @click=${() => this.setText('', 0)}>
            ${ui.emptyClearText}
          </button>
        </li>`,
      );
    }
    if (this.hasActiveFilters()) {
      actions.push(
        html`<li>
          <button type="button" part="button" class="remove-filters" @click=${this.resetFilters}>
            ${ui.emptyRemoveFilters}
          </button>
        </li>`,
      );
    }
    const related = settled && this.text.trim() ? index.suggest(this.text.split(/\s+/)[0] ?? '', 4) : [];
    const nearby =
      settled && filters.centre
        ? index.search({
            filters: this.searchFilters({ ...this.initialFilters(), centre: filters.centre, radiusKm: null }),
            limit: 3,
          }).hits
        : [];
    return html`<div class="empty" part="empty">
      <h3>${ui.emptyTitle}</h3>
      ${
        actions.length
          ? html`<p>${ui.emptyTry}</p>
              <ul class="empty-actions">
                ${actions}
              </ul>`
          : nothing
      }
      ${
        related.length
          ? html`<h4>${ui.emptyRelated}</h4>
              <ul class="related">
                ${related.map(
                  (suggestion) =>
                    html`<li>
                      <button
                        type="button"
                        class="link"
                        part="button"
                        @click=${() => this.setText(suggestion.label, 0)}
                      >
                        ${suggestion.label}
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        nearby.length
          ? html`<h4>${ui.emptyNearby}</h4>
              <ul class="results nearby">
                ${nearby.map((hit) => resultCard(hit, context))}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private renderResults(context: ViewContext) {
    const { total, hits } = this.results;
    if (total === 0) return this.renderEmpty(context);
    return html`<h2 class="visually-hidden">${ui.resultsTitle}</h2>
      <p class="count" aria-hidden="true">${ui.resultCount(total)}</p>
      <ul class="results" part="results">
        ${hits.map((hit) => resultCard(hit, context))}
      </ul>
      ${
        hits.length < total
          ? html`<button type="button" part="button" class="more" @click=${() => (this.limit += pageSize)}>
              ${ui.showMore}
            </button>`
          : nothing
      }`;
  }

  private renderDetail(view: Extract<View, { kind: 'detail' }>, context: ViewContext) {
    const offer = this.offersById.get(view.offerId);
    const action = offer?.actions.find((candidate) => candidate.id === view.actionId);
    if (!offer || !action) return this.renderResults(context);
    const bring = new Set<string>();
    for (const id of offer.programmes)
      for (const item of context.programmes.get(id)?.whatToBring ?? []) bring.add(item);
    if (bring.size === 0)
      for (const item of this.rulesetValue?.programmes[0]?.whatToBring ?? []) bring.add(item);
    return detailView(
      {
        offer,
        action,
        whatToBring: [...bring],
        partner: this.partner?.trim() || undefined,
        onBack: () => this.handleBack(),
        onPrint: () => this.handlePrint(),
      },
      context,
    );
  }

  private renderSearchPanel() {
    const state = this.loadState;
    const context = this.viewContext();
    let body: unknown = nothing;
    if (state.kind === 'loading') body = this.renderLoading();
    else if (state.kind === 'error') body = this.renderError(state.code);
    else if (state.kind === 'ready') {
      body =
        this.view.kind === 'detail'
          ? this.renderDetail(this.view, context)
          : html`${state.skipped > 0 ? html`<p class="notice" role="note">${ui.partialShards(state.skipped)}</p>` : nothing}
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
                    ${this.filtersOpen ? ui.filtersHide : ui.filtersShow}
                  </button>
                  <button type="button" part="button" class="new-person" @click=${() => this.resetSearch()}>
                    ${ui.newPerson}
                  </button>
                </div>
              </div>
              <div class="layout ${this.filtersOpen ? 'with-filters' : ''}">
                ${this.renderFilters()}
                <div class="results-area">${this.renderResults(context)}</div>
              </div>`;
    }
    return this.panel('search', body);
  }

  private renderOrientationPanel() {
    const ruleset = this.rulesetValue;
    const body = html`<div class="orientation" part="orientation">
      <h2>${ui.orientationComingTitle}</h2>
      ${
        ruleset
          ? html`<p>${ui.orientationComingText}</p>
              <ul class="programmes">
                ${ruleset.programmes.map(
                  (programme) =>
                    html`<li class="programme-explained">
                      <h3>
                        <span aria-hidden="true">${pictogram(programme.id, ruleset.id)}</span>
                        ${programme.name}
                      </h3>
                      <p>${programme.explanation}</p>
                      <p><strong>${ui.forWhom}</strong> ${programme.forWhom}</p>
                      <p><strong>${ui.cost}</strong> ${programme.cost}</p>
                      <p><strong>${ui.howToEnter}</strong> ${programme.howToEnter}</p>
                    </li>`,
                )}
              </ul>`
          : html`<p>${ui.orientationNoRuleset}</p>`
      }
    </div>`;
    return this.panel('orientation', body);
  }

  private panel(id: 'search' | 'orientation', body: unknown) {
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
    const showSearch = this.modeValue !== 'orientation';
    const showOrientation = this.modeValue !== 'search';
    return html`<div class="frame">
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.renderDemoLabel()} ${this.renderTabs()} ${showSearch ? this.renderSearchPanel() : nothing}
      ${showOrientation ? this.renderOrientationPanel() : nothing} ${this.renderCredits()}
    </div>`;
  }
}
