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
          // An orientation-only widget shows no loading box: its catalogue may still be on its way.
          await waitUntil(() => root(finder).querySelector('[part="demo-label"]'), 'the demo data label', {
            timeout: 8000,
          });
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

interface ElementsManifest {
  modules: {
    declarations?: {
      tagName?: string;
      customElement?: boolean;
      attributes?: { name: string }[];
      events?: { name: string }[];
      cssProperties?: { name: string }[];
      cssParts?: { name: string }[];
      slots?: { name: string }[];
    }[];
  }[];
}

describe('the « Intégrer Passerelle » page', () => {
  async function openConfigurator(): Promise<ExamplePage> {
    const page = await openExample('integrer.html');
    await waitUntil(() => page.document.body.dataset.ready === 'true', 'the configurator is ready');
    return page;
  }

  const snippetOf = (page: ExamplePage) => page.document.getElementById('snippet')?.textContent ?? '';
  const previewsOf = (page: ExamplePage) => page.finders.filter((finder) => finder.id.startsWith('preview-'));
  const field = <T extends HTMLElement>(page: ExamplePage, selector: string): T => {
    const found = page.document.querySelector<T>(selector);
    if (!found) throw new Error(`no field ${selector}`);
    return found;
  };

  it('documents every attribute, event, custom property, part and slot of custom-elements.json', async () => {
    const page = await openConfigurator();
    const manifest = (await (
      await fetch('/packages/widget/custom-elements.json')
    ).json()) as ElementsManifest;
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((item) => item.customElement && item.tagName);
    expect(elements.map((item) => item.tagName)).to.include.members([
      'passerelle-finder',
      'passerelle-orientation',
    ]);
    // Element by element: an event both elements fire must be documented under each of them.
    const missing = elements.flatMap((item) => {
      const section = page.document.querySelector(`#reference [data-element="${item.tagName}"]`);
      const documented = new Set(
        [...(section?.querySelectorAll('[data-api]') ?? [])].map((row) => row.getAttribute('data-api')),
      );
      return [
        ...(item.attributes ?? []).map((entry) => `attribute:${entry.name}`),
        ...(item.events ?? []).map((entry) => `event:${entry.name}`),
        ...(item.cssProperties ?? []).map((entry) => `cssProperty:${entry.name}`),
        ...(item.cssParts ?? []).map((entry) => `cssPart:${entry.name}`),
        ...(item.slots ?? []).map((entry) => `slot:${entry.name || '(par défaut)'}`),
      ]
        .filter((entry) => !documented.has(entry))
        .map((entry) => `<${item.tagName}> ${entry}`);
    });
    expect(missing).to.deep.equal([]);
    expect(page.document.querySelectorAll('#reference [data-api]').length).to.be.above(40);
    // What each event carries is said beside its name.
    const search = page.document.querySelector(
      '#reference [data-element="passerelle-finder"] [data-api="event:passerelle-search"]',
    );
    expect(search?.textContent).to.contain('{ text, filters, total }');
    // The orientation tab's element is in sight, not folded away, and says it is not placed by hand
    // and that its events reach the page through the finder.
    const orientation = page.document.querySelector<HTMLElement>(
      '#reference [data-element="passerelle-orientation"]',
    );
    expect(orientation?.closest('details'), 'the orientation element is not folded away').to.equal(null);
    expect(orientation?.querySelector('.internal-note')?.textContent).to.contain('passerelle-orientation');
    expect(orientation?.querySelector('.internal-note')?.textContent).to.contain(
      'écoutez-les sur <passerelle-finder>',
    );
    expect(orientation?.getBoundingClientRect().height).to.be.above(100);
    // The finder is the public one: its own tables make no « interne » caveat.
    const finderSection = page.document.querySelector('#reference [data-element="passerelle-finder"]');
    expect(finderSection?.textContent).not.to.contain('interne');
    // The form offers every attribute and custom property of the finder.
    const finder = elements.find((item) => item.tagName === 'passerelle-finder');
    for (const attribute of finder?.attributes ?? [])
      expect(page.document.querySelector(`[name="attr-${attribute.name}"]`), attribute.name).not.to.equal(
        null,
      );
    for (const property of finder?.cssProperties ?? [])
      expect(page.document.querySelector(`[name="style${property.name}"]`), property.name).not.to.equal(null);
    await expectCleanPage(page);
  });

  it('shows the history of the public API as CHANGELOG.md writes it, from that one file', async () => {
    const page = await openConfigurator();
    const markdown = await (await fetch('/CHANGELOG.md')).text();
    // The page's own HTML holds no copy of it: no version heading, no entry.
    const html = await (await fetch('/examples/integrer.html')).text();
    expect(html).not.to.match(/<h3>\s*(Unreleased|\d+\.\d+\.\d+)/);
    const plain = (text: string) =>
      text
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/`|\*\*/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    // Every version section of the file (« Unreleased », « 0.1.0 »…): its headings and its entries.
    const sections = markdown
      .split(/^(?=## )/m)
      .filter((part) => /^## (Unreleased|\d+\.\d+\.\d+)/.test(part));
    expect(sections.length).to.be.above(0);
    const headings = sections.flatMap((part) =>
      [...part.matchAll(/^#{2,3} (.+)$/gm)].map((match) => plain(match[1]!)),
    );
    const entries = sections.flatMap((part) =>
      [...part.matchAll(/^- (.+(?:\n {2,}.+)*)/gm)].map((match) => plain(match[1]!)),
    );
    expect(entries.length).to.be.above(5);
    const history = page.document.getElementById('changelog');
    const shownHeadings = [...(history?.querySelectorAll('h3, h4') ?? [])].map((node) =>
      plain(node.textContent ?? ''),
    );
    const shownEntries = [...(history?.querySelectorAll('li') ?? [])].map((node) =>
      plain(node.textContent ?? ''),
    );
    expect(shownHeadings).to.deep.equal(headings);
    expect(shownEntries).to.deep.equal(entries);
    // The file's code spans stay code on the page.
    expect(history?.querySelector('li code')?.textContent).to.match(/^[\w@./ -]+/);
    await expectCleanPage(page);
  });

  it('keeps the snippet and both previews in step with the form', async () => {
    const page = await openConfigurator();
    const previews = previewsOf(page);
    expect(previews).to.have.length(2);
    expect(snippetOf(page)).to.contain('catalogue="demo-data/manifest.json"');
    expect(snippetOf(page)).to.contain('departement="33"');
    expect(snippetOf(page)).not.to.contain('mode=');

    field<HTMLInputElement>(page, '#field-mode-search').click();
    await waitUntil(() => snippetOf(page).includes('mode="search"'), 'the snippet says mode="search"');
    for (const preview of previews) {
      expect(preview.getAttribute('mode')).to.equal('search');
      await waitUntil(() => !root(preview).querySelector('[part="tabs"]'), 'the preview drops its tabs');
    }

    field<HTMLInputElement>(page, '#departement-24').click();
    await waitUntil(() => snippetOf(page).includes('departement="24,33"'), 'the snippet lists 24 and 33');
    for (const preview of previews) expect(preview.getAttribute('departement')).to.equal('24,33');

    const near = field<HTMLInputElement>(page, '#field-near');
    near.focus();
    await sendKeys({ type: '330' });
    await waitUntil(() => near.getAttribute('aria-invalid') === 'true', 'a short postal code is refused');
    expect(snippetOf(page)).not.to.contain('near=');
    await sendKeys({ type: '00' });
    await waitUntil(() => snippetOf(page).includes('near="33000"'), 'the snippet gets near="33000"');
    for (const preview of previews) expect(preview.getAttribute('near')).to.equal('33000');

    const programme = field<HTMLSelectElement>(page, '#field-programme');
    programme.value = 'hsp-socle';
    programme.dispatchEvent(new Event('change'));
    await waitUntil(
      () => snippetOf(page).includes('programme="hsp-socle"'),
      'the snippet gets the programme',
    );
    for (const preview of previews) expect(preview.getAttribute('programme')).to.equal('hsp-socle');

    const partner = field<HTMLInputElement>(page, '#field-partner');
    partner.focus();
    await sendKeys({ type: 'Mairie "Les Pins"' });
    await waitUntil(
      () => snippetOf(page).includes('partner="Mairie &quot;Les Pins&quot;"'),
      'the partner, escaped in the snippet',
    );
    for (const preview of previews) expect(preview.getAttribute('partner')).to.equal('Mairie "Les Pins"');

    const accent = field<HTMLInputElement>(page, '[name="style--passerelle-accent"]');
    accent.value = '#006400';
    accent.dispatchEvent(new Event('input'));
    await waitUntil(
      () => snippetOf(page).includes('--passerelle-accent: #006400;'),
      'the colour in the snippet',
    );
    const radius = field<HTMLInputElement>(page, '[name="style--passerelle-radius"]');
    radius.focus();
    await sendKeys({ type: '0' });
    await waitUntil(() => snippetOf(page).includes('--passerelle-radius: 0;'), 'the radius in the snippet');
    for (const preview of previews) {
      const style = page.window.getComputedStyle(preview);
      expect(style.getPropertyValue('--passerelle-accent').trim()).to.equal('#006400');
      expect(style.getPropertyValue('--passerelle-radius').trim()).to.equal('0');
      // The widget itself is painted with them: its cards lose their rounded corners.
      await waitUntil(() => root(preview).querySelector('[part~="card"]'), 'the preview shows trainings');
      const card = root(preview).querySelector('[part~="card"]') as HTMLElement;
      expect(page.window.getComputedStyle(card).borderTopLeftRadius).to.equal('0px');
    }

    field<HTMLSelectElement>(page, '#script-source').value = 'cdn';
    field<HTMLSelectElement>(page, '#script-source').dispatchEvent(new Event('change'));
    await waitUntil(
      () =>
        /src="https:\/\/cdn\.jsdelivr\.net\/npm\/@passerelle\/widget@\d+\.\d+\.\d+\/dist\/passerelle\.js"/.test(
          snippetOf(page),
        ),
      'a versioned CDN address',
    );

    field<HTMLButtonElement>(page, '#reset-styles').click();
    await waitUntil(() => !snippetOf(page).includes('<style>'), 'no style left in the snippet');
    for (const preview of previews)
      expect(page.window.getComputedStyle(preview).getPropertyValue('--passerelle-accent').trim()).to.equal(
        '',
      );
    await expectCleanPage(page);
  });

  it('shows one preview 360 px wide and one across the page, and follows the ruleset and catalogue', async () => {
    const page = await openConfigurator();
    const [phone, wide] = previewsOf(page);
    expect(phone!.getBoundingClientRect().width).to.equal(360);
    expect(wide!.getBoundingClientRect().width).to.be.above(1000);

    const ruleset = field<HTMLSelectElement>(page, '#field-ruleset');
    const programmes = () =>
      [...field<HTMLSelectElement>(page, '#field-programme').options].map((option) => option.value);
    expect(programmes()).to.include('hsp-socle');
    ruleset.value = 'centre-val-de-loire';
    ruleset.dispatchEvent(new Event('change'));
    await waitUntil(
      () => snippetOf(page).includes('ruleset="centre-val-de-loire"'),
      'the ruleset in the snippet',
    );
    expect(programmes()).to.include('visa');
    expect(programmes()).not.to.include('hsp-socle');
    for (const preview of previewsOf(page))
      expect(preview.getAttribute('ruleset')).to.equal('centre-val-de-loire');

    const catalogue = field<HTMLInputElement>(page, '#field-catalogue');
    catalogue.focus();
    catalogue.select();
    await sendKeys({ type: './demo-data/manifest.json' });
    expect(snippetOf(page), 'not tried before Enter').to.contain('catalogue="demo-data/manifest.json"');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => snippetOf(page).includes('catalogue="./demo-data/manifest.json"'),
      'the catalogue in the snippet',
    );
    for (const preview of previewsOf(page)) {
      expect(preview.getAttribute('catalogue')).to.equal('./demo-data/manifest.json');
      await waitUntil(() => cardTitles(preview).length > 0, 'the preview reloads its trainings');
    }
    await expectCleanPage(page);
  });

  it('shows what the previews’ events carry, and nothing a person answered', async () => {
    const page = await openConfigurator();
    const [phone] = previewsOf(page);
    await search(phone!, 'cariste');
    await waitUntil(
      () => page.document.querySelector('#events li')?.textContent?.includes('passerelle-search'),
      'the event log shows the search',
    );
    expect(page.document.querySelector('#events li')?.textContent).to.contain('"text":"cariste"');
    // « Copier le code » copies, or (clipboard refused) selects the code and says to press Ctrl+C.
    field<HTMLButtonElement>(page, '#copy').click();
    await waitUntil(
      () => page.document.getElementById('copy-status')?.textContent,
      'the copy button answers',
    );
    const copied = page.document.getElementById('copy-status')?.textContent ?? '';
    if (copied.includes('Ctrl+C')) expect(page.window.getSelection()?.toString()).to.equal(snippetOf(page));
    else expect(copied).to.contain('Code copié');
    await expectCleanPage(page);
  });
});

describe('the page with hostile CSS', () => {
  it('leaves both widgets in their own look: no inherited capitals, italics, spacing or size', async () => {
    const page = await openExample('css-hostile.html', 360);
    expect(page.finders).to.have.length(2);
    const rootSize = page.window.getComputedStyle(page.document.documentElement).fontSize;
    for (const finder of page.finders) {
      // The page forces 60 px, green, capitals and italics on the element itself, all !important.
      expect(page.window.getComputedStyle(finder).fontSize).to.equal('60px');
      const frame = root(finder).querySelector('.frame') as HTMLElement;
      const style = page.window.getComputedStyle(frame);
      expect(style.fontSize, 'the documented default, 1rem').to.equal(rootSize);
      expect(style.color).to.equal('rgb(26, 26, 26)');
      const title = root(finder).querySelector('.card-title') as HTMLElement;
      const titleStyle = page.window.getComputedStyle(title);
      expect(titleStyle.textTransform).to.equal('none');
      expect(titleStyle.fontStyle).to.equal('normal');
      expect(titleStyle.letterSpacing).to.equal('normal');
      expect(titleStyle.whiteSpace).to.equal('normal');
      // Still as wide as its column, however the page displays the element.
      expect(frame.getBoundingClientRect().width).to.be.above(300);
    }
  });
});
