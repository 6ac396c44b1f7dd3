/** Ids of the shipped rulesets, apart from their documents so that importing them costs no data. */

/** The first is the default (the widget's `ruleset` attribute). */
export const rulesetIds = ['nouvelle-aquitaine', 'centre-val-de-loire'] as const;
export type RulesetId = (typeof rulesetIds)[number];
export const defaultRulesetId: RulesetId = 'nouvelle-aquitaine';

export function isRulesetId(id: string): id is RulesetId {
  return (rulesetIds as readonly string[]).includes(id);
}
