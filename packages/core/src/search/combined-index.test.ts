import { describe, expect, it } from 'vitest';
import type { Offer } from '../catalogue/schema.js';
import { makeAction, makeCatalogue, makeOffer, makeSession } from '../test-support/catalogue-fixtures.js';
import { combineSearchIndexes } from './combined-index.js';
import { createSearchIndex, QUERY_LIMITS } from './search-index.js';
import type { SearchQuery, SearchResults } from './types.js';

const PAU = { lat: 43.2951, lon: -0.3708 };

function inPau(id: string, start = '2027-02-01') {
  return makeAction({
    id,
    sessions: [makeSession({ id: `${id}-S1`, start })],
    places: [
      {
        address: {
          lines: [],
          city: 'Pau',
          postalCode: '64000',
          inseeCode: '64445',
          departement: '64',
          region: '75',
          coordinates: PAU,
        },
      },
    ],
  });
}

function inBordeaux(id: string, start = '2027-02-01') {
  return makeAction({ id, sessions: [makeSession({ id: `${id}-S1`, start })] });
}

function offer(id: string, title: string, action: typeof inPau, programmes: string[] = []): Offer {
  return makeOffer({ id, title, programmes, actions: [action(`${id}-A`)] });
}

// Two départements, as two shards of a manifest would hold them.
const gironde: Offer[] = [
  offer('g-boulanger', 'CAP Boulanger', inBordeaux),
  offer('g-domicile', 'Assistant de vie aux familles, aide à domicile', inBordeaux),
  offer('g-alpha', 'Alphabétisation, premiers pas', inBordeaux, ['hsp-socle']),
  ...['1', '2', '3', '4', '5'].map((n) => offer(`g-vente-${n}`, `Vente en magasin ${n}`, inBordeaux)),
];
const bearn: Offer[] = [
  offer('b-plomberie', 'Plomberie et chauffage', inPau),
  offer('b-domicile', 'Aide à domicile auprès des personnes âgées', inPau),
  // Alphabétisation outside any programme: people's words choose hsp-socle, which this shard lacks.
  offer('b-alpha', 'Alphabétisation pour adultes', inPau),
  ...['6', '7', '8', '9'].map((n) => offer(`b-vente-${n}`, `Vente en magasin ${n}`, inPau)),
];

const combined = combineSearchIndexes([
  createSearchIndex(makeCatalogue(gironde)),
  createSearchIndex(makeCatalogue(bearn)),
]);
const whole = createSearchIndex(makeCatalogue([...gironde, ...bearn]));

const ids = (results: SearchResults) => results.hits.map((hit) => hit.offerId);

/** What the two answers say besides their hits (the hits are compared by id). */
function honesty(results: SearchResults) {
  const { hits: _hits, ...rest } = results;
  return rest;
}

describe('combineSearchIndexes', () => {
  it.each<SearchQuery>([
    { text: 'aide a domicile' },
    { text: 'xyzzq plomberie' },
    { text: 'plomberie boulanger' },
    { text: 'aide domicile pau' },
    { text: 'jeune' },
    { text: 'apprendre a lire' },
    { text: 'apprendre a lire', selectProgrammes: false },
    { text: 'zzzyx' },
    { text: '' },
    { text: 'vente', limit: 3, offset: 2 },
    { text: `vente ${'magasin '.repeat(QUERY_LIMITS.maxWords)}` },
  ])('answers $text (limit $limit, offset $offset) as one index over both départements', (query) => {
    const together = combined.search(query);
    const alone = whole.search(query);
    expect(honesty(together)).toEqual(honesty(alone));
    expect(new Set(ids(together))).toEqual(new Set(ids(alone)));
  });

  it('keeps only the full matches when one département has them and another meets fewer words', () => {
    const results = combined.search({ text: 'aide domicile pau' });
    expect(results.match).toBe('all');
    expect(ids(results)).toEqual(['b-domicile']);
  });

  it('says a word is missing only when no département has it, and keeps the partial hits of each', () => {
    expect(combined.search({ text: 'xyzzq plomberie' })).toMatchObject({
      match: 'partial',
      missingWords: ['xyzzq'],
      matchedWords: ['plomberie'],
      total: 1,
    });
    const both = combined.search({ text: 'plomberie boulanger' });
    expect(both).toMatchObject({ match: 'partial', total: 2 });
    expect(both.missingWords).toBeUndefined();
    expect(new Set(both.matchedWords)).toEqual(new Set(['plomberie', 'boulanger']));
  });

  it('reads people’s words once for all départements: the programme they choose narrows every one', () => {
    const results = combined.search({ text: 'apprendre a lire' });
    expect(results.programmesFromWords).toEqual(['hsp-socle']);
    expect(ids(results)).toEqual(['g-alpha']);
    expect(combined.search({ text: 'jeune' }).relay).toBe('mission-locale');
  });

  it('answers nothing, without failing, before any département has arrived', () => {
    expect(combineSearchIndexes([]).search({ text: 'vente' })).toEqual({ total: 0, hits: [] });
    expect(combineSearchIndexes([]).suggest('vente', 5)).toEqual([]);
  });

  it('pages over the merged list: a page is the slice of a longer one', () => {
    const long = ids(combined.search({ text: 'vente', limit: 9 }));
    expect(long).toHaveLength(9);
    expect(ids(combined.search({ text: 'vente', limit: 3, offset: 3 }))).toEqual(long.slice(3, 6));
    expect(combined.search({ text: 'vente', limit: 3, offset: 3 }).total).toBe(9);
  });

  it('says the query was cut, and suggests métiers before titles without repeating one', () => {
    const cut = combined.search({ text: 'vente '.repeat(QUERY_LIMITS.maxWords + 5) });
    expect(cut.cut?.reason).toBe('words');
    const suggestions = combined.suggest('vente', 6);
    expect(suggestions.length).toBeGreaterThan(1);
    expect(new Set(suggestions.map((s) => s.label)).size).toBe(suggestions.length);
    const firstTitle = suggestions.findIndex((s) => s.kind === 'training');
    expect(suggestions.slice(firstTitle).every((s) => s.kind === 'training')).toBe(true);
    expect(combined.size).toBe(whole.size);
    for (const typed of ['vente', 'aide dom', 'plomb', 'boulan', 'zzzyx', ''])
      expect(new Set(combined.suggest(typed, 6).map((s) => s.label))).toEqual(
        new Set(whole.suggest(typed, 6).map((s) => s.label)),
      );
  });
});
