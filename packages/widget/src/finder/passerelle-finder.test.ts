import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  a11ySnapshot,
  emulateMedia,
  executeServerCommand,
  sendKeys,
  setViewport,
} from '@web/test-runner-commands';
import '../define.js';
import type { PasserelleFinder } from './passerelle-finder.js';
import { FinderHarness } from '../test-support/finder-harness.js';
import {
  action,
  catalogue,
  fixtureToday,
  hostileCatalogue,
  offer,
  revokeServed,
  serveJson,
  serveText,
  session,
  smallCatalogue,
  towns,
} from '../test-support/fixtures.js';
import { MemoryLogger } from '../internal/logger.js';

afterEach(() => {
  revokeServed();
  // Each test starts from a clean history entry: the widget only touches its own key.
  history.replaceState(null, '');
});

describe('passerelle-finder: loading', () => {
  it('shows and announces loading while the catalogue is on its way', async () => {
    let release: (value: Response) => void = () => undefined;
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>((resolve) => (release = resolve));
    try {
      const el = await fixture<PasserelleFinder>(
        html`<passerelle-finder
          catalogue="/slow.json"
          .today=${fixtureToday}
          .logger=${new MemoryLogger()}
        ></passerelle-finder>`,
      );
      const harness = new FinderHarness(el, new MemoryLogger());
      expect(harness.$('.loading')?.textContent).to.contain('Chargement des formations');
      expect(harness.status).to.equal('Chargement des formations…');
      release(new Response(JSON.stringify(smallCatalogue())));
      await harness.settled();
      expect(harness.status).to.equal('4 formations trouvées.');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('has a status region from the very first render', async () => {
    const el = await fixture<PasserelleFinder>(
      html`<passerelle-finder
        catalogue=${serveJson(smallCatalogue())}
        .today=${fixtureToday}
        .logger=${new MemoryLogger()}
      ></passerelle-finder>`,
    );
    expect(el.shadowRoot?.querySelector('[role="status"]')).to.be.instanceOf(HTMLElement);
  });

  it('labels demo data as fictitious, visibly', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue(true)) });
    expect(harness.$('[part="demo-label"] strong')?.textContent).to.equal(
      'Données de démonstration (fictives)',
    );
  });

  it('does not label real data as a demo', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue(false)) });
    expect(harness.$('[part="demo-label"]')).to.equal(null);
  });
});

describe('passerelle-finder: living in a page', () => {
  it('finishes loading when the page moves it while the catalogue is on its way', async () => {
    const url = serveJson(smallCatalogue());
    const el = await fixture<PasserelleFinder>(
      html`<passerelle-finder
        catalogue=${url}
        .today=${fixtureToday}
        .logger=${new MemoryLogger()}
      ></passerelle-finder>`,
    );
    const other = document.createElement('div');
    document.body.append(other);
    try {
      other.append(el);
      const harness = new FinderHarness(el, new MemoryLogger());
      await harness.settled();
      expect(harness.cardTitles).to.have.length(4);
    } finally {
      other.remove();
    }
  });

  it('loads the catalogue when switched from orientation to search', async () => {
    const harness = await FinderHarness.create({
      catalogue: serveJson(smallCatalogue()),
      mode: 'orientation',
    });
    expect(harness.$('.results')).to.equal(null);
    harness.element.setAttribute('mode', 'search');
    await harness.element.updateComplete;
    await harness.settled();
    expect(harness.cardTitles).to.have.length(4);
  });

  it('keeps two widgets on one page apart in the browser history', async () => {
    const first = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    const second = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await first.openCard(0);
    await second.openCard(1);
    history.back();
    await waitUntil(() => second.detail === null, 'the second widget goes back to its list');
    expect(first.detail).to.be.instanceOf(HTMLElement);
    history.back();
    await waitUntil(() => first.detail === null, 'then the first one');
  });
});

