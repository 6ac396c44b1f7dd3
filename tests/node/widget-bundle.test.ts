/**
 * Budgets and hygiene of the widget's one-file script, checked on the real build output
 * (`pnpm build` writes packages/widget/dist/passerelle.js before the Node suites run).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS module of the widget's build, without type declarations.

const bundlePath = 'packages/widget/dist/passerelle.js';
const budgetBytes = 60 * 1024;

function bundle(): string {
  if (!existsSync(bundlePath)) {
    throw new Error(`${bundlePath} est absent : lancez « pnpm build » avant les tests.`);
  }
  return readFileSync(bundlePath, 'utf8');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test-support' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the widget one-file script', () => {
  it('stays within 60 KB gzipped with Lit, core and the rulesets inside', () => {
    const gzipped = gzipSync(bundle(), { level: 9 }).length;
    expect(
      gzipped,
      `${bundlePath} pèse ${gzipped} octets compressés (budget ${budgetBytes})`,
    ).toBeLessThanOrEqual(budgetBytes);
  });

  it('is a classic script that a page can include with a plain script tag', () => {
    const code = bundle();
    expect(/^\s*(import|export)\s/m.test(code), 'no top-level import or export').toBe(false);
    expect(code.includes('passerelle-finder')).toBe(true);
  });

  it('guards its registration so that including it twice is harmless', () => {
    expect(
      /\.get\("passerelle-finder"\)/.test(bundle()),
      'registry.get("passerelle-finder") before define',
    ).toBe(true);
  });

  it('carries no XML parser: the LHÉO importer stays out of the browser', () => {
    expect(bundle().includes('xmlchars'), 'saxes/xmlchars found in the bundle').toBe(false);
  });
});

describe('the widget sources', () => {
  const files = sourceFiles('packages/widget/src');

  it('never render markup from strings, set cookies or store anything in the browser', () => {
    const forbidden =
      /unsafeHTML|unsafeSVG|\.innerHTML|outerHTML|insertAdjacentHTML|document\.cookie|localStorage|sessionStorage|indexedDB/;
    const offenders = files.filter((file) => forbidden.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('import core only through its public entry point', () => {
    const deep = /from '@passerelle\/core\/|from '\.\.\/\.\.\/\.\.\/core/;
    const offenders = files.filter((file) => deep.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
