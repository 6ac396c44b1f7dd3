/**
 * Several départements searched as one, by core's `combineSearchIndexes` (paging, partial matches,
 * people's words as one index over them all). A module of its own: a page of one département or
 * of one catalogue file never loads it (`lazy-combine.ts`).
 */
export { combineSearchIndexes } from '@passerelle/core';
