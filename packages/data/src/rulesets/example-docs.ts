/**
 * The worked examples of a ruleset as a Markdown table, written into the ruleset's documentation
 * between two markers (`pnpm --filter @passerelle/data run build:summaries`), so a region reading
 * or editing its rules sees what they answer; a test keeps the page in step with the JSON.
 */
import type { Ruleset, RulesetExample } from '@passerelle/core';

export const EXAMPLES_START = '<!-- examples:start (written by build:summaries from the JSON) -->';
export const EXAMPLES_END = '<!-- examples:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function answers(example: RulesetExample): string {
  return Object.entries(example.situation)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => `${field}=${Array.isArray(value) ? `[${value.join(',')}]` : String(value)}`)
    .join(', ');
}

function expected(example: RulesetExample): string {
  const parts: string[] = [];
  if (example.needs !== undefined) parts.push(`needs: ${example.needs.join(', ') || '(none)'}`);
  if (example.programmes !== undefined)
    parts.push(
      `programmes: ${Object.entries(example.programmes)
        .map(([id, status]) => `${id} ${status}`)
        .join(', ')}`,
    );
  if (example.relays !== undefined) parts.push(`relays: ${example.relays.join(', ') || '(none)'}`);
  if (example.toCheck !== undefined) parts.push(`to check: ${example.toCheck.join(', ') || '(nothing)'}`);
  for (const reasons of example.reasons ?? []) {
    const about = reasons.need ?? reasons.programme ?? reasons.relay ?? '';
    parts.push(`why ${about}: ${reasons.why.map((reason) => `« ${reason.text} »`).join(' ')}`);
  }
  return parts.join('; ');
}

/** The section between the markers, markers included. */
export function examplesSection(ruleset: Ruleset): string {
  const rows = (ruleset.examples ?? []).map(
    (example) => `| ${cell(example.name)} | ${cell(answers(example))} | ${cell(expected(example))} |`,
  );
  return [
    EXAMPLES_START,
    '',
    `${rows.length} examples, run by \`examples.test.ts\`. Only what an example names is compared.`,
    '',
    '| example | situation | expected |',
    '|---|---|---|',
    ...rows,
    '',
    EXAMPLES_END,
  ].join('\n');
}

/** The page with its examples section replaced (or added at the end when it has none yet). */
export function withExamplesSection(page: string, ruleset: Ruleset): string {
  const start = page.indexOf(EXAMPLES_START);
  const end = page.indexOf(EXAMPLES_END);
  if (start < 0 || end < start)
    return `${page.trimEnd()}\n\n## Worked examples\n\n${examplesSection(ruleset)}\n`;
  return page.slice(0, start) + examplesSection(ruleset) + page.slice(end + EXAMPLES_END.length);
}
