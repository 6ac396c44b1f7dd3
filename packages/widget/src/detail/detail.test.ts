import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';

import { FinderHarness } from '../test-support/finder-harness.js';
import { hostileCatalogue, revokeServed, serveJson, smallCatalogue } from '../test-support/fixtures.js';

afterEach(() => {
  revokeServed();
  // Each test starts from a clean history entry: the widget only touches its own key.
  history.replaceState(null, '');
});

describe('passerelle-finder: detail and back', () => {
  it('opens a training, fires passerelle-select and moves focus to its title', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch('lire');
    const event = oneEvent(harness.element, 'passerelle-select');
    await harness.openCard(0);
    const { detail } = await event;
    expect(detail).to.deep.equal({ offerId: 'F-LIRE', actionId: 'A-LIRE', sessionId: 'S-LIRE-1' });
    const view = harness.detail;
    expect(view?.querySelector('h2')?.textContent).to.equal('Remise à niveau : lire, écrire, compter');
    expect(view?.textContent).to.contain('Lire et écrire les documents de tous les jours.');
    expect(view?.textContent).to.contain('Du lundi 11 janvier 2027 au vendredi 26 mars 2027');
    expect(view?.textContent).to.contain('Avoir 16 ans ou plus.');
    expect(view?.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:0556000001');
    expect(view?.querySelector('a[href^="mailto:"]')?.getAttribute('href')).to.equal(
      'mailto:accueil@exemple.org',
    );
    expect(view?.querySelector('a[href*="openstreetmap.org"]')?.getAttribute('href')).to.contain(
      'mlat=44.83780',
    );
    await waitUntil(() => harness.focused?.id === 'detail-title', 'focus on the detail title');
  });

  it('lists the information meetings still to come, soonest first', async () => {
    const withMeetings = smallCatalogue();
    withMeetings.offers[0]!.actions[0]!.informationDates = ['2027-02-09', '2026-11-17', '2027-01-12'];
    const harness = await FinderHarness.create({ catalogue: serveJson(withMeetings) });
    await harness.typeSearch('lire');
    await harness.openCard(0);
    expect(
      harness.detail?.querySelector('.information-meetings')?.textContent?.replace(/\s+/g, ' ').trim(),
    ).to.equal('Réunions d’information : mardi 12 janvier 2027, mardi 9 février 2027');
  });

  it('goes back to the results with the browser back button and restores focus', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.openCard(1);
    expect(harness.detail).to.be.instanceOf(HTMLElement);
    history.back();
    await waitUntil(() => harness.detail === null, 'the detail view closes on popstate');
    await waitUntil(
      () => harness.focused?.classList.contains('card-title') === true,
      'focus back on the card',
    );
    expect(harness.cardTitles).to.have.length(4);
  });

  it('goes back with its own « Retour aux résultats » button, keyboard only', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    const title = harness.$$('.card-title')[0] as HTMLButtonElement;
    title.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.detail !== null, 'detail opens with Enter');
    (harness.$('.back') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness.detail === null, 'detail closes');
  });

  it('lets a keyboard user open the filters and choose a programme', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    (harness.$('.toggle-filters') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await harness.update();
    expect(harness.$('.toggle-filters')?.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(harness.focused?.id).to.equal('programme');
    await sendKeys({ press: 'ArrowDown' });
    await harness.update();
    expect(harness.cardTitles).to.have.members([
      'Remise à niveau : lire, écrire, compter',
      'Français langue étrangère : parler au quotidien',
    ]);
  });

  it('« Nouvelle personne » clears the text, the filters and the place', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch('cariste');
    await harness.openFilters();
    await harness.check('presentiel');
    (harness.$('.new-person') as HTMLButtonElement).click();
    await harness.update();
    expect(harness.search.input.value).to.equal('');
    expect(harness.cardTitles).to.have.length(4);
    expect(harness.$('.toggle-filters')?.getAttribute('aria-expanded')).to.equal('false');
  });

  it('« Nouvelle personne » forgets the previous person’s suggestions', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.search.type('fran');
    expect(harness.search.optionLabels.length).to.be.greaterThan(0);
    (harness.$('.new-person') as HTMLButtonElement).click();
    await harness.update();
    await aTimeout(150);
    await harness.update();
    expect(harness.search.optionLabels).to.deep.equal([]);
    expect(harness.search.expanded).to.equal(false);
  });

  it('« Nouvelle personne » goes back to the place the webmaster preset with near', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()), near: '33000' });
    await harness.openFilters();
    await harness.select('radius', '');
    expect(harness.cardTitles).to.include('Français langue étrangère : parler au quotidien');
    (harness.$('.new-person') as HTMLButtonElement).click();
    await harness.update();
    await waitUntil(() => harness.place.input.value !== '', 'the preset place is not back', {
      timeout: 2000,
    });
    await harness.update();
    expect(harness.place.input.value).to.equal('Bordeaux');
    expect(harness.$$('.results .distance').map((node) => node.textContent)).to.include('à moins de 1 km');
    // Back to the preset 30 km around Bordeaux: Périgueux is out again.
    expect(harness.cardTitles).not.to.include('Français langue étrangère : parler au quotidien');
  });

  it('explains a programme badge with « C’est quoi ? »', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch('lire');
    const details = harness.$('.card details.programme') as HTMLDetailsElement;
    expect(details.querySelector('summary')?.textContent).to.contain('C’est quoi ?');
    details.querySelector('summary')?.click();
    expect(details.open).to.equal(true);
    // The explanations are fetched on this first opening, not with the first load.
    await waitUntil(() => details.querySelector('p')?.textContent?.includes('parcours de formation gratuit'));
  });

  it('fires passerelle-print and prints', async () => {
    const harness = await FinderHarness.create({
      catalogue: serveJson(smallCatalogue()),
      partner: 'Restos du Cœur de Bordeaux',
    });
    await harness.openCard(0);
    const print = window.print;
    let printed = 0;
    window.print = () => (printed += 1);
    try {
      const event = oneEvent(harness.element, 'passerelle-print');
      const button = harness.$$('.detail button').find((node) => node.textContent?.trim() === 'Imprimer');
      button?.click();
      await event;
      expect(printed).to.equal(1);
      expect(harness.$('.partner-line')?.textContent).to.equal('Fiche remise par Restos du Cœur de Bordeaux');
    } finally {
      window.print = print;
    }
  });
});

describe('passerelle-finder: untrusted catalogue text', () => {
  it('renders HTML and scripts in catalogue text as plain text', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(hostileCatalogue()) });
    expect(harness.cardTitles[0]).to.equal('<img src=x onerror="window.__pwned=1">Atelier <b>cuisine</b>');
    expect(harness.$('.results img')).to.equal(null);
    await harness.openCard(0);
    expect(harness.detail?.querySelector('script, img, b')).to.equal(null);
    await aTimeout(50);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('never links javascript:, data: or disguised schemes', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(hostileCatalogue()) });
    await harness.openCard(0);
    const hrefs = [...(harness.detail?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).to.be.greaterThan(0);
    for (const href of hrefs) expect(href).to.match(/^(https?:|mailto:|tel:)/);
    expect(hrefs).to.include('https://exemple.org/ok');
  });
});
