import type { Coordinates } from '../catalogue/schema.js';
import type { CommuneRow, CoordinateSource } from './schema.js';

/** A commune (or an arrondissement municipal of Paris, Lyon or Marseille) with its point. */
export interface Place {
  readonly inseeCode: string;
  readonly name: string;
  /** May be several (Bordeaux has five) or, for a few uninhabited places, none. */
  readonly postalCodes: readonly string[];
  readonly departement: string;
  readonly region: string;
  readonly population: number;
  readonly coordinates: Coordinates;
  /** Where the point comes from: `geonames`, or the fallback that was used. */
  readonly coordinateSource: CoordinateSource;
  /** Estimated error radius of the point, km: use it to widen a distance filter. */
  readonly precisionKm: number;
  /** Arrondissements municipaux only: the INSEE code of their commune (75056, 69123, 13055). */
  readonly parentInseeCode?: string;
}

/**
 * Expands a compact row of a communes file into a `Place`.
 *
 * @example
 * ```ts
 * const row: CommuneRow = ['33063', 'Bordeaux', ['33000', '33100'], 267991, 44.84044, -0.5805, 'geonames', 2];
 * const bordeaux = placeFromRow(row, '33', '75');
 * bordeaux.coordinates; // { lat: 44.84044, lon: -0.5805 }
 * ```
 */
export function placeFromRow(row: CommuneRow, departement: string, region: string): Place {
  const [inseeCode, name, postalCodes, population, lat, lon, coordinateSource, precisionKm, parent] = row;
  const place: Place = {
    inseeCode,
    name,
    postalCodes,
    departement,
    region,
    population,
    coordinates: { lat, lon },
    coordinateSource,
    precisionKm,
  };
  return parent === undefined ? place : { ...place, parentInseeCode: parent };
}

/**
 * The compact row of a place, for the generator: the inverse of `placeFromRow`.
 *
 * @example
 * ```ts
 * const row: CommuneRow = ['33063', 'Bordeaux', ['33000', '33100'], 267991, 44.84044, -0.5805, 'geonames', 2];
 * const again = placeToRow(placeFromRow(row, '33', '75'));
 * again; // ['33063', 'Bordeaux', ['33000', '33100'], 267991, 44.84044, -0.5805, 'geonames', 2]
 * ```
 */
export function placeToRow(place: Place): CommuneRow {
  const row: CommuneRow = [
    place.inseeCode,
    place.name,
    [...place.postalCodes],
    place.population,
    place.coordinates.lat,
    place.coordinates.lon,
    place.coordinateSource,
    place.precisionKm,
  ];
  if (place.parentInseeCode !== undefined) row[8] = place.parentInseeCode;
  return row;
}
