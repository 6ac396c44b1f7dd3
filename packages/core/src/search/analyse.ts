/**
 * Turns field texts and queries into index terms, with the métier table applied the same way on
 * both sides: a phrase of a group (« agent d'entretien ») adds its own term and its group's term,
 * so « ménage » finds « Agent de propreté » and « crèche » finds « CAP petite enfance ».
 */
import { foldedWords, frenchTokens, isMeaningfulWord, stemFrench } from '../text/french.js';
import { METIER_GROUPS } from './lexicon.js';

/** Concept terms start with a character no folded word can contain, so they never meet a prefix. */
export const GROUP_PREFIX = '§g';
export const PHRASE_PREFIX = '§p';

export function groupTerm(group: number): string {
  return `${GROUP_PREFIX}${group}`;
}

export interface Phrase {
  readonly tokens: readonly string[];
  /** The term a doc gets for this exact phrase: the word itself, or `§p…` for several words. */
  readonly term: string;
  readonly groups: number[];
}

const NO_PHRASES: readonly Phrase[] = [];

export interface PhraseMatch {
  readonly start: number;
  readonly length: number;
  readonly term: string;
  readonly groups: readonly number[];
}

/** Finds the phrases of the métier table in token sequences (longest match first). */
export class PhraseMatcher {
  private readonly byFirst = new Map<string, Phrase[]>();
  /** ROME code → groups. */
  readonly romeGroups = new Map<string, number[]>();
  /** One-word phrases of the table: typo tolerance looks them up even when no offer uses them. */
  readonly words: readonly string[];
  /** Label tokens of each group, added to offers that carry one of its ROME codes. */
  readonly labelTokens: readonly (readonly string[])[];

