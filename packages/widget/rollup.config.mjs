// Builds what `<script src>` loads: a tiny classic loader (dist/passerelle.js) and the widget as ES
// modules beside it (dist/cdn/), split so that the first load carries the search only and the
// orientation comes when it is opened. The npm build (ESM + .d.ts) is tsc -b's job, not rollup's.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
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

const banner = '/*! @passerelle/widget — MIT. Includes Lit (BSD-3-Clause). */';

const modules = {
  input: { 'passerelle-finder': 'src/cdn.ts' },
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
    terser({ format: { comments: /^!/ }, compress: { passes: 2 } }),
  ],
};

const loader = {
  input: 'src/loader.ts',
  output: { file: 'dist/passerelle.js', format: 'iife', sourcemap: false, banner },
  plugins: [
    typescript({ tsconfig: './tsconfig.bundle.json', noEmitOnError: true }),
    terser({ format: { comments: /^!/ } }),
  ],
};

export default [modules, loader];
