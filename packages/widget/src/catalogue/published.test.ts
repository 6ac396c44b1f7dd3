import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

import '../define.js';
import type { PasserelleFinder } from '../finder/passerelle-finder.js';
import { FinderHarness } from '../test-support/finder-harness.js';
import { fixtureToday, revokeServed, serveJson } from '../test-support/fixtures.js';
import { MemoryLogger } from '../internal/logger.js';
import { combinerCode } from './lazy-combine.js';

/**
 * A folder written by `passerelle publish` from the hand-written test catalogue (24: one offer,
 * 33: 26 offers), served by the test runner as any web server would.
 */
const folder = new URL('/packages/widget/src/catalogue/published-fixture/', location.href).href;
const manifestUrl = `${folder}manifest.json`;

interface FileEntry {
  url: string;
  hash: string;
  bytes: number;
}
interface ManifestJson {
  shards: { departement: string; url: string; search?: FileEntry }[];
  [key: string]: unknown;
}

async function manifestJson(): Promise<ManifestJson> {
  return (await (await fetch(manifestUrl)).json()) as ManifestJson;
}

/** A copy of the published manifest, served from a `blob:` URL of this page's origin, its URLs made absolute. */
function serveManifest(manifest: ManifestJson): string {
  for (const shard of manifest.shards) {
    shard.url = new URL(shard.url, folder).href;
    if (shard.search) shard.search.url = new URL(shard.search.url, folder).href;
  }
  const communes = manifest['communes'] as FileEntry[];
  for (const file of communes) file.url = new URL(file.url, folder).href;
  return serveJson(manifest);
}

/** Records every URL the page fetches, and can hold the responses of some until released. */
class FetchSpy {
  readonly urls: string[] = [];
  private readonly realFetch = window.fetch;
  private readonly held: (() => void)[] = [];

  constructor(
    private readonly hold: (url: string) => boolean = () => false,
    /** A body served instead of the real file, as a compromised server would. */
    private readonly replace: (url: string) => string | undefined = () => undefined,
  ) {
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      this.urls.push(url);
      if (this.hold(url)) await new Promise<void>((resolve) => this.held.push(resolve));
      const body = this.replace(url);
      if (body !== undefined) return new Response(body);
      return this.realFetch.call(window, input, init);
    };
  }

  release(): void {
    for (const resolve of this.held.splice(0)) resolve();
  }

  restore(): void {
    this.release();
    window.fetch = this.realFetch;
  }

  fetched(part: string): string[] {
    return this.urls.filter((url) => url.includes(part));
  }
}

let spy: FetchSpy | undefined;

afterEach(() => {
  spy?.restore();
  spy = undefined;
  revokeServed();
  history.replaceState(null, '');
});

async function finder(catalogue: string, attributes: { allowOrigins?: string; departement?: string } = {}) {
  const logger = new MemoryLogger();
  const element = await fixture<PasserelleFinder>(
    html`<passerelle-finder
      .logger=${logger}
      .today=${fixtureToday}
      catalogue=${catalogue}
      departement=${attributes.departement ?? ''}
      allow-origins=${attributes.allowOrigins ?? ''}
    ></passerelle-finder>`,
  );
  return new FinderHarness(element, logger);
}

