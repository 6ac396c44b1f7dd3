/**
 * The boundary of the lazy combiner: the catalogue controller imports only this file statically,
 * and core's search over several départements becomes a module of its own, fetched beside the
 * shards of a manifest listing more than one.
 */
import { lazyModule } from '../internal/lazy-module.js';
import type { combineShards } from './combine-shards.js';

export const combinerCode = lazyModule<typeof combineShards>(async () => {
  const module = await import('./combine-shards.js');
  return module.combineShards;
});
