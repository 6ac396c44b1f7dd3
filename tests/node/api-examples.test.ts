/**
 * The `@example`s of the API reference are code a developer copies: every ```ts block in the doc
 * comments of @passerelle/core and @passerelle/data (and in their READMEs) must compile against
 * the built packages, as a consumer's module importing them. Each block becomes a module in a
 * temporary project whose `node_modules/@passerelle` points at the packages (so TypeScript reads
 * `dist/*.d.ts` through the `exports` map, as a consumer's would); the public names the block uses
 * without importing are imported for it, and the few values examples take as given (`catalogue`,
 * `ruleset`…) are declared in CONTEXT. All blocks are checked in one tsc program.
 *
 * A block that needs nothing of CONTEXT, of Node's modules or of the network is also run, and a
 * statement followed by a value comment (`stemFrench('formations'); // 'formation'`) must give
 * that value: the values the reference shows are true, not remembered.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

/** What examples take as given: a loaded catalogue, a checked ruleset… (global, so a block may shadow it). */
const CONTEXT = `
declare const catalogue: import('@passerelle/core').Catalogue;
declare const offer: import('@passerelle/core').Offer;
declare const ruleset: import('@passerelle/core').Ruleset;
declare const situation: import('@passerelle/core').Situation;
declare const manifest: import('@passerelle/core').Manifest;
declare const directory: import('@passerelle/core').RelayDirectory;
declare const places: readonly import('@passerelle/core').Place[];
declare const shard: import('@passerelle/core').SearchShard;
declare const hit: import('@passerelle/core').SearchHit;
declare const xmlText: string;
declare const text: string;
`;

/** Node modules an example may use without importing them (file reading and writing). */
const NODE_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  'node:fs/promises': ['readFile', 'writeFile', 'mkdir'],
  'node:fs': ['createReadStream', 'createWriteStream'],
};

/** Node globals a run example may touch (lib ones are always fine): the runner silences the console. */
const RUNNABLE_GLOBALS = new Set(['console', 'structuredClone']);

