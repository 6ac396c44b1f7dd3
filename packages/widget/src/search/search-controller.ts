/**
 * The search state of a finder: the text, the filters, the page, and what derives from them
 * (results, suggestions, the chips, the alternatives of an empty result). Derived state is computed
 * once per update, in `refresh()`, when one of its inputs changed — never while rendering.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpretPeopleWords, type SearchFilters, type SearchResults } from '@passerelle/core';
import type { ComboboxOption } from '../combobox/passerelle-combobox.js';
import { emit } from '../internal/emit.js';
import type { FinderIndex } from '../internal/engine.js';
import { ui } from '../internal/messages.js';
import { emptyHelp, loadEmptyHelp, noAlternatives, type EmptyAlternatives } from '../empty/empty-help.js';
import {
  activeFilters,
  chipMessages,
  clearedFilters,
  narrowQuery,
  withoutFilter,
  type ActiveFilter,
  type ChipId,
  type FilterValues,
} from '../filters/filters.js';

export const pageSize = 20;
const searchEventDelayMs = 400;
const suggestionDelayMs = 80;

/** What the search depends on that the finder owns. */
export interface SearchInputs {
  readonly index: FinderIndex | undefined;
  readonly departements: readonly string[];
  /** ISO date the sessions shown must still be joinable on. */
  readonly today: string;
  readonly programmeName: (id: string) => string;
  /** The filters a new person starts from: the webmaster's preset programme. */
  readonly presets: Partial<FilterValues>;
}

const noResults: SearchResults = { total: 0, hits: [] };
/** One empty list, so that a keystroke leaves the search field's options as they were. */
const noSuggestions: readonly ComboboxOption[] = [];

/** The people's phrases of a query (« sans diplome »), the key a removed words chip is kept by. */
function peopleWordsOf(text: string): string {
  return (
    interpretPeopleWords(text)
      ?.understood.map((words) => words.words)
      .join('|') ?? ''
  );
}

/**
 * The chip of what people's words selected: programmes (« sans diplôme »), publics (« jeune »),
 * access (« handicap »).
 */
function wordsChip(results: SearchResults, programmeName: (id: string) => string): ActiveFilter[] {
  const programmes = (results.programmesFromWords ?? []).map(programmeName);
  const { disabilityAccess, publics } = results.conditionsFromWords ?? {};
  const conditions = [
    ...(publics ? [publics.label] : []),
    ...(disabilityAccess ? [ui.disabilityAccess] : []),
  ];
  if (programmes.length === 0 && conditions.length === 0) return [];
  return [{ id: 'words', label: chipMessages.words(programmes, conditions) }];
}

export class SearchController implements ReactiveController {
  text = '';
  values: FilterValues = clearedFilters();
  limit = pageSize;
  results: SearchResults = noResults;
  suggestions: readonly ComboboxOption[] = noSuggestions;
  /** False between a keystroke and the pause after it: the empty-result help waits for the pause. */
  typingSettled = true;
  chips: readonly ActiveFilter[] = [];
  alternatives: EmptyAlternatives = noAlternatives;
  /**
   * What the status region says after an action that moved no focus to the results: « 40
   * formations affichées sur 123. » after « Voir plus », « Filtre retiré : … » after a chip; kept
   * until the search changes.
   */
  shownAnnouncement = '';

