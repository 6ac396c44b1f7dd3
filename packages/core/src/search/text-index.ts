/**
 * The inverted index: every normalised term of the catalogue, sorted (so a prefix is a range
 * found by binary search), with its posting list of offers and, per posting, the fields it
 * occurs in. Towns are per action, so they get their own posting lists of actions.
 * Everything lives in typed arrays: 200,000 offers fit in a few tens of megabytes.
 */
import type { Catalogue } from '../catalogue/schema.js';
import { foldRawWord, scanRawWords, tokenOfWord } from '../text/french.js';
import { groupTerm, type Phrase, type PhraseMatcher } from './analyse.js';

export const FIELD_TITLE = 1;
export const FIELD_METIER = 2;
export const FIELD_OBJECTIVE = 4;
export const FIELD_CONTENT = 8;
export const FIELD_ORGANISATION = 16;
/** Only in hit explanations: towns have their own postings. */
export const FIELD_TOWN = 32;

export interface TextIndex {
  /** Sorted, unique; a term's id is its position. */
  readonly terms: readonly string[];
  readonly offsets: Uint32Array;
  /** Offer positions, ascending within each term. */
  readonly docs: Uint32Array;
  /** Field bits of each posting. */
  readonly fields: Uint8Array;
  readonly townOffsets: Uint32Array;
  /** Action positions, ascending within each term. */
  readonly townActions: Uint32Array;
  /** Number of distinct words in each offer's title (capped at 255), for the short-title bonus. */
  readonly titleLength: Uint8Array;
}

/** Extra métier labels (by ROME code or Formacode) added to what a search matches. */
export interface LabelOptions {
  /** Métier labels by ROME code (e.g. from the ROME reference), added to the métier field. */
  readonly rome?: Readonly<Record<string, string>>;
  /** Labels by Formacode, added to the métier field. */
  readonly formacode?: Readonly<Record<string, string>>;
}

