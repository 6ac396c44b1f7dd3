import { QUERY_LIMITS } from '@passerelle/core';
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { FinderIndex } from '../internal/engine.js';

import '../define.js';

import { FinderHarness } from '../test-support/finder-harness.js';
import {
  action,
  catalogue,
  fixtureToday,
  offer,
  revokeServed,
  serveJson,
  session,
  smallCatalogue,
  towns,
} from '../test-support/fixtures.js';

afterEach(() => {
  revokeServed();
  // Each test starts from a clean history entry: the widget only touches its own key.
  history.replaceState(null, '');
});

describe('passerelle-finder: searching', () => {
  it('updates the results and the announced count as you type', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch('cariste');
    expect(harness.cardTitles).to.deep.equal(['Cariste : conduite de chariots élévateurs']);
    expect(harness.status).to.equal('1 formation trouvée.');
  });

  it('shows new results by the next frame after a keystroke, and announces the count once typing pauses', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    const input = harness.search.input;
    input.focus();
    input.value = 'cariste';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(harness.cardTitles).to.deep.equal(['Cariste : conduite de chariots élévateurs']);
    expect(harness.status).to.equal('4 formations trouvées.');
    await waitUntil(
      () => harness.status === '1 formation trouvée.',
      'the count is announced after the pause',
    );
  });

  it('suggests trainings while typing and takes a suggestion with the keyboard only', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    const search = harness.search;
    await search.type('fran');
    expect(search.expanded).to.equal(true);
    const labels = search.optionLabels;
    const position = labels.indexOf('Français langue étrangère : parler au quotidien');
    expect(position).to.be.at.least(0);
    for (let step = 0; step <= position; step += 1) await search.press('ArrowDown');
    expect(search.activeLabel).to.equal('Français langue étrangère : parler au quotidien');
    await search.press('Enter');
    await harness.update();
    expect(search.expanded).to.equal(false);
    expect(search.input.value).to.equal('Français langue étrangère : parler au quotidien');
    expect(harness.cardTitles).to.deep.equal(['Français langue étrangère : parler au quotidien']);
  });

  it('wraps around the suggestions with the arrow keys', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    const search = harness.search;
    await search.type('c');
    const labels = search.optionLabels;
    expect(labels.length).to.be.greaterThan(1);
    await search.press('ArrowUp');
    expect(search.activeLabel).to.equal(labels[labels.length - 1]);
    await search.press('ArrowDown');
    expect(search.activeLabel).to.equal(labels[0]);
  });

  it('closes the list with Escape, then clears the field with a second Escape', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    const search = harness.search;
    await search.type('cari');
    expect(search.expanded).to.equal(true);
    await search.press('Escape');
    expect(search.expanded).to.equal(false);
    expect(search.input.value).to.equal('cari');
    await search.press('Escape');
    await harness.update();
    expect(search.input.value).to.equal('');
    expect(harness.cardTitles).to.have.length(4);
  });

  it('fires passerelle-search once typing pauses, with the text, filters and total', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()), departement: '33' });
    const event = oneEvent(harness.element, 'passerelle-search');
    await harness.typeSearch('cariste');
    const { detail } = await event;
    expect(detail).to.deep.equal({ text: 'cariste', filters: { departements: ['33'] }, total: 1 });
  });

  it('caps the search field at the length core reads (QUERY_LIMITS.maxChars)', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    const input = harness.search.input;
    expect(input.maxLength).to.equal(QUERY_LIMITS.maxChars);
  });

  it('shows what to try next when nothing matches', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch('astronaute');
    expect(harness.status).to.equal('Aucune formation trouvée.');
    expect(harness.$('[part="empty"]')?.textContent).to.contain('Aucune formation ne correspond');
    (harness.$('.clear-text') as HTMLButtonElement).click();
    await harness.update();
    expect(harness.cardTitles).to.have.length(4);
  });

  it('searches again only when the search changes: suggestions and the filter panel opening do not', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    // The finder's index (a private field, read for the test): count the result searches, those
    // with filters (the suggestions' own searches have none).
    const index = (harness.element as unknown as { catalogueState: { index: FinderIndex } }).catalogueState
      .index;
    const search = index.search.bind(index);
    const texts: string[] = [];
    index.search = (query) => {
      if (query.filters) texts.push(query.text ?? '');
      return search(query);
    };
    await harness.typeSearch('cariste');
    expect(texts.at(-1)).to.equal('cariste');
    expect(harness.search.optionLabels.length).to.be.greaterThan(0);
    texts.length = 0;
    await harness.openFilters();
    await aTimeout(450);
    await harness.update();
    expect(texts).to.deep.equal([]);
    await harness.check('permanent-entries');
    expect(texts).to.deep.equal(['cariste']);
  });

  it('shows more results on demand', async () => {
    const many = catalogue(
      Array.from({ length: 25 }, (_, index) =>
        offer({ id: `F-${index}`, title: `Formation numéro ${index + 1}` }),
      ),
    );
    const harness = await FinderHarness.create({ catalogue: serveJson(many) });
    expect(harness.cardTitles).to.have.length(20);
    (harness.$('.more') as HTMLButtonElement).click();
    await harness.update();
    expect(harness.cardTitles).to.have.length(25);
  });
});

describe('passerelle-finder: sessions still open on the pinned today', () => {
  // `today` is pinned to 2026-12-01 by the harness.
  const calendar = () =>
    catalogue([
      offer({
        id: 'F-STARTED',
        title: 'Couture : retouches',
        actions: [action(towns.bordeaux, { id: 'A-STARTED', sessions: [session({ start: '2026-11-02' })] })],
      }),
      offer({
        id: 'F-RUNNING',
        title: 'Cuisine de collectivité',
        actions: [
          action(towns.merignac, {
            id: 'A-RUNNING',
            entries: 'permanent',
            sessions: [session({ id: 'S-RUNNING', start: '2026-09-01', end: '2027-06-30' })],
          }),
        ],
      }),
      offer({
        id: 'F-NEXT',
        title: 'Jardinier paysagiste',
        actions: [
          action(towns.libourne, {
            id: 'A-NEXT',
            sessions: [
              session({ id: 'S-PAST', start: '2026-10-05', end: '2026-11-27' }),
              session({ id: 'S-NEXT', start: '2027-01-11', end: '2027-03-26' }),
            ],
          }),
        ],
      }),
    ]);

  it('leaves out a fixed-date session already started and keeps a running permanent-entry one', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(calendar()) });
    expect(harness.cardTitles).to.have.members(['Cuisine de collectivité', 'Jardinier paysagiste']);
    const lines = harness.$$('.card').map((card) => card.querySelector('.next-session')?.textContent);
    expect(lines).to.have.members([
      'Entrée possible toute l’année',
      'Prochaine session : lundi 11 janvier 2027',
    ]);
  });

  it('lists only sessions still open in the detail', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(calendar()) });
    await harness.typeSearch('jardinier');
    await harness.openCard(0);
    expect(harness.detail?.querySelector('[data-session-id="S-PAST"]')).to.equal(null);
    expect(harness.detail?.querySelector('[data-session-id="S-NEXT"]')).to.be.instanceOf(HTMLElement);
  });

  it('offers start dates from today on and searches again when today changes', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(calendar()) });
    await harness.openFilters();
    expect((harness.$('#start-from') as HTMLInputElement).min).to.equal(fixtureToday);
    expect(harness.cardTitles).to.have.length(2);
    harness.element.today = '2026-10-01';
    await harness.update();
    expect(harness.cardTitles).to.have.length(3);
  });
});
