/** Ids of the shipped rulesets, apart from their documents so that importing them costs no data. */

/** The first is the default (the widget's `ruleset` attribute). */
export const rulesetIds = ['nouvelle-aquitaine', 'centre-val-de-loire'] as const;
/** The id of a shipped ruleset. */
export type RulesetId = (typeof rulesetIds)[number];
/** The ruleset used when none is named. */
export const defaultRulesetId: RulesetId = 'nouvelle-aquitaine';

/**
 * Whether a text is the id of a shipped ruleset.
 *
 * @example
 * ```ts
 * isRulesetId('centre-val-de-loire'); // true
 * isRulesetId('bretagne'); // false
 * ```
 */
export function isRulesetId(id: string): id is RulesetId {
  return (rulesetIds as readonly string[]).includes(id);
}
