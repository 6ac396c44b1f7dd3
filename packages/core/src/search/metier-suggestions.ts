import { foldText } from '../text/fold.js';
import { stemFrench } from '../text/french.js';
import { METIER_GROUPS } from './lexicon.js';
import type { Suggestion } from './types.js';

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
  const suggestions: Suggestion[] = [];
  METIER_GROUPS.forEach((group, g) => {
    if (!present(g)) return;
    const matches = [group.label, ...group.phrases].some((candidate) => {
      const folded = foldText(candidate).split(' ');
      const stems = folded.map(stemFrench);
      return words.every((word, i) => {
        const last = i === words.length - 1 && typing;
        return stems.includes(stemFrench(word)) || (last && folded.some((f) => f.startsWith(word)));
      });
    });
    if (matches) suggestions.push({ kind: 'metier', label: group.label });
  });
  return suggestions;
}
