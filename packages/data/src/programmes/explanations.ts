/**
 * The programmes' plain-French explanations (« C'est quoi ? »), apart from the summaries so that the
 * widget fetches them only when a person opens one. Generated with the summaries (see summaries.ts).
 *
 * @module @passerelle/data/explanations
 */
import { isRulesetId } from '../rulesets/ids.js';
import explanations from './programme-explanations.json' with { type: 'json' };

const byRuleset = explanations.rulesets as Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Short sentences a person who reads with difficulty can follow, or `undefined` when unknown.
 *
 * @example
 * ```ts
 * const text = programmeExplanation('nouvelle-aquitaine', 'hsp-socle');
 * text?.startsWith('HSP, c’est un parcours de formation gratuit'); // true
 * programmeExplanation('nouvelle-aquitaine', 'inconnu'); // undefined
 * ```
 */
export function programmeExplanation(rulesetId: string, programmeId: string): string | undefined {
  return isRulesetId(rulesetId) ? byRuleset[rulesetId]?.[programmeId] : undefined;
}
