// Public API of the relays module: the local relay directory a partner can load.
export * from './schema.js';
export { parseRelayDirectory } from './parse.js';
export { checkOpeningHours } from './opening-hours.js';