  private inputs: SearchInputs = {
    index: undefined,
    departements: [],
    today: '',
    programmeName: (id) => id,
    presets: {},
  };
  private dirty = true;
  /** The empty state's help is computed once typing pauses, and again when its code arrives. */
  private alternativesDirty = true;
  /** The people's words whose programme chip the person removed: while the query holds them, no programme. */
  private dismissedWords: string | null = null;
  private eventTimer: ReturnType<typeof setTimeout> | undefined;
  private suggestTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.eventTimer);
    clearTimeout(this.suggestTimer);
  }

  /** Takes the finder's inputs; a preset programme that changed replaces the current one. */
  setInputs(inputs: SearchInputs): void {
    const before = this.inputs;
    this.inputs = inputs;
    if (inputs.index && !before.index)
      void loadEmptyHelp().then(
        () => {
          this.alternativesDirty = true;
          this.host.requestUpdate();
        },
        () => undefined,
      );
    if (before.presets.programme !== inputs.presets.programme)
      this.values = { ...this.values, programme: inputs.presets.programme ?? '' };
    // Given on every update of the finder: only a changed input searches again (a search costs
    // tens of milliseconds on a whole region), and what « Voir plus » announced stays.
    if (
      inputs.index !== before.index ||
      inputs.today !== before.today ||
      inputs.programmeName !== before.programmeName ||
      inputs.presets.programme !== before.presets.programme ||
      inputs.departements.join() !== before.departements.join()
    )
      this.dirty = true;
  }

  /** The webmaster's presets, as last given. */
  get presets(): Partial<FilterValues> {
    return this.inputs.presets;
  }

  /** The filters a new person starts from. */
  get initialValues(): FilterValues {
    return clearedFilters(this.inputs.presets);
  }

  /** Core's filters for these values, with the finder's départements and today. */
  filtersFor(values: FilterValues = this.values): SearchFilters {
    const { departements, today, programmeName } = this.inputs;
    return {
      ...narrowQuery({ values, programmeName }),
      ...(departements.length ? { departements } : {}),
      joinableOn: today,
    };
  }

  /** Recomputes what derives from the inputs, if any changed (the finder calls it in willUpdate). */
  refresh(): void {
    const { index, programmeName } = this.inputs;
    if (this.dirty) {
      this.dirty = false;
      this.alternativesDirty = true;
      const selectProgrammes =
        this.dismissedWords === null || peopleWordsOf(this.text) !== this.dismissedWords;
      this.results = index
        ? index.search({
            text: this.text,
            filters: this.filtersFor(),
            limit: this.limit,
            ...(selectProgrammes ? {} : { selectProgrammes: false }),
          })
        : noResults;
      this.chips = [
        ...activeFilters({ values: this.values, programmeName }),
        ...wordsChip(this.results, programmeName),
      ];
    }
    if (!this.alternativesDirty) return;
    this.alternativesDirty = false;
    const help = emptyHelp();
    this.alternatives =
      help && index && this.results.total === 0 && this.typingSettled
        ? help.findAlternatives(index, this.text, this.values, this.initialValues, (values) =>
            this.filtersFor(values),
          )
        : noAlternatives;
  }

  setText(text: string, eventDelay = searchEventDelayMs): void {
    this.text = text;
    clearTimeout(this.suggestTimer);
    this.suggestions = noSuggestions;
    this.typingSettled = true;
    this.limit = pageSize;
    this.invalidate();
    this.scheduleSearchEvent(eventDelay);
  }

  /** A keystroke: results follow at once, suggestions after a short pause. */
  type(text: string): void {
    this.setText(text);
    if (text.trim() === '') return;
    this.typingSettled = false;
    // A fast typist's keystrokes only pay for the search; suggestions wait for the pause.
    this.suggestTimer = setTimeout(() => {
      this.typingSettled = true;
      const index = this.inputs.index;
      if (index && this.text.trim() !== '') {
        this.suggestions = index.suggest(this.text, 8).map((suggestion, position) => ({
          id: `s${position}`,
          label: suggestion.label,
          hint: suggestion.kind === 'metier' ? ui.suggestionMetier : ui.suggestionTraining,
        }));
      }
      // The results stay; only the empty state's help (which waits for the pause) may change.
      this.alternativesDirty = true;
      this.host.requestUpdate();
    }, suggestionDelayMs);
  }

  /** `notify: false` for what the webmaster preset: the host page hears of the person's choices. */
  setFilters(patch: Partial<FilterValues>, notify = true): void {
    this.values = { ...this.values, ...patch };
    this.limit = pageSize;
    this.invalidate();
    if (notify) this.scheduleSearchEvent(0);
  }

  /**
   * A chip's « retirer »: the filter goes, or for the words chip, the programmes those words chose
   * (they still name the relay to meet first). Announced with the new count, and focus goes to the
   * next chip, or to the search field when none is left.
   */
  removeFilter(id: ChipId): void {
    const position = this.chips.findIndex((chip) => chip.id === id);
    const label = this.chips[position]?.label;
    if (id === 'words') {
      this.dismissedWords = peopleWordsOf(this.text);
      this.limit = pageSize;
      this.invalidate();
      this.scheduleSearchEvent(0);
    } else this.setFilters(withoutFilter(this.values, id));
    if (label === undefined) return;
    this.refresh();
    this.dirty = true;
    this.shownAnnouncement = `${chipMessages.removed(label)} ${ui.resultCount(this.results.total)}`;
    void this.host.updateComplete.then(() => {
      const root = this.host.shadowRoot;
      const chips = root?.querySelectorAll<HTMLElement>('.chips .chip') ?? [];
      const next =
        chips[Math.min(position, chips.length - 1)] ??
        root?.querySelector<HTMLElement>('passerelle-combobox.search-input');
      next?.focus();
    });
  }

  /**
   * « Voir plus de formations »: the next page, announced; focus goes to the first new card, so
   * keyboard and screen reader users carry on reading where the list grew.
   */
  showMore(): void {
    const first = this.limit;
    this.limit += pageSize;
    this.invalidate();
    this.refresh();
    this.dirty = true;
    this.shownAnnouncement = ui.shownCount(this.results.hits.length, this.results.total);
    void this.host.updateComplete.then(() => {
      const root = this.host.shadowRoot;
      const card = root?.querySelectorAll<HTMLElement>('.results .card-title')[first];
      card?.focus();
    });
  }

  /** Back to the webmaster's presets (the near place is the location's to apply again). */
  resetFilters(): void {
    this.values = this.initialValues;
    this.limit = pageSize;
    this.invalidate();
  }

  /** « Nouvelle personne »: the previous person's text and suggestions go too. */
  resetAll(): void {
    this.text = '';
    this.dismissedWords = null;
    // The previous person's suggestions must not reopen under the next person's fingers.
    clearTimeout(this.suggestTimer);
    this.suggestions = noSuggestions;
    this.typingSettled = true;
    this.resetFilters();
  }

  /** Tells the host page a search settled; typing waits for a pause so a word is one event, not five. */
  scheduleSearchEvent(delay: number): void {
    clearTimeout(this.eventTimer);
    this.eventTimer = setTimeout(() => {
      this.eventTimer = undefined;
      if (!this.inputs.index) return;
      this.refresh();
      // The person's position stays in the widget: the host page learns a radius, not a place.
      // The page knows its own today: filters are what the person and the webmaster chose.
      const { near, joinableOn: _today, ...filters } = this.filtersFor();
      emit(this.host, 'passerelle-search', {
        text: this.text,
        filters: this.values.centre?.private ? filters : { ...filters, ...(near ? { near } : {}) },
        total: this.results.total,
      });
    }, delay);
  }

  private invalidate(): void {
    this.dirty = true;
    this.shownAnnouncement = '';
    this.host.requestUpdate();
  }
}
