/**
 * How a query's matches become one relevance per offer and one rank per action: field weights,
 * relevance tiers, the packed rank key, and the bounded selection of the best. Plain functions over
 * typed arrays (V8 optimises them far better than the same loops inside a large method).
 */
import Fuse from 'fuse.js';
import type { MatchedField } from './types.js';
import {
  FIELD_CONTENT,
  FIELD_METIER,
  FIELD_OBJECTIVE,
  FIELD_ORGANISATION,
  FIELD_TITLE,
  FIELD_TOWN,
} from './text-index.js';

/** Field weights: the title says most about a training, the town least. */
export const WEIGHT: Readonly<Record<number, number>> = {
  [FIELD_TITLE]: 10,
  [FIELD_METIER]: 6,
  [FIELD_OBJECTIVE]: 3,
  [FIELD_ORGANISATION]: 2,
  [FIELD_CONTENT]: 1.5,
};
export const TOWN_WEIGHT = 2.5;
/** Weight of a posting with several field bits: the best field, plus a little for the others. */
export const FIELD_MASK_WEIGHT = (() => {
  const table = new Float32Array(32);
  for (let mask = 1; mask < 32; mask += 1) {
    let best = 0;
    let sum = 0;
    for (const [bit, weight] of Object.entries(WEIGHT)) {
      if (mask & Number(bit)) {
        best = Math.max(best, weight);
        sum += weight;
      }
    }
    table[mask] = best + 0.15 * (sum - best);
  }
  return table;
})();

/** Scores closer than this are « as relevant »: distance then date decide between them. */
export const TIER = 0.05;
export const TIER_COUNT = Math.round(1 / TIER);
/** A tier holding more than 1/64 of the actions is walked in filter order rather than scanned. */
export const BROAD_TIER_SHARE = 64;
export const TITLE_BONUS = 0.25;
export const MAX_DISTANCE_STEP = 131_071;
/** Session days are counted from 2000-01-01 in the rank key. */
export const DAY_BASE = 10_957;

export const FIELD_NAMES: ReadonlyArray<readonly [number, MatchedField]> = [
  [FIELD_TITLE, 'title'],
  [FIELD_METIER, 'metier'],
  [FIELD_OBJECTIVE, 'objective'],
  [FIELD_CONTENT, 'content'],
  [FIELD_ORGANISATION, 'organisation'],
  [FIELD_TOWN, 'town'],
];

export function popcount(mask: number): number {
  let m = mask - ((mask >> 1) & 0x5555);
  m = (m & 0x3333) + ((m >> 2) & 0x3333);
  m = (m + (m >> 4)) & 0x0f0f;
  return (m + (m >> 8)) & 0x1f;
}

/** Scratch arrays reused by every query: no allocation proportional to the catalogue per keystroke. */
export interface Scratch {
  readonly offerScore: Float32Array;
  readonly offerMask: Uint16Array;
  readonly offerFields: Uint8Array;
  readonly offerTitleHits: Uint8Array;
  readonly offerTouched: Uint32Array;
  readonly clauseBest: Float32Array;
  readonly clauseFields: Uint8Array;
  /** Fields of the clause that hold the very word typed (not a synonym), for `matched`. */
  readonly clauseShown: Uint8Array;
  /** 1 when the clause met the offer through a synonym only. */
  readonly offerShownSynonym: Uint8Array;
  readonly clauseTouched: Uint32Array;
  readonly townScore: Float32Array;
  readonly townMask: Uint16Array;
  readonly townTouched: Uint32Array;
  readonly townBest: Float32Array;
  readonly townClauseTouched: Uint32Array;
  readonly actionScore: Float32Array;
  /** Floor tier + 1 of the offers being ranked, 0 otherwise. */
  readonly offerTier: Uint8Array;
  readonly rankKey: Float64Array;
  readonly candidates: Uint32Array;
}

/**
 * Relevance and tier of each touched offer meeting the most clauses, with its number of actions
 * passing the filters. A plain function over typed arrays: V8 optimises it far better than the
 * same loop inside a large method.
 */
export function scoreOffers(
  touched: Uint32Array,
  touchedCount: number,
  mask: Uint16Array,
  score: Float32Array,
  titleHits: Uint8Array,
  titleLength: Uint8Array,
  actionStart: Uint32Array,
  pass: Uint8Array | null,
  normaliser: number,
  relevance: Float32Array,
  kept: Uint32Array,
  tiers: Uint32Array,
): { total: number; keptCount: number } {
  let bestCoverage = 0;
  for (let i = 0; i < touchedCount; i += 1) {
    const coverage = popcount(mask[touched[i]!]!);
    if (coverage > bestCoverage) bestCoverage = coverage;
  }
  let total = 0;
  let keptCount = 0;
  for (let i = 0; i < touchedCount; i += 1) {
    const o = touched[i]!;
    if (popcount(mask[o]!) < bestCoverage) continue;
    let actions = actionStart[o + 1]! - actionStart[o]!;
    if (pass !== null) {
      actions = 0;
      for (let a = actionStart[o]!; a < actionStart[o + 1]!; a += 1) actions += pass[a]!;
    }
    if (actions === 0) continue;
    const length = titleLength[o]!;
    const titleShare = length === 0 ? 0 : Math.min(1, titleHits[o]! / length);
    const value = normaliser > 0 ? Math.min(1, (score[o]! * (1 + TITLE_BONUS * titleShare)) / normaliser) : 0;
    relevance[o] = value;
    tiers[Math.round(relevance[o]! / TIER)]! += actions;
    total += actions;
    kept[keptCount++] = o;
  }
  return { total, keptCount };
}

