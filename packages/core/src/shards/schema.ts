/**
 * The manifest of a catalogue split per département: which files exist, what they hold, where
 * they lie (bounding box) and a content hash, so the widget fetches only the shards it needs and
 * caches them safely. Hashes are computed by whoever writes the files (the CLI, with node:crypto);
 * core only carries and checks the strings.
 *
 * Plain TypeScript; `runtime-schema.ts` checks a manifest against these types and proves the two match.
 */
import type { CATALOGUE_FORMAT, CATALOGUE_VERSION, Provenance } from '../catalogue/schema.js';

/** The `format` field every shard manifest carries. */
export const MANIFEST_FORMAT = 'passerelle-manifest';
/** Version of the manifest format that `parseManifest` reads. */
export const MANIFEST_VERSION = 1;

/** The box around a shard's places, in degrees: `[minLon, minLat, maxLon, maxLat]`. */
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

/** A file listed by a manifest: its URL, SHA-256 and size. */
export interface FileEntry {
  url: string;
  hash: string;
  bytes?: number | undefined;
}

/** A manifest's entry for a département's communes file. */
export interface CommuneShardEntry {
  departement: string;
  url: string;
  hash: string;
  bytes?: number | undefined;
}

/** Where a publication comes from, and when it was made. */
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

/** The `manifest.json` of a publication: one entry per département shard, with counts, box and hashes. */
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
