/**
 * Budgets and hygiene of what `<script src>` loads, checked on the real build output (`pnpm build`
 * writes packages/widget/dist before the Node suites run): the classic loader
 * `dist/passerelle.js`, the ES modules it loads from `dist/cdn/`, and which of them a first load
 * (the search) fetches.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const distDir = 'packages/widget/dist';
const loaderPath = `${distDir}/passerelle.js`;
const entryPath = `${distDir}/cdn/passerelle-finder.js`;
const budgetBytes = 60 * 1024;

function read(path: string): string {
  if (!existsSync(path)) {
    throw new Error(`${path} est absent : lancez « pnpm build » avant les tests.`);
  }
  return readFileSync(path, 'utf8');
}

function files(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test-support' ? [] : files(path, keep);
    return keep(path) ? [path] : [];
  });
}

function sourceFiles(dir: string): string[] {
  return files(dir, (path) => path.endsWith('.ts') && !path.endsWith('.test.ts'));
}

/** The modules a page fetches before the search works: the entry and what it imports statically. */
function firstLoad(): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    // Static imports only (`import{…}from"./x.js"`, `import"./x.js"`); `import("./x.js")` is lazy.
    for (const match of read(path).matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g))
      visit(join(dirname(path), match[1] ?? ''));
  };
  visit(entryPath);
  return [loaderPath, ...seen];
}

function gzipped(path: string): number {
  return gzipSync(read(path), { level: 9 }).length;
}

describe('the script a webmaster includes', () => {
  it('loads the search within 60 KB gzipped with Lit, core and the programme summaries inside', () => {
    const sizes = firstLoad().map((path) => [relative(distDir, path), gzipped(path)] as const);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    expect(
      total,
      `premier chargement ${JSON.stringify(sizes)} : ${total} octets (budget ${budgetBytes})`,
    ).toBeLessThanOrEqual(budgetBytes);
  });

  it.each(['orientation', 'offer-detail', 'empty-module', 'print', 'combine-shards', 'places'])(
    'leaves %s out of the first load: it comes as a module of its own when asked for',
    (part) => {
      const lazy = files(`${distDir}/cdn`, (path) => path.endsWith('.js')).filter(
        (path) => !firstLoad().includes(path),
      );
      expect(lazy.some((path) => path.includes(part))).toBe(true);
      expect(firstLoad().filter((path) => path.includes(part))).toEqual([]);
      expect(read(entryPath)).toMatch(new RegExp(`import\\(["']\\./chunks/[\\w-]*${part}`));
    },
  );

  it('is a classic script that a page can include with a plain script tag', () => {
    const code = read(loaderPath);
    expect(/^\s*(import|export)\s/m.test(code), 'no top-level import or export').toBe(false);
    expect(code.includes('cdn/passerelle-finder.js')).toBe(true);
    expect(read(entryPath).includes('passerelle-finder')).toBe(true);
  });

  it('guards its registration so that including it twice is harmless', () => {
    expect(
      /\.get\("passerelle-finder"\)/.test(read(entryPath)),
      'registry.get("passerelle-finder") before define',
    ).toBe(true);
  });

  it('carries the rulesets without their worked examples, which are for tests and docs', () => {
    const modules = files(`${distDir}/cdn`, (path) => path.endsWith('.js'));
    const withRules = modules.filter((path) => read(path).includes('passerelle-ruleset'));
    expect(withRules.length).toBeGreaterThan(0);
    const ruleset = JSON.parse(read('packages/data/src/rulesets/nouvelle-aquitaine.json')) as {
      examples?: { name: string }[];
    };
    const example = ruleset.examples?.[0]?.name ?? '(aucun exemple)';
    expect(modules.filter((path) => read(path).includes(example))).toEqual([]);
  });

  it('carries no XML parser: the LHÉO importer stays out of the browser', () => {
    const modules = [loaderPath, ...files(`${distDir}/cdn`, (path) => path.endsWith('.js'))];
    expect(modules.filter((path) => read(path).includes('xmlchars'))).toEqual([]);
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
