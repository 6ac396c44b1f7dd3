/**
 * What each clause of a query may meet in one index: its exact term and the métier groups it
 * names, the terms it prefixes when it is the word being typed, then the words that sound like it
 * (phonetic keys), and last the words within its typo budget (trigrams). The sound and typo tables
 * are built on the first word that needs them, so loading an index stays fast.
 */
import { stemFrench } from '../text/french.js';
import { groupTerm, type Clause, type PhraseMatcher } from './analyse.js';
import { buildPhoneticIndex, phoneticKeys } from './phonetic.js';
import { FIELD_TITLE, findTerm, lowerBound, type TextIndex } from './text-index.js';
import { buildTypoIndex, typoWords, type TypoIndex } from './typos.js';

const SYNONYM_FACTOR = 0.85;
const PREFIX_FACTOR = 0.8;
/** A word spelt as it sounds (« informatik »): surer than a typo, less than the word itself. */
const PHONETIC_FACTOR = 0.78;
/** Terms a sound may reach: those of it found in the most offers. */
const MAX_PHONETIC_TERMS = 8;
/** At most this many terms for the word being typed (most frequent first): bounds a keystroke. */
const MAX_PREFIX_TERMS = [0, 3, 12, 30] as const;
/** Postings the word being typed may walk, per offer of the catalogue. */
const PREFIX_POSTINGS_PER_OFFER = 1.5;
/** A term that meets a clause, and how fully (1 for the word itself). */
export interface Alternative {
  readonly term: number;
  readonly factor: number;
  /** Met through a synonym of the métier table: the field holds another word than the query's. */
  readonly synonym: boolean;
}

/** The words of the index and of the métier table, by phonetic key. */
interface SoundTable {
  readonly words: readonly string[];
  readonly byKey: ReadonlyMap<string, readonly number[]>;
}

export class TermAlternatives {
  #trigrams: TypoIndex | undefined;
  #phonetic: SoundTable | undefined;
  /** Per term: 0 not yet known, 1 in some title, 2 in none. */
  readonly #titleTerm: Uint8Array;

  constructor(
    private readonly text: TextIndex,
    private readonly matcher: PhraseMatcher,
    private readonly offerCount: number,
  ) {
    this.#titleTerm = new Uint8Array(text.terms.length);
  }

