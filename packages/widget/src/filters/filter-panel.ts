/**
 * The filter panel, drawn from the filter table: each filter's control in the table's order, the
 * yes/no filters grouped in their fieldsets, and « Effacer les filtres » while any is active.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ui } from '../internal/messages.js';
import type { ProgrammeInfo } from '../internal/programmes.js';
import { radiusSteps } from '../empty/empty-help.js';
import { filterTable, type FilterControl, type FilterValues } from './filters.js';

export interface FilterPanelOptions {
  readonly values: FilterValues;
  readonly open: boolean;
  readonly hasActiveFilters: boolean;
  readonly programmes: readonly ProgrammeInfo[];
  /** The earliest start date one can pick (the finder's today). */
  readonly today: string;
  /** The place field, owned by the location part. */
  readonly placeField: TemplateResult;
  readonly onChange: (patch: Partial<FilterValues>) => void;
  readonly onReset: () => void;
}

type CheckId = 'presentiel' | 'distance' | 'permanentEntries' | 'disabilityAccess' | 'fundingPossible';

function valueOf(event: Event): string {
  return (event.target as HTMLSelectElement | HTMLInputElement).value;
}

function programmeSelect(options: FilterPanelOptions): TemplateResult {
  const selected = options.values.programme;
  return html`<div class="field">
    <label for="programme">${ui.programmeLabel}</label>
    <select id="programme" @change=${(event: Event) => options.onChange({ programme: valueOf(event) })}>
      <option value="" ?selected=${selected === ''}>${ui.programmeAll}</option>
      ${options.programmes.map(
        (programme) =>
          html`<option value=${programme.id} ?selected=${selected === programme.id}>
            ${programme.name}
          </option>`,
      )}
    </select>
  </div>`;
}

function radiusSelect(options: FilterPanelOptions): TemplateResult {
  const radius = options.values.radiusKm;
  return html`<div class="field">
    <label for="radius">${ui.radiusLabel}</label>
    <select
      id="radius"
      @change=${(event: Event) => {
        const value = valueOf(event);
        options.onChange({ radiusKm: value === '' ? null : Number(value) });
      }}
    >
      <option value="" ?selected=${radius === null}>${ui.radiusAny}</option>
      ${radiusSteps.map(
        (km) => html`<option value=${String(km)} ?selected=${radius === km}>${ui.radiusOption(km)}</option>`,
      )}
    </select>
  </div>`;
}

function dateField(options: FilterPanelOptions): TemplateResult {
  return html`<div class="field">
    <label for="start-from">${ui.startLabel}</label>
    <input
      id="start-from"
      type="date"
      min=${options.today}
      .value=${options.values.startFrom}
      @change=${(event: Event) => options.onChange({ startFrom: valueOf(event) })}
    />
  </div>`;
}

function checkbox(id: CheckId, name: string, label: string, options: FilterPanelOptions): TemplateResult {
  return html`<label class="check"
    ><input
      type="checkbox"
      name=${name}
      .checked=${options.values[id]}
      @change=${(event: Event) => options.onChange({ [id]: (event.target as HTMLInputElement).checked })}
    />${label}</label
  >`;
}

function checkGroup(group: 'mode' | 'conditions', options: FilterPanelOptions): TemplateResult {
  const boxes = filterTable.flatMap((filter) =>
    filter.control.kind === 'check' && filter.control.group === group
      ? [checkbox(filter.id as CheckId, filter.control.name, filter.label, options)]
      : [],
  );
  return group === 'mode'
    ? html`<fieldset>
        <legend>${ui.modeLegend}</legend>
        ${boxes}
      </fieldset>`
    : html`<fieldset>
        <legend class="visually-hidden">${ui.filtersTitle}</legend>
        ${boxes}
      </fieldset>`;
}

function control(kind: FilterControl, options: FilterPanelOptions, drawnGroups: Set<string>) {
  switch (kind.kind) {
    case 'select-programme':
      return programmeSelect(options);
    case 'place':
      return options.placeField;
    case 'radius':
      return radiusSelect(options);
    case 'date':
      return dateField(options);
    case 'check':
      if (drawnGroups.has(kind.group)) return nothing;
      drawnGroups.add(kind.group);
      return checkGroup(kind.group, options);
  }
}

export function filterPanel(options: FilterPanelOptions): TemplateResult {
  const drawnGroups = new Set<string>();
  return html`<form
    class="filters"
    part="filters"
    id="filters"
    ?hidden=${!options.open}
    @submit=${(event: Event) => event.preventDefault()}
  >
    <h3 class="visually-hidden">${ui.filtersTitle}</h3>
    ${filterTable.map((filter) => control(filter.control, options, drawnGroups))}
    ${
      options.hasActiveFilters
        ? html`<button type="button" part="button" class="reset-filters" @click=${options.onReset}>
            ${ui.resetFilters}
          </button>`
        : nothing
    }
  </form>`;
}
