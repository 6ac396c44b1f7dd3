/**
 * End to end: every page of examples/ (what `pnpm start` serves), opened as a visitor would, with
 * the built one-file script (run `pnpm build` and `pnpm passerelle build-demo --out
 * examples/demo-data` first). Each page renders, its searches return trainings, it logs no error or
 * warning, no request fails, and axe finds nothing to fix.
 */
import { executeServerCommand, expect, sendKeys, waitUntil } from '../../packages/widget/test-support/e2e.js';

interface ExamplePage {
  readonly frame: HTMLIFrameElement;
  readonly window: Window;
  readonly document: Document;
  readonly finders: HTMLElement[];
  readonly path: string;
}

interface Report {
  console: string[];
  failed: string[];
}

let opened: ExamplePage | undefined;

afterEach(() => {
  opened?.frame.remove();
  opened = undefined;
});

/** Opens examples/<name> in an iframe and waits until every widget of it has left its loading state. */
async function openExample(name: string, width = 1280): Promise<ExamplePage> {
  await executeServerCommand('examples-watch');
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.title = name;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const path = `/examples/${name}`;
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) throw new Error(`${path} did not load`);
  const finders = [...doc.querySelectorAll<HTMLElement>('passerelle-finder')];
  if (finders.length > 0) await win.customElements.whenDefined('passerelle-finder');
  await waitUntil(
    () => finders.every((finder) => finder.shadowRoot && !finder.shadowRoot.querySelector('.loading')),
    `the widgets of ${path} are still loading`,
    { timeout: 8000 },
  );
  opened = { frame, window: win, document: doc, finders, path };
  return opened;
}

function root(finder: HTMLElement): ShadowRoot {
  if (!finder.shadowRoot) throw new Error('the widget has no shadow root');
  return finder.shadowRoot;
}

function cardTitles(finder: HTMLElement): string[] {
  return [...root(finder).querySelectorAll('.results[part="results"] .card-title')].map(
    (node) => node.textContent?.trim() ?? '',
  );
}

/** Types into the widget's search field, as a person does, and waits for the search it reports. */
async function search(finder: HTMLElement, text: string): Promise<{ text: string; total: number }> {
  const reported = new Promise<{ text: string; total: number }>((resolve) =>
    finder.addEventListener('passerelle-search', (event) => {
      const detail = (event as CustomEvent<{ text: string; total: number }>).detail;
      if (detail.text === text) resolve(detail);
    }),
  );
  const input = root(finder)
    .querySelector('passerelle-combobox.search-input')
    ?.shadowRoot?.querySelector('input');
  if (!input) throw new Error('no search field');
  input.focus();
  await sendKeys({ type: text });
  const detail = await reported;
  await waitUntil(() => cardTitles(finder).length > 0, `results for « ${text} »`);
  return detail;
}

async function expectCleanPage(page: ExamplePage): Promise<void> {
  const report = await executeServerCommand<Report, undefined>('examples-report');
  expect(report.console, `console of ${page.path}`).to.deep.equal([]);
  expect(report.failed, `failed requests of ${page.path}`).to.deep.equal([]);
  const violations = await executeServerCommand<string[], { path: string }>('examples-axe', {
    path: page.path,
  });
  expect(violations, `axe on ${page.path}`).to.deep.equal([]);
}

const pages = await executeServerCommand<string[], undefined>('examples-list');

describe('the example pages', () => {
  it('are all linked from examples/index.html', async () => {
    const page = await openExample('index.html');
    const linked = new Set(
      [...page.document.querySelectorAll<HTMLAnchorElement>('a[href$=".html"]')].map((link) =>
        new URL(link.href).pathname.replace('/examples/', ''),
      ),
    );
    expect(pages.filter((name) => name !== 'index.html' && !linked.has(name))).to.deep.equal([]);
  });

  for (const name of pages) {
    for (const width of [360, 1280]) {
      it(`${name} at ${width} px renders its widgets, finds trainings, and is clean`, async () => {
        const page = await openExample(name, width);
        expect(page.document.title, 'labelled demo in its title').to.match(/démonstration|exemple/i);
        expect(page.document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
        for (const finder of page.finders) {
          expect(root(finder).querySelector('[part="demo-label"]'), 'the demo data label').to.exist;
          if (finder.getAttribute('mode') === 'orientation') {
            const orientation = () => root(finder).querySelector('passerelle-orientation')?.shadowRoot;
            await waitUntil(() => orientation()?.querySelector('button.primary'), 'the orientation shows');
            (orientation()?.querySelector('button.primary') as HTMLElement).click();
            await waitUntil(() => orientation()?.querySelector('#question-title'), 'the first question');
          } else {
            const found = await search(finder, 'lire');
            expect(found.total).to.be.above(0);
          }
        }
        await expectCleanPage(page);
      });
    }
  }
});
