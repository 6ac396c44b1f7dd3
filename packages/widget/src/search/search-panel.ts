/**
 * The search tab's list screen, put together from the parts: the search field and its toolbar, the
 * chips of the active filters, the filter panel, and the results (or the help when nothing matches).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { QUERY_LIMITS } from '@passerelle/core';
import type { ComboboxOption } from '../combobox/passerelle-combobox.js';
import { ui } from '../internal/messages.js';
import type { ProgrammeInfo } from '../internal/programmes.js';
import { emptyHelp } from '../empty/empty-help.js';
import { activeFilterChips } from '../filters/active-filters.js';
import { filterPanel } from '../filters/filter-panel.js';
import type { LocationController } from '../location/location-controller.js';
import { placeField } from '../location/place-field.js';
import type { ViewContext } from '../results/result-card.js';
import { resultsList } from '../results/results-list.js';
import type { SearchController } from './search-controller.js';

export interface SearchPanelOptions {
  /** « Être orienté »: the orientation tab, when the finder has one. */
  readonly onOrient?: (() => void) | undefined;
  readonly search: SearchController;
  readonly location: LocationController;
  readonly context: ViewContext;
  readonly programmes: readonly ProgrammeInfo[];
  readonly today: string;
  /** Shards of the manifest that could not be used. */
  readonly skipped: number;
  /** Départements still on their way: « nothing found » would be premature. */
  readonly loading: boolean;
  readonly filtersOpen: boolean;
  readonly onToggleFilters: () => void;
  readonly onNewPerson: () => void;
  /** « Effacer les filtres »: back to the webmaster's presets, the near place included. */
  readonly onResetFilters: () => void;
}

function searchBox(search: SearchController): TemplateResult {
  return html`<passerelle-combobox
    class="search-input"
    exportparts="input, listbox, option"
    .label=${ui.searchLabel}
    .hint=${ui.searchHint}
    .maxLength=${QUERY_LIMITS.maxChars}
    .value=${search.text}
    .options=${search.suggestions}
    list-label=${ui.suggestionsLabel}
    @combobox-input=${(event: CustomEvent<{ value: string }>) => search.type(event.detail.value)}
    @combobox-select=${(event: CustomEvent<{ option: ComboboxOption }>) =>
      search.setText(event.detail.option.label, 0)}
    @combobox-submit=${(event: CustomEvent<{ value: string }>) => search.setText(event.detail.value, 0)}
  ></passerelle-combobox>`;
}

function results(options: SearchPanelOptions): TemplateResult {
  const { search, context } = options;
  if (search.results.total > 0)
    return resultsList(search.results, context, () => search.showMore(), options.onOrient);
  if (options.loading) return html``;
  const help = emptyHelp();
  // Its module is on its way (asked for with the catalogue): the title says it already.
  if (help === undefined) return html`<div class="empty" part="empty"><h3>${ui.emptyTitle}</h3></div>`;
  return help.emptyState(
    search.alternatives,
    {
      title: ui.emptyTitle,
      hasText: search.text.trim() !== '',
      hasActiveFilters: search.chips.length > 0,
      missingWords: search.results.missingWords,
      setRadius: (radiusKm) => search.setFilters({ radiusKm }),
      setText: (text) => search.setText(text, 0),
      removeFilters: options.onResetFilters,
      orient: options.onOrient,
    },
    context,
  );
}

export function searchPanel(options: SearchPanelOptions): TemplateResult {
  const { search, location, filtersOpen } = options;
  const active = search.chips.length;
  return html`${
      options.skipped > 0
        ? html`<p class="notice" role="note">${ui.partialShards(options.skipped)}</p>`
        : nothing
    }
    <div class="search-row" part="search">
      ${searchBox(search)}
      <div class="toolbar">
        <button
          type="button"
          part="button"
          class="toggle-filters"
          aria-expanded=${filtersOpen ? 'true' : 'false'}
          aria-controls="filters"
          @click=${options.onToggleFilters}
        >
          ${filtersOpen ? ui.filtersHide : ui.filtersShow}${
            active ? html` <span class="filter-count">(${ui.activeFilterCount(active)})</span>` : nothing
          }
        </button>
        <button type="button" part="button" class="new-person" @click=${options.onNewPerson}>
          ${ui.newPerson}
        </button>
      </div>
    </div>
    ${activeFilterChips(search.chips, (id) => (id === 'centre' ? location.clear() : search.removeFilter(id)))}
    <div class="layout ${filtersOpen ? 'with-filters' : ''}">
      ${filterPanel({
        values: search.values,
        open: filtersOpen,
        hasActiveFilters: active > 0,
        programmes: options.programmes,
        today: options.today,
        placeField: placeField(location, search.values.centre !== null),
        onChange: (patch) => search.setFilters(patch),
        onReset: options.onResetFilters,
      })}
      <div class="results-area">${results(options)}</div>
    </div>`;
}