/** A growable typed array: building pushes millions of postings without boxed numbers. */
class Growable<T extends Uint32Array | Uint8Array> {
  length = 0;
  constructor(
    private data: T,
    private readonly make: (size: number) => T,
  ) {}

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

const u32 = (size: number) => new Uint32Array(size);

interface AnalysedField {
  /** Distinct term ids of the field, concept terms included. */
  readonly ids: Uint32Array;
  /** Number of distinct plain words. */
  readonly words: number;
}
const u8 = (size: number) => new Uint8Array(size);
const LONG_TEXT = 300;
const LONG_CACHE_SIZE = 1_024;
const SHORT_CACHE_SIZE = 200_000;

export function buildTextIndex(
  catalogue: Catalogue,
  matcher: PhraseMatcher,
  labels: LabelOptions,
): TextIndex {
  const termIds = new Map<string, number>();
  const names: string[] = [];
  const idOf = (term: string): number => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = names.length;
      names.push(term);
      termIds.set(term, id);
    }
    return id;
  };
  // Each distinct raw word is folded, filtered and stemmed once: its term ids are memoised in an
  // open-addressing table keyed by the word's hash, compared in place, so that the tens of
  // millions of words of a national catalogue are looked up without making a string each.
  let slotHash = new Int32Array(1 << 16);
  let slotWord: (string | undefined)[] = new Array<string | undefined>(1 << 16);
  let slotIds: (readonly number[])[] = new Array<readonly number[]>(1 << 16);
  let slotCount = 0;
  const idsOfWord = (raw: string): readonly number[] => {
    let found: readonly number[] = [];
    for (const word of foldRawWord(raw)) {
      const token = tokenOfWord(word);
      if (token !== null) found = [...found, idOf(token)];
    }
    return found;
  };
  const insert = (hash: number, raw: string, ids: readonly number[]) => {
    const mask = slotWord.length - 1;
    let i = hash & mask;
    while (slotWord[i] !== undefined) i = (i + 1) & mask;
    slotHash[i] = hash;
    slotWord[i] = raw;
    slotIds[i] = ids;
  };
  const grow = () => {
    const words = slotWord;
    const hashes = slotHash;
    const ids = slotIds;
    slotHash = new Int32Array(words.length * 2);
    slotWord = new Array<string | undefined>(words.length * 2);
    slotIds = new Array<readonly number[]>(words.length * 2);
    for (let i = 0; i < words.length; i += 1)
      if (words[i] !== undefined) insert(hashes[i]!, words[i]!, ids[i]!);
  };
  const idsAt = (text: string, start: number, end: number, hash: number): readonly number[] => {
    const mask = slotWord.length - 1;
    const length = end - start;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const word = slotWord[i];
      if (word === undefined) break;
      if (slotHash[i] !== (hash | 0) || word.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k += 1) same = word.charCodeAt(k) === text.charCodeAt(start + k);
      if (same) return slotIds[i]!;
    }
    const raw = text.slice(start, end);
    const ids = idsOfWord(raw);
    if ((slotCount + 1) * 2 > slotWord.length) grow();
    insert(hash | 0, raw, ids);
    slotCount += 1;
    return ids;
  };
  // Dedupes term ids without a Set: a term was seen in this field when its stamp is this generation.
  let stamp = new Uint32Array(1 << 12);
  let generation = 0;
  // The current field's term ids in order, and without repeats: reused typed arrays (clearing a
  // JS array and pushing again reallocates it, millions of times on a national catalogue).
  const sequence = new Growable(u32(1 << 12), u32);
  const unique = new Growable(u32(1 << 12), u32);
  const firstSeen = (id: number): boolean => {
    if (id >= stamp.length) {
      const bigger = new Uint32Array(Math.max(stamp.length * 2, id + 1));
      bigger.set(stamp);
      stamp = bigger;
    }
    if (stamp[id] === generation) return false;
    stamp[id] = generation;
    return true;
  };
  // Phrases of the métier table, matched on term ids: which terms start one (0 unknown, 1 yes,
  // 2 no), and each phrase's token ids.
  let startsPhrase = new Uint8Array(1 << 12);
  const phraseIds = new Map<Phrase, number[]>();
  const noPhrase: readonly Phrase[] = [];
  const phrasesAt = (id: number): readonly Phrase[] => {
    if (id >= startsPhrase.length) {
      const bigger = new Uint8Array(Math.max(startsPhrase.length * 2, id + 1));
      bigger.set(startsPhrase);
      startsPhrase = bigger;
    }
    if (startsPhrase[id] === 2) return noPhrase;
    const phrases = matcher.phrasesStartingWith(names[id]!);
    startsPhrase[id] = phrases.length > 0 ? 1 : 2;
    return phrases;
  };
  const matchesAt = (phrase: Phrase, at: number): boolean => {
    let ids = phraseIds.get(phrase);
    if (ids === undefined) {
      // A token no text has used yet cannot match: look it up again next time.
      ids = phrase.tokens.map((token) => termIds.get(token) ?? -1);
      if (!ids.includes(-1)) phraseIds.set(phrase, ids);
    }
    if (at + ids.length > sequence.length) return false;
    const words = sequence.view();
    for (let k = 1; k < ids.length; k += 1) if (words[at + k] !== ids[k]) return false;
    return true;
  };
  const addConcept = (term: string) => {
    const id = idOf(term);
    if (firstSeen(id)) unique.push(id);
  };
  let scanned = '';
  const visitWord = (start: number, end: number, hash: number) => {
    const ids = idsAt(scanned, start, end, hash);
    for (let k = 0; k < ids.length; k += 1) sequence.push(ids[k]!);
  };
  // Catalogues repeat texts (organisation names, towns, shared objectives): analyse each once.
  // Long texts (contents, objectives) repeat in runs (an organisation's offers, a template): a
  // small cache catches those without keeping every unique content alive until the end.
  const cache = new Map<string, AnalysedField>();
  const longCache = new Map<string, AnalysedField>();
  const analyse = (text: string): AnalysedField => {
    const long = text.length > LONG_TEXT;
    const store = long ? longCache : cache;
    let found = store.get(text);
    if (found === undefined) {
      sequence.length = 0;
      unique.length = 0;
      scanned = text;
      scanRawWords(text, visitWord);
      generation += 1;
      let words = 0;
      const inOrder = sequence.view();
      for (let i = 0; i < inOrder.length; i += 1) {
        const id = inOrder[i]!;
        if (firstSeen(id)) {
          unique.push(id);
          words += 1;
        }
        for (const phrase of phrasesAt(id)) {
          if (!matchesAt(phrase, i)) continue;
          if (phrase.tokens.length > 1) addConcept(phrase.term);
          for (const group of phrase.groups) addConcept(groupTerm(group));
        }
      }
      found = { ids: unique.view().slice(), words };
      if (store.size >= (long ? LONG_CACHE_SIZE : SHORT_CACHE_SIZE)) store.clear();
      store.set(text, found);
    }
    return found;
  };

  const offers = catalogue.offers;
  const postTerm = new Growable(u32(1 << 16), u32);
  const postDoc = new Growable(u32(1 << 16), u32);
  const postField = new Growable(u8(1 << 16), u8);
  const townTerm = new Growable(u32(1 << 12), u32);
  const townAction = new Growable(u32(1 << 12), u32);
  const titleLength = new Uint8Array(offers.length);
  // Field bits of each term in the current offer, indexed by term id (a Map is several times slower).
  let fieldsOf = new Uint8Array(1 << 12);
  const touched = new Growable(u32(1 << 10), u32);
  const mark = (id: number, field: number) => {
    if (id >= fieldsOf.length) {
      const bigger = new Uint8Array(Math.max(fieldsOf.length * 2, id + 1));
      bigger.set(fieldsOf);
      fieldsOf = bigger;
    }
    if (fieldsOf[id] === 0) touched.push(id);
    fieldsOf[id]! |= field;
  };
  const add = (text: string | undefined, field: number) => {
    if (text === undefined) return;
    for (const id of analyse(text).ids) mark(id, field);
  };

  let actionIndex = 0;
  const seenTown = new Set<number>();
  offers.forEach((offer, o) => {
    touched.length = 0;
    add(offer.title, FIELD_TITLE);
    titleLength[o] = Math.min(255, analyse(offer.title).words);
    add(offer.objective, FIELD_OBJECTIVE);
    add(offer.expectedResults, FIELD_OBJECTIVE);
    add(offer.content, FIELD_CONTENT);
    add(offer.organisation.name, FIELD_ORGANISATION);
    add(offer.organisation.legalName, FIELD_ORGANISATION);
    for (const code of offer.rome) {
      for (const group of matcher.romeGroups.get(code) ?? []) {
        mark(idOf(groupTerm(group)), FIELD_METIER);
        for (const token of matcher.labelTokens[group] ?? []) mark(idOf(token), FIELD_METIER);
      }
      add(labels.rome?.[code], FIELD_METIER);
    }
    for (const code of offer.formacodes) add(labels.formacode?.[code], FIELD_METIER);
    const ids = touched.view();
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i]!;
      postTerm.push(id);
      postDoc.push(o);
      postField.push(fieldsOf[id]!);
      fieldsOf[id] = 0;
    }
    for (const action of offer.actions) {
      seenTown.clear();
      for (const place of action.places) {
        const { city, postalCode } = place.address;
        if (city !== undefined) for (const id of analyse(city).ids) seenTown.add(id);
        if (postalCode !== undefined) seenTown.add(idOf(postalCode));
      }
      for (const id of seenTown) {
        townTerm.push(id);
        townAction.push(actionIndex);
      }
      actionIndex += 1;
    }
  });

  // Renumber terms in sorted order, then lay postings out term by term (a stable counting sort,
  // so each list stays in offer order).
  const order = names
    .map((_, i) => i)
    .sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  const rank = new Uint32Array(names.length);
  order.forEach((old, position) => {
    rank[old] = position;
  });
  const terms = order.map((old) => names[old]!);
  const {
    offsets,
    values: docs,
    extra: fields,
  } = layOut(rank, postTerm.view(), postDoc.view(), postField.view());
  const town = layOut(rank, townTerm.view(), townAction.view(), null);
  return {
    terms,
    offsets,
    docs,
    fields: fields!,
    townOffsets: town.offsets,
    townActions: town.values,
    titleLength,
  };
}

