/**
 * End to end: the built one-file script (run `pnpm build` first) on a folder written by
 * `passerelle publish`, under a strict CSP with Trusted Types: the search-file reader and the
 * details come as the page needs them, and nothing breaks the policy.
 */
import {
  cardTitles,
  expect,
  openPage,
  requestedUrls,
  waitUntil,
  type WebmasterPage,
} from '../../packages/widget/test-support/e2e.js';

let page: WebmasterPage | undefined;

afterEach(() => {
  page?.remove();
  page = undefined;
});

describe('the one-file script on a published folder', () => {
  it('loads the search files and one details file under a strict CSP with Trusted Types', async () => {
    page = await openPage('/tests/browser/pages/published-strict-csp.html');
    const win = page.window as typeof page.window & { cspViolations: string[] };
    expect(cardTitles(page)).to.have.length(20);
    const urls = requestedUrls(page);
    expect(urls.filter((url) => url.includes('/recherche-'))).to.have.length(2);
    expect(urls.some((url) => url.includes('/cdn/chunks/search-file-'))).to.equal(true);
    expect(urls.some((url) => url.includes('/details-'))).to.equal(false);
    (page.root.querySelector('.card-title') as HTMLElement).click();
    await waitUntil(() => page?.root.querySelector('.detail h2'), 'the detail opens');
    expect(requestedUrls(page).filter((url) => url.includes('/details-'))).to.have.length(1);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });
});
