/**
 * The place field's engine, a module of its own fetched beside the catalogue: core's gazetteer
 * over the communes (a manifest's communes files, read only when a place is first typed, or the
 * towns of a single catalogue file's trainings). A first search never needs it.
 */
import { createGazetteer, parseCommunes, selectCommuneShards } from '@passerelle/core';
import type { Catalogue, Gazetteer, Logger, Place } from '@passerelle/core';
import type { PlaceChoice, PlaceFinder } from '../internal/engine.js';
import { fetchJson, formatProblems, listedUrl, type CommuneSource } from '../internal/loader.js';
import { console_ } from '../internal/messages.js';

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

/** The place field's engine over the towns of a catalogue's trainings (no communes files with it). */
export function townsOf(catalogue: Catalogue): PlaceFinder {
  return placeFinder(placesOfCatalogue(catalogue));
}

/**
 * Communes where a single-file catalogue has training places: what the place field can offer when
 * no communes files come with it (a manifest brings the full list of communes).
 */
function placesOfCatalogue(catalogue: Catalogue): Place[] {
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

/** The communes of a manifest's communes files for the départements shown; a file that fails is skipped, with a warning. */
export async function loadCommunes(source: CommuneSource, logger: Logger): Promise<Place[]> {
  const entries = selectCommuneShards(source.manifest, source.departements);
  const files = await Promise.all(
    entries.map(async (entry) => {
      const url = listedUrl(entry, source.manifestUrl, source.listed);
      if (!url.ok) {
        logger.warn(url.error.message);
        return [];
      }
      const json = await fetchJson(url.value, undefined, { ...source.listed, hash: entry.hash });
      if (!json.ok) {
        logger.warn(json.error.message);
        return [];
      }
      const communes = parseCommunes(json.value);
      if (!communes.ok) {
        logger.warn(console_.invalidCommunes(url.value, formatProblems(communes.error)));
        return [];
      }
      return communes.value.places;
    }),
  );
  return files.flat();
}
