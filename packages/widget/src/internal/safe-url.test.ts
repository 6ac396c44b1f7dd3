import { expect } from '@open-wc/testing';
import { mailtoUrl, mapUrl, safeUrl, telUrl } from './safe-url.js';

describe('safeUrl', () => {
  it('keeps http, https, mailto and tel links', () => {
    expect(safeUrl('https://exemple.org/formation?id=1')).to.equal('https://exemple.org/formation?id=1');
    expect(safeUrl('http://exemple.org')).to.equal('http://exemple.org/');
    expect(safeUrl('mailto:accueil@exemple.org')).to.equal('mailto:accueil@exemple.org');
    expect(safeUrl('tel:+33556000000')).to.equal('tel:+33556000000');
  });

  it('refuses javascript:, data: and vbscript: links', () => {
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(safeUrl('vbscript:msgbox(1)')).to.equal(undefined);
  });

  it('sees through case, spaces, tabs and newlines that browsers ignore', () => {
    expect(safeUrl('JaVaScRiPt:alert(1)')).to.equal(undefined);
    expect(safeUrl('  javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('\u0000javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('java\tscript:alert(1)')).to.equal(undefined);
    expect(safeUrl('java\nscript:alert(1)')).to.equal(undefined);
    expect(safeUrl('  https://exemple.org  ')).to.equal('https://exemple.org/');
  });

  it('refuses relative, empty and missing links, since catalogue links must say where they go', () => {
    expect(safeUrl('/formations')).to.equal(undefined);
    expect(safeUrl('//evil.example')).to.equal(undefined);
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl(undefined)).to.equal(undefined);
  });
});

describe('telUrl, mailtoUrl and mapUrl', () => {
  it('turns a French phone number as written into a tel: link', () => {
    expect(telUrl('05 56 00 00 00')).to.equal('tel:0556000000');
    expect(telUrl('+33 (0)5.56.00.00.00')).to.equal('tel:+330556000000');
    expect(telUrl('appelez-nous')).to.equal(undefined);
  });

  it('only makes mailto: links from addresses', () => {
    expect(mailtoUrl(' accueil@exemple.org ')).to.equal('mailto:accueil@exemple.org');
    expect(mailtoUrl('javascript:alert(1)@x.y')).to.equal(undefined);
    expect(mailtoUrl('pas une adresse')).to.equal(undefined);
  });

  it('links to OpenStreetMap with the place’s coordinates', () => {
    expect(mapUrl(44.8378, -0.5792)).to.equal(
      'https://www.openstreetmap.org/?mlat=44.83780&mlon=-0.57920#map=16/44.83780/-0.57920',
    );
  });
});
