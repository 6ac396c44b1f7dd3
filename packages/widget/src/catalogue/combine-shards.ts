/**
 * Several départements searched as one, by core's `combineSearchIndexes` (paging, partial matches,
 * people's words as one index over them all). A module of its own: a page of one département or
 * of one catalogue file never loads it (`lazy-combine.ts`).
 */
import { combineSearchIndexes, type SearchIndex } from '@passerelle/core';
import type { FinderIndex } from '../internal/engine.js';

export function combineShards(parts: readonly SearchIndex[]): FinderIndex {
  return combineSearchIndexes(parts);
}
