import { createSearchIndex, type SearchIndex } from '@passerelle/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCatalogue } from '../demo/index.js';
import {
  LABELLED_QUERIES,
  hitAt5,
  isRanked,
  offersOf,
  satisfies,
  type QueryKind,
} from './labelled-queries.js';

// A fixed date and seed: the demo catalogue is then the same on every machine and every day.
const DEMO = { size: 5000, seed: 75, today: '2027-01-04' } as const;

let index: SearchIndex;
beforeAll(() => {
  index = createSearchIndex(generateDemoCatalogue(DEMO));
});

describe('the labelled query set', () => {
  it('holds at least 150 queries covering every kind', () => {
    expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set<QueryKind>(LABELLED_QUERIES.map((query) => query.kind));
    expect([...kinds].sort()).toEqual(
      [
        'elision',
        'empty',
        'feminine',
        'job',
        'multi-word',
        'no-accent',
        'one-letter',
        'synonym',
        'typing',
        'typo',
      ].sort(),
    );
  });

  it('judges expectations by ROME code, title words, first letters and conjunctions', () => {
    const offer = { title: 'Accompagnement à la VAE : titre professionnel Maçon', rome: ['F1703'] };
    expect(satisfies('rome:F1703', offer)).toBe(true);
    expect(satisfies('rome:N1101|F1703', offer)).toBe(true);
    expect(satisfies('rome:N1101|N1103', offer)).toBe(false);
    expect(satisfies('title:vae&rome:F1703', offer)).toBe(true);
    expect(satisfies('title:vae&rome:N1101', offer)).toBe(false);
    expect(satisfies('title:titre professionnel macon', offer)).toBe(true);
    expect(satisfies('word:m', offer)).toBe(true);
    expect(satisfies('word:z', offer)).toBe(false);
  });
});

describe('search on the demo catalogue', () => {
  it.each(
    LABELLED_QUERIES.filter(isRanked).map((query) => [query.kind, query.text, query.expect, query] as const),
  )('%s query %j finds %s in the top 5', (_kind, text, _expect, query) => {
    const results = index.search({ text, limit: 5 });
    expect(hitAt5(query, offersOf(results.hits))).toBe(true);
  });

  it.each(LABELLED_QUERIES.filter((query) => !isRanked(query)).map((query) => [query.text] as const))(
    'treats %j as no text: every training, no error',
    (text) => {
      const results = index.search({ text, limit: 5 });
      // Every training: the actions, identical actions of one offer counted once.
      const browse = index.search({ limit: 5 });
      expect(results.total).toBe(browse.total);
      expect(browse.total).toBeGreaterThan(index.size * 0.5);
      expect(browse.total).toBeLessThanOrEqual(index.size);
      expect(results.hits).toHaveLength(5);
    },
  );
});