describe('passerelle-finder: published folders', () => {
  it('loads the prebuilt search files, not the full catalogue shards', async () => {
    spy = new FetchSpy();
    const harness = await FinderHarness.create({ catalogue: manifestUrl });
    expect(harness.status).to.equal('27 formations trouvées.');
    expect(spy.fetched('recherche-')).to.have.length(2);
    expect(spy.fetched('catalogue-')).to.have.length(0);
    expect(spy.fetched('details-')).to.have.length(0);
    await harness.typeSearch('français');
    expect(harness.cardTitles).to.deep.equal(['Français langue étrangère : parler au quotidien']);
  });

  it('shows the search box and the results of the shards already there while another is held', async () => {
    spy = new FetchSpy((url) => url.includes('recherche-33'));
    const harness = await finder(manifestUrl);
    await waitUntil(() => harness.$('passerelle-combobox.search-input'), 'no search box', { timeout: 5000 });
    await waitUntil(() => harness.cardTitles.length === 1, 'the 24 results did not come', { timeout: 5000 });
    expect(harness.cardTitles).to.deep.equal(['Français langue étrangère : parler au quotidien']);
    expect(harness.$('.shard-loading')?.textContent?.trim()).to.equal('Chargement de la Gironde…');
    expect(harness.status).to.equal('1 formation trouvée. Chargement de la Gironde…');
    // The person can type while the Gironde is on its way.
    await harness.typeSearch('cariste');
    expect(harness.cardTitles).to.deep.equal([]);
    spy.release();
    await harness.settled();
    expect(harness.$('.shard-loading')).to.equal(null);
    expect(harness.cardTitles).to.deep.equal(['Cariste : conduite de chariots élévateurs']);
  });

  it('keeps, over two départements, what the search says besides its hits: partial words, relay, cut text', async () => {
    const harness = await FinderHarness.create({ catalogue: manifestUrl });
    await harness.typeSearch('xyzzq cariste ');
    const note = harness.$('[part="match-note"]')?.textContent ?? '';
    expect(note).to.contain('Aucune formation ne contient « xyzzq ».');
    expect(note).to.contain('Voici celles qui parlent de « cariste ».');
    expect(harness.cardTitles).to.deep.equal(['Cariste : conduite de chariots élévateurs']);
    await harness.typeSearch('jeune ');
    expect(harness.$('[part="relay-hint"]')?.textContent).to.contain('Mission locale');
    await harness.typeSearch(`cariste ${'mot '.repeat(40)}`);
    expect(harness.$('[part="match-note"]')?.textContent).to.contain('Votre texte était trop long');
  });

  it('says so, with « Réessayer », when the code that searches several départements does not come', async () => {
    const realLoad = combinerCode.load;
    let attempts = 0;
    combinerCode.load = () => {
      attempts += 1;
      if (attempts > 1) return realLoad();
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    try {
      const harness = await finder(manifestUrl);
      await waitUntil(() => harness.$('[part="error"]'), 'no error box', { timeout: 5000 });
      expect(harness.$('[part="error"]')?.getAttribute('role')).to.equal('alert');
      expect(harness.logger.messages.join('\n')).to.contain(
        'Le module de recherche sur plusieurs départements n’a pas pu être chargé',
      );
      (harness.$('[part="error"] button') as HTMLButtonElement).click();
      await waitUntil(() => harness.status === '27 formations trouvées.', 'no results after retry', {
        timeout: 5000,
      });
      expect(attempts).to.equal(2);
    } finally {
      combinerCode.load = realLoad;
    }
  });

  it('refuses a file whose SHA-256 differs from the manifest, visibly and with an event', async () => {
    const manifest = await manifestJson();
    const gironde = manifest.shards.find((shard) => shard.departement === '33')!;
    gironde.search!.hash = '0'.repeat(64);
    const url = serveManifest(manifest);
    const logger = new MemoryLogger();
    const el = document.createElement('passerelle-finder') as PasserelleFinder;
    el.logger = logger;
    el.today = fixtureToday;
    el.setAttribute('catalogue', url);
    const error = oneEvent(el, 'passerelle-error');
    document.body.append(el);
    try {
      const { detail } = await error;
      expect(detail.code).to.equal('hash-mismatch');
      expect(detail.message).to.contain('recherche-33');
      expect(detail.message).to.contain('empreinte SHA-256');
      const harness = new FinderHarness(el, logger);
      await harness.settled();
      expect(harness.alert?.textContent).to.contain('le fichier reçu n’est pas celui prévu');
      // The Dordogne, whose file is intact, is still there; nothing of the Gironde is shown.
      expect(harness.cardTitles).to.deep.equal(['Français langue étrangère : parler au quotidien']);
      expect(logger.messages.some((message) => message.includes('0000000000000000'))).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('refuses every file, and says so, when all of them are tampered with', async () => {
    const manifest = await manifestJson();
    for (const shard of manifest.shards) shard.search!.hash = 'f'.repeat(64);
    const harness = await FinderHarness.create({ catalogue: serveManifest(manifest) });
    expect(harness.alert?.textContent).to.contain('ne peuvent pas s’afficher');
    expect(harness.cardTitles).to.deep.equal([]);
  });

  it('refuses the listed files when the page cannot check them (no Web Crypto outside https)', async () => {
    // What a page served over plain http sees: crypto.subtle is absent outside secure contexts.
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const harness = await finder(manifestUrl);
      const { detail } = await oneEvent(harness.element, 'passerelle-error');
      expect(detail.code).to.equal('insecure-context');
      expect(detail.message).to.contain('https');
      await harness.settled();
      expect(harness.alert?.textContent).to.contain('ne peuvent pas s’afficher');
      expect(harness.cardTitles).to.deep.equal([]);
    } finally {
      delete (crypto as { subtle?: SubtleCrypto }).subtle;
    }
    expect(crypto.subtle).to.be.instanceOf(SubtleCrypto);
  });

  describe('files on another origin', () => {
    // The runner serves the page on localhost; 127.0.0.1 is the same server under another origin.
    const other = new URL(folder);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';

    function crossOriginManifest(manifest: ManifestJson): string {
      const dordogne = manifest.shards.find((shard) => shard.departement === '24')!;
      dordogne.search!.url = new URL(dordogne.search!.url, other).href;
      return serveManifest(manifest);
    }

    it('refuses a search file outside the manifest’s origin by default', async () => {
      spy = new FetchSpy();
      const url = crossOriginManifest(await manifestJson());
      const harness = await finder(url);
      const { detail } = await oneEvent(harness.element, 'passerelle-error');
      expect(detail.code).to.equal('origin-refused');
      expect(detail.message).to.contain('allow-origins');
      await harness.settled();
      expect(harness.alert?.textContent).to.contain('le fichier reçu n’est pas celui prévu');
      expect(harness.cardTitles).to.have.length(20);
      expect(harness.cardTitles).not.to.include('Français langue étrangère : parler au quotidien');
      // Refused before any request: the other origin never hears of the page.
      expect(spy.urls.filter((fetched) => fetched.startsWith(other.origin))).to.deep.equal([]);
    });

    it('fetches it when the webmaster allows that origin', async () => {
      spy = new FetchSpy();
      const url = crossOriginManifest(await manifestJson());
      const harness = await finder(url, { allowOrigins: `https://cdn.example.org, ${other.origin}/` });
      await harness.settled();
      expect(spy.urls.filter((fetched) => fetched.startsWith(other.origin))).to.have.length(1);
      expect(harness.alert).to.equal(null);
      expect(harness.status).to.equal('27 formations trouvées.');
    });
  });

  it('opening a training fetches only its details file, with a loading state', async () => {
    spy = new FetchSpy((url) => url.includes('details-'));
    const harness = await finder(manifestUrl);
    await harness.settled();
    await harness.typeSearch('cariste');
    await harness.openCard(0);
    expect(harness.$('.detail-loading')?.textContent).to.contain('Chargement de la fiche');
    expect(harness.status).to.equal('Chargement de la fiche de la formation…');
    expect(spy.fetched('details-')).to.have.length(1);
    expect(spy.fetched('details-')[0]).to.contain('details-33-0.');
    spy.release();
    await waitUntil(() => harness.detail, 'the detail did not open', { timeout: 5000 });
    expect(harness.detail?.querySelector('h2')?.textContent).to.equal(
      'Cariste : conduite de chariots élévateurs',
    );
    // Only the one file: not the catalogue shards, not the other département's details.
    expect(spy.fetched('details-')).to.have.length(1);
    expect(spy.fetched('catalogue-')).to.have.length(0);
  });

  it('shows a French error, with a way back, when a details file is refused', async () => {
    const manifest = await manifestJson();
    // A search file listing its details file with a wrong hash, and a manifest that matches it.
    const gironde = manifest.shards.find((shard) => shard.departement === '33')!;
    const search = (await (await fetch(new URL(gironde.search!.url, folder))).json()) as {
      details: { files: FileEntry[] };
    };
    for (const file of search.details.files) file.hash = 'a'.repeat(64);
    const text = JSON.stringify(search);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    gironde.search!.hash = [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    spy = new FetchSpy(
      () => false,
      (url) => (url.includes('recherche-33') ? text : undefined),
    );
    const harness = await FinderHarness.create({ catalogue: serveManifest(manifest) });
    await harness.typeSearch('cariste');
    const error = oneEvent(harness.element, 'passerelle-error');
    await harness.openCard(0);
    expect((await error).detail.code).to.equal('hash-mismatch');
    await harness.update();
    expect(harness.alert?.textContent).to.contain('Cette fiche ne peut pas s’afficher');
    (harness.$('.detail-status .back') as HTMLButtonElement).click();
    await waitUntil(() => harness.cardTitles.length > 0, 'back did not return to the list', {
      timeout: 5000,
    });
    expect(harness.cardTitles).to.deep.equal(['Cariste : conduite de chariots élévateurs']);
  });

  it('shows the first 20 results, then more on demand, announced, with focus on the first new one', async () => {
    const harness = await FinderHarness.create({ catalogue: manifestUrl });
    expect(harness.cardTitles).to.have.length(20);
    const more = harness.$('.more') as HTMLButtonElement;
    expect(more.textContent?.trim()).to.equal('Voir plus de formations');
    more.focus();
    more.click();
    await harness.update();
    expect(harness.cardTitles).to.have.length(27);
    expect(harness.status).to.equal('27 formations affichées sur 27.');
    expect(harness.$('.more')).to.equal(null);
    const cards = harness.$$('.results .card-title');
    expect(harness.focused).to.equal(cards[20]);
  });

  it('still loads a single catalogue file with no manifest', async () => {
    const single = new URL('/tests/browser/fixtures/catalogue-33.json', location.href).href;
    const harness = await FinderHarness.create({ catalogue: single });
    expect(harness.alert).to.equal(null);
    expect(harness.cardTitles.length).to.be.greaterThan(0);
  });
});