interface Example {
  /** Where the block's first line of code is: `packages/core/src/text/fold.ts:16`. */
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(repo, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(repo, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .filter((file) => !/\.(test|bench)\.ts$|\/(test-support|fixtures)\//.test(file))
    .sort();
}

/** The ```ts blocks of a text, with the line (1-based) of each block's first line of code. */
function tsBlocks(file: string, lines: readonly string[]): Example[] {
  const blocks: Example[] = [];
  let start = -1;
  for (const [i, line] of lines.entries()) {
    if (start < 0 && /^```ts\s*$/.test(line)) start = i + 1;
    else if (start >= 0 && /^```\s*$/.test(line)) {
      blocks.push({ file, line: start + 1, code: lines.slice(start, i).join('\n') });
      start = -1;
    }
  }
  if (start >= 0) throw new Error(`${file}:${start}: un bloc \`\`\`ts n'est pas refermé`);
  return blocks;
}

function collectExamples(): Example[] {
  const examples: Example[] = [];
  for (const file of [...sourceFiles('packages/core/src'), ...sourceFiles('packages/data/src')]) {
    const text = readFileSync(join(repo, file), 'utf8');
    // Doc comment lines lose their ` * ` margin; other lines are blanked so line numbers hold.
    let inDoc = false;
    const lines = text.split('\n').map((line) => {
      if (!inDoc && /^\s*\/\*\*/.test(line)) inDoc = !line.includes('*/', line.indexOf('/**') + 3);
      else if (inDoc && line.includes('*/')) inDoc = false;
      else if (inDoc) return line.replace(/^\s*\* ?/, '');
      return '';
    });
    examples.push(...tsBlocks(file, lines));
  }
  for (const readme of ['packages/core/README.md', 'packages/data/README.md']) {
    examples.push(...tsBlocks(readme, readFileSync(join(repo, readme), 'utf8').split('\n')));
  }
  return examples;
}

/** The public entries of core and data, as a consumer imports them: `@passerelle/data/rulesets`… */
function publicEntries(): string[] {
  return ['core', 'data'].flatMap((dir) => {
    const manifest = JSON.parse(readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8')) as {
      name: string;
      exports: Record<string, unknown>;
    };
    return Object.keys(manifest.exports)
      .filter((key) => key !== './package.json')
      .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`));
  });
}

/** Names a block declares or imports itself at its top level (they win over the prelude). */
function ownNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const addBinding = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) names.add(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) addBinding(declaration.name);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** A comment that is a plain value (`'aide'`, `['33', '2A']`, `3`, `undefined`, `{ ok: true }`). */
function valueOfComment(comment: string): string | undefined {
  const text = comment.replace(/^\/\/\s*/, '').trim();
  if (text === '') return undefined;
  const parsed = ts.createSourceFile('value.ts', `(${text});`, ts.ScriptTarget.ES2022, true);
  const diagnostics = (parsed as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  const statement = parsed.statements[0];
  if (
    diagnostics.length > 0 ||
    parsed.statements.length !== 1 ||
    !statement ||
    !ts.isExpressionStatement(statement)
  )
    return undefined;
  const isValue = (node: ts.Expression): boolean => {
    if (ts.isParenthesizedExpression(node)) return isValue(node.expression);
    if (ts.isArrayLiteralExpression(node)) return node.elements.every(isValue);
    if (ts.isObjectLiteralExpression(node))
      return node.properties.every(
        (property) =>
          ts.isPropertyAssignment(property) &&
          !ts.isComputedPropertyName(property.name) &&
          isValue(property.initializer),
      );
    if (ts.isPrefixUnaryExpression(node))
      return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
    if (ts.isIdentifier(node)) return node.text === 'undefined';
    return (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isNumericLiteral(node) ||
      node.kind === ts.SyntaxKind.TrueKeyword ||
      node.kind === ts.SyntaxKind.FalseKeyword ||
      node.kind === ts.SyntaxKind.NullKeyword
    );
  };
  return isValue(statement.expression) ? text : undefined;
}

interface Check {
  /** Where the statement's value is read: after its end, in the block's code. */
  readonly at: number;
  readonly value: string;
  readonly expected: string;
  readonly line: number;
}

/** The statements of a block that end with a value comment, and what to compare. */
function valueChecks(example: Example, source: ts.SourceFile): Check[] {
  const checks: Check[] = [];
  for (const statement of source.statements) {
    const comment = ts.getTrailingCommentRanges(source.text, statement.end)?.[0];
    if (!comment || comment.kind !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
    const expected = valueOfComment(source.text.slice(comment.pos, comment.end));
    if (expected === undefined) continue;
    const line = example.line + source.getLineAndCharacterOfPosition(statement.getStart()).line;
    let value: string | undefined;
    if (ts.isExpressionStatement(statement)) value = statement.expression.getText(source);
    else if (ts.isVariableStatement(statement)) {
      const [declaration, ...more] = statement.declarationList.declarations;
      if (declaration && more.length === 0 && ts.isIdentifier(declaration.name))
        value = declaration.name.text;
    }
    if (value === undefined)
      throw new Error(
        `${example.file}:${line}: une valeur en commentaire doit suivre une expression ou une seule déclaration`,
      );
    checks.push({ at: statement.end, value, expected, line });
  }
  return checks;
}

const built = publicEntries().every((entry) => {
  const [, dir] = /^@passerelle\/(\w+)/.exec(entry) ?? [];
  return existsSync(join(repo, 'packages', dir ?? '', 'dist', 'index.d.ts'));
});

const project = mkdtempSync(join(tmpdir(), 'passerelle-api-examples-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the examples of the API reference', () => {
  it('are there: the packages are built (pnpm build) and the doc comments hold examples', () => {
    expect(built, 'packages/core/dist or packages/data/dist is missing: run `pnpm build` first').toBe(true);
    expect(collectExamples().length).toBeGreaterThan(80);
  });

  if (!built) return;

  const examples = collectExamples();
  const entries = publicEntries();
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(
    join(repo, 'tests/node_modules/@passerelle'),
    join(project, 'node_modules/@passerelle'),
    'junction',
  );
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  writeFileSync(join(project, 'context.d.ts'), CONTEXT);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
    typeRoots: [join(repo, 'node_modules/@types')],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  };

  // The names each public entry exports, read from the built declarations.
  const entriesFile = join(project, 'entries.ts');
  writeFileSync(entriesFile, entries.map((entry, i) => `import * as e${i} from '${entry}';\n`).join(''));
  const namesProgram = ts.createProgram([entriesFile], options);
  const checker = namesProgram.getTypeChecker();
  const exported = new Map<string, string>();
  for (const statement of namesProgram.getSourceFile(entriesFile)?.statements ?? []) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const module = checker.getSymbolAtLocation(statement.moduleSpecifier);
    if (module === undefined)
      throw new Error(`${statement.moduleSpecifier.text}: introuvable depuis ${project}`);
    for (const symbol of checker.getExportsOfModule(module))
      if (!exported.has(symbol.name)) exported.set(symbol.name, statement.moduleSpecifier.text);
  }

  interface Module {
    readonly example: Example;
    readonly path: string;
    readonly preludeLines: number;
    readonly source: ts.SourceFile;
  }
  const modules: Module[] = examples.map((example, i) => {
    const source = ts.createSourceFile(`example-${i}.ts`, example.code, ts.ScriptTarget.ES2022, true);
    const own = ownNames(source);
    const byModule = new Map<string, string[]>();
    const want = (module: string, name: string): void => {
      if (!own.has(name)) byModule.set(module, [...(byModule.get(module) ?? []), name]);
    };
    for (const [name, module] of exported) want(module, name);
    for (const [module, names] of Object.entries(NODE_IMPORTS)) for (const name of names) want(module, name);
    const prelude = [...byModule].map(
      ([module, names]) => `import { ${names.join(', ')} } from '${module}';`,
    );
    prelude.push('export {};');
    const path = join(project, `example-${i}.ts`);
    writeFileSync(path, `${prelude.join('\n')}\n${example.code}\n`);
    return { example, path, preludeLines: prelude.length, source };
  });

  const program = ts.createProgram(
    [join(project, 'context.d.ts'), ...modules.map((module) => module.path)],
    options,
    undefined,
    namesProgram,
  );

  it('compile against the built packages, as a consumer’s modules', () => {
    const where = new Map(modules.map((module) => [module.path, module]));
    const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      const module = diagnostic.file && where.get(resolve(diagnostic.file.fileName));
      if (!diagnostic.file || diagnostic.start === undefined || !module) return message;
      const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line - module.preludeLines;
      return `${module.example.file}:${module.example.line + line}: ${message}`;
    });
    expect(errors).toEqual([]);
  });

  it('give the values their comments show, when they can run on their own', () => {
    const typeChecker = program.getTypeChecker();
    const contextFile = join(project, 'context.d.ts').replaceAll('\\', '/');
    /** Whether the block uses CONTEXT, a Node module or a Node global (files, network). */
    const standsAlone = (module: Module): boolean => {
      const file = program.getSourceFile(module.path);
      let alone = true;
      const visit = (node: ts.Node): void => {
        // A member name (`console.log`, `{ lat: … }`) is not a reference: its object is checked.
        const member =
          (ts.isPropertyAccessExpression(node.parent) || ts.isPropertyAssignment(node.parent)) &&
          node.parent.name === node;
        if (ts.isIdentifier(node) && !member && !RUNNABLE_GLOBALS.has(node.text)) {
          let symbol = typeChecker.getSymbolAtLocation(node);
          if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = typeChecker.getAliasedSymbol(symbol);
          const origin = symbol?.declarations?.[0]?.getSourceFile().fileName.replaceAll('\\', '/');
          if (origin !== undefined && (origin === contextFile || origin.includes('/@types/node/')))
            alone = false;
        }
        if (alone) ts.forEachChild(node, visit);
      };
      // Only the block's own code: the prelude imports Node modules for every block.
      for (const statement of file?.statements ?? []) {
        if (file && file.getLineAndCharacterOfPosition(statement.getStart()).line >= module.preludeLines)
          visit(statement);
      }
      return alone;
    };

    const runs: { url: string; label: string }[] = [];
    const unchecked: string[] = [];
    for (const [i, module] of modules.entries()) {
      const checks = valueChecks(module.example, module.source);
      if (!standsAlone(module)) {
        // A value the test cannot check is one nobody checks: keep values to blocks that run alone.
        for (const check of checks)
          unchecked.push(`${module.example.file}:${check.line}: ${check.value} // ${check.expected}`);
        continue;
      }
      let code = module.example.code;
      for (const check of [...checks].reverse()) {
        const call = `;__expect(${check.value}, ${check.expected}, ${JSON.stringify(`${module.example.file}:${check.line}`)});`;
        code = code.slice(0, check.at) + call + code.slice(check.at);
      }
      const prelude = readFileSync(module.path, 'utf8').split('\n').slice(0, module.preludeLines).join('\n');
      const js = ts.transpileModule(`${prelude}\n${code}\n`, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      const file = join(project, `run-${i}.mjs`);
      writeFileSync(file, `import { __expect } from './expect.mjs';\n${js}`);
      runs.push({ url: pathToFileURL(file).href, label: `${module.example.file}:${module.example.line}` });
    }
    expect(unchecked, 'valeurs en commentaire dans un exemple qui ne peut pas tourner seul').toEqual([]);
    expect(runs.length).toBeGreaterThan(40);

    writeFileSync(
      join(project, 'expect.mjs'),
      `import { isDeepStrictEqual, inspect } from 'node:util';
export const failures = [];
export function __expect(actual, expected, where) {
  if (!isDeepStrictEqual(actual, expected))
    failures.push(where + ': ' + inspect(actual, { depth: 5 }) + ' au lieu de ' + inspect(expected, { depth: 5 }));
}`,
    );
    writeFileSync(
      join(project, 'run.mjs'),
      `import { failures } from './expect.mjs';
const runs = ${JSON.stringify(runs)};
for (const method of ['log', 'info', 'warn', 'error', 'debug']) console[method] = () => undefined;
for (const run of runs) {
  try { await import(run.url); }
  catch (error) { failures.push(run.label + ': ' + (error instanceof Error ? error.message : String(error))); }
}
process.stdout.write(JSON.stringify(failures));`,
    );
    const result = spawnSync(process.execPath, ['run.mjs'], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout || '["le lanceur n’a rien écrit"]')).toEqual([]);
  });
});
