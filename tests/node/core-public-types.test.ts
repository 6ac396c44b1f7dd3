/**
 * Core's public declarations are plain TypeScript: a consumer's editor shows `Offer` and `Session`,
 * never a validator's internals, and zod can be swapped without breaking anyone. Checked on the
 * real build output (`pnpm build` writes packages/core/dist before the Node suites run), following
 * every declaration file reachable from the package's entry point.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = 'packages/core/dist';

/** `z.object`, `ZodMiniObject`, `$ZodIssue`, `import … from 'zod/mini'`, `import("zod/v4/core")`. */
const ZOD_MENTION = /\bz\.|Zod|["']zod(\/[\w/-]*)?["']/;

/** Declaration files reachable from `index.d.ts` through relative imports and re-exports. */
function reachableDeclarations(): string[] {
  const seen = new Set<string>();
  const pending = ['index.d.ts'];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from\s*|import\s*\(\s*)["'](\.{1,2}\/[^"']+)\.js["']/g)) {
      pending.push(normalize(join(dirname(file), `${specifier}.d.ts`)));
    }
  }
  return [...seen].sort();
}

describe("core's public declarations", () => {
  it('are built', () => {
    expect(existsSync(join(dist, 'index.d.ts')), 'lancez « pnpm build » avant les tests').toBe(true);
  });

  it('never mention zod, neither in a type nor in an import', () => {
    const files = reachableDeclarations();
    expect(files).toContain('catalogue/schema.d.ts');
    expect(files).toContain('search/types.d.ts');
    expect(files).toContain('orientation/ruleset.d.ts');
    expect(files).toContain('orientation/situation.d.ts');
    const mentions = files.flatMap((file) =>
      readFileSync(join(dist, file), 'utf8')
        .split('\n')
        .map((line, index) => [line, index] as const)
        .filter(([line]) => ZOD_MENTION.test(line))
        .map(([line, index]) => `${file}:${index + 1}: ${line.trim()}`),
    );
    expect(mentions).toEqual([]);
  });
});
