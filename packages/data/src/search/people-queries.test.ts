import { createSearchIndex, foldText, type SearchIndex } from '@passerelle/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCatalogue } from '../demo/index.js';
import { hitAt5 } from './labelled-queries.js';
import {
  PEOPLE_QUERIES,
  isHonest,
  isHonestyQuery,
  reciprocalRank,
  type PeopleQueryKind,
} from './people-queries.js';

const DEMO = { size: 5000, seed: 75, today: '2027-01-04' } as const;

let index: SearchIndex;
beforeAll(() => {
  index = createSearchIndex(generateDemoCatalogue(DEMO));
});

const ranked = PEOPLE_QUERIES.filter((query) => !isHonestyQuery(query));

describe("the people's labelled query set", () => {
  it('holds at least 150 queries of every kind people write', () => {
    expect(PEOPLE_QUERIES.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set<PeopleQueryKind>(PEOPLE_QUERIES.map((query) => query.kind));
    expect(kinds.size).toBe(9);
  });

  it('finds a right answer in the top 5 for at least 95 % of them, with an MRR of at least 0.85', () => {
    const misses: string[] = [];
    let rr = 0;
    for (const query of ranked) {
      const offers = index.search({ text: query.text, limit: 10 }).hits.map((hit) => hit.offer);
      if (!hitAt5({ ...query, kind: 'job' }, offers)) misses.push(query.text);
      rr += reciprocalRank(query, offers);
    }
    expect(1 - misses.length / ranked.length, `manqués : ${misses.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(rr / ranked.length).toBeGreaterThanOrEqual(0.85);
  });

  it.each(PEOPLE_QUERIES.filter(isHonestyQuery).map((query) => [query.text, query] as const))(
    'answers %j honestly: no full match, the nonsense word named',
    (_text, query) => {
      expect(isHonest(query, index.search({ text: query.text, limit: 5 }))).toBe(true);
    },
  );

  it('ranks FLE first for « apprendre le francais limoges », not alphabétisation', () => {
    const [first] = index.search({ text: 'apprendre le francais limoges' }).hits;
    expect(foldText(first?.title ?? '')).toContain('francais langue etrangere');
  });

  it('ranks alphabétisation first for « apprendre a lire »', () => {
    const [first] = index.search({ text: 'apprendre a lire' }).hits;
    expect(foldText(first?.title ?? '')).toContain('alphabetisation');
  });

  it('finds every sales offer from a saleswoman’s word', () => {
    const byMasculine = index.search({ text: 'vendeur', limit: 10_000 });
    const byFeminine = index.search({ text: 'vendeuse', limit: 10_000 });
    expect(byFeminine.total).toBe(byMasculine.total);
    expect(index.search({ text: 'vendeuses', limit: 10_000 }).total).toBe(byMasculine.total);
  });
});
