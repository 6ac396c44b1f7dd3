/**
 * The widget's view of core's search and geography: one small interface the finder talks to, backed
 * by `createSearchIndex` and the `Gazetteer` of `@passerelle/core` (the widget has no search engine of
 * its own).
 */
import { createGazetteer, createSearchIndex } from '@passerelle/core';
import type {
  Catalogue,
  Coordinates,
  Gazetteer,
  Place,
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

function choice(place: Place, typed?: string): PlaceChoice {
  const compact = typed?.replace(/\s+/g, '');
  const postalCode = compact && place.postalCodes.includes(compact) ? compact : place.postalCodes[0];
  return {
    id: place.inseeCode,
    name: place.name,
    postalCode,
    departement: place.departement,
    coordinates: place.coordinates,
  };
}

export function placeFinder(places: Iterable<Place>): PlaceFinder {
  const gazetteer: Gazetteer = createGazetteer(places);
  return {
    suggest: (text, limit) => gazetteer.suggestCommunes(text, limit).map((place) => choice(place, text)),
    find: (text) => {
      const [first] = gazetteer.findPlace(text);
      if (first) return choice(first, text);
      const [prefixed] = gazetteer.suggestCommunes(text, 1);
      return prefixed ? choice(prefixed, text) : undefined;
    },
  };
}

/**
 * Communes where a single-file catalogue has training places: what the place field can offer when
 * no communes files come with it (a manifest brings the full list of communes).
 */
export function placesOfCatalogue(catalogue: Catalogue): Place[] {
  const byCode = new Map<string, { place: Place; postalCodes: Set<string> }>();
  for (const offer of catalogue.offers) {
    for (const action of offer.actions) {
      for (const { address } of action.places) {
        if (!address.coordinates || !address.city || !address.inseeCode) continue;
        const known = byCode.get(address.inseeCode);
        if (known) {
          if (address.postalCode) known.postalCodes.add(address.postalCode);
          continue;
        }
        byCode.set(address.inseeCode, {
          place: {
            inseeCode: address.inseeCode,
            name: address.city,
            postalCodes: [],
            departement: address.departement ?? address.inseeCode.slice(0, 2),
            region: address.region ?? '',
            population: 0,
            coordinates: address.coordinates,
            coordinateSource: 'geonames',
            precisionKm: 0,
          },
          postalCodes: new Set(address.postalCode ? [address.postalCode] : []),
        });
      }
    }
  }
  return [...byCode.values()].map(({ place, postalCodes }) => ({ ...place, postalCodes: [...postalCodes] }));
}
