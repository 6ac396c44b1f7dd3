/**
 * The filter table: each filter is declared once — its value when cleared, how it narrows core's
 * query, how its chip reads, and which control the panel shows — and the panel, the chips, the count
 * of active filters, the query and « Effacer les filtres » all derive from this table. Adding a
 * filter is one entry here (and its test in filters.test.ts).
 */
import type { Coordinates, SearchFilters, TeachingMode } from '@passerelle/core';
import { formatDate } from '../internal/format.js';
import { ui } from '../internal/messages.js';

/** Where the distance is measured from: a commune, or the person's position (kept in memory only). */
export interface Centre {
  readonly label: string;
  readonly coordinates: Coordinates;
  /** The person's own position: never handed to the host page. */
  readonly private: boolean;
}

export interface FilterValues {
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

export type FilterId = keyof FilterValues;

/** Core's filters without the parts the finder adds itself (départements, today). */
type Narrowing = {
  -readonly [K in keyof SearchFilters]?: SearchFilters[K];
};

/** What a filter needs to know beyond its own value. */
export interface FilterContext {
  readonly values: FilterValues;
  readonly programmeName: (id: string) => string;
}

/** The panel's control for a filter; `place` and the radius are drawn by the location part. */
export type FilterControl =
  | { readonly kind: 'select-programme' }
  | { readonly kind: 'place' }
  | { readonly kind: 'radius' }
  | { readonly kind: 'date' }
  | { readonly kind: 'check'; readonly name: string; readonly group: 'mode' | 'conditions' };

interface FilterDefinition<K extends FilterId> {
  readonly id: K;
  readonly label: string;
  readonly control: FilterControl;
  /** The value when the filter does nothing. */
  readonly cleared: FilterValues[K];
  readonly narrow: (value: FilterValues[K], query: Narrowing, context: FilterContext) => void;
  /** The chip's text while the filter is active; `null` for a filter that has no chip of its own. */
  readonly chip: ((value: FilterValues[K], context: FilterContext) => string) | null;
}

type AnyFilter = { [K in FilterId]: FilterDefinition<K> }[FilterId];

function addModes(query: Narrowing, modes: readonly TeachingMode[]): void {
  query.teachingModes = [...new Set([...(query.teachingModes ?? []), ...modes])];
}

function check<
  K extends 'presentiel' | 'distance' | 'permanentEntries' | 'disabilityAccess' | 'fundingPossible',
>(
  id: K,
  name: string,
  label: string,
  group: 'mode' | 'conditions',
  narrow: (query: Narrowing) => void,
): FilterDefinition<K> {
  return {
    id,
    label,
    control: { kind: 'check', name, group },
    cleared: false as FilterValues[K],
    narrow: (value, query) => {
      if (value) narrow(query);
    },
    chip: () => label,
  };
}

/** The filters, in the panel's order. */
export const filterTable: readonly AnyFilter[] = [
  {
    id: 'programme',
    label: ui.programmeLabel,
    control: { kind: 'select-programme' },
    cleared: '',
    narrow: (value, query) => {
      if (value) query.programmes = [value];
    },
    chip: (value, context) => context.programmeName(value),
  },
  {
    id: 'centre',
    label: ui.placeLabel,
    control: { kind: 'place' },
    cleared: null,
    narrow: (value, query, { values }) => {
      if (!value) return;
      query.near = value.coordinates;
      if (values.radiusKm !== null) query.radiusKm = values.radiusKm;
    },
    chip: (value, { values }) => (value ? ui.chipPlace(value.label, values.radiusKm) : ''),
  },
  {
    id: 'radiusKm',
    label: ui.radiusLabel,
    control: { kind: 'radius' },
    cleared: null,
    // The radius narrows only around a centre: the centre's entry reads it.
    narrow: () => undefined,
    chip: null,
  },
  {
    id: 'startFrom',
    label: ui.startLabel,
    control: { kind: 'date' },
    cleared: '',
    narrow: (value, query) => {
      if (value) query.startFrom = value;
    },
    chip: (value) => ui.chipStartFrom(formatDate(value)),
  },
  check('presentiel', 'presentiel', ui.modePresentiel, 'mode', (query) =>
    addModes(query, ['presentiel', 'mixte']),
  ),
  check('distance', 'distance', ui.modeDistance, 'mode', (query) => addModes(query, ['distance', 'mixte'])),
  check('permanentEntries', 'permanent-entries', ui.permanentEntries, 'conditions', (query) => {
    query.permanentEntries = true;
  }),
  check('disabilityAccess', 'disability-access', ui.disabilityAccess, 'conditions', (query) => {
    query.disabilityAccess = true;
  }),
  check('fundingPossible', 'funding-possible', ui.fundingPossible, 'conditions', (query) => {
    query.fundingPossible = true;
  }),
];

/** Every filter at its cleared value, with the webmaster's presets on top. */
export function clearedFilters(presets: Partial<FilterValues> = {}): FilterValues {
  const values = Object.fromEntries(filterTable.map((filter) => [filter.id, filter.cleared]));
  return { ...(values as unknown as FilterValues), ...presets };
}

/** A table entry with its value's type erased, for the loops that walk every filter. */
interface ErasedFilter {
  readonly id: FilterId;
  readonly cleared: unknown;
  readonly narrow: (value: unknown, query: Narrowing, context: FilterContext) => void;
  readonly chip: ((value: unknown, context: FilterContext) => string) | null;
}

const erasedTable = filterTable as readonly ErasedFilter[];

/** Core's query filters for these values (without départements and today, which the finder adds). */
export function narrowQuery(context: FilterContext): Narrowing {
  const query: Narrowing = {};
  for (const filter of erasedTable) filter.narrow(context.values[filter.id], query, context);
  return query;
}

/**
 * A chip's id: a filter of the table, or `words`, what people's words of the query selected
 * (« sans diplôme » → premier niveau, préqualification; « handicap » → accessible), which only the
 * search knows.
 */
export type ChipId = FilterId | 'words';

export interface ActiveFilter {
  readonly id: ChipId;
  readonly label: string;
}

export const chipMessages = {
  /**
   * « HSP 1er niveau ou Préqualification (d’après votre recherche) », « Accessible aux personnes en
   * situation de handicap (d’après votre recherche) », or both, joined by « , ».
   */
  words: (programmes: readonly string[], conditions: readonly string[] = []) =>
    `${[programmes.join(' ou '), ...conditions].filter((part) => part !== '').join(', ')} (d’après votre recherche)`,
  removed: (label: string) => `Filtre retiré : ${label}.`,
} as const;

/** The filters the person (or the webmaster's preset) has set, with their chip text. */
export function activeFilters(context: FilterContext): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  for (const filter of erasedTable) {
    const value = context.values[filter.id];
    if (filter.chip !== null && value !== filter.cleared)
      active.push({ id: filter.id, label: filter.chip(value, context) });
  }
  return active;
}

/** The values with one filter cleared (a chip's « retirer »). */
export function withoutFilter(values: FilterValues, id: FilterId): FilterValues {
  const filter = filterTable.find((candidate) => candidate.id === id);
  return filter ? { ...values, [id]: filter.cleared } : values;
}
