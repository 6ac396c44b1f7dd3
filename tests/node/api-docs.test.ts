/**
 * The API reference (`pnpm docs`, TypeDoc) is only as good as the doc comments: every export of
 * every public entry of @passerelle/core and @passerelle/data must have one, and every exported
 * function and class an `@example`. Entries are read from the packages' `exports`, so a new entry
 * is checked (and must be added to typedoc.json) from the day it exists.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

/**
 * Exported functions and classes still waiting for their `@example`. The list may only shrink: the
 * test fails when one of them gains an example (remove it here) and for any other function or class
 * without one.
 */
const PENDING_EXAMPLES = new Set([
  'Gazetteer',
  'SearchIndex',
  'actionDepartement',
  'assertNever',
  'builtInCommunes',
  'catalogueFingerprint',
  'checkOpeningHours',
  'checkRuleset',
  'communesFileName',
  'compactCatalogue',
  'compactOffer',
  'compareDepartements',
  'createGazetteer',
  'demoCommunes',
  'demoRelayDirectory',
  'departementOfInseeCode',
  'departementsForPostalCode',
  'describeOpeningHours',
  'documentKind',
  'dropElisions',
  'err',
  'explainRuleset',
  'findPlaces',
  'foldRawWord',
  'foldedWords',
  'forEachRawWord',
  'frenchTokens',
  'haversineKm',
  'interpretPeopleWords',
  'isMeaningfulWord',
  'isRulesetId',
  'iterateDemoOffers',
  'lheoPlainText',
  'loadAllCommunes',
  'loadCommunes',
  'loadCommunesOfDepartement',
  'loadDepartements',
  'loadDepartementsOfRegion',
  'loadGazetteer',
  'loadRegions',
  'loadSearchIndex',
  'matchProgrammes',
  'mergeCatalogues',
  'nearestRelays',
  'offerDetailsEntry',
  'ok',
  'parseCatalogueMeta',
  'parseCommunes',
  'parseDepartements',
  'parseJsonText',
  'parseOfferDetails',
  'parseRegions',
  'parseRelayDirectory',
  'parseSearchShard',
  'parseSituation',
  'placeFromRow',
  'placeNameKey',
  'placeToRow',
  'programmeExplanation',
  'rulesetSummary',
  'scanRawWords',
  'selectCommuneShards',
  'selectShards',
  'selectShardsNear',
  'serialiseSearchIndex',
  'stemFrench',
  'summariseCatalogue',
  'summariseRuleset',
  'tokenOfWord',
  'versionedUrl',
  'writeTerritoryShards',
]);

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
        example: symbol.getJsDocTags(checker).some((tag) => tag.name === 'example'),
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

  it('has an example for every exported function and class (but the pending ones)', () => {
    const missing = exports
      .filter((e) => e.callable && !e.example && !PENDING_EXAMPLES.has(e.name))
      .map((e) => `${e.entry}: ${e.name}`);
    expect(missing).toEqual([]);
  });

  it('keeps the pending list honest: no name that has an example now, or that is not exported', () => {
    const stale = [...PENDING_EXAMPLES].filter(
      (name) => !exports.some((e) => e.name === name && e.callable && !e.example),
    );
    expect(stale).toEqual([]);
  });
});
