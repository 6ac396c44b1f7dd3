import { foldText } from '../text/fold.js';
import { stemFrench } from '../text/french.js';
import { METIER_GROUPS } from './lexicon.js';
import type { SearchHit, Suggestion } from './types.js';

/**
 * The métiers of our table whose label or phrases start like what is typed: every word must be a
 * word of the métier by its stem, and the word being typed (no space or punctuation after it yet)
 * may be the start of one. `present(g)` says whether métier group `g` has offers in the catalogue,
 * so a suggestion never leads to an empty list.
 */
export function metierSuggestions(
  words: readonly string[],
  typing: boolean,
  present: (group: number) => boolean,
): Suggestion[] {
  const stems = words.map(stemFrench);
  const suggestions: Suggestion[] = [];
  metierPhrases().forEach((phrases, g) => {
    if (!present(g)) return;
    const matches = phrases.some(({ folded, stemmed }) =>
      words.every((word, i) => {
        const last = i === words.length - 1 && typing;
        return stemmed.includes(stems[i]!) || (last && folded.some((f) => f.startsWith(word)));
      }),
    );
    if (matches) suggestions.push({ kind: 'metier', label: METIER_GROUPS[g]!.label });
  });
  return suggestions;
}

interface PhraseWords {
  readonly folded: readonly string[];
  readonly stemmed: readonly string[];
}

let phraseWords: readonly (readonly PhraseWords[])[] | undefined;

/** Each métier's label and phrases as folded words and stems, computed once, not on every keystroke. */
function metierPhrases(): readonly (readonly PhraseWords[])[] {
  phraseWords ??= METIER_GROUPS.map((group) =>
    [group.label, ...group.phrases].map((candidate) => {
      const folded = foldText(candidate).split(' ');
      return { folded, stemmed: folded.map(stemFrench) };
    }),
  );
  return phraseWords;
}

/**
 * The combobox's list: métiers first, at most half of it while training titles (distinct, from the
 * best hits) can fill the rest.
 */
export function composeSuggestions(
  metiers: readonly Suggestion[],
  hits: readonly SearchHit[],
  limit: number,
): Suggestion[] {
  const titles: Suggestion[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    // A title is suggested for what was typed: people's words (« jeune », « handicap ») select
    // trainings by their programmes or publics, and those titles do not say what was typed.
    if (!hit.matched.includes('title') && !hit.matched.includes('metier')) continue;
    const key = foldText(hit.title);
    if (seen.has(key)) continue;
    seen.add(key);
    titles.push({ kind: 'training', label: hit.title });
  }
  const metierCount = Math.min(metiers.length, Math.max(Math.ceil(limit / 2), limit - titles.length));
  return [...metiers.slice(0, metierCount), ...titles].slice(0, limit);
}
