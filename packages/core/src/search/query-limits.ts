/** How long a query may be: longer texts are cut, and people are told. */
import type { QueryCut } from './types.js';

/**
 * The longest query searched: longer texts (a pasted page) are cut, and people are told. Twelve
 * words say any training need; 200 characters hold them with room to spare.
 */
export const QUERY_LIMITS = { maxChars: 200, maxWords: 12 } as const;

/** Cuts a query at `QUERY_LIMITS`, at a word boundary; `cut` is null when it fits. */
export function cutQuery(text: string): { text: string; cut: QueryCut | null } {
  let kept = text;
  let reason: QueryCut['reason'] | null = null;
  if (kept.length > QUERY_LIMITS.maxChars) {
    kept = kept.slice(0, QUERY_LIMITS.maxChars);
    // Do not search half a word: drop it unless the text is one long word.
    const boundary = kept.search(/[^\p{L}\p{N}][\p{L}\p{N}]*$/u);
    if (boundary > 0 && /[\p{L}\p{N}]/u.test(text[QUERY_LIMITS.maxChars] ?? ''))
      kept = kept.slice(0, boundary);
    reason = 'chars';
  }
  const words = /[\p{L}\p{N}]+/gu;
  let count = 0;
  for (let found = words.exec(kept); found !== null; found = words.exec(kept)) {
    count += 1;
    if (count > QUERY_LIMITS.maxWords) {
      kept = kept.slice(0, found.index);
      reason = 'words';
      break;
    }
  }
  if (reason === null) return { text, cut: null };
  kept = kept.trimEnd();
  // The cut text ends a word: it is complete, not one being typed.
  return { text: `${kept} `, cut: { kept, reason } };
}
