import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import '../define.js';
import type { PasserelleFinder } from '../finder/passerelle-finder.js';
import { FinderHarness } from '../test-support/finder-harness.js';
import {
  catalogue,
  fixtureToday,
  offer,
  revokeServed,
  serveJson,
  serveText,
  smallCatalogue,
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
