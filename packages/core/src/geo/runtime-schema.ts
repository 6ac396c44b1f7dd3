/**
 * The territory files as zod/mini schemas, to check them when loaded (see `schema.ts` for the model).
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
import type { AllTrue, SameShape } from '../validation/type-equality.js';
import {
  COORDINATE_SOURCES,
  TERRITORIES_FORMAT,
  TERRITORIES_VERSION,
  type CommunesFile,
  type DepartementsFile,
  type RegionsFile,
} from './schema.js';

export const coordinateSourceSchema = z.enum(COORDINATE_SOURCES);

const regionCode = z.string().check(z.regex(/^\d{2}$/));
const count = z.int().check(z.gte(0));

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

/** Compile-time proof that the schemas and the plain types of `schema.ts` describe the same values. */
export type TerritorySchemasMatchTypes = AllTrue<
  [
    SameShape<z.infer<typeof communesFileSchema>, CommunesFile>,
    SameShape<z.infer<typeof departementsFileSchema>, DepartementsFile>,
    SameShape<z.infer<typeof regionsFileSchema>, RegionsFile>,
  ]
>;
