/**
 * The API reference (`pnpm docs`, TypeDoc) is only as good as the doc comments: every export of
 * every public entry of @passerelle/core and @passerelle/data must have one, and every exported
 * function and class an `@example` (which api-examples.test.ts compiles and runs). Entries are read
 * from the packages' `exports`, so a new entry is checked (and must be added to typedoc.json) from
 * the day it exists.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

function sourceEntries(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { source?: string }>;
  };
  return Object.values(manifest.exports)
    .flatMap((target) => (typeof target === 'string' ? [] : [target.source ?? []].flat()))
    .map((source) => join('packages', dir, source).replaceAll('\\', '/'));
}

const entries = [...sourceEntries('core'), ...sourceEntries('data')];

interface Export {
  readonly entry: string;
  readonly name: string;
  readonly documented: boolean;
  readonly example: boolean;
  readonly callable: boolean;
}

function publicExports(): Export[] {
  const program = ts.createProgram(
    entries.map((entry) => join(repo, entry)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      resolveJsonModule: true,
      noEmit: true,
      strict: true,
    },
  );
  const checker = program.getTypeChecker();
  return entries.flatMap((entry) => {
    const file = program.getSourceFile(join(repo, entry));
    const module = file === undefined ? undefined : checker.getSymbolAtLocation(file);
    if (module === undefined) throw new Error(`${entry}: not a module TypeScript can read`);
    return checker.getExportsOfModule(module).map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return {
        entry,
        name: exported.name,
        documented: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== '',
        // A ```ts block, so that api-examples.test.ts compiles it.
        example: symbol
          .getJsDocTags(checker)
          .some((tag) => tag.name === 'example' && ts.displayPartsToString(tag.text).includes('```ts')),
        callable: (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class)) !== 0,
      };
    });
  });
}

describe('the API reference', () => {
  const exports = publicExports();

  it('covers every public entry of core and data', () => {
    const config = JSON.parse(readFileSync(join(repo, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    expect([...config.entryPoints].sort()).toEqual([...entries].sort());
    expect(exports.length).toBeGreaterThan(100);
  });

  it('has a doc comment for every export', () => {
    const undocumented = exports.filter((e) => !e.documented).map((e) => `${e.entry}: ${e.name}`);
    expect(undocumented).toEqual([]);
  });

  it('has an example for every exported function and class', () => {
    const missing = exports.filter((e) => e.callable && !e.example).map((e) => `${e.entry}: ${e.name}`);
    expect(missing).toEqual([]);
  });
});
