/**
 * The widget's view of core's search and geography: one small interface the finder talks to, backed
 * by `createSearchIndex` and the `Gazetteer` of `@passerelle/core` (the widget has no search engine of
 * its own).
 */
import { createSearchIndex } from '@passerelle/core';
import type {
  Catalogue,
  Coordinates,
  SearchIndex,
  SearchQuery,
  SearchResults,
  Suggestion,
} from '@passerelle/core';

export interface FinderIndex {
  search(query: SearchQuery): SearchResults;
  suggest(text: string, limit: number): Suggestion[];
}

export function createFinderIndex(catalogue: Catalogue): SearchIndex {
  return createSearchIndex(catalogue);
}

/** What a manifest's search answers before any of its départements has arrived. */
export const nothingLoaded: FinderIndex = { search: () => ({ total: 0, hits: [] }), suggest: () => [] };

/** A commune a person can centre the search on. */
export interface PlaceChoice {
  readonly id: string;
  readonly name: string;
  readonly postalCode: string | undefined;
  readonly departement: string;
  readonly coordinates: Coordinates;
}

export interface PlaceFinder {
  /** Communes whose name or postal code starts like `text`, for the autocomplete. */
  suggest(text: string, limit: number): PlaceChoice[];
  /** The best commune for what a person typed (name, postal code, INSEE code), if any. */
  find(text: string): PlaceChoice | undefined;
}
