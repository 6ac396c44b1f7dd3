import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

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

  it('names the word no training contains when nothing matches at all', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch('xyzzq');
    await waitUntil(() => harness.$('.empty-missing'), 'the empty state names the word');
    expect(harness.$('[part="empty"] h3')?.textContent).to.contain('Aucune formation ne correspond');
    expect(harness.$('.empty-missing')?.textContent?.trim()).to.equal(
      'Aucune formation ne contient « xyzzq ».',
    );
    await expect(harness.element).to.be.accessible();
  });

  it('shows the programmes people’s words chose as a chip, removed by keyboard with the new count announced', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    const hasWordsChip = () => harness.$('.chips .chip[data-filter="words"]') !== null;
    await harness.typeSearch('sans diplome ');
    const chip = harness.$('.chips .chip[data-filter="words"]');
    expect(chip?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Retirer le filtre : HSP « 1er niveau de qualification » ou Actions de préqualification (d’après votre recherche) ×',
    );
    expect(harness.cardTitles).to.deep.equal(['Découvrir les métiers de l’aide à domicile']);
    await expect(harness.element).to.be.accessible();
    chip?.focus();
    await sendKeys({ press: 'Enter' });
    await harness.update();
    expect(hasWordsChip()).to.equal(false);
    expect(harness.cardTitles).to.have.length(4);
    expect(harness.status).to.equal(
      'Filtre retiré : HSP « 1er niveau de qualification » ou Actions de préqualification (d’après votre recherche). 4 formations trouvées.',
    );
    expect(harness.root.activeElement?.matches('passerelle-combobox.search-input')).to.equal(true);
    // The same words keep the chip away; other people's words choose again.
    await harness.search.press('Escape');
    await harness.search.press('Escape');
    await harness.typeSearch('sans diplome');
    expect(hasWordsChip()).to.equal(false);
    await harness.search.press('Escape');
    await harness.search.press('Escape');
    await harness.typeSearch('parler francais');
    expect(harness.$('.chips .chip[data-filter="words"]')?.textContent).to.contain(
      'HSP « Socle de compétences »',
    );
  });

  it('reads « handicap » as accessible trainings: a removable chip and Cap emploi first', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch('handicap ');
    const chip = harness.$('.chips .chip[data-filter="words"]');
    expect(chip?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Retirer le filtre : Accessible aux personnes en situation de handicap (d’après votre recherche) ×',
    );
    expect(harness.cardTitles).to.deep.equal(['Cariste : conduite de chariots élévateurs']);
    expect(harness.$('[part="relay-hint"]')?.textContent).to.contain('Cap emploi');
    await expect(harness.element).to.be.accessible();
    chip?.focus();
    await sendKeys({ press: 'Enter' });
    await harness.update();
    expect(harness.$('.chips .chip[data-filter="words"]')).to.equal(null);
    expect(harness.cardTitles.length).to.be.greaterThan(1);
    expect(harness.status).to.contain('Filtre retiré : Accessible aux personnes en situation de handicap');
    expect(harness.$('[part="relay-hint"]')?.textContent).to.contain('Cap emploi');
  });

  it('reads « jeune » as the trainings aimed at young people, in a chip beside the Mission locale', async () => {
    const harness = await FinderHarness.create({
      catalogue: serveJson(
        catalogue([
          offer({
            id: 'F-JEUNE',
            title: 'Prépa apprentissage',
            actions: [action(towns.bordeaux, { id: 'A-JEUNE', targetPublics: ['81024'] })],
          }),
          offer({ id: 'F-TOUS', title: 'Commis de cuisine' }),
        ]),
      ),
    });
    await harness.typeSearch('jeune ');
    expect(harness.$('.chips .chip[data-filter="words"]')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Retirer le filtre : Pour les jeunes (d’après votre recherche) ×',
    );
    expect(harness.cardTitles).to.deep.equal(['Prépa apprentissage']);
    expect(harness.$('[part="relay-hint"]')?.textContent).to.contain('Mission locale');
    await expect(harness.element).to.be.accessible();
  });

  it('keeps the relay hint and « Être orienté » when the words chip is removed', async () => {
    const harness = await FinderHarness.create({
      catalogue: serveJson(
        catalogue([
          offer({ id: 'F-VAE', title: 'Accompagnement à la VAE', programmes: ['vae'] }),
          offer({ id: 'F-CUI', title: 'Commis de cuisine', programmes: ['qualifying-training'] }),
        ]),
      ),
    });
    const hasWordsChip = () => harness.$('.chips .chip[data-filter="words"]') !== null;
    await harness.typeSearch('vae');
    expect(hasWordsChip()).to.equal(true);
    expect(harness.$('[part="relay-hint"]')?.textContent).to.contain('point info VAE');
    (harness.$('.chips .chip[data-filter="words"]') as HTMLButtonElement).click();
    await harness.update();
    expect(hasWordsChip()).to.equal(false);
    expect(harness.$('[part="relay-hint"]')?.textContent).to.contain('point info VAE');
    expect(harness.$('[part="relay-hint"] button')?.textContent?.trim()).to.equal('Être orienté');
    expect(harness.cardTitles).to.deep.equal(['Accompagnement à la VAE']);
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
