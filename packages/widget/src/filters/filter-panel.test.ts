import { expect, oneEvent } from '@open-wc/testing';

import '../define.js';

import { FinderHarness } from '../test-support/finder-harness.js';
import { revokeServed, serveJson, smallCatalogue } from '../test-support/fixtures.js';

afterEach(() => {
  revokeServed();
  // Each test starts from a clean history entry: the widget only touches its own key.
  history.replaceState(null, '');
});

describe('passerelle-finder: filters', () => {
  it('filters by programme, teaching mode, permanent entries and disability access', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.openFilters();
    await harness.select('programme', 'hsp-socle');
    expect(harness.cardTitles).to.have.length(2);
    await harness.check('distance');
    expect(harness.cardTitles).to.deep.equal(['Français langue étrangère : parler au quotidien']);
    await harness.select('programme', '');
    await harness.check('distance');
    await harness.check('permanent-entries');
    expect(harness.cardTitles).to.deep.equal(['Cariste : conduite de chariots élévateurs']);
    await harness.check('permanent-entries');
    await harness.check('disability-access');
    expect(harness.cardTitles).to.deep.equal(['Cariste : conduite de chariots élévateurs']);
  });

  it('filters by start date', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.openFilters();
    const date = harness.$('#start-from') as HTMLInputElement;
    date.value = '2027-04-01';
    date.dispatchEvent(new Event('change'));
    await harness.update();
    // Only the May session starts after April 1st.
    expect(harness.cardTitles).to.deep.equal(['Découvrir les métiers de l’aide à domicile']);
  });

  it('searches around a town chosen with the commune autocomplete', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.openFilters();
    const place = harness.place;
    await place.type('peri');
    expect(place.optionLabels).to.deep.equal(['Périgueux']);
    await place.press('ArrowDown');
    await place.press('Enter');
    await harness.update();
    expect(harness.cardTitles).to.deep.equal(['Français langue étrangère : parler au quotidien']);
    // Libourne is about 80 km from Périgueux, Bordeaux and Mérignac more than 100 km.
    await harness.select('radius', '100');
    expect(harness.cardTitles).to.deep.equal([
      'Français langue étrangère : parler au quotidien',
      'Découvrir les métiers de l’aide à domicile',
    ]);
  });

  it('finds a town by postal code', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.openFilters();
    await harness.place.type('33500');
    await harness.place.press('Enter');
    await harness.update();
    expect(harness.cardTitles[0]).to.equal('Découvrir les métiers de l’aide à domicile');
  });

  it('asks for the position only when « Autour de moi » is clicked', async () => {
    const calls: string[] = [];
    const original = navigator.geolocation.getCurrentPosition;
    navigator.geolocation.getCurrentPosition = (success) => {
      calls.push('asked');
      success({ coords: { latitude: 45.18, longitude: 0.72 } } as GeolocationPosition);
    };
    try {
      const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
      await harness.openFilters();
      expect(calls).to.deep.equal([]);
      const searched = oneEvent(harness.element, 'passerelle-search');
      (harness.$('.around-me') as HTMLButtonElement).click();
      await harness.update();
      expect(calls).to.deep.equal(['asked']);
      expect(harness.cardTitles).to.deep.equal(['Français langue étrangère : parler au quotidien']);
      // The position is not handed to the host page.
      const { detail } = await searched;
      expect(detail.filters).to.deep.equal({ radiusKm: 30 });
    } finally {
      navigator.geolocation.getCurrentPosition = original;
    }
  });

  it('offers a wider radius when nothing is close enough', async () => {
    // Libourne is about 28 km from Bordeaux.
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()), near: '33000' });
    await harness.openFilters();
    await harness.select('radius', '10');
    await harness.typeSearch('domicile');
    expect(harness.$('.wider')?.textContent?.trim()).to.equal('Chercher jusqu’à 30 km (1 formation)');
    (harness.$('.wider') as HTMLButtonElement).click();
    await harness.update();
    expect(harness.cardTitles).to.deep.equal(['Découvrir les métiers de l’aide à domicile']);
    await harness.search.press('Escape');
    await harness.search.press('Escape');
    await harness.typeSearch('francais');
    await harness.select('radius', '10');
    expect(harness.$('.wider')).to.equal(null);
    expect(harness.$('.anywhere')?.textContent?.trim()).to.equal(
      'Chercher sans limite de distance (1 formation)',
    );
  });
});

describe('passerelle-finder: chips of the active filters', () => {
  it('shows a removable chip per active filter, and counts them on the filters button', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    expect(harness.$('.chips')).to.equal(null);
    await harness.openFilters();
    await harness.select('programme', 'hsp-socle');
    await harness.check('distance');
    const chips = harness.$$('.chip').map((chip) => chip.textContent?.replace(/\s+/g, ' ').trim());
    expect(chips).to.have.length(2);
    expect(chips[1]).to.equal('Retirer le filtre : À distance ×');
    expect(harness.$('.toggle-filters')?.textContent).to.contain('2 filtres choisis');
    expect(harness.cardTitles).to.deep.equal(['Français langue étrangère : parler au quotidien']);
    harness.$('.chip[data-filter="distance"]')?.click();
    await harness.update();
    expect(harness.cardTitles).to.have.length(2);
    expect((harness.$('input[name="distance"]') as HTMLInputElement).checked).to.equal(false);
    expect(harness.$$('.chip')).to.have.length(1);
  });

  it('forgets the place when its chip is removed', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()), near: '33000' });
    const chip = harness.$('.chip[data-filter="centre"]');
    expect(chip?.textContent).to.contain('Bordeaux, 30 km');
    chip?.click();
    await harness.update();
    expect(harness.$('.chip[data-filter="centre"]')).to.equal(null);
    await harness.openFilters();
    expect(harness.place.input.value).to.equal('');
  });
});
