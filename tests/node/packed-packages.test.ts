/**
 * The three packages as a consumer meets them: packed by pnpm (as `pnpm publish` would), installed
 * from the tarballs in a project of their own (no workspace link), then imported from Node ESM,
 * type-checked with `moduleResolution` node16 and bundler, and the widget bundled with rollup.
 *
 * Offline on a fresh machine: the tarballs' third-party dependencies are taken from the
 * repository's own install (the pnpm store, through `pnpm.overrides` to their folders), so no
 * registry is asked. Needs `pnpm build` first (the test suite runs after it).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const packages = ['core', 'data', 'widget'] as const;
type PackageDir = (typeof packages)[number];
const pnpmVersion = (
  JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { packageManager: string }
).packageManager;

interface Manifest {
  name: string;
  version: string;
  license?: string;
  repository?: { directory?: string };
  engines?: { node?: string };
  sideEffects?: unknown;
  exports?: Record<string, string | Record<string, string>>;
  bin?: Record<string, string>;
  customElements?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

interface Packed {
  readonly dir: PackageDir;
  readonly tarball: string;
  /** Where the tarball was unpacked (its `package/` folder). */
  readonly root: string;
  readonly manifest: Manifest;
  /** Paths inside the tarball, relative to `package/`. */
  readonly files: ReadonlySet<string>;
}

let work: string;
let project: string;
const packed = new Map<PackageDir, Packed>();
let install: SpawnSyncReturns<string>;

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8' });
}

function pnpm(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return run('npx', ['-y', pnpmVersion, ...args], cwd);
}

