/**
 * What a search screen shows of each shipped ruleset's programmes — names, what to bring, the need
 * each answers first — without the rules. The widget's first load carries these few kilobytes; the
 * plain-French explanations (« C'est quoi ? », `explanations.ts`) come when a person opens one, and
 * the full rulesets (about 15 KB gzipped) only with the orientation.
 *
 * `programme-summaries.json` and `programme-explanations.json` are generated from the rulesets by
 * `write-summaries.ts` (`pnpm --filter @passerelle/data run build:summaries`); `summaries.test.ts`
 * fails when they are stale.
 *
 * @module @passerelle/data/programmes
 */
import type { Ruleset } from '@passerelle/core';
import { isRulesetId } from '../rulesets/ids.js';
import summaries from './programme-summaries.json' with { type: 'json' };

export { defaultRulesetId, isRulesetId, rulesetIds, type RulesetId } from '../rulesets/ids.js';

/** What a search screen shows of a programme: its name, what to bring, the need it answers first. */
export interface ProgrammeSummary {
  readonly id: string;
  readonly name: string;
  /** What to bring to the first meeting. */
  readonly bring: readonly string[];
  /** The need the programme answers first (its pictogram), or '' when it names none. */
  readonly need: string;
}

/** A shipped ruleset's name and its programmes' summaries. */
export interface RulesetSummary {
  readonly id: string;
  readonly name: string;
  readonly programmes: readonly ProgrammeSummary[];
}

/**
 * The summary of a ruleset's programmes that the widget's first load carries.
 *
 * @example
 * ```ts
 * import { getRuleset } from '@passerelle/data/rulesets';
 *
 * const ruleset = getRuleset('centre-val-de-loire');
 * const summary = ruleset === undefined ? undefined : summariseRuleset(ruleset);
 * summary?.programmes.map((programme) => programme.id); // ['visa', 'visa-plus', 'chantiers-formation', 'parcours-metiers', 'vae', 'iae']
 * ```
 */
export function summariseRuleset(ruleset: Ruleset): RulesetSummary {
  return {
    id: ruleset.id,
    name: ruleset.name,
    programmes: ruleset.programmes.map((programme) => ({
      id: programme.id,
      name: programme.name,
      bring: programme.bring,
      need: programme.needs[0] ?? '',
    })),
  };
}

/**
 * Each programme's plain-French explanation, by programme id.
 *
 * @example
 * ```ts
 * const explanations = explainRuleset(ruleset); // a ruleset of your own, checked by parseRuleset
 * for (const [id, text] of Object.entries(explanations)) console.log(`${id} : ${text}`);
 * ```
 */
export function explainRuleset(ruleset: Ruleset): Readonly<Record<string, string>> {
  return Object.fromEntries(ruleset.programmes.map((programme) => [programme.id, programme.description]));
}

/** The format marker of programme-summaries.json: data derived from the rulesets, not a new kind. */
export const SUMMARIES_FORMAT = 'passerelle-programme-summaries';

const byId = summaries.rulesets as Readonly<Record<string, RulesetSummary>>;

/**
 * The summary of a shipped ruleset, or `undefined` for an unknown id.
 *
 * @example
 * ```ts
 * rulesetSummary('nouvelle-aquitaine')?.programmes[0]?.name; // 'HSP « Socle de compétences »'
 * rulesetSummary('bretagne'); // undefined
 * ```
 */
export function rulesetSummary(id: string): RulesetSummary | undefined {
  return isRulesetId(id) ? byId[id] : undefined;
}
