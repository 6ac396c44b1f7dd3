/**
 * @passerelle/core — the public API. Everything the widget, the CLI or a partner's code needs
 * is exported from here and nowhere else; the search and validation libraries' types never leak out (`tests/node/core-public-types.test.ts`).
 *
 * @module @passerelle/core
 */
export * from './result.js';
export * from './text/index.js';
export * from './catalogue/index.js';
export * from './lheo/index.js';
export * from './geo/index.js';
export * from './search/index.js';
export * from './orientation/index.js';
export * from './shards/index.js';
export * from './relays/index.js';
