// @web/test-runner: the widget's component tests (TypeScript sources, through esbuild) and the
// end-to-end tests of the built one-file script (tests/browser), in Debian's headless Chromium.
import { Buffer } from 'node:buffer';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { countsReporter } from './test-support/counts-reporter.mjs';
import { examplesPlugin } from '../../tests/browser/examples-plugin.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  // Debian's package; without it, chrome-launcher looks in the usual places.
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const executablePath = chromePath();
const cdpSessions = new WeakMap();

export default {
  rootDir: repoRoot,
  files: ['src/**/*.test.ts', '../../tests/browser/**/*.test.*'],
  // `source` first: @passerelle/core and @passerelle/data resolve to their TypeScript sources.
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  // A published folder allows other origins, as docs/publishing.md asks of a CDN: the widget's
  // allow-origins tests fetch it from 127.0.0.1 while the page is on localhost.
  middleware: [
    async (context, next) => {
      await next();
      if (context.path.includes('/published-fixture/')) context.set('Access-Control-Allow-Origin', '*');
    },
  ],
  plugins: [
    a11ySnapshotPlugin(),
    examplesPlugin(),
    {
      // emulateMedia cannot ask Chromium for forced colours (Playwright-only there, and puppeteer
      // refuses the feature name): this command speaks CDP directly.
      name: 'emulate-media-features',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-media-features') return undefined;
        const page = session.browser.getPage(session.id);
        cdpSessions.set(page, cdpSessions.get(page) ?? (await page.createCDPSession()));
        await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
        return true;
      },
    },
    {
      // The printed page count of the test page, as Chromium prints it on A4 (for the take-away sheet).
      name: 'pdf-page-count',
      async executeCommand({ command, session }) {
        if (command !== 'pdf-page-count') return undefined;
        const page = session.browser.getPage(session.id);
        const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
        return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      },
    },
    {
      // Node-only imports replaced for the browser: the LHÉO importer's XML parser (see
      // build-support/saxes-browser-stub.js).
      name: 'browser-only-imports',
      resolveImport({ source }) {
        if (source === 'saxes') return '/packages/widget/build-support/saxes-browser-stub.js';
        return undefined;
      },
    },
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        ...(executablePath ? { executablePath } : {}),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One page at a time: a background tab gets no animation frames, which stalls fixtures.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
  reporters: [
    defaultReporter(),
    countsReporter(new URL('.cache/test-reports/browser.json', `file://${repoRoot}`)),
  ],
};
