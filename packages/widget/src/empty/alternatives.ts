/**
 * What to offer when nothing matches: a wider radius that finds something, no distance limit,
 * related métiers, and trainings near the chosen place. A few searches: computed once when typing
 * pauses, never while rendering.
 */
import type { SearchFilters } from '@passerelle/core';
import type { FinderIndex } from '../internal/engine.js';
import type { FilterValues } from '../filters/filters.js';
import { radiusSteps, type EmptyAlternatives } from './empty-help.js';

export function findAlternatives(
  index: FinderIndex,
  text: string,
  values: FilterValues,
  /** The filters a new person starts from (the webmaster's presets). */
  initial: FilterValues,
  filtersFor: (values: FilterValues) => SearchFilters,
): EmptyAlternatives {
  const count = (radiusKm: number | null) =>
    index.search({ text, filters: filtersFor({ ...values, radiusKm }), limit: 0 }).total;
  let widerRadius: EmptyAlternatives['widerRadius'] = null;
  let anywhere = 0;
  if (values.centre && values.radiusKm !== null) {
    const current = values.radiusKm;
    widerRadius =
      radiusSteps
        .filter((km) => km > current)
        .map((km) => ({ km, total: count(km) }))
        .find((step) => step.total > 0) ?? null;
    if (!widerRadius) anywhere = count(null);
  }
  const firstWord = text.trim().split(/\s+/)[0] ?? '';
  const related = firstWord ? index.suggest(firstWord, 4).map((suggestion) => suggestion.label) : [];
  const nearby = values.centre
    ? index.search({ filters: filtersFor({ ...initial, centre: values.centre, radiusKm: null }), limit: 3 })
        .hits
    : [];
  return { widerRadius, anywhere, related, nearby };
}
