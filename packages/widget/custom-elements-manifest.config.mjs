// @custom-elements-manifest/analyzer: what `custom-elements.json` describes (the elements a page can
// use, their attributes, events, parts and CSS custom properties) and the VS Code custom data
// generated from it. Tests and their harnesses are not part of the public surface.
import { vscodeCustomData } from './build-support/vscode-custom-data.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-support/**', 'src/**/*.bench.ts'],
  outdir: '.',
  litelement: true,
  plugins: [vscodeCustomData()],
};