function output(result: SpawnSyncReturns<string>): string {
  return `exit ${result.status}\n${result.stdout}\n${result.stderr}`;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/**
 * The folders of the third-party packages the tarballs need at run time, read from the
 * repository's install (pnpm's layout: a package's dependencies are its siblings).
 */
function runtimeDependencies(): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (name: string, from: string) => {
    const require = createRequire(join(from, 'package.json'));
    let dir: string;
    try {
      dir = realpathSync(dirname(require.resolve(`${name}/package.json`)));
    } catch {
      // A package whose exports hide package.json: walk up from its main file instead.
      let path = realpathSync(require.resolve(name));
      while (!existsSync(join(path, 'package.json')) || !path.includes(name)) path = dirname(path);
      dir = path;
    }
    const seen = found.get(name);
    if (seen !== undefined) {
      if (seen !== dir) throw new Error(`two versions of ${name} would be needed: ${seen} and ${dir}`);
      return;
    }
    found.set(name, dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  for (const dir of packages) {
    const manifest = JSON.parse(
      readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8'),
    ) as Manifest;
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      if (!dependency.startsWith('@passerelle/')) visit(dependency, join(repo, 'packages', dir));
    }
  }
  return found;
}

beforeAll(() => {
  for (const dir of packages) {
    const missing = ['dist/index.js', 'dist/index.d.ts'].filter(
      (file) => !existsSync(join(repo, 'packages', dir, file)),
    );
    if (missing.length > 0)
      throw new Error(`packages/${dir}/${missing[0]} is missing: run « pnpm build » first.`);
  }
  work = mkdtempSync(join(tmpdir(), 'passerelle-packed-'));
  const tarballs = join(work, 'tarballs');
  for (const dir of packages) {
    const result = pnpm(['pack', '--pack-destination', tarballs], join(repo, 'packages', dir));
    expect(result.status, output(result)).toBe(0);
  }
  for (const dir of packages) {
    const name = readdirSync(tarballs).find((file) => file.startsWith(`passerelle-${dir}-`));
    if (name === undefined) throw new Error(`pnpm pack wrote no tarball for ${dir}`);
    const unpacked = join(work, 'unpacked', dir);
    cpSync(join(tarballs, name), join(work, `${dir}.tgz`));
    mkdirSync(unpacked, { recursive: true });
    const untar = run('tar', ['xzf', join(tarballs, name), '-C', unpacked], work);
    expect(untar.status, output(untar)).toBe(0);
    const root = join(unpacked, 'package');
    packed.set(dir, {
      dir,
      tarball: join(work, `${dir}.tgz`),
      root,
      manifest: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest,
      files: new Set(listFiles(root)),
    });
  }

  project = join(work, 'project');
  cpSync(join(repo, 'tests/packaging/consumer'), project, { recursive: true });
  const tarballSpec = (dir: PackageDir) => `file:${join(work, `${dir}.tgz`)}`;
  const overrides: Record<string, string> = {
    '@passerelle/core': tarballSpec('core'),
    '@passerelle/data': tarballSpec('data'),
  };
  for (const [name, dir] of runtimeDependencies()) overrides[name] = `file:${dir}`;
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify(
      {
        name: 'passerelle-consumer',
        private: true,
        type: 'module',
        dependencies: {
          '@passerelle/core': tarballSpec('core'),
          '@passerelle/data': tarballSpec('data'),
          '@passerelle/widget': tarballSpec('widget'),
        },
        pnpm: { overrides },
      },
      null,
      2,
    )}\n`,
  );
  // No lockfile here: CI=true would otherwise make pnpm insist on a frozen one.
  install = pnpm(['install', '--offline', '--no-frozen-lockfile'], project);
}, 300_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarballs', () => {
  it.each(packages)('%s: a manifest a registry accepts, with nothing left from the workspace', (dir) => {
    const { manifest, files } = packed.get(dir)!;
    const text = readFileSync(join(packed.get(dir)!.root, 'package.json'), 'utf8');
    expect(text).not.toContain('workspace:');
    expect(text).not.toContain('"source"');
    expect(manifest.license).toBe('MIT');
    expect(manifest.repository?.directory).toBe(`packages/${dir}`);
    expect(manifest.engines?.node).toMatch(/^>=20/);
    expect(manifest.sideEffects).toBeDefined();
    expect(files.has('README.md')).toBe(true);
    expect(readFileSync(join(packed.get(dir)!.root, 'LICENSE'), 'utf8')).toBe(
      readFileSync(join(repo, 'LICENSE'), 'utf8'),
    );
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      if (dependency.startsWith('@passerelle/'))
        expect(manifest.dependencies![dependency]).toBe(manifest.version);
    }
  });

  it.each(packages)(
    '%s: every export is in the tarball, and every JavaScript export has its types',
    (dir) => {
      const { manifest, files } = packed.get(dir)!;
      const strip = (path: string) => path.replace(/^\.\//, '');
      for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
        const targets = typeof target === 'string' ? { default: target } : target;
        for (const path of Object.values(targets))
          expect(files, `${subpath} → ${path}`).toContain(strip(path));
        if (targets.default?.endsWith('.js')) {
          expect(targets.types, `${subpath} has no types`).toMatch(/\.d\.ts$/);
          expect(Object.keys(targets)[0], `${subpath}: types must come first`).toBe('types');
        }
      }
      for (const path of Object.values(manifest.bin ?? {})) expect(files).toContain(strip(path));
    },
  );

  it.each(packages)('%s: every source map and sourceMappingURL points at a file of the tarball', (dir) => {
    const { root, files } = packed.get(dir)!;
    const broken: string[] = [];
    for (const file of files) {
      if (!/\.(js|d\.ts)$/.test(file)) continue;
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(root, file), 'utf8'))?.[1];
      if (url === undefined) continue;
      const map = posix.join(posix.dirname(file), url);
      if (!files.has(map)) {
        broken.push(`${file} → ${map}`);
        continue;
      }
      const { sources } = JSON.parse(readFileSync(join(root, map), 'utf8')) as { sources: string[] };
      for (const source of sources) {
        const path = posix.join(posix.dirname(map), source);
        if (!files.has(path)) broken.push(`${map} → ${path}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(packages)('%s: no test, fixture or build cache in the tarball', (dir) => {
    const stray = [...packed.get(dir)!.files].filter((file) =>
      /\.test\.|test-support\/|fixtures?\/|\.tsbuildinfo$|\.bench\./.test(file),
    );
    expect(stray).toEqual([]);
  });

  it('the widget needs only core, lit and lean-qr (the sheet’s QR code) at run time, not the whole data package', () => {
    const { manifest, files, root } = packed.get('widget')!;
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(['@passerelle/core', 'lean-qr', 'lit']);
    // An import or re-export of it, static or dynamic, in the code: doc comments' examples may show one.
    const importsDataPackage = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]@passerelle\/data/;
    const code = (file: string) => readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const importsData = [...files].filter(
      (file) => /\.(js|d\.ts)$/.test(file) && importsDataPackage.test(code(file)),
    );
    expect(importsData).toEqual([]);
  });

  it('the widget describes its elements in custom-elements.json, without the test harnesses', () => {
    const { manifest, files, root } = packed.get('widget')!;
    expect(manifest.customElements).toBe('custom-elements.json');
    expect(manifest.exports?.['./custom-elements.json']).toBe('./custom-elements.json');
    expect(files).toContain('vscode.html-custom-data.json');
    expect(files).toContain('vscode.css-custom-data.json');
    const elements = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
      modules: { path: string; declarations?: { tagName?: string; events?: { name: string }[] }[] }[];
    };
    expect(elements.modules.filter((module) => /test/.test(module.path))).toEqual([]);
    const finder = elements.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'passerelle-finder');
    expect(finder?.events?.map((event) => event.name)).toEqual(
      expect.arrayContaining([
        'passerelle-search',
        'passerelle-select',
        'passerelle-orientation',
        'passerelle-print',
        'passerelle-error',
      ]),
    );
    const vscode = JSON.parse(readFileSync(join(root, 'vscode.html-custom-data.json'), 'utf8')) as {
      tags: { name: string; attributes: { name: string }[] }[];
    };
    expect(
      vscode.tags.find((tag) => tag.name === 'passerelle-finder')?.attributes.map((a) => a.name),
    ).toContain('catalogue');
  });
});

