// Builds the one-file script for `<script src>`: Lit, core and the shipped rulesets in a single
// self-registering IIFE. The npm build (ESM + .d.ts) is tsc -b's job, not rollup's.
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

export default {
  input: 'src/cdn.ts',
  output: {
    file: 'dist/passerelle.js',
    format: 'iife',
    sourcemap: false,
    banner: '/*! @passerelle/widget — MIT. Includes Lit (BSD-3-Clause). */',
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
    // Built packages (dist) rather than sources: the root build runs tsc -b first.
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    json({ preferConst: true, compact: true }),
    typescript({ tsconfig: './tsconfig.bundle.json', noEmitOnError: true }),
    terser({ format: { comments: /^!/ }, compress: { passes: 2 } }),
  ],
};
