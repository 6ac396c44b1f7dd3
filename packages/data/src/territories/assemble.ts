/**
 * Turns the upstream data sets into the territory files (see core's `geo/schema.ts` for their
 * format). Pure: `build-territories.ts` reads the sources and writes the result.
 *
 * Scope: metropolitan France and the five DROM (régions with a 2-digit code). The collectivités
 * d'outre-mer (975, 977, 978, 984-989) are left out: they have no région, and most no postal code.
 */
import {
  haversineKm,
  TERRITORIES_FORMAT,
  TERRITORIES_VERSION,
  placeToRow,
  type CommunesFile,
  type Coordinates,
  type CoordinateSource,
  type DepartementInfo,
  type DepartementsFile,
  type Place,
  type RegionsFile,
} from '@passerelle/core';
import { FallbackIndex, leaveOneOut, type LeaveOneOutReport } from './fallback.js';
import { communesFileName } from './paths.js';
import { matchGeoNames, type GeoMatch, type MatchMethod, type TerritoryCommune } from './match.js';
import type { Decoupage, GeoNamesCity } from './sources.js';

/**
 * Error radius of a GeoNames point, km. GeoNames marks the town centre; a commune averages 16 km²
 * (a 2 km radius) and the larger ones, which have more inhabitants, are the ones GeoNames lists.
 */
export const GEONAMES_PRECISION_KM = 2;

export interface MatchReport {
  /** Communes (arrondissements municipaux excluded) of 1,000+ inhabitants, and how many got a point. */
  readonly communes1000: number;
  readonly matched1000: number;
  readonly communes: number;
  readonly matched: number;
  readonly byMethod: Readonly<Record<MatchMethod, number>>;
  readonly arrondissementsMunicipaux: number;
  readonly arrondissementsMatched: number;
  /** GeoNames places of France that no commune took (neighbourhoods, duplicates, homonyms). */
  readonly unusedCities: number;
}

export interface TerritoryBuild {
  readonly regions: RegionsFile;
  readonly departements: DepartementsFile;
  /** By département code. */
  readonly communes: ReadonlyMap<string, CommunesFile>;
  readonly match: MatchReport;
  readonly leaveOneOut: LeaveOneOutReport;
  /** Places per coordinate source. */
  readonly sources: Readonly<Record<CoordinateSource, number>>;
  readonly precisionKm: Readonly<Record<CoordinateSource, number>>;
}

const round5 = (value: number): number => Math.round(value * 1e5) / 1e5;
/** Round an error radius up to the next half kilometre: a radius is a promise, not an estimate. */
const ceilHalf = (value: number): number => Math.ceil(value * 2) / 2;