function layOut(
  rank: Uint32Array,
  terms: Uint32Array,
  values: Uint32Array,
  extra: Uint8Array | null,
): { offsets: Uint32Array; values: Uint32Array; extra: Uint8Array | null } {
  const offsets = new Uint32Array(rank.length + 1);
  for (let i = 0; i < terms.length; i += 1) offsets[rank[terms[i]!]! + 1]! += 1;
  for (let t = 0; t < rank.length; t += 1) offsets[t + 1]! += offsets[t]!;
  const cursor = offsets.slice(0, rank.length);
  const laidValues = new Uint32Array(terms.length);
  const laidExtra = extra === null ? null : new Uint8Array(terms.length);
  for (let i = 0; i < terms.length; i += 1) {
    const at = cursor[rank[terms[i]!]!]!++;
    laidValues[at] = values[i]!;
    if (laidExtra !== null) laidExtra[at] = extra![i]!;
  }
  return { offsets, values: laidValues, extra: laidExtra };
}

/** First position in sorted `terms` whose term is ≥ `key`. */
export function lowerBound(terms: readonly string[], key: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (terms[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function findTerm(terms: readonly string[], term: string): number {
  const at = lowerBound(terms, term);
  return terms[at] === term ? at : -1;
}

/**
 * Character trigrams of the vocabulary (words padded with spaces), for typo tolerance: a
 * misspelt word shares most of its trigrams with the right one.
 */
export interface TrigramIndex {
  /** The words looked up: the index's terms and the one-word phrases of the métier table. */
  readonly words: readonly string[];
  readonly ids: ReadonlyMap<string, number>;
  readonly offsets: Uint32Array;
  /** Word positions per trigram. */
  readonly terms: Uint32Array;
  /** Number of trigrams of each word. */
  readonly counts: Uint8Array;
}

export function trigramsOf(word: string): string[] {
  const padded = ` ${word} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.push(padded.slice(i, i + 3));
  return grams;
}

export function buildTrigramIndex(vocabulary: readonly string[]): TrigramIndex {
  const words = [...new Set(vocabulary.filter((word) => !word.startsWith('§') && word.length >= 3))];
  const ids = new Map<string, number>();
  const pairTerm: number[] = [];
  const pairGram: number[] = [];
  const counts = new Uint8Array(words.length);
  words.forEach((term, t) => {
    const grams = new Set(trigramsOf(term));
    counts[t] = Math.min(255, grams.size);
    for (const gram of grams) {
      let id = ids.get(gram);
      if (id === undefined) {
        id = ids.size;
        ids.set(gram, id);
      }
      pairTerm.push(t);
      pairGram.push(id);
    }
  });
  const offsets = new Uint32Array(ids.size + 1);
  for (const gram of pairGram) offsets[gram + 1]! += 1;
  for (let g = 0; g < ids.size; g += 1) offsets[g + 1]! += offsets[g]!;
  const cursor = offsets.slice(0, ids.size);
  const laid = new Uint32Array(pairTerm.length);
  for (let i = 0; i < pairTerm.length; i += 1) laid[cursor[pairGram[i]!]!++] = pairTerm[i]!;
  return { words, ids, offsets, terms: laid, counts };
}
