import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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
import { fixtureToday, revokeServed, serveJson, smallCatalogue } from '../test-support/fixtures.js';
import { MemoryLogger } from '../internal/logger.js';

afterEach(() => {
  revokeServed();
  // Each test starts from a clean history entry: the widget only touches its own key.
  history.replaceState(null, '');
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

  it('in orientation mode works with no catalogue at all, and says the answers stay on the device', async () => {
    const harness = await FinderHarness.create({ mode: 'orientation' });
    await waitUntil(() =>
      harness.$('passerelle-orientation')?.shadowRoot?.querySelector('#orientation-title'),
    );
    const orientation = harness.$('passerelle-orientation')?.shadowRoot;
    expect(orientation?.textContent).to.contain('Être orienté');
    expect(orientation?.textContent).to.contain('ni enregistrées ni envoyées');
    expect(orientation?.querySelector('button.primary')?.textContent?.trim()).to.equal('Commencer');
    expect(harness.alert).to.equal(null);
    expect(harness.logger.messages).to.deep.equal([]);
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
