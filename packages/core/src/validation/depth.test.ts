import { describe, expect, it } from 'vitest';
import { parseRuleset } from '../orientation/parse-ruleset.js';
import { makeRuleset } from '../orientation/test-support/mini-ruleset.js';
import { MAX_JSON_DEPTH, tooDeep } from './depth.js';

/** `{ not: { not: … { field: 'age', gte: 16 } } }`, `depth` levels deep. */
function nestedCondition(depth: number): unknown {
  let condition: unknown = { field: 'age', gte: 16 };
  for (let i = 0; i < depth; i += 1) condition = { not: condition };
  return condition;
}

describe('tooDeep', () => {
  it('lets a document at the limit through and names the path of the first level past it', () => {
    let value: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH; i += 1) value = [value];
    expect(tooDeep(value)).toBeUndefined();
    expect(tooDeep({ a: [value] })?.path).toMatch(/^a\[0\]/);
  });

  it('measures 100,000 levels without overflowing its own stack', () => {
    let value: unknown = {};
    for (let i = 0; i < 100_000; i += 1) value = { x: value };
    expect(tooDeep(value)?.message).toContain('imbrication trop profonde');
  });
});

describe('parseRuleset on a condition nested 10,000 deep', () => {
  it('returns a French error instead of overflowing the stack, as an object or as JSON text', () => {
    const ruleset = makeRuleset() as unknown as { needs: Array<{ when?: unknown }> };
    const first = ruleset.needs[0];
    if (first === undefined) throw new Error('mini ruleset without needs');
    first.when = 'PLACEHOLDER';
    // JSON.stringify itself overflows at this depth: the text is built by hand.
    const text = JSON.stringify(ruleset).replace(
      '"PLACEHOLDER"',
      `${'{"not":'.repeat(10_000)}{"field":"age","gte":16}${'}'.repeat(10_000)}`,
    );
    first.when = nestedCondition(10_000);
    for (const input of [ruleset, text]) {
      const result = parseRuleset(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error[0]?.message).toContain('imbrication trop profonde');
    }
  });
});