/** The scratch arrays of a catalogue of this size, allocated on its first query. */
export function createScratch(offers: number, actions: number): Scratch {
  return {
    offerScore: new Float32Array(offers),
    offerMask: new Uint16Array(offers),
    offerFields: new Uint8Array(offers),
    offerTitleHits: new Uint8Array(offers),
    offerTouched: new Uint32Array(offers),
    clauseBest: new Float32Array(offers),
    clauseFields: new Uint8Array(offers),
    clauseShown: new Uint8Array(offers),
    offerShownSynonym: new Uint8Array(offers),
    clauseTouched: new Uint32Array(offers),
    townScore: new Float32Array(actions),
    townMask: new Uint16Array(actions),
    townTouched: new Uint32Array(actions),
    townBest: new Float32Array(actions),
    townClauseTouched: new Uint32Array(actions),
    actionScore: new Float32Array(actions),
    offerTier: new Uint8Array(offers),
    rankKey: new Float64Array(actions),
    candidates: new Uint32Array(actions),
  };
}

/**
 * The ranking order packed into one number, smaller first: relevance tier, then distance
 * (0.1 km steps), then soonest session day, then the exact score. 5 + 17 + 16 + 10 bits fit a
 * double's 53-bit mantissa, so selecting the best among 200,000 actions compares plain numbers.
 * The middle part depends only on the filters and is computed once per filter set.
 */
export function rankKeyOf(a: number, score: number, order: Float64Array): number {
  return (
    ((TIER_COUNT - Math.round(score / TIER)) * 8_589_934_592 + order[a]!) * 1024 +
    Math.round((1 - score) * 1023)
  );
}

/**
 * The `wanted` best of `count` candidates by `keys` (ties: catalogue order), best first:
 * a bounded max-heap over plain numbers.
 */
export function selectTop(
  candidates: Uint32Array,
  count: number,
  wanted: number,
  keys: Float64Array,
): number[] {
  if (wanted <= 0 || count === 0) return [];
  const worse = (a: number, b: number) => keys[a]! > keys[b]! || (keys[a] === keys[b] && a > b);
  const byRank = (a: number, b: number) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0);
  if (count <= wanted * 2) return Array.from(candidates.subarray(0, count)).sort(byRank).slice(0, wanted);
  // heap[0] is the worst of the kept ones.
  const heap = new Uint32Array(wanted);
  let size = 0;
  for (let i = 0; i < count; i += 1) {
    const a = candidates[i]!;
    if (size < wanted) {
      let j = size++;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (!worse(a, heap[parent]!)) break;
        heap[j] = heap[parent]!;
        j = parent;
      }
      heap[j] = a;
    } else if (worse(heap[0]!, a)) {
      let j = 0;
      for (;;) {
        const left = 2 * j + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && worse(heap[right]!, heap[left]!) ? right : left;
        if (!worse(heap[child]!, a)) break;
        heap[j] = heap[child]!;
        j = child;
      }
      heap[j] = a;
    }
  }
  return Array.from(heap).sort(byRank);
}

/**
 * How close each folded title is to the query's words, as a factor in [0.85, 1] on its score
 * (word order, closeness), by fuse.js. It depends on the title and the words only, not on the
 * index, so hits of several indexes can be re-scored together.
 */
export function titleFactors(titles: readonly string[], words: readonly string[]): Float32Array {
  const fuse = new Fuse(titles, {
    includeScore: true,
    threshold: 0.6,
    ignoreLocation: true,
    shouldSort: false,
  });
  const factors = new Float32Array(titles.length).fill(0.85);
  for (const result of fuse.search(words.join(' ')))
    factors[result.refIndex] = 0.85 + 0.15 * (1 - (result.score ?? 1));
  return factors;
}

/** Re-scores the best candidates with fuse.js against their folded titles. */
export function rerankByTitle(
  titles: readonly string[],
  top: readonly number[],
  words: readonly string[],
  scores: Float32Array,
): void {
  const factors = titleFactors(titles, words);
  top.forEach((a, i) => {
    scores[a] = scores[a]! * factors[i]!;
  });
}
