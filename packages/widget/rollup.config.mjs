// Builds the one-file script for `<script src>`: Lit, core and the shipped rulesets in a single
// self-registering IIFE. The npm build (ESM + .d.ts) is tsc -b's job, not rollup's.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { fileURLToPath } from 'node:url';

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
      // See build-support/saxes-browser-stub.js: the LHÉO importer's XML parser stays out of the bundle.
      name: 'saxes-browser-stub',
      resolveId(source) {
        return source === 'saxes'
          ? fileURLToPath(new URL('./build-support/saxes-browser-stub.js', import.meta.url))
          : null;
      },
    },
    // Built packages (dist) rather than sources: the root build runs tsc -b first.
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    json({ preferConst: true, compact: true }),
    typescript({ tsconfig: './tsconfig.bundle.json', noEmitOnError: true }),
    terser({ format: { comments: /^!/ }, compress: { passes: 2 } }),
  ],
};
