/**
 * @passerelle/data — reference data (territories, rulesets, relay kinds, demo catalogue)
 * and the `passerelle` CLI.
 */
export {};
export * from './territories/index.js';