  /** The terms that meet a clause, each with how fully it meets it. */
  of(clause: Clause, fuzzyAllowed: boolean): Alternative[] {
    const terms = this.text.terms;
    const found = new Map<number, number>();
    const synonyms = new Set<number>();
    const offer = (term: number, factor: number, synonym = false) => {
      if (term < 0 || factor <= (found.get(term) ?? 0)) return;
      found.set(term, factor);
      if (synonym) synonyms.add(term);
      else synonyms.delete(term);
    };
    for (const exact of clause.exact) offer(findTerm(terms, exact), 1);
    for (const group of clause.groups) offer(findTerm(terms, groupTerm(group)), SYNONYM_FACTOR, true);
    const exactFound = found.size > 0;
    let prefixFound = false;
    if (clause.prefix !== null) {
      const prefix = clause.prefix;
      const start = lowerBound(terms, prefix);
      const end = lowerBound(terms, `${prefix}\uffff`);
      const range: number[] = [];
      // A lone letter is the start of a title word: other fields would only add noise and cost.
      for (let t = start; t < end; t += 1) if (prefix.length > 1 || this.#inTitle(t)) range.push(t);
      const df = (t: number) =>
        this.text.offsets[t + 1]! -
        this.text.offsets[t]! +
        this.text.townOffsets[t + 1]! -
        this.text.townOffsets[t]!;
      const cap = MAX_PREFIX_TERMS[Math.min(prefix.length, 3)]!;
      range.sort((a, b) => df(b) - df(a));
      // Most frequent first, within a budget of postings: a short prefix of common words would
      // otherwise walk the whole catalogue several times per keystroke.
      let budget = PREFIX_POSTINGS_PER_OFFER * Math.max(1_000, this.offerCount);
      for (const t of range.slice(0, cap)) {
        if (budget <= 0) break;
        budget -= df(t);
        offer(t, PREFIX_FACTOR + (1 - PREFIX_FACTOR) * 0.5 * (prefix.length / terms[t]!.length));
      }
      prefixFound = range.length > 0;
      // A one-word phrase being typed (« cace… ») also reaches its synonyms through the prefix.
      if (prefixFound && clause.groups.length === 0) {
        const stem = stemFrench(prefix);
        const phrase = this.matcher.longestAt([stem], 0);
        for (const group of phrase?.groups ?? [])
          offer(findTerm(terms, groupTerm(group)), SYNONYM_FACTOR * PREFIX_FACTOR, true);
      }
    }
    let phoneticFound = false;
    if (clause.fuzzy !== null && !exactFound && !prefixFound) {
      const before = found.size;
      for (const key of new Set([...phoneticKeys(clause.fuzzy), ...clause.exact.flatMap(phoneticKeys)])) {
        for (const word of this.#soundAlikes(key)) {
          offer(findTerm(terms, word), PHONETIC_FACTOR);
          // A métier word the catalogue does not write (« maçonnerie ») still reaches its group.
          for (const group of this.matcher.longestAt([word], 0)?.groups ?? [])
            offer(findTerm(terms, groupTerm(group)), PHONETIC_FACTOR * SYNONYM_FACTOR, true);
        }
      }
      phoneticFound = found.size > before;
    }
    if (clause.fuzzy !== null && !exactFound && !prefixFound && !phoneticFound && fuzzyAllowed) {
      for (const { word, factor } of this.#typoWords(clause.fuzzy, clause.prefix !== null)) {
        offer(findTerm(terms, word), factor);
        // A misspelt métier word (« maconerie ») still reaches its group.
        for (const group of this.matcher.longestAt([word], 0)?.groups ?? []) {
          offer(findTerm(terms, groupTerm(group)), factor * SYNONYM_FACTOR, true);
        }
      }
    }
    return [...found].map(([term, factor]) => ({ term, factor, synonym: synonyms.has(term) }));
  }

  /**
   * The words of the catalogue and of the métier table that sound like `key`. People type job
   * words: when the sound is one of the métier table's, it means that one, not the rare words of
   * the catalogue that happen to sound alike; otherwise the terms found in the most offers, at most
   * `MAX_PHONETIC_TERMS` (a common sound, « kari », is shared by many rare words).
   */
  #soundAlikes(key: string): string[] {
    const { words, byKey } = this.#soundTable();
    const found = (byKey.get(key) ?? []).map((w) => words[w]!);
    const metier = found.filter((word) => this.matcher.longestAt([word], 0) !== undefined);
    if (metier.length > 0) return metier.slice(0, MAX_PHONETIC_TERMS);
    if (found.length <= MAX_PHONETIC_TERMS) return found;
    const { offsets, terms } = this.text;
    const used = (word: string) => {
      const t = findTerm(terms, word);
      return t < 0 ? 0 : offsets[t + 1]! - offsets[t]!;
    };
    return found.sort((a, b) => used(b) - used(a)).slice(0, MAX_PHONETIC_TERMS);
  }

  /** Whether a term occurs in some title (memoised: only one-letter queries ask). */
  #inTitle(term: number): boolean {
    const known = this.#titleTerm[term]!;
    if (known !== 0) return known === 1;
    let found = false;
    for (let p = this.text.offsets[term]!; p < this.text.offsets[term + 1]! && !found; p += 1) {
      found = (this.text.fields[p]! & FIELD_TITLE) !== 0;
    }
    this.#titleTerm[term] = found ? 1 : 2;
    return found;
  }

  #typoWords(word: string, typing: boolean): { word: string; factor: number }[] {
    return typoWords(this.#typoTable(), word, typing);
  }

  /** Builds the sound and typo tables now rather than on the first word that needs them. */
  prepare(): void {
    this.#soundTable();
    this.#typoTable();
  }

  #soundTable(): SoundTable {
    this.#phonetic ??= (() => {
      const words = [...this.text.terms, ...this.matcher.words];
      return { words, byKey: buildPhoneticIndex(words) };
    })();
    return this.#phonetic;
  }

  #typoTable(): TypoIndex {
    this.#trigrams ??= buildTypoIndex([...this.text.terms, ...this.matcher.words]);
    return this.#trigrams;
  }
}
