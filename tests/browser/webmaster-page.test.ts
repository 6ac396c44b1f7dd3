/**
 * End to end: the built one-file script (packages/widget/dist/passerelle.js, run `pnpm build` first)
 * in plain HTML pages written the way a webmaster would, with fictitious data served as static files.
 */
import {
  cardTitles,
  expect,
  openPage,
  requestedUrls,
  sendKeys,
  waitUntil,
  type WebmasterPage,
} from '../../packages/widget/test-support/e2e.js';

let page: WebmasterPage | undefined;

afterEach(() => {
  page?.remove();
  page = undefined;
});

describe('the one-file script on a webmaster’s page', () => {
  it('registers the element even when the page includes the script twice', async () => {
    page = await openPage('/tests/browser/pages/departements.html');
    expect(page.window.pageErrors).to.deep.equal([]);
    expect(page.window.customElements.get('passerelle-finder')).to.be.a('function');
  });

  it('fetches only the shards of the départements the webmaster preset', async () => {
    page = await openPage('/tests/browser/pages/departements.html');
    const urls = requestedUrls(page);
    expect(urls.some((url) => url.includes('catalogue-33.json?v='))).to.equal(true);
    expect(urls.some((url) => url.includes('catalogue-24.json?v='))).to.equal(true);
    expect(urls.some((url) => url.includes('catalogue-47.json'))).to.equal(false);
    expect(cardTitles(page)).to.have.length(3);
    expect(page.root.querySelector('[part="demo-label"] strong')?.textContent).to.equal(
      'Données de démonstration (fictives)',
    );
  });

  it('shows what it can when one shard fails validation, and says the list may be incomplete', async () => {
    page = await openPage('/tests/browser/pages/all.html');
    expect(cardTitles(page)).to.have.length(3);
    expect(page.root.querySelector('.notice')?.textContent).to.contain('n’a pas pu être chargée');
    const errors = page.window.passerelleEvents.filter((event) => event.name === 'passerelle-error');
    expect(errors).to.have.length(1);
    expect((errors[0]?.detail as { code: string }).code).to.equal('shard-failed');
    expect((errors[0]?.detail as { message: string }).message).to.contain('catalogue-47.json');
  });

  it('suggests communes from the manifest’s communes files, fetched only when a place is typed', async () => {
    page = await openPage('/tests/browser/pages/departements.html');
    expect(requestedUrls(page).some((url) => url.includes('communes-'))).to.equal(false);
    (page.root.querySelector('.toggle-filters') as HTMLElement).click();
    await waitUntil(() =>
      page?.root.querySelector('passerelle-combobox.place-input')?.shadowRoot?.querySelector('input'),
    );
    const place = page.root.querySelector('passerelle-combobox.place-input') as HTMLElement;
    const input = place.shadowRoot?.querySelector('input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'pess' });
    await waitUntil(
      () => place.shadowRoot?.querySelector('[role="option"]')?.textContent?.includes('Pessac'),
      'Pessac (a commune with no training) comes from communes-33.json',
    );
    expect(requestedUrls(page).some((url) => url.includes('communes-33.json?v='))).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => page && cardTitles(page)[0] === 'Cariste : conduite de chariots élévateurs',
      'closest first',
    );
  });

  it('centres a single catalogue file on the near postal code', async () => {
    page = await openPage('/tests/browser/pages/single.html');
    expect(cardTitles(page)[0]).to.equal('Cariste : conduite de chariots élévateurs');
    expect(page.root.querySelector('.results .distance')?.textContent).to.equal('à moins de 1 km');
  });

  it('makes no request outside the page’s own site', async () => {
    page = await openPage('/tests/browser/pages/departements.html');
    const origin = page.window.location.origin;
    for (const url of requestedUrls(page)) expect(new URL(url).origin).to.equal(origin);
    expect(page.document.cookie).to.equal('');
  });

  it('inherits the page’s font and fits a 320 px column', async () => {
    page = await openPage('/tests/browser/pages/departements.html', 320);
    expect(page.window.getComputedStyle(page.finder).fontFamily).to.contain('Georgia');
    expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('tells the page about searches and selections through its events', async () => {
    page = await openPage('/tests/browser/pages/departements.html');
    const input = page.root
      .querySelector('passerelle-combobox.search-input')
      ?.shadowRoot?.querySelector('input');
    input?.focus();
    await sendKeys({ type: 'cariste' });
    await waitUntil(() => page?.window.passerelleEvents.some((event) => event.name === 'passerelle-search'));
    const search = page.window.passerelleEvents.find((event) => event.name === 'passerelle-search');
    expect(search?.detail).to.deep.equal({
      text: 'cariste',
      filters: { departements: ['33', '24'] },
      total: 1,
    });
    (page.root.querySelector('.card-title') as HTMLElement).click();
    await waitUntil(() => page?.window.passerelleEvents.some((event) => event.name === 'passerelle-select'));
    const select = page.window.passerelleEvents.find((event) => event.name === 'passerelle-select');
    expect(select?.detail).to.deep.equal({
      offerId: 'E-CARISTE',
      actionId: 'E-CARISTE-A',
      sessionId: 'E-CARISTE-S',
    });
  });

  it('works under a strict CSP with Trusted Types, and loads the orientation only when its tab opens', async () => {
    page = await openPage('/tests/browser/pages/strict-csp.html');
    const win = page.window as typeof page.window & { cspViolations: string[] };
    expect(cardTitles(page)).to.have.length(3);
    const lazyRequested = () =>
      requestedUrls(page!).some((url) => url.includes('/cdn/chunks/') && url.includes('orientation'));
    expect(lazyRequested(), 'no lazy module before the orientation is opened').to.equal(false);
    (page.root.querySelector('#tab-orientation') as HTMLElement).click();
    const orientation = () => page?.root.querySelector('passerelle-orientation')?.shadowRoot;
    await waitUntil(
      () => orientation()?.querySelector('#orientation-title'),
      'the orientation module arrives',
    );
    expect(lazyRequested()).to.equal(true);
    (orientation()?.querySelector('button.primary') as HTMLElement).click();
    await waitUntil(() => orientation()?.querySelector('#question-title'), 'the first question shows');
    expect(orientation()?.querySelector('#question-title')?.textContent).to.contain('?');
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
