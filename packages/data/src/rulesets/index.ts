/**
 * The shipped orientation rulesets, imported as JSON (Node, tsx and rollup's json plugin all read
 * import attributes).
 *
 * They are not re-checked at run time: `rulesets.test.ts` proves that every JSON file of this
 * folder passes core's `parseRuleset` and that `getRuleset` returns exactly what it accepts. Doing
 * the check again in every browser would add the ruleset schema and its checker (about 5 KB
 * gzipped) to the widget's one-file script for data that cannot change after the build. A ruleset
 * from elsewhere must go through `parseRuleset`.
 */
import type { Ruleset } from '@passerelle/core';
import centreValDeLoire from './centre-val-de-loire.json' with { type: 'json' };
import nouvelleAquitaine from './nouvelle-aquitaine.json' with { type: 'json' };

/** Ids of the shipped rulesets; the first is the default (the widget's `ruleset` attribute). */
export const rulesetIds = ['nouvelle-aquitaine', 'centre-val-de-loire'] as const;
export type RulesetId = (typeof rulesetIds)[number];
export const defaultRulesetId: RulesetId = 'nouvelle-aquitaine';

const documents: Readonly<Record<RulesetId, unknown>> = {
  'nouvelle-aquitaine': nouvelleAquitaine,
  'centre-val-de-loire': centreValDeLoire,
};

export function isRulesetId(id: string): id is RulesetId {
  return (rulesetIds as readonly string[]).includes(id);
}

/** The shipped ruleset with this id (one shared object: do not modify it), or `undefined`. */
export function getRuleset(id: string): Ruleset | undefined {
  return isRulesetId(id) ? (documents[id] as Ruleset) : undefined;
}
