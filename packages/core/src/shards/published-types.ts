/**
 * The model of what `passerelle publish` writes beside the manifest, per département (read by
 * `published.ts`, checked by `published-runtime-schema.ts`).
 */
import type { Catalogue, Offer } from '../catalogue/schema.js';
import type { SerialisedSearchIndex } from '../search/persist.js';
import type { SearchIndex } from '../search/search-index.js';
import type { FileEntry } from './schema.js';

/** The `format` field of a published search file (one per département). */
export const SEARCH_SHARD_FORMAT = 'passerelle-search-shard';
/** Version of the search file format that `parseSearchShard` reads. */
export const SEARCH_SHARD_VERSION = 1;
/** The `format` field of a published offer-details file. */
export const OFFER_DETAILS_FORMAT = 'passerelle-offer-details';
/** Version of the offer-details format that `parseOfferDetails` reads. */
export const OFFER_DETAILS_VERSION = 1;

/** Where each offer of a search file's compact catalogue has its full details. */
export interface DetailsLocator {
  files: FileEntry[];
  /** For each offer of the compact catalogue, in order: its position in `files`. */
  offers: number[];
}

/** A details file: full offers, each with only this département's actions. */
export interface OfferDetails {
  format: typeof OFFER_DETAILS_FORMAT;
  version: typeof OFFER_DETAILS_VERSION;
  departement: string;
  offers: Offer[];
}

/** The JSON of a search file, as `passerelle publish` writes it. */
export interface SearchShardFile {
  readonly format: typeof SEARCH_SHARD_FORMAT;
  readonly version: typeof SEARCH_SHARD_VERSION;
  readonly departement: string;
  readonly catalogue: Catalogue;
  readonly index: SerialisedSearchIndex;
  readonly details: DetailsLocator;
}

/** A département's search file, loaded: an index ready to answer, over the compact catalogue. */
export interface SearchShard {
  readonly departement: string;
  /** Compact offers: what cards and filters show; the full texts are in the details files. */
  readonly catalogue: Catalogue;
  readonly index: SearchIndex;
  readonly details: DetailsLocator;
}