describe('passerelle-finder: errors', () => {
  it('explains a missing catalogue attribute to the webmaster and stays up for the person', async () => {
    const harness = await FinderHarness.create({});
    expect(harness.alert?.textContent).to.contain('pas encore prêt');
    expect(harness.logger.messages[0]).to.contain('L’attribut catalogue est absent');
  });

  it('reports a 404 with the URL, an alert and a retry button', async () => {
    const harness = await FinderHarness.create({ catalogue: '/does-not-exist/catalogue.json' });
    expect(harness.alert?.textContent).to.contain('ne peuvent pas s’afficher');
    expect(harness.$('[role="alert"] button')?.textContent?.trim()).to.equal('Réessayer');
    expect(harness.logger.messages[0]).to.contain('/does-not-exist/catalogue.json a répondu 404');
  });

  it('reports invalid JSON with its line and column', async () => {
    const harness = await FinderHarness.create({ catalogue: serveText('{\n  "format": oops\n}') });
    expect(harness.alert).to.be.instanceOf(HTMLElement);
    expect(harness.logger.messages[0]).to.contain('n’est pas un JSON valide');
    expect(harness.logger.messages[0]).to.contain('blob:');
  });

  it('reports a catalogue that fails validation with the path of each problem', async () => {
    const broken = catalogue([offer({ id: 'F-SANS-TITRE', title: '' })]);
    const harness = await FinderHarness.create({ catalogue: serveJson(broken) });
    expect(harness.alert?.textContent).to.contain('ne peuvent pas s’afficher');
    expect(harness.logger.messages[0]).to.contain('n’est pas un catalogue Passerelle valide');
    expect(harness.logger.messages[0]).to.contain('offers[0].title');
  });

  it('fires passerelle-error with a code and the French message', async () => {
    const el = document.createElement('passerelle-finder') as PasserelleFinder;
    el.logger = new MemoryLogger();
    el.setAttribute('catalogue', '/does-not-exist/catalogue.json');
    const event = oneEvent(el, 'passerelle-error');
    document.body.append(el);
    try {
      const { detail } = await event;
      expect(detail.code).to.equal('http');
      expect(detail.message).to.contain('404');
    } finally {
      el.remove();
    }
  });

  it('loads again when the person presses « Réessayer »', async () => {
    let calls = 0;
    const realFetch = window.fetch;
    window.fetch = (async () => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(smallCatalogue()));
    }) as typeof fetch;
    try {
      const harness = await FinderHarness.create({ catalogue: '/flaky.json' });
      expect(harness.logger.messages[0]).to.contain('n’a pas pu être téléchargé');
      (harness.$('[role="alert"] button') as HTMLButtonElement).click();
      await harness.element.updateComplete;
      await harness.settled();
      expect(harness.alert).to.equal(null);
      expect(harness.cardTitles).to.have.length(4);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('passerelle-finder: manifests of département shards', () => {
  const manifest = '/tests/browser/fixtures/manifest.json';

  it('loads only the shards of the preset départements', async () => {
    const harness = await FinderHarness.create({ catalogue: manifest, departement: '24' });
    expect(harness.cardTitles).to.deep.equal(['Français langue étrangère : parler au quotidien']);
    expect(harness.$('.notice')).to.equal(null);
  });

  it('credits the sources of the communes files it uses (GeoNames asks for attribution)', async () => {
    const harness = await FinderHarness.create({ catalogue: manifest, departement: '24' });
    expect(harness.$('.credits')?.textContent).to.equal(
      'Communes : Etalab (Licence Ouverte). Coordonnées : GeoNames (CC BY 4.0).',
    );
    const single = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    expect(single.$('.credits')).to.equal(null);
  });

  it('shows the valid shards when one fails validation, with a notice, a warning and an event', async () => {
    const el = document.createElement('passerelle-finder') as PasserelleFinder;
    const logger = new MemoryLogger();
    el.logger = logger;
    el.today = fixtureToday;
    el.setAttribute('catalogue', manifest);
    const error = oneEvent(el, 'passerelle-error');
    document.body.append(el);
    try {
      const { detail } = await error;
      expect(detail.code).to.equal('shard-failed');
      const harness = new FinderHarness(el, logger);
      await harness.settled();
      expect(harness.cardTitles).to.have.length(3);
      expect(harness.$('.notice')?.textContent).to.contain('la liste peut être incomplète');
      expect(logger.messages[0]).to.contain('catalogue-47.json');
      expect(logger.messages[0]).to.contain('offers[0].title');
    } finally {
      el.remove();
    }
  });

  it('centres on a near postal code found in the manifest’s communes files', async () => {
    // Pessac has no training: only communes-33.json knows where it is.
    const harness = await FinderHarness.create({ catalogue: manifest, departement: '33', near: '33600' });
    expect(harness.logger.messages).to.deep.equal([]);
    expect(harness.cardTitles[0]).to.equal('Cariste : conduite de chariots élévateurs');
    expect(harness.$$('.results .distance').map((node) => node.textContent)).to.deep.equal([
      'à 4 km',
      'à 5 km',
    ]);
  });

  it('warns when the preset départements have no shard, and loads them all', async () => {
    const harness = await FinderHarness.create({ catalogue: manifest, departement: '75' });
    expect(harness.logger.messages.join('\n')).to.contain('aucun fichier pour les départements 75');
    expect(harness.cardTitles).to.have.length(3);
  });
});

describe('passerelle-finder: attributes', () => {
  it('warns about an unknown mode and falls back to both tabs', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()), mode: 'carte' });
    expect(harness.logger.messages.join('\n')).to.contain('mode="carte" n’est pas reconnu');
    expect(harness.$$('[role="tab"]')).to.have.length(2);
  });

  it('warns about a bad département code and keeps the good ones', async () => {
    const harness = await FinderHarness.create({
      catalogue: serveJson(smallCatalogue()),
      departement: '24, 999',
    });
    expect(harness.logger.messages.join('\n')).to.contain('departement="999"');
    expect(harness.cardTitles).to.deep.equal(['Français langue étrangère : parler au quotidien']);
  });

  it('warns about an unknown programme and ignores it', async () => {
    const harness = await FinderHarness.create({
      catalogue: serveJson(smallCatalogue()),
      programme: 'hsp-inconnu',
    });
    expect(harness.logger.messages.join('\n')).to.contain('programme="hsp-inconnu"');
    expect(harness.cardTitles).to.have.length(4);
  });

  it('presets a programme filter from the attribute', async () => {
    const harness = await FinderHarness.create({
      catalogue: serveJson(smallCatalogue()),
      programme: 'hsp-socle',
    });
    expect(harness.cardTitles).to.have.members([
      'Remise à niveau : lire, écrire, compter',
      'Français langue étrangère : parler au quotidien',
    ]);
  });

  it('presets a place from a postal code and shows distances', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()), near: '33000' });
    expect(harness.cardTitles[0]).to.equal('Remise à niveau : lire, écrire, compter');
    expect(harness.$$('.results .distance').map((node) => node.textContent)).to.include('à moins de 1 km');
    // Périgueux is more than 30 km away.
    expect(harness.cardTitles).not.to.include('Français langue étrangère : parler au quotidien');
  });

  it('warns about a near value that is not a postal code', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()), near: 'Bordeaux' });
    expect(harness.logger.messages.join('\n')).to.contain('near="Bordeaux"');
    expect(harness.cardTitles).to.have.length(4);
  });

  it('in orientation mode shows programme explanations and says the questionnaire is coming', async () => {
    const harness = await FinderHarness.create({ mode: 'orientation' });
    expect(harness.$('[part="orientation"]')?.textContent).to.contain('arrive bientôt');
    const programmes = harness.$$('.orientation .programme-explained');
    expect(programmes).to.have.length(6);
    expect(programmes[0]?.textContent).to.contain('HSP « Socle de compétences »');
    expect(programmes[0]?.textContent).to.contain('Comment entrer ?');
    expect(harness.alert).to.equal(null);
  });
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

  it('shows what to try next when nothing matches', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.typeSearch('astronaute');
    expect(harness.status).to.equal('Aucune formation trouvée.');
    expect(harness.$('[part="empty"]')?.textContent).to.contain('Aucune formation ne correspond');
    (harness.$('.clear-text') as HTMLButtonElement).click();
    await harness.update();
    expect(harness.cardTitles).to.have.length(4);
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
    expect(details.querySelector('p')?.textContent).to.contain('parcours de formation gratuit');
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

describe('passerelle-finder: theming and layout', () => {
  it('takes its colours from --passerelle-* custom properties', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    harness.element.style.setProperty('--passerelle-accent', 'rgb(128, 0, 64)');
    harness.element.style.setProperty('--passerelle-radius', '0px');
    const button = harness.$('.toggle-filters') as HTMLElement;
    expect(getComputedStyle(button).color).to.equal('rgb(128, 0, 64)');
    expect(getComputedStyle(button).borderTopLeftRadius).to.equal('0px');
  });

  it('inherits the host page font', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif">
        <passerelle-finder
          catalogue=${serveJson(smallCatalogue())}
          .today=${fixtureToday}
          .logger=${new MemoryLogger()}
        ></passerelle-finder>
      </div>`,
    );
    const el = wrapper.querySelector('passerelle-finder') as PasserelleFinder;
    expect(getComputedStyle(el).fontFamily).to.contain('Georgia');
  });

  it('exposes parts for host styling', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    for (const part of ['search', 'filters', 'results', 'card', 'card-title', 'badge', 'demo-label']) {
      expect(harness.$(`[part~="${part}"]`), part).to.be.instanceOf(HTMLElement);
    }
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
      await harness.openFilters();
      const wide = [harness.element, ...harness.$$('*')].filter(
        (node) => node.getBoundingClientRect().right > 321,
      );
      expect(wide.map((node) => `${node.tagName}.${node.className}`)).to.deep.equal([]);
      expect(harness.element.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('prints a clean sheet: the training, not the search controls, with the partner’s name', async () => {
    const harness = await FinderHarness.create({
      catalogue: serveJson(smallCatalogue()),
      partner: 'Association fictive',
    });
    await harness.openCard(0);
    await emulateMedia({ media: 'print' });
    try {
      const hidden = (selector: string) =>
        getComputedStyle(harness.$(selector) as HTMLElement).display === 'none';
      expect(hidden('.detail .toolbar')).to.equal(true);
      expect(hidden('.detail h2')).to.equal(false);
      expect(hidden('.partner-line')).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('keeps the chosen tab and the highlighted suggestion visible in forced-colours mode', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await executeServerCommand('emulate-media-features', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const tab = harness.$('#tab-search') as HTMLElement;
      expect(getComputedStyle(tab).borderTopWidth).to.equal('3px');
      await harness.search.type('c');
      await harness.search.press('ArrowDown');
      const option = harness.search.listbox.querySelector('[aria-selected="true"]') as HTMLElement;
      expect(getComputedStyle(option).forcedColorAdjust).to.equal('none');
      await expect(harness.element).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-media-features', {
        features: [{ name: 'forced-colors', value: 'none' }],
      });
    }
  });

  it('stays usable at 200 % zoom on a 640 px wide window', async () => {
    await setViewport({ width: 640, height: 800 });
    try {
      const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
      harness.element.style.zoom = '2';
      await harness.openFilters();
      expect(document.documentElement.scrollWidth).to.be.at.most(640);
      expect(harness.cardTitles).to.have.length(4);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('gives buttons a target of at least 44 px', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.openFilters();
    for (const button of harness.$$('button')) {
      if (button.offsetParent === null) continue;
      expect(button.getBoundingClientRect().height, button.textContent ?? '').to.be.at.least(44);
    }
  });
});

describe('passerelle-finder: accessibility', () => {
  it('has no axe violations with the suggestion list open', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.search.type('c');
    await harness.search.press('ArrowDown');
    expect(harness.search.expanded).to.equal(true);
    await expect(harness.element).to.be.accessible();
  });

  it('has no axe violations with the filters open', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.openFilters();
    await expect(harness.element).to.be.accessible();
  });

  it('has no axe violations in the detail view', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    await harness.openCard(0);
    await expect(harness.element).to.be.accessible();
  });

  it('has no axe violations in the error state', async () => {
    const harness = await FinderHarness.create({ catalogue: '/does-not-exist.json' });
    await expect(harness.element).to.be.accessible();
  });

  it('has no axe violations when nothing matches', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()), near: '33000' });
    await harness.typeSearch('zzzz');
    await expect(harness.element).to.be.accessible();
  });

  it('has no axe violations on the orientation tab', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    (harness.$('#tab-search') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await harness.update();
    expect(harness.$('#tab-orientation')?.getAttribute('aria-selected')).to.equal('true');
    await expect(harness.element).to.be.accessible();
  });

  it('exposes the search field as a combobox in the accessibility tree', async () => {
    const harness = await FinderHarness.create({ catalogue: serveJson(smallCatalogue()) });
    harness.search.input.focus();
    const snapshot: unknown = await a11ySnapshot({});
    const flat = JSON.stringify(snapshot);
    expect(flat).to.contain('"role":"combobox"');
    expect(flat).to.contain('Quelle formation ou quel métier ?');
  });
});
