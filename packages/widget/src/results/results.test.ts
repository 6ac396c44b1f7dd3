import { expect } from '@open-wc/testing';

import '../define.js';

import { FinderHarness } from '../test-support/finder-harness.js';
import {
  action,
  catalogue,
  offer,
  revokeServed,
  serveJson,
  session,
  smallCatalogue,
  towns,
} from '../test-support/fixtures.js';

afterEach(() => {
  revokeServed();
  history.replaceState(null, '');
});

describe('passerelle-finder: honest results', () => {
  it('says which word no training contains and what the partial results talk about', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch('xyzzq cariste ');
    const note = harness.$('[part="match-note"]')?.textContent ?? '';
    expect(note).to.contain('Aucune formation ne contient « xyzzq ».');
    expect(note).to.contain('Voici celles qui parlent de « cariste ».');
    expect(harness.cardTitles).to.deep.equal(['Cariste : conduite de chariots élévateurs']);
    await expect(harness.element).to.be.accessible();
  });

  it('shows no note when every word matched', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch('cariste');
    expect(harness.$('[part="match-note"]')).to.equal(null);
  });

  it('says when a long pasted text was cut', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch(`cariste ${'mot '.repeat(40)}`);
    expect(harness.$('[part="match-note"]')?.textContent).to.contain('Votre texte était trop long');
  });

  it('says the Mission locale comes first for « jeune », with a link that opens « Être orienté »', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch('jeune ');
    const hint = harness.$('[part="relay-hint"]');
    expect(hint?.textContent).to.contain('Mission locale');
    expect(harness.cardTitles.length).to.be.greaterThan(0);
    await expect(harness.element).to.be.accessible();
    (hint?.querySelector('button') as HTMLButtonElement).click();
    await harness.update();
    expect(harness.$('#tab-orientation')?.getAttribute('aria-selected')).to.equal('true');
  });

  it('names the relay without a dead « Être orienté » button when the finder has no orientation tab', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()), mode: 'search' });
    await harness.typeSearch('jeune ');
    expect(harness.$('[part="relay-hint"]')?.textContent).to.contain('Mission locale');
    expect(harness.$('[part="relay-hint"] button')).to.equal(null);
  });

  it('shows one card per training with « 3 sessions : … » and counts trainings', async () => {
    const sessionOn = (id: string, start: string) =>
      action(towns.bordeaux, { id, sessions: [session({ id: `${id}-S`, start })] });
    const harness = await FinderHarness.create({
      catalogue: serveJson(
        catalogue([
          offer({
            id: 'F-ADOM',
            title: 'Aide à domicile',
            actions: [
              sessionOn('A-mars', '2027-03-01'),
              sessionOn('A-janv', '2027-01-11'),
              sessionOn('A-mai', '2027-05-03'),
            ],
          }),
        ]),
      ),
    });
    await harness.typeSearch('aide a domicile');
    expect(harness.cardTitles).to.deep.equal(['Aide à domicile']);
    expect(harness.$('.next-session')?.textContent?.trim()).to.match(/^3 sessions : /);
    expect(harness.status).to.equal('1 formation trouvée.');
  });
});
