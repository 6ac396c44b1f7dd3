/**
 * The shipped orientation rulesets, imported as JSON (Node, tsx and rollup's json plugin all read
 * import attributes).
 *
 * They are not re-checked at run time: `rulesets.test.ts` proves that every JSON file of this
 * folder passes core's `parseRuleset` and that `getRuleset` returns exactly what it accepts. Doing
 * the check again in every browser would add the ruleset schema and its checker (about 5 KB
 * gzipped) to the widget's one-file script for data that cannot change after the build. A ruleset
 * from elsewhere must go through `parseRuleset`.
 *
 * @module @passerelle/data/rulesets
 */
import type { Ruleset } from '@passerelle/core';
import centreValDeLoire from './centre-val-de-loire.json' with { type: 'json' };
import nouvelleAquitaine from './nouvelle-aquitaine.json' with { type: 'json' };

import { isRulesetId, type RulesetId } from './ids.js';

export { defaultRulesetId, isRulesetId, rulesetIds, type RulesetId } from './ids.js';

const documents: Readonly<Record<RulesetId, unknown>> = {
  'nouvelle-aquitaine': nouvelleAquitaine,
  'centre-val-de-loire': centreValDeLoire,
};

/**
 * The shipped ruleset with this id (one shared object: do not modify it), or `undefined`.
 *
 * @example
 * ```ts
 * const ruleset = getRuleset('nouvelle-aquitaine');
 * if (ruleset !== undefined) orient({ age: 19 }, ruleset);
 * ```
 */
export function getRuleset(id: string): Ruleset | undefined {
  return isRulesetId(id) ? (documents[id] as Ruleset) : undefined;
}
