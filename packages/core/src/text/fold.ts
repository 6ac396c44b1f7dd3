/**
 * Folds French text to a comparable form: lower case, no accents, ligatures spelled out,
 * apostrophes, hyphens and punctuation turned into single spaces. Shared by search, geography
 * lookups and matchers so that « Saint-Étienne-d'Œil » and « saint etienne d oeil » meet.
 */
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LIGATURE_CHARS = /[œæß]/g;
const NON_WORD = /[^a-z0-9]+/g;

/**
 * Lower-cases text and strips accents and punctuation, so « Aide-Soignant·e » and « aide soignante » compare equal.
 *
 * @example
 * ```ts
 * foldText('Aide-Soignant·e'); // 'aide soignant e'
 * ```
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(LIGATURE_CHARS, (ch) => LIGATURES[ch] ?? ch)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(NON_WORD, ' ')
    .trim();
}
