// Server commands for tests/browser/examples.test.ts, which opens every page of examples/ in an
// iframe of the test page. What a page in the browser cannot see for itself is read here, through
// the test page's puppeteer page: the console (of every frame), the requests that failed, the list
// of example pages on disk, and axe-core run inside the example's frame (evaluated through the
// DevTools protocol, so the page's strict CSP does not have to allow it).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const fromWidget = createRequire(new URL('../../packages/widget/package.json', import.meta.url));
const fromChai = createRequire(
  createRequire(fromWidget.resolve('@open-wc/testing')).resolve('chai-a11y-axe'),
);
const axeSource = readFileSync(fromChai.resolve('axe-core/axe.min.js'), 'utf8');

/** @type {WeakMap<object, { console: string[]; failed: string[] }>} */
const records = new WeakMap();

function recordsOf(page) {
  let found = records.get(page);
  if (found) return found;
  found = { console: [], failed: [] };
  records.set(page, found);
  const record = found;
  page.on('console', (message) => {
    if (!['error', 'warn', 'warning', 'assert'].includes(message.type())) return;
    const where = message.location()?.url ?? '';
    record.console.push(`${message.type()}: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => record.console.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A request the page cancels on purpose (the widget aborts a load when its catalogue or
    // départements change, a removed iframe stops its own) has not failed.
    if (reason === 'net::ERR_ABORTED') return;
    record.failed.push(`${request.url()} ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) record.failed.push(`${response.url()} HTTP ${response.status()}`);
  });
  return record;
}

export function examplesPlugin() {
  return {
    name: 'examples-pages',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('examples-')) return undefined;
      const page = session.browser.getPage(session.id);
      switch (command) {
        case 'examples-list':
          return readdirSync(examples)
            .filter((name) => name.endsWith('.html'))
            .sort();
        case 'examples-watch': {
          const record = recordsOf(page);
          record.console.length = 0;
          record.failed.length = 0;
          return true;
        }
        case 'examples-report': {
          const record = recordsOf(page);
          return { console: [...record.console], failed: [...record.failed] };
        }
        case 'examples-axe': {
          const frame = page.frames().find((candidate) => candidate.url().endsWith(payload.path));
          if (!frame) throw new Error(`no frame shows ${payload.path}`);
          await frame.evaluate(axeSource);
          return frame.evaluate(async () => {
            // eslint-disable-next-line no-undef -- axe is the global the source above defines
            const results = await axe.run(document, { resultTypes: ['violations'] });
            return results.violations.map(
              (violation) =>
                `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
                  .slice(0, 3)
                  .map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`)
                  .join(' | ')}`,
            );
          });
        }
        default:
          return undefined;
      }
    },
  };
}
