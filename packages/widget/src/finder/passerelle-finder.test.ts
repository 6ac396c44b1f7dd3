import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { PasserelleFinder } from './passerelle-finder.js';

describe('passerelle-finder', () => {
  it('has a status region from the first render', async () => {
    const el = await fixture<PasserelleFinder>(html`<passerelle-finder></passerelle-finder>`);
    expect(el.shadowRoot?.querySelector('[role="status"]')).to.be.instanceOf(HTMLElement);
  });
});