function communesInScope(decoupage: Decoupage): TerritoryCommune[] {
  const epciOf = new Map<string, string>();
  for (const epci of decoupage.epci) for (const member of epci.membres) epciOf.set(member.code, epci.code);
  const parents = new Map(decoupage.communes.map((c) => [c.code, c]));
  const out: TerritoryCommune[] = [];
  for (const source of decoupage.communes) {
    if (source.zone === 'com') continue;
    if (source.type !== 'commune-actuelle' && source.type !== 'arrondissement-municipal') continue;
    const parent = source.type === 'arrondissement-municipal' ? source.commune : undefined;
    if (source.type === 'arrondissement-municipal' && (parent === undefined || !parents.has(parent))) {
      throw new Error(`Arrondissement municipal ${source.code} without its commune`);
    }
    const epci = epciOf.get(parent ?? source.code);
    out.push({
      code: source.code,
      name: source.nom,
      departement: source.departement,
      region: source.region,
      postalCodes: [...(source.codesPostaux ?? [])].sort(),
      population: source.population ?? 0,
      ...(source.arrondissement === undefined ? {} : { arrondissement: source.arrondissement }),
      ...(epci === undefined ? {} : { epci }),
      ...(parent === undefined ? {} : { parent }),
      formerCodes: source.anciensCodes ?? [],
    });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

function matchReport(
  communes: readonly TerritoryCommune[],
  matches: ReadonlyMap<string, GeoMatch>,
  cities: number,
): MatchReport {
  const plain = communes.filter((c) => c.parent === undefined);
  const arrondissements = communes.filter((c) => c.parent !== undefined);
  const big = plain.filter((c) => c.population >= 1000);
  const byMethod: Record<MatchMethod, number> = { 'insee-name': 0, insee: 0, 'former-code': 0, name: 0 };
  for (const match of matches.values()) byMethod[match.method] += 1;
  return {
    communes1000: big.length,
    matched1000: big.filter((c) => matches.has(c.code)).length,
    communes: plain.length,
    matched: plain.filter((c) => matches.has(c.code)).length,
    byMethod,
    arrondissementsMunicipaux: arrondissements.length,
    arrondissementsMatched: arrondissements.filter((c) => matches.has(c.code)).length,
    unusedCities: cities - matches.size,
  };
}

function boundingBox(points: readonly Coordinates[]): [number, number, number, number] {
  let south = 90;
  let west = 180;
  let north = -90;
  let east = -180;
  for (const { lat, lon } of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
    west = Math.min(west, lon);
    east = Math.max(east, lon);
  }
  return [south, west, north, east];
}

function farthestFromCentreKm(
  index: FallbackIndex,
  anchors: readonly { commune: TerritoryCommune; point: Coordinates }[],
): number {
  let farthest = 0;
  for (const { commune, point } of anchors) {
    const centre = index.centre(commune.departement);
    if (centre !== undefined) farthest = Math.max(farthest, haversineKm(centre, point));
  }
  return farthest;
}

export function assembleTerritories(decoupage: Decoupage, cities: readonly GeoNamesCity[]): TerritoryBuild {
  const regionsInScope = decoupage.regions.filter((r) => r.zone !== 'com');
  const departementsInScope = decoupage.departements.filter((d) => d.zone !== 'com');
  const departementsOfRegion = new Map<string, string[]>();
  for (const d of departementsInScope)
    departementsOfRegion.set(d.region, [...(departementsOfRegion.get(d.region) ?? []), d.code]);

  const communes = communesInScope(decoupage);
  const matches = matchGeoNames(communes, cities, departementsOfRegion);

  const anchors = communes.flatMap((commune) => {
    const match = matches.get(commune.code);
    return match === undefined || commune.parent !== undefined
      ? []
      : [{ commune, point: { lat: match.lat, lon: match.lon } }];
  });
  const index = new FallbackIndex(anchors);
  const loo = leaveOneOut(index, anchors);
  const precisionKm: Record<CoordinateSource, number> = {
    geonames: GEONAMES_PRECISION_KM,
    'postal-code': ceilHalf(loo['postal-code'].p95Km),
    epci: ceilHalf(loo.epci.p95Km),
    arrondissement: ceilHalf(loo.arrondissement.p95Km),
    // No commune may need the last resort (none does today): then promise the farthest any
    // GeoNames point lies from its département's centre.
    departement: ceilHalf(
      loo.departement.count > 0 ? loo.departement.p95Km : farthestFromCentreKm(index, anchors),
    ),
  };

  const sources: Record<CoordinateSource, number> = {
    geonames: 0,
    'postal-code': 0,
    epci: 0,
    arrondissement: 0,
    departement: 0,
  };
  const placesByDepartement = new Map<string, Place[]>();
  for (const commune of communes) {
    const match = matches.get(commune.code);
    const located =
      match === undefined
        ? index.pointFor(commune)
        : { point: { lat: match.lat, lon: match.lon }, source: 'geonames' as const };
    if (located === undefined) throw new Error(`No point at all for commune ${commune.code}`);
    sources[located.source] += 1;
    const place: Place = {
      inseeCode: commune.code,
      name: commune.name,
      postalCodes: commune.postalCodes,
      departement: commune.departement,
      region: commune.region,
      population: commune.population,
      coordinates: { lat: round5(located.point.lat), lon: round5(located.point.lon) },
      coordinateSource: located.source,
      precisionKm: precisionKm[located.source],
      ...(commune.parent === undefined ? {} : { parentInseeCode: commune.parent }),
    };
    placesByDepartement.set(commune.departement, [
      ...(placesByDepartement.get(commune.departement) ?? []),
      place,
    ]);
  }

  const communeFiles = new Map<string, CommunesFile>();
  const departementInfos: DepartementInfo[] = [];
  for (const d of departementsInScope) {
    const places = placesByDepartement.get(d.code) ?? [];
    if (places.length === 0) throw new Error(`Département ${d.code} has no commune`);
    communeFiles.set(d.code, {
      format: TERRITORIES_FORMAT,
      version: TERRITORIES_VERSION,
      departement: d.code,
      region: d.region,
      communes: places.map(placeToRow),
    });
    const centre = index.centre(d.code);
    if (centre === undefined) throw new Error(`Département ${d.code} has no GeoNames point`);
    const prefixes = new Set(places.flatMap((p) => p.postalCodes.map((code) => code.slice(0, 3))));
    departementInfos.push({
      code: d.code,
      name: d.nom,
      region: d.region,
      chefLieu: d.chefLieu,
      file: communesFileName(d.code),
      communes: places.filter((p) => p.parentInseeCode === undefined).length,
      population: places.reduce((sum, p) => sum + (p.parentInseeCode === undefined ? p.population : 0), 0),
      centre: [round5(centre.lat), round5(centre.lon)],
      bbox: boundingBox(places.map((p) => p.coordinates)),
      postalPrefixes: [...prefixes].sort(),
    });
  }

  return {
    regions: {
      format: TERRITORIES_FORMAT,
      version: TERRITORIES_VERSION,
      regions: regionsInScope.map((r) => ({
        code: r.code,
        name: r.nom,
        chefLieu: r.chefLieu,
        departements: departementsOfRegion.get(r.code) ?? [],
      })),
    },
    departements: {
      format: TERRITORIES_FORMAT,
      version: TERRITORIES_VERSION,
      departements: departementInfos,
    },
    communes: communeFiles,
    match: matchReport(communes, matches, cities.length),
    leaveOneOut: loo,
    sources,
    precisionKm,
  };
}
