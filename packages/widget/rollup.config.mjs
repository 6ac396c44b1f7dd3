// Builds what `<script src>` loads: a tiny classic loader (dist/passerelle.js) and the widget as ES
// modules beside it (dist/cdn/), split so that the first load carries the search only and the
// orientation comes when it is opened. The npm build (ESM + .d.ts) is tsc -b's job, not rollup's.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function minifyCss(body) {
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * zod (bundled through core) makes two notices that are not ours to act on and change nothing in
 * the output: a circular import between its own modules, and comments that look like annotations.
 * Only those, only from zod; every other warning still shows.
 */
function onwarn(warning, warn) {
  const fromZod = (id) => /[\\/]node_modules[\\/]zod[\\/]/.test(id ?? '');
  if (warning.code === 'CIRCULAR_DEPENDENCY' && (warning.ids ?? []).every(fromZod)) return;
  if (warning.code === 'INVALID_ANNOTATION' && fromZod(warning.id)) return;
  warn(warning);
}

const banner = '/*! @passerelle/widget — MIT. Includes Lit (BSD-3-Clause). */';

const modules = {
  input: { 'passerelle-finder': 'src/cdn.ts' },
  onwarn,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Lazy parts carry a content hash: a CDN may cache them forever.
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
    banner,
  },
  plugins: [
    {
      // Node-only imports replaced for the browser (see build-support/saxes-browser-stub.js).
      name: 'browser-only-imports',
      resolveId(source) {
        // The LHÉO importer's XML parser stays out of the bundle.
        if (source === 'saxes')
          return fileURLToPath(new URL('./build-support/saxes-browser-stub.js', import.meta.url));
        return null;
      },
    },
    {
      // Core scores with plain fuzzy search over string lists; fuse.js's « basic » build does exactly
      // that without extended/logical/token search (and throws if one is asked for): about 4 KB less.
      name: 'fuse-basic',
      async resolveId(source, importer) {
        if (source !== 'fuse.js') return null;
        return this.resolve('fuse.js/basic', importer, { skipSelf: true });
      },
    },
    {
      // Lit's css`` blocks are shipped as written; squeezing their whitespace and comments is safe
      // (our style sheets have no interpolations) and worth a few kilobytes.
      name: 'minify-css-literals',
      transform(code, id) {
        if (!id.endsWith('.styles.ts')) return null;
        return {
          code: code.replace(/css\s*`([^`$]*)`/g, (_, body) => `css\`${minifyCss(body)}\``),
          map: null,
        };
      },
    },
    {
      // A ruleset's worked examples are for its tests and docs, not for the browser.
      name: 'ruleset-examples-out',
      transform(code, id) {
        if (!/[\\/]rulesets[\\/][^\\/]+\.json$/.test(id)) return null;
        const { examples, ...ruleset } = JSON.parse(code);
        return examples === undefined ? null : { code: JSON.stringify(ruleset), map: null };
      },
    },
    // Built packages (dist) rather than sources: the root build runs tsc -b first.
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    json({ preferConst: true, compact: true }),
    typescript({ tsconfig: './tsconfig.bundle.json', outDir: 'dist/cdn', noEmitOnError: true }),
    // ES modules: terser may rename top-level names and use ES2020 syntax (the chunks are modules).
    terser({ module: true, ecma: 2020, format: { comments: /^!/ }, compress: { passes: 3 } }),
  ],
};

const loader = {
  input: 'src/loader.ts',
  output: { file: 'dist/passerelle.js', format: 'iife', sourcemap: false, banner },
  plugins: [
    typescript({ tsconfig: './tsconfig.bundle.json', noEmitOnError: true }),
    terser({ format: { comments: /^!/ } }),
    {
      // `import '@passerelle/widget/passerelle.js'` type-checks and types querySelector('passerelle-finder').
      name: 'script-types',
      generateBundle() {
        this.emitFile({
          type: 'asset',
          fileName: 'passerelle.d.ts',
          source:
            '// dist/passerelle.js registers the elements when loaded (a classic script); it exports nothing.\n' +
            "import './define.js';\nexport {};\n",
        });
      },
    },
  ],
};

// The npm build (tsc's dist/) imports three small modules of @passerelle/data: the rulesets (for the
// orientation), the programmes' summaries and their explanations. Rather than make every consumer
// install the whole data package (territories, demo generator, CLI: megabytes), they are bundled
// once into dist/data/ and tsc's output is pointed at them; @passerelle/data stays a dev dependency.
const vendoredData = {
  '@passerelle/data/rulesets': 'rulesets',
  '@passerelle/data/programmes': 'programmes',
  '@passerelle/data/explanations': 'explanations',
};
const distDir = fileURLToPath(new URL('./dist/', import.meta.url));
const vendorDir = join(distDir, 'data');

function* npmBuildFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== vendorDir && path !== join(distDir, 'cdn')) yield* npmBuildFiles(path);
    } else if (/\.(js|d\.ts)$/.test(entry.name) && path !== join(distDir, 'passerelle.js')) {
      yield path;
    }
  }
}

const pointAtVendoredData = {
  name: 'point-npm-build-at-vendored-data',
  writeBundle() {
    const specifier = /(['"])(@passerelle\/data(?:\/[\w-]+)?)\1/g;
    for (const file of npmBuildFiles(distDir)) {
      const text = readFileSync(file, 'utf8');
      const rewritten = text.replace(specifier, (whole, quote, name) => {
        const stem = vendoredData[name];
        if (stem === undefined) {
          this.error(
            `${relative(distDir, file)} importe ${name}, que le paquet publié n'embarque pas : ajoutez-le à vendoredData (rollup.config.mjs).`,
          );
        }
        const target = relative(dirname(file), join(vendorDir, `${stem}.js`)).replaceAll('\\', '/');
        return `${quote}${target.startsWith('.') ? target : `./${target}`}${quote}`;
      });
      if (rewritten !== text) writeFileSync(file, rewritten);
    }
  },
};

const vendor = {
  input: Object.fromEntries(Object.entries(vendoredData).map(([name, stem]) => [stem, name])),
  output: {
    dir: 'dist/data',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name].js',
    sourcemap: false,
    banner: '/*! @passerelle/data (rulesets and programme texts) — MIT. */',
  },
  plugins: [
    nodeResolve({ exportConditions: ['import', 'default'] }),
    json({ preferConst: true, compact: true }),
    pointAtVendoredData,
  ],
};

export default [modules, loader, vendor];
