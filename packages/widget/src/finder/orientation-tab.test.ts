import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { PasserelleFinder } from './passerelle-finder.js';
import { MemoryLogger } from '../internal/logger.js';
import { orientationCode } from './lazy-orientation.js';

describe('passerelle-finder: the orientation tab when its code does not come', () => {
  it('says so with « Réessayer », warns the webmaster, and shows the questionnaire once it comes', async () => {
    // The network drops the first fetch of the orientation's module (a CDN hiccup on a cheap phone).
    const realLoad = orientationCode.load;
    const realFailed = orientationCode.failed;
    let attempts = 0;
    let failedNow = false;
    orientationCode.load = () => {
      attempts += 1;
      failedNow = false;
      if (attempts > 1) return realLoad();
      failedNow = true;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    orientationCode.failed = () => failedNow;
    const logger = new MemoryLogger();
    try {
      const element = await fixture<PasserelleFinder>(
        html`<passerelle-finder mode="orientation" .logger=${logger}></passerelle-finder>`,
      );
      const root = element.shadowRoot!;
      await waitUntil(() => root.querySelector('[part="error"]'), 'the error box');
      expect(root.querySelector('[part="error"]')?.getAttribute('role')).to.equal('alert');
      expect(root.querySelector('[part="error"]')?.textContent).to.contain(
        'Le questionnaire ne peut pas s’afficher pour le moment.',
      );
      expect(logger.messages.join('\n')).to.contain('Failed to fetch');
      // Later updates do not fetch again by themselves (that would loop on a dead network).
      element.requestUpdate();
      await element.updateComplete;
      expect(attempts).to.equal(1);
      (root.querySelector('[part~="retry"]') as HTMLButtonElement).click();
      await waitUntil(
        () => root.querySelector('passerelle-orientation')?.shadowRoot?.querySelector('#orientation-title'),
        'the questionnaire after « Réessayer »',
        { timeout: 5000 },
      );
      expect(root.querySelector('[part="error"]')).to.equal(null);
      expect(attempts).to.equal(2);
    } finally {
      orientationCode.load = realLoad;
      orientationCode.failed = realFailed;
    }
  });
});
