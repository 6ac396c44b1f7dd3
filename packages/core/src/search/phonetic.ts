/**
 * How a folded French word sounds, roughly: the spellings people use for one sound meet
 * (« informatik » / informatique, « masson » / maçon, « plonberie » / plomberie, « fotographe »).
 * Only used when a word meets no term exactly or as a prefix, before typo tolerance; a key of
 * fewer than four letters says too little and is not looked up, so short nonsense stays unmatched.
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/g, 'f'],
  [/(qu|q|ck)/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  // « -tion » sounds « -sion » (« alfabetisassion », « informasion »).
  [/t(?=ion)/g, 's'],
  [/ch/g, '#'],
  [/c/g, 'k'],
  [/g(?=[eiy])/g, 'j'],
  [/gu(?=[eiy])/g, 'g'],
  [/h/g, ''],
  [/z/g, 's'],
  [/y/g, 'i'],
  [/(eau|au)/g, 'o'],
  [/(ai|ei)/g, 'e'],
  [/m(?=[bp])/g, 'n'],
  [/e(?=n[^aeioun]|n$)/g, 'a'],
  [/([a-z#])\1+/g, '$1'],
  [/(e|s|x|t|d)+$/g, ''],
];

const MIN_KEY = 4;

function keyOf(word: string): string {
  let key = word;
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}

/**
 * The keys of a folded word: one, or two when a « c » before a, o or u may have been a « ç »
 * (folding turned « maçon » into « macon »). Empty when the word is too short to say anything.
 */
export function phoneticKeys(word: string): string[] {
  if (word.length < MIN_KEY || /[^a-z]/.test(word)) return [];
  const keys = new Set([keyOf(word)]);
  if (/c[aou]/.test(word)) keys.add(keyOf(word.replace(/c(?=[aou])/g, 's')));
  return [...keys].filter((key) => key.length >= MIN_KEY);
}

/** Terms by key, built once on the first word that needs it. */
export function buildPhoneticIndex(terms: readonly string[]): ReadonlyMap<string, readonly number[]> {
  const index = new Map<string, number[]>();
  terms.forEach((term, t) => {
    for (const key of phoneticKeys(term)) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [t]);
      else list.push(t);
    }
  });
  return index;
}
