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
