/**
 * Writes programme-summaries.json and programme-explanations.json from the shipped rulesets (see
 * summaries.ts), and the worked examples into each ruleset's Markdown page (see example-docs.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withExamplesSection } from '../rulesets/example-docs.js';
import { getRuleset, rulesetIds } from '../rulesets/index.js';
import { explainRuleset, SUMMARIES_FORMAT, summariseRuleset } from './summaries.js';

export function summariesJson(): string {
  const entries = rulesetIds.map((id) => {
    const ruleset = getRuleset(id);
    if (!ruleset) throw new Error(`jeu de règles ${id} introuvable`);
    return [id, summariseRuleset(ruleset)] as const;
  });
  return `${JSON.stringify({ format: SUMMARIES_FORMAT, rulesets: Object.fromEntries(entries) }, null, 2)}\n`;
}

export function explanationsJson(): string {
  const entries = rulesetIds.map((id) => {
    const ruleset = getRuleset(id);
    if (!ruleset) throw new Error(`jeu de règles ${id} introuvable`);
    return [id, explainRuleset(ruleset)] as const;
  });
  return `${JSON.stringify({ format: `${SUMMARIES_FORMAT}-explanations`, rulesets: Object.fromEntries(entries) }, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('./programme-summaries.json', import.meta.url), summariesJson());
  writeFileSync(new URL('./programme-explanations.json', import.meta.url), explanationsJson());
  for (const id of rulesetIds) {
    const page = new URL(`../rulesets/${id}.md`, import.meta.url);
    const ruleset = getRuleset(id);
    if (ruleset) writeFileSync(page, withExamplesSection(readFileSync(page, 'utf8'), ruleset));
  }
}
