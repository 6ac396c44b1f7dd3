/**
 * The shipped orientation rulesets, imported as JSON (Node, tsx and rollup's json plugin all read
 * import attributes) and checked by core on first use.
 */
import { parseRuleset, type Ruleset } from '@passerelle/core';
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

const checked = new Map<RulesetId, Ruleset>();

export function isRulesetId(id: string): id is RulesetId {
  return (rulesetIds as readonly string[]).includes(id);
}

/**
 * The shipped ruleset with this id, checked once and then shared; `undefined` for an unknown id.
 * A shipped ruleset that fails its check is our bug (a test loads each one), so it throws.
 */
export function getRuleset(id: string): Ruleset | undefined {
  if (!isRulesetId(id)) return undefined;
  let ruleset = checked.get(id);
  if (ruleset === undefined) {
    const result = parseRuleset(documents[id]);
    if (!result.ok) {
      throw new Error(
        `Shipped ruleset ${id} is invalid: ${result.error.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      );
    }
    ruleset = result.value;
    checked.set(id, ruleset);
  }
  return ruleset;
}
