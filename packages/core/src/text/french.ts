/**
 * French analysis shared by the search index and the queries typed into it, so that both sides
 * meet on the same tokens: « L'Aide-Soignante » and « aide soignant » both give `aide soignant`.
 *
 * Rules, in order: elisions (l', d', qu', jusqu'…) are dropped; the text is folded by `foldText`
 * (case, accents, ligatures, hyphens, punctuation); stop words and one-letter words are dropped;
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
]);

/**
 * Light French stem of one folded word: plural marks, then common feminine endings.
 * Words of three letters or fewer and words with digits (r489, cap2) are kept as they are.
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

/** Drops elisions (l'accueil → accueil) before folding, so the article never becomes a word. */
export function dropElisions(text: string): string {
  return text.replace(ELISION, '$1 ');
}

/** Folded words of a text, elisions removed, in order (stop words kept). */
export function foldedWords(text: string): string[] {
  const folded = foldText(dropElisions(text));
  return folded === '' ? [] : folded.split(' ');
}

/** True for a folded word that carries meaning: not a stop word and not a lone letter. */
export function isMeaningfulWord(word: string): boolean {
  return (word.length > 1 || /\d/.test(word)) && !FRENCH_STOP_WORDS.has(word);
}

/**
 * The search tokens of a text: elisions dropped, folded, stop words removed, stemmed.
 * « Les aides-soignantes » → [`aide`, `soignant`].
 */
export function frenchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const word of foldedWords(text)) {
    if (isMeaningfulWord(word)) tokens.push(stemFrench(word));
  }
  return tokens;
}
