/**
 * @passerelle/data — reference data (territories, rulesets, relay kinds, demo catalogue)
 * and the `passerelle` CLI.
 *
 * @module @passerelle/data
 */
export * from './territories/index.js';
export { defaultRulesetId, getRuleset, isRulesetId, rulesetIds, type RulesetId } from './rulesets/index.js';
export {
  DEMO_DEFAULT_SEED,
  DEMO_DEFAULT_SIZE,
  DEMO_DEPARTEMENTS,
  DEMO_PROGRAMMES,
  DEMO_RULESET,
  DEMO_SOURCE,
  builtInCommunes,
  demoCommunes,
  generateDemoCatalogue,
  iterateDemoOffers,
  type DemoCommune,
  type DemoOptions,
  type DemoProgramme,
} from './demo/index.js';
export { DEMO_RELAYS_FILE, demoRelayDirectory } from './relays/index.js';
