/**
 * French analysis shared by the search index and the queries typed into it, so that both sides
 * meet on the same tokens: « L'Aide-Soignante » and « aide soignant » both give `aide soignant`.
 *
 * Rules, in order: the text is cut into words at anything that is not a letter, a mark or a digit,
 * and each word is folded by `foldText` (case, accents, ligatures); elided articles (l', d', qu',
 * jusqu'…), stop words and one-letter words are dropped;
 * each word is reduced to a light stem that merges plurals and the common feminine forms
 * (soignante → soignant, vendeuse → vendeur, animatrice → animateur, boulangère → boulanger).
 * The stemmer is deliberately light: it must be predictable for the person typing, and the same
 * function runs on both sides, so a rare collision (vente / vent) costs little.
 */
import { foldText } from './fold.js';

/** Elided articles and conjunctions before an apostrophe (straight, typographic or modifier). */
const ELISION = /(^|[^\p{L}\p{N}])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’ʼ`]/giu;

/** Words too common to tell two trainings apart; written folded (no accents). */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'cet',
  'cette',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'est',
  'il',
  'ils',
  'elle',
  'elles',
  'la',
  'le',
  'les',
  'leur',
  'leurs',
  'lui',
  'ma',
  'mes',
  'mon',
  'ne',
  'nos',
  'notre',
  'nous',
  'on',
  'ou',
  'par',
  'pas',
  'pour',
  'qu',
  'que',
  'qui',
  'sa',
  'se',
  'ses',
  'son',
  'sont',
  'sur',
  'ta',
  'tes',
  'ton',
  'un',
  'une',
  'vos',
  'votre',
  'vous',
  'y',
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'sous',
  'sans',
  'etre',
  'tout',
  'tous',
  'toute',
  'toutes',
  // Elided forms: « jusqu'à », « lorsqu'il »…
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
]);

/**
 * Light French stem of one folded word: plural marks, then common feminine endings.
 * Words of three letters or fewer and words with digits (r489, cap2) are kept as they are.
 *
 * @example
 * ```ts
 * stemFrench('vendeuses'); // 'vendeur'
 * stemFrench('sociaux'); // 'social'
 * ```
 */
export function stemFrench(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let stem = word;
  if (stem.endsWith('aux') && stem.length > 4) {
    stem = `${stem.slice(0, -3)}al`; // sociaux → social, médicaux → medical
  } else if ((stem.endsWith('s') && !stem.endsWith('ss')) || stem.endsWith('x')) {
    stem = stem.slice(0, -1); // formations → formation, cuisiniers → cuisinier
  }
  if (stem.length <= 4) return stem;
  if (stem.endsWith('euse')) return `${stem.slice(0, -4)}eur`; // vendeuse → vendeur
  if (stem.endsWith('trice')) return `${stem.slice(0, -5)}teur`; // animatrice → animateur
  if (stem.endsWith('ienne')) return stem.slice(0, -2); // technicienne → technicien
  if (stem.endsWith('aise')) return stem.slice(0, -2); // française → françai(s), like français
  if (stem.endsWith('ere')) return `${stem.slice(0, -3)}er`; // boulangère → boulanger
  if (stem.endsWith('elle')) return stem.slice(0, -2); // professionnelle → professionnel
  if (stem.endsWith('onne')) return stem.slice(0, -2); // patronne → patron
  if (stem.endsWith('ante') || stem.endsWith('ente')) return stem.slice(0, -1); // soignante → soignant
  if (stem.endsWith('ive')) return `${stem.slice(0, -3)}if`; // éducative → éducatif
  if (stem.endsWith('ee')) return stem.slice(0, -1); // employée → employé
  return stem;
}

/**
 * Drops elisions (l'accueil → accueil): the apostrophe and the article go.
 *
 * @example
 * ```ts
 * foldText(dropElisions("L'accueil d'enfants")); // 'accueil enfants'
 * ```
 */
export function dropElisions(text: string): string {
  return text.replace(ELISION, '$1 ');
}

// Catalogues are tens of millions of words drawn from a vocabulary of a few hundred thousand:
// cutting words with a character loop and folding each distinct word once (memoised) is several
// times faster than folding whole texts, and gives the same words (a property test checks it).
const WORD_CLASS = /[\p{L}\p{M}\p{N}]/u;
/** Per UTF-16 code unit: 0 not yet known, 1 part of a word, 2 separator. */
const charKinds = new Uint8Array(65_536);
const MEMO_LIMIT = 200_000;
const foldedMemo = new Map<string, readonly string[]>();
const tokenMemo = new Map<string, string | null>();

function isWordChar(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let kind = charKinds[code]!;
  if (kind === 0) {
    // Surrogates stay inside words: foldText then drops what is not Latin, as on whole texts.
    kind = (code >= 0xd800 && code <= 0xdfff) || WORD_CLASS.test(String.fromCharCode(code)) ? 1 : 2;
    charKinds[code] = kind;
  }
  return kind === 1;
}

/**
 * Calls `visit` with each raw word of the text (runs of letters, marks and digits), in order.
 *
 * @example
 * ```ts
 * const words: string[] = [];
 * forEachRawWord('CAP petite-enfance, 2 ans', (raw) => words.push(raw));
 * words; // ['CAP', 'petite', 'enfance', '2', 'ans']
 * ```
 */
export function forEachRawWord(text: string, visit: (raw: string) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (isWordChar(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) visit(text.slice(start));
}

/**
 * Like `forEachRawWord` without making strings: `visit` gets each word's bounds in `text` and an
 * FNV-1a hash of its UTF-16 code units, so an index builder can look words up without slicing.
 *
 * @example
 * ```ts
 * const title = 'Aide à domicile';
 * const bounds: [number, number][] = [];
 * scanRawWords(title, (start, end) => bounds.push([start, end])); // `hash` is the third argument
 * bounds; // [[0, 4], [5, 6], [7, 15]]
 * ```
 */
export function scanRawWords(text: string, visit: (start: number, end: number, hash: number) => void): void {
  let start = -1;
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      if (start < 0) {
        start = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    } else if (start >= 0) {
      visit(start, i, hash);
      start = -1;
    }
  }
  if (start >= 0) visit(start, text.length, hash);
}

/**
 * The folded words of one raw word (usually one; none for a word of another script).
 *
 * @example
 * ```ts
 * foldRawWord('Éducatrice'); // ['educatrice']
 * foldRawWord('日本'); // []
 * ```
 */
export function foldRawWord(raw: string): readonly string[] {
  let folded = foldedMemo.get(raw);
  if (folded === undefined) {
    const text = foldText(raw);
    folded = text === '' ? [] : text.split(' ');
    if (foldedMemo.size >= MEMO_LIMIT) foldedMemo.clear();
    foldedMemo.set(raw, folded);
  }
  return folded;
}

/**
 * Folded words of a text, in order (stop words and elided articles kept).
 *
 * @example
 * ```ts
 * foldedWords("L'aide-soignante à domicile"); // ['l', 'aide', 'soignante', 'a', 'domicile']
 * ```
 */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  forEachRawWord(text, (raw) => {
    for (const word of foldRawWord(raw)) words.push(word);
  });
  return words;
}

/**
 * True for a folded word that carries meaning: not a stop word and not a lone letter.
 *
 * @example
 * ```ts
 * isMeaningfulWord('cap'); // true
 * isMeaningfulWord('de'); // false
 * ```
 */
export function isMeaningfulWord(word: string): boolean {
  return (word.length > 1 || /\d/.test(word)) && !FRENCH_STOP_WORDS.has(word);
}

/**
 * The search token of a folded word: its stem, or null for a stop word or a lone letter.
 *
 * @example
 * ```ts
 * tokenOfWord('cuisinieres'); // 'cuisinier'
 * tokenOfWord('les'); // null
 * ```
 */
export function tokenOfWord(word: string): string | null {
  let token = tokenMemo.get(word);
  if (token === undefined) {
    token = isMeaningfulWord(word) ? stemFrench(word) : null;
    if (tokenMemo.size >= MEMO_LIMIT) tokenMemo.clear();
    tokenMemo.set(word, token);
  }
  return token;
}

/**
 * The search tokens of a text: elisions dropped, folded, stop words removed, stemmed.
 * « Les aides-soignantes » → [`aide`, `soignant`].
 *
 * @example
 * ```ts
 * frenchTokens('Les aides-soignantes'); // ['aide', 'soignant']
 * frenchTokens("Titre professionnel d'agent de propreté"); // ['titre', 'professionnel', 'agent', 'proprete']
 * ```
 */
export function frenchTokens(text: string): string[] {
  const tokens: string[] = [];
  forEachRawWord(text, (raw) => {
    for (const word of foldRawWord(raw)) {
      const token = tokenOfWord(word);
      if (token !== null) tokens.push(token);
    }
  });
  return tokens;
}
