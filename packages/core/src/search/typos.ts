/**
 * Typo tolerance: the terms sharing most trigrams with the word narrow the vocabulary, then
 * fuse.js scores those few against it (« boulangrie » → boulangerie, « cariste » ← « carriste »).
 */
import Fuse from 'fuse.js';
import { buildTrigramIndex, trigramsOf, type TrigramIndex } from './text-index.js';

const FUZZY_FACTOR = 0.75;
const MAX_FUZZY_TERMS = 12;

/** The trigram index of a vocabulary, with the counters a lookup reuses. */
export interface TypoIndex {
  readonly index: TrigramIndex;
  readonly counts: Uint8Array;
  readonly touched: Uint32Array;
}

export function buildTypoIndex(vocabulary: readonly string[]): TypoIndex {
  const index = buildTrigramIndex(vocabulary);
  const size = index.words.length;
  return { index, counts: new Uint8Array(size), touched: new Uint32Array(size) };
}

/** The words of the vocabulary the word may be a typo of, with how surely (a factor below 1). */
export function typoWords(
  typos: TypoIndex,
  word: string,
  typing: boolean,
): { word: string; factor: number }[] {
  const grams = [...new Set(trigramsOf(word))];
  const { index, counts, touched } = typos;
  let touchedCount = 0;
  for (const gram of grams) {
    const id = index.ids.get(gram);
    if (id === undefined) continue;
    for (let p = index.offsets[id]!; p < index.offsets[id + 1]!; p += 1) {
      const t = index.terms[p]!;
      if (counts[t] === 0) touched[touchedCount++] = t;
      if (counts[t]! < 255) counts[t]! += 1;
    }
  }
  const candidates: { term: number; dice: number }[] = [];
  for (let i = 0; i < touchedCount; i += 1) {
    const t = touched[i]!;
    const shared = counts[t]!;
    counts[t] = 0;
    const length = index.words[t]!.length;
    if (length < word.length - 2 || length > word.length + (typing ? 5 : 2)) continue;
    // While typing, the word is a prefix of the term: compare with what was typed so far.
    const dice = typing ? shared / grams.length : (2 * shared) / (grams.length + index.counts[t]!);
    // No lower: « marine » shares 0.46 of its trigrams with « machine » (0.5 of a typed prefix).
    if (dice >= (typing ? 0.55 : 0.5)) candidates.push({ term: t, dice });
  }
  if (candidates.length === 0) return [];
  candidates.sort((a, b) => b.dice - a.dice);
  const best = candidates.slice(0, MAX_FUZZY_TERMS * 2);
  const fuse = new Fuse(
    best.map((candidate) =>
      typing ? index.words[candidate.term]!.slice(0, word.length + 1) : index.words[candidate.term]!,
    ),
    { includeScore: true, threshold: 0.4, ignoreLocation: true, shouldSort: true },
  );
  return fuse.search(word, { limit: MAX_FUZZY_TERMS }).map((result) => ({
    word: index.words[best[result.refIndex]!.term]!,
    factor: FUZZY_FACTOR * (1 - (result.score ?? 0)),
  }));
}
