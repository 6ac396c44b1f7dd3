// Public API of the shards module: the manifest of per-département catalogue files.
export * from './schema.js';
export {
  documentKind,
  parseManifest,
  selectCommuneShards,
  selectShards,
  selectShardsNear,
  versionedUrl,
} from './manifest.js';
export {
  actionDepartement,
  compareDepartements,
  mergeCatalogues,
  splitCatalogue,
  summariseCatalogue,
  type CatalogueShard,
  type CatalogueSummary,
  type SplitCatalogue,
} from './split.js';
export {
  compactCatalogue,
  compactOffer,
  offerDetailsEntry,
  parseOfferDetails,
  parseSearchShard,
} from './published.js';
export {
  OFFER_DETAILS_FORMAT,
  OFFER_DETAILS_VERSION,
  SEARCH_SHARD_FORMAT,
  SEARCH_SHARD_VERSION,
  type DetailsLocator,
  type OfferDetails,
  type SearchShard,
  type SearchShardFile,
} from './published-types.js';
