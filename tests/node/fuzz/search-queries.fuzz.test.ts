/**
 * Issue 14, « rien de perdu, rien d'abîmé, rien qui entre », for what people type: any Unicode
 * text (100 KB pasted pages, control and bidirectional characters, lone surrogates) given to
 * `search` and `suggest` on a small demo catalogue never throws, gives at most the hits asked
 * for, is cut at `QUERY_LIMITS` (and says so), and a full answer names as matched only fields that
 * hold a word of the query.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUERY_LIMITS,
  createSearchIndex,
  frenchTokens,
  type MatchedField,
  type Offer,
  type SearchHit,
  type SearchResults,
} from '@passerelle/core';
import { generateDemoCatalogue } from '@passerelle/data';
import { fuzzRuns, SEED } from './fuzz-settings.js';

const RUNS = fuzzRuns(150);

const catalogue = generateDemoCatalogue({
  size: 300,
  departements: ['33', '64'],
  seed: 14,
  today: '2026-11-22',
});
const index = createSearchIndex(catalogue);

// ── Queries ──────────────────────────────────────────────────────────────────────────────────────

const ODD = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\u0301',
  '\u2028',
  '\u3000',
  '😀',
  '🇫🇷',
  '👩‍🍳',
  'ﬁ',
  'ß',
  'İ',
  '∞',
];
/** Words of the demo catalogue's titles and descriptions, as people type them (accents or not). */
const CATALOGUE_WORDS = [
  ...new Set(
    catalogue.offers.flatMap((offer) =>
      `${offer.title} ${offer.objective ?? ''} ${offer.organisation.name}`.split(/[^\p{L}\p{N}'-]+/u),
    ),
  ),
].filter((word) => word.length > 2);

const oddText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ODD),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(...CATALOGUE_WORDS),
      fc.constantFrom(' ', '  ', '\t', '\n', "'", '-', '&', '<b>', '"'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** A pasted page: about 100 KB, of catalogue words or of anything. */
const hugeText = fc
  .tuple(
    fc.oneof(oddText, fc.constantFrom('aide soignante ', 'a', ' ', '😀', '\ud800')),
    fc.integer({ min: 1, max: 4 }),
  )
  .map(([piece, scale]) => piece.repeat(Math.ceil((scale * 25_000) / Math.max(1, piece.length))));

const query = fc.oneof(
  { weight: 4, arbitrary: oddText },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: hugeText },
);

/** Queries made of the catalogue's own words: each word is met as written, not through a typo. */
const catalogueQuery = fc
  .array(fc.constantFrom(...CATALOGUE_WORDS), { minLength: 1, maxLength: 4 })
  .chain((words) => fc.constantFrom(words.join(' '), `${words.join(' ')} `));

const limit = fc.oneof(
  fc.integer({ min: 0, max: 50 }),
  fc.constantFrom(-5, 0.5, 2.7, 1000, Number.NaN, Number.POSITIVE_INFINITY),
);

// ── What must hold ───────────────────────────────────────────────────────────────────────────────

const WORD = /[\p{L}\p{N}]+/gu;
const FIELDS: readonly MatchedField[] = ['title', 'metier', 'objective', 'content', 'organisation', 'town'];

/** What `limit` allows, read as `search` documents it (a count; default 20). */
const allowed = (asked: number): number =>
  Number.isFinite(asked) ? Math.max(0, Math.floor(asked)) : asked > 0 ? Infinity : 0;

function expectCut(text: string, results: SearchResults): void {
  const words = text.match(WORD)?.length ?? 0;
  const tooLong = text.length > QUERY_LIMITS.maxChars || words > QUERY_LIMITS.maxWords;
  if (!tooLong) {
    expect(results.cut, 'requête dans les limites, rien de coupé').toBeUndefined();
    return;
  }
  expect(results.cut, `requête de ${text.length} caractères et ${words} mots : coupée`).toBeDefined();
  const cut = results.cut;
  if (cut === undefined) return;
  expect(cut.kept.length).toBeLessThanOrEqual(QUERY_LIMITS.maxChars);
  expect(cut.kept.match(WORD)?.length ?? 0).toBeLessThanOrEqual(QUERY_LIMITS.maxWords);
  expect(text.startsWith(cut.kept), 'le texte gardé est le début de la requête').toBe(true);
  expect(['chars', 'words']).toContain(cut.reason);
}

function expectHits(results: SearchResults, asked: number): void {
  expect(results.hits.length).toBeLessThanOrEqual(allowed(asked));
  expect(results.total).toBeGreaterThanOrEqual(results.hits.length);
  for (const hit of results.hits) {
    expect(hit.score).toBeGreaterThanOrEqual(0);
    expect(hit.score).toBeLessThanOrEqual(1);
    for (const field of hit.matched) expect(FIELDS).toContain(field);
    expect(new Set(hit.matched).size).toBe(hit.matched.length);
  }
}

/** The text a field of a hit holds, as people see it on the card. */
function fieldText(hit: SearchHit, field: MatchedField): string {
  const offer: Offer = hit.offer;
  const actions = [hit.action, ...catalogue.offers.flatMap((o) => (o.id === offer.id ? o.actions : []))];
  switch (field) {
    case 'title':
      return offer.title;
    case 'objective':
      return `${offer.objective ?? ''} ${offer.expectedResults ?? ''}`;
    case 'content':
      return offer.content ?? '';
    case 'organisation':
      return `${offer.organisation.name} ${offer.organisation.legalName ?? ''}`;
    case 'town':
      return actions
        .flatMap((a) => a.places.map((p) => `${p.address.city ?? ''} ${p.address.postalCode ?? ''}`))
        .join(' ');
    case 'metier':
      return '';
  }
}

describe('search queries fuzzed (issue 14)', () => {
  it('answers any text, 100 KB long or made of control, bidi and lone surrogate characters, within limits', () => {
    fc.assert(
      fc.property(query, limit, (text, asked) => {
        const results = index.search({ text, limit: asked });
        expectHits(results, asked);
        expectCut(text, results);
        const understood = index.search({ text, limit: asked, understandWords: false });
        expectHits(understood, asked);
        const n = allowed(asked);
        const suggestions = index.suggest(text, Number.isFinite(n) ? n : 5);
        expect(suggestions.length).toBeLessThanOrEqual(Number.isFinite(n) ? n : 5);
        for (const suggestion of suggestions) {
          expect(['metier', 'training']).toContain(suggestion.kind);
          expect(suggestion.label.length).toBeGreaterThan(0);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('names as matched, in a full answer, only fields that hold a word of the query', () => {
    fc.assert(
      fc.property(catalogueQuery, fc.integer({ min: 1, max: 30 }), (text, asked) => {
        const results = index.search({ text, limit: asked, understandWords: false });
        expectHits(results, asked);
        if (results.match !== 'all') return;
        const typing = !text.endsWith(' ');
        const tokens = frenchTokens(text);
        const last = tokens[tokens.length - 1];
        for (const hit of results.hits) {
          for (const field of hit.matched) {
            if (field === 'metier') continue; // the métier table's labels, not a text of the offer
            const held = frenchTokens(fieldText(hit, field));
            const holds = held.some((token) =>
              tokens.some((word) => token === word || (typing && word === last && token.startsWith(word))),
            );
            expect(holds, `« ${text} » : ${hit.offerId} dit « ${field} » (${fieldText(hit, field)})`).toBe(
              true,
            );
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
