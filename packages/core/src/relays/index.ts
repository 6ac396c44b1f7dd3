// Public API of the relays module: the local relay directory a partner can load.
export * from './schema.js';
export { parseRelayDirectory } from './parse.js';
export { checkOpeningHours } from './opening-hours.js';
export { describeOpeningHours } from './opening-hours-words.js';
export { nearestRelays, type NearbyRelay } from './nearest.js';