  constructor() {
    const phrases = new Map<string, Phrase>();
    METIER_GROUPS.forEach((group, index) => {
      for (const text of [group.label, ...group.phrases]) {
        const tokens = frenchTokens(text);
        if (tokens.length === 0) continue;
        const key = tokens.join(' ');
        const existing = phrases.get(key);
        if (existing !== undefined) {
          if (!existing.groups.includes(index)) existing.groups.push(index);
          continue;
        }
        const term = tokens.length === 1 ? tokens[0]! : `${PHRASE_PREFIX}${key}`;
        phrases.set(key, { tokens, term, groups: [index] });
      }
      for (const code of group.rome) {
        const list = this.romeGroups.get(code) ?? [];
        list.push(index);
        this.romeGroups.set(code, list);
      }
    });
    for (const phrase of phrases.values()) {
      const list = this.byFirst.get(phrase.tokens[0]!) ?? [];
      list.push(phrase);
      this.byFirst.set(phrase.tokens[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.labelTokens = METIER_GROUPS.map((group) => frenchTokens(group.label));
    this.words = [...phrases.values()]
      .filter((phrase) => phrase.tokens.length === 1)
      .map((phrase) => phrase.term);
  }

  /** The phrases of the table starting with this token, longest first. */
  phrasesStartingWith(token: string): readonly Phrase[] {
    return this.byFirst.get(token) ?? NO_PHRASES;
  }

  /** Every phrase found in `tokens` (they may overlap: the index wants them all). */
  findAll(tokens: readonly string[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const candidates = this.byFirst.get(tokens[i]!);
      if (candidates === undefined) continue;
      for (const phrase of candidates) {
        if (startsAt(tokens, i, phrase.tokens)) {
          found.push({ start: i, length: phrase.tokens.length, term: phrase.term, groups: phrase.groups });
        }
      }
    }
    return found;
  }

  /** The longest phrase starting at `i`, or undefined. */
  longestAt(tokens: readonly string[], i: number): PhraseMatch | undefined {
    for (const phrase of this.byFirst.get(tokens[i]!) ?? []) {
      if (startsAt(tokens, i, phrase.tokens)) {
        return { start: i, length: phrase.tokens.length, term: phrase.term, groups: phrase.groups };
      }
    }
    return undefined;
  }
}

function startsAt(tokens: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k += 1) if (tokens[i + k] !== phrase[k]) return false;
  return true;
}

let sharedMatcher: PhraseMatcher | undefined;
export function phraseMatcher(): PhraseMatcher {
  sharedMatcher ??= new PhraseMatcher();
  return sharedMatcher;
}

/** Index terms of a field text: its tokens, plus phrase and group terms of the métier table. */
export function fieldTerms(text: string, matcher: PhraseMatcher): string[] {
  const tokens = frenchTokens(text);
  const terms = tokens.slice();
  for (const match of matcher.findAll(tokens)) {
    if (match.length > 1) terms.push(match.term);
    for (const group of match.groups) terms.push(groupTerm(group));
  }
  return terms;
}

/** One thing the query asks for: every clause must be met (softened when none can be). */
export interface Clause {
  /** Terms that meet the clause fully: the stem, or a phrase term. */
  readonly exact: readonly string[];
  /** Métier groups of a phrase: met by synonyms, a little lower. */
  readonly groups: readonly number[];
  /** Folded word being typed: terms starting with it meet the clause. */
  readonly prefix: string | null;
  /** Word to look up with typo tolerance when nothing meets it exactly. */
  readonly fuzzy: string | null;
  /** The words of the query behind this clause (folded), for fuse.js re-ranking. */
  readonly words: readonly string[];
}

export interface AnalysedQuery {
  readonly clauses: readonly Clause[];
  /** Folded meaningful words of the query, in order. */
  readonly words: readonly string[];
}

/** At most this many clauses: masks are 16-bit, and nobody types 16 meaningful words. */
export const MAX_CLAUSES = 16;

/**
 * Analyses a query. The last word is « being typed » when the text does not end with a space or
 * punctuation: it then also matches as a prefix (« boulang » → boulangerie). A lone letter is kept
 * only in that position (it is the start of a word, not an article).
 */
export function analyseQuery(text: string, matcher: PhraseMatcher): AnalysedQuery {
  const typing = /[\p{L}\p{N}]$/u.test(text);
  const all = foldedWords(text);
  const words: string[] = [];
  all.forEach((word, i) => {
    const last = i === all.length - 1;
    if (isMeaningfulWord(word) || (last && typing && word.length === 1 && all.length === 1)) words.push(word);
  });
  // Questions and requests (« comment devenir aide soignante », « jveux du taf en cuisine »):
  // their filler words are dropped when other words remain, or nothing could meet them all.
  const content = words.filter((word) => !QUERY_FILLER.has(word));
  if (content.length > 0 && content.length < words.length) {
    const lastTyped = words.at(-1) === content.at(-1);
    words.length = 0;
    words.push(...content);
    if (!lastTyped) return analyseWords(words, false, matcher);
  }
  return analyseWords(words, typing, matcher);
}

/** Words of questions, greetings and SMS requests that say nothing about the training wanted. */
const QUERY_FILLER = new Set([
  'je',
  'jveux',
  'jcherche',
  'jsuis',
  'jvoudrais',
  'veux',
  'veut',
  'voudrais',
  'voudrai',
  'aimerais',
  'souhaite',
  'cherche',
  'chercher',
  'recherche',
  'comment',
  'devenir',
  'etre',
  'faire',
  'travailler',
  'bosser',
  'taf',
  'boulot',
  'stp',
  'svp',
  'slt',
  'bjr',
  'bonjour',
  'merci',
  'urgent',
  'pls',
  'quoi',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'ou',
  'dans',
  'pour',
  'moi',
  'suis',
  'interesse',
  'interessee',
  'apprendre',
  'besoin',
  'trouver',
  'passer',
  'est',
  'sont',
  'avoir',
  'peux',
  'faut',
  'cest',
]);

function analyseWords(words: readonly string[], typing: boolean, matcher: PhraseMatcher): AnalysedQuery {
  const stems = words.map(stemFrench);
  const clauses: Clause[] = [];
  for (let i = 0; i < stems.length && clauses.length < MAX_CLAUSES;) {
    const isLast = i === stems.length - 1;
    const match = matcher.longestAt(stems, i);
    if (match !== undefined && !(isLast && typing && match.length === 1 && words[i]!.length < 3)) {
      const covered = words.slice(i, i + match.length);
      const endsQuery = i + match.length === stems.length;
      clauses.push({
        exact: [match.term],
        groups: match.groups,
        prefix: endsQuery && typing && match.length === 1 ? words[i]! : null,
        fuzzy: null,
        words: covered,
      });
      i += match.length;
      continue;
    }
    const word = words[i]!;
    clauses.push({
      exact: [stems[i]!],
      groups: [],
      prefix: isLast && typing ? word : null,
      fuzzy: word.length >= 4 && !/\d/.test(word) ? word : null,
      words: [word],
    });
    i += 1;
  }
  return { clauses, words };
}
