/**
 * The boundary of the lazy combiner: the catalogue controller imports only this file statically,
 * and core's search over several départements becomes a module of its own, fetched beside the
 * shards of a manifest listing more than one.
 */
import { lazyModule } from '../internal/lazy-module.js';
import type { combineSearchIndexes } from './combine-shards.js';

export const combinerCode = lazyModule<typeof combineSearchIndexes>(async () => {
  const module = await import('./combine-shards.js');
  return module.combineSearchIndexes;
});
