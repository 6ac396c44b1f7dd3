/**
 * Joins GeoNames places to communes. GeoNames carries the INSEE code (admin4), but it also files
 * the villages of a commune nouvelle, and the odd neighbour, under the same code, and is some
 * merges behind the INSEE. So, per commune:
 *   1. places with its INSEE code: the one with its name, else the chief place (feature rank, then
 *      population) — never a neighbourhood (PPLX);
 *   2. else places filed under one of its former codes (a merge GeoNames has not seen yet);
 *   3. else a place with the same name in the same département that no commune claimed, when the
 *      name is unique on both sides (homonyms are left alone rather than guessed).
 * Arrondissements municipaux take GeoNames' « Marseille 01 » style places of their city.
 */
import { placeNameKey } from '@passerelle/core';
import type { GeoNamesCity } from './sources.js';

/** A commune (or arrondissement municipal) as the generator sees it. */
export interface TerritoryCommune {
  readonly code: string;
  readonly name: string;
  readonly departement: string;
  readonly region: string;
  readonly postalCodes: readonly string[];
  readonly population: number;
  /** Arrondissement (département + digit, e.g. `332`); Mayotte has none. */
  readonly arrondissement?: string;
  /** SIREN of its EPCI (intercommunalité), when it belongs to one. */
  readonly epci?: string;
  /** Arrondissements municipaux: their commune's INSEE code. */
  readonly parent?: string;
  readonly formerCodes: readonly string[];
}

export type MatchMethod = 'insee-name' | 'insee' | 'former-code' | 'name';

export interface GeoMatch {
  readonly lat: number;
  readonly lon: number;
  readonly method: MatchMethod;
  readonly cityId: number;
}

/** Administrative rank of a GeoNames feature: the capital beats a village of the same commune. */
const FEATURE_RANK: Readonly<Record<string, number>> = {
  PPLC: 6,
  PPLA: 5,
  PPLA2: 4,
  PPLA3: 3,
  PPLA4: 2,
  PPLA5: 1,
  PPL: 0,
  PPLL: -1,
  PPLX: -2,
};

function rank(city: GeoNamesCity): number {
  return FEATURE_RANK[city.featureCode] ?? -1;
}

/** GeoNames' INSEE code of a place: admin4, or admin1 in Mayotte. */
export function geoNamesInseeCode(city: GeoNamesCity): string | undefined {
  if (typeof city.muniSub === 'string' && city.muniSub !== '') return city.muniSub;
  return /^(\d{2}|2[AB])\d{3}$/.test(city.adminCode) ? city.adminCode : undefined;
}

function departementOfCode(code: string): string {
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

/** « Marseille 01 » and « Marseille 1er Arrondissement » both become `marseille 1`. */
function arrondissementKey(name: string): string {
  return placeNameKey(name)
    .replace(/ arrondissement$/, '')
    .replace(/ 0*(\d+)(?:er|e)?$/, ' $1');
}

function chiefPlace(candidates: readonly GeoNamesCity[], name: string): GeoNamesCity | undefined {
  const key = placeNameKey(name);
  const named = candidates.filter((city) => placeNameKey(city.name) === key);
  const pool = named.length > 0 ? named : candidates.filter((city) => city.featureCode !== 'PPLX');
  return [...pool].sort((a, b) => rank(b) - rank(a) || b.population - a.population)[0];
}

function toMatch(city: GeoNamesCity, method: MatchMethod): GeoMatch {
  const [lon, lat] = city.loc.coordinates;
  return { lat, lon, method, cityId: city.cityId };
}

export function matchGeoNames(
  communes: readonly TerritoryCommune[],
  cities: readonly GeoNamesCity[],
  departementsOfRegion: ReadonlyMap<string, readonly string[]>,
): Map<string, GeoMatch> {
  const byCode = new Map<string, GeoNamesCity[]>();
  for (const city of cities) {
    const code = geoNamesInseeCode(city);
    if (code === undefined) continue;
    const list = byCode.get(code);
    if (list === undefined) byCode.set(code, [city]);
    else list.push(city);
  }

  const matches = new Map<string, GeoMatch>();
  const used = new Set<number>();
  const claim = (commune: TerritoryCommune, city: GeoNamesCity | undefined, method: MatchMethod): void => {
    if (city === undefined || used.has(city.cityId)) return;
    used.add(city.cityId);
    matches.set(commune.code, toMatch(city, method));
  };

  // 1. By INSEE code: arrondissements municipaux first, so their city cannot take their places.
  const ordered = [
    ...communes.filter((c) => c.parent !== undefined),
    ...communes.filter((c) => c.parent === undefined),
  ];
  for (const commune of ordered) {
    if (commune.parent !== undefined) {
      const key = arrondissementKey(commune.name);
      const city = (byCode.get(commune.parent) ?? []).find((c) => arrondissementKey(c.name) === key);
      claim(commune, city, 'insee-name');
      continue;
    }
    const candidates = (byCode.get(commune.code) ?? []).filter((c) => !used.has(c.cityId));
    const city = chiefPlace(candidates, commune.name);
    if (city === undefined) continue;
    claim(commune, city, placeNameKey(city.name) === placeNameKey(commune.name) ? 'insee-name' : 'insee');
  }

  // 2. By former INSEE code, when that code is no longer a commune of its own.
  const currentCodes = new Set(communes.map((commune) => commune.code));
  for (const commune of communes) {
    if (matches.has(commune.code)) continue;
    const candidates = commune.formerCodes
      .filter((code) => !currentCodes.has(code))
      .flatMap((code) => byCode.get(code) ?? [])
      .filter((city) => !used.has(city.cityId));
    claim(commune, chiefPlace(candidates, commune.name), 'former-code');
  }

  // 3. By name within the département, both sides unique.
  const unmatchedByName = new Map<string, TerritoryCommune[]>();
  for (const commune of communes) {
    if (commune.parent !== undefined) continue;
    const key = `${commune.departement}|${placeNameKey(commune.name)}`;
    unmatchedByName.set(key, [...(unmatchedByName.get(key) ?? []), commune]);
  }
  const citiesByName = new Map<string, GeoNamesCity[]>();
  for (const city of cities) {
    if (used.has(city.cityId) || city.featureCode === 'PPLX') continue;
    const code = geoNamesInseeCode(city);
    const departements =
      code !== undefined
        ? [departementOfCode(code)]
        : typeof city.muni === 'string' && city.muni !== ''
          ? [departementOfCode(city.muni)]
          : (departementsOfRegion.get(city.adminCode) ?? []);
    for (const departement of departements) {
      const key = `${departement}|${placeNameKey(city.name)}`;
      citiesByName.set(key, [...(citiesByName.get(key) ?? []), city]);
    }
  }
  for (const [key, found] of citiesByName) {
    const homonyms = unmatchedByName.get(key) ?? [];
    const commune = homonyms[0];
    if (found.length !== 1 || homonyms.length !== 1 || commune === undefined || matches.has(commune.code))
      continue;
    claim(commune, found[0], 'name');
  }
  return matches;
}
