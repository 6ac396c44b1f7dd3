/**
 * The shard manifest as zod/mini schemas, to check a manifest when loaded (see `schema.ts` for the model).
 */
import * as z from 'zod/mini';
import {
  departementCode,
  latitude,
  longitude,
  nonEmpty,
  provenanceFields,
} from '../validation/primitives.js';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION } from '../catalogue/schema.js';
import type { AllTrue, SameShape } from '../validation/type-equality.js';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type Manifest } from './schema.js';

const count = z.number().check(z.int(), z.gte(0));
/** SHA-256 of the file's bytes, lowercase hex. */
const hash = z.string().check(z.regex(/^[0-9a-f]{64}$/));
/**
 * A relative URL (resolved against the manifest's own URL) or an absolute http(s) one; any other
 * scheme (`javascript:`, `data:`) is refused.
 */
const url = z.string().check(z.regex(/^(https?:\/\/\S+|(?![a-zA-Z][a-zA-Z0-9+.-]*:)[^\s]+)$/));

export const fileEntrySchema = z.object({
  url,
  hash,
  bytes: z.optional(count),
});

export const catalogueShardEntrySchema = z.object({
  departement: departementCode,
  url,
  offers: count,
  actions: count,
  sessions: count,
  /** `[minLon, minLat, maxLon, maxLat]` of the training places; absent when none has coordinates. */
  bbox: z.optional(z.tuple([longitude, latitude, longitude, latitude])),
  hash,
  bytes: count,
  search: z.optional(fileEntrySchema),
});

export const communeShardEntrySchema = z.object({
  departement: departementCode,
  url,
  hash,
  bytes: z.optional(count),
});

export const manifestMetaSchema = z.object({
  ...provenanceFields,
  /** Ruleset whose matchers computed the offers' `programmes`. */
  ruleset: z.optional(nonEmpty),
});

const publishedCatalogueSchema = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  version: z.literal(CATALOGUE_VERSION),
  offers: count,
  actions: count,
  sessions: count,
});

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(MANIFEST_VERSION),
  meta: manifestMetaSchema,
  catalogue: z.optional(publishedCatalogueSchema),
  shards: z.array(catalogueShardEntrySchema),
  relays: z.optional(fileEntrySchema),
  communes: z.array(communeShardEntrySchema),
  /** `departements.json` of the listed communes files: which file holds a postal code. */
  territoryIndex: z.optional(fileEntrySchema),
});

/** Compile-time proof that the schemas and the plain types of `schema.ts` describe the same values. */
export type ManifestSchemasMatchTypes = AllTrue<[SameShape<z.infer<typeof manifestSchema>, Manifest>]>;
