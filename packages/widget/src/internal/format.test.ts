import { expect } from '@open-wc/testing';
import { formatDate, todayIso } from './format.js';
import { consoleLogger } from './logger.js';

describe('French formatting', () => {
  it('writes session dates the French way, whatever the time zone', () => {
    expect(formatDate('2027-01-11')).to.equal('lundi 11 janvier 2027');
    expect(formatDate('2027-03-01')).to.equal('lundi 1 mars 2027');
  });

  it('returns anything that is not an ISO date as given', () => {
    expect(formatDate('bientôt')).to.equal('bientôt');
  });

  it('gives today as an ISO date', () => {
    expect(todayIso(new Date(2027, 0, 5))).to.equal('2027-01-05');
  });
});

describe('the console logger', () => {
  it('prefixes warnings so a webmaster can find them in a busy console', () => {
    const original = console.warn;
    const seen: unknown[][] = [];
    console.warn = (...args: unknown[]) => seen.push(args);
    try {
      consoleLogger.warn('L’attribut mode="carte" n’est pas reconnu.');
    } finally {
      console.warn = original;
    }
    expect(seen).to.deep.equal([['[passerelle] L’attribut mode="carte" n’est pas reconnu.']]);
  });
});
