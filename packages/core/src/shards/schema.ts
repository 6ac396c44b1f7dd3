/**
 * The manifest of a catalogue split per département: which files exist, what they hold, where
 * they lie (bounding box) and a content hash, so the widget fetches only the shards it needs and
 * caches them safely. Hashes are computed by whoever writes the files (the CLI, with node:crypto);
 * core only carries and checks the strings.
 *
 * Plain TypeScript; `runtime-schema.ts` checks a manifest against these types and proves the two match.
 */
import type { CATALOGUE_FORMAT, CATALOGUE_VERSION, Provenance } from '../catalogue/schema.js';

export const MANIFEST_FORMAT = 'passerelle-manifest';
export const MANIFEST_VERSION = 1;

export type ShardBoundingBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

/**
 * URLs are relative (resolved against the manifest's own URL) or absolute http(s); hashes are the
 * SHA-256 of the file's bytes in lowercase hex; counts are whole numbers.
 */
export interface CatalogueShardEntry {
  departement: string;
  url: string;
  offers: number;
  actions: number;
  sessions: number;
  /** `[minLon, minLat, maxLon, maxLat]` of the training places; absent when none has coordinates. */
  bbox?: ShardBoundingBox | undefined;
  hash: string;
  bytes: number;
  /**
   * The département's search file written by `passerelle publish` (`parseSearchShard`): prebuilt
   * index, compact card data and where each offer's details are. Absent in older manifests.
   */
  search?: FileEntry | undefined;
}

export interface FileEntry {
  url: string;
  hash: string;
  bytes?: number | undefined;
}

export interface CommuneShardEntry {
  departement: string;
  url: string;
  hash: string;
  bytes?: number | undefined;
}

export interface ManifestMeta extends Provenance {
  /** Ruleset whose matchers computed the offers' `programmes`. */
  ruleset?: string | undefined;
}

/** What was published: the catalogue's format version and totals (written by `passerelle publish`). */
export interface PublishedCatalogue {
  format: typeof CATALOGUE_FORMAT;
  version: typeof CATALOGUE_VERSION;
  offers: number;
  actions: number;
  sessions: number;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: typeof MANIFEST_VERSION;
  meta: ManifestMeta;
  catalogue?: PublishedCatalogue | undefined;
  shards: CatalogueShardEntry[];
  relays?: FileEntry | undefined;
  communes: CommuneShardEntry[];
  /** `departements.json` of the listed communes files: which file holds a postal code. */
  territoryIndex?: FileEntry | undefined;
}