describe('a project that installs the tarballs', () => {
  it('installs them without a warning and without asking a registry', () => {
    expect(install.status, output(install)).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/WARN|ENOENT/);
    expect(realpathSync(join(project, 'node_modules/@passerelle/core'))).not.toContain(
      join(repo, 'packages'),
    );
  });

  it('imports every entry from Node ESM', () => {
    const result = run(process.execPath, ['esm.mjs'], project);
    expect(result.status, output(result)).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      offers: expect.any(Number),
      rulesetValid: true,
      explanation: 'string',
      publish: 'function',
      manifestFile: 'manifest.json',
      widgetExports: expect.arrayContaining(['PasserelleFinder', 'PasserelleCombobox']),
      elements: expect.arrayContaining(['passerelle-finder']),
    });
    expect(report.offers).toBeGreaterThan(0);
    expect(report.searchTotal).toBeGreaterThan(0);
    expect(report.coreExports).toBeGreaterThan(20);
  });

  it('runs the passerelle command it installs', () => {
    const result = run(join(project, 'node_modules/.bin/passerelle'), ['--help'], project);
    expect(result.status, output(result)).toBe(0);
    expect(result.stdout).toContain('Usage : passerelle');
  });

  it.each(['node16', 'bundler'] as const)(
    'type-checks with moduleResolution %s, libraries included',
    (mode) => {
      const compilerOptions = {
        target: 'ES2022',
        module: mode === 'node16' ? 'Node16' : 'ESNext',
        moduleResolution: mode === 'node16' ? 'Node16' : 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        skipLibCheck: false,
      };
      writeFileSync(
        join(project, `tsconfig.${mode}.json`),
        JSON.stringify({ compilerOptions, files: ['types.ts'] }, null, 2),
      );
      const tsc = createRequire(join(repo, 'package.json')).resolve('typescript/bin/tsc');
      const result = run(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`], project);
      expect(result.status, output(result)).toBe(0);
    },
  );

  it('bundles the widget with rollup, the orientation as a lazy chunk', async () => {
    // saxes (core's XML parser, CommonJS) needs the commonjs plugin, as in any rollup setup for npm code.
    const warnings: string[] = [];
    const bundle = await rollup({
      input: join(project, 'bundle-entry.js'),
      plugins: [nodeResolve({ browser: true }), commonjs()],
      onwarn: (warning) => {
        if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT')
          warnings.push(warning.message);
      },
    });
    const { output: chunks } = await bundle.generate({ format: 'es' });
    await bundle.close();
    expect(warnings).toEqual([]);
    const code = chunks.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
    expect(code).toContain("define('passerelle-finder'");
    expect(code).toContain("define('passerelle-orientation'");
    expect(chunks.filter((chunk) => chunk.type === 'chunk').length).toBeGreaterThan(1);
    expect(code).not.toMatch(/from ['"]node:/);
  });
});
