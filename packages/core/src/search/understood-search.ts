import { interpretPeopleWords } from './people-words.js';
import { cutQuery } from './query-limits.js';
import type { SearchFilters, SearchQuery, SearchResults } from './types.js';

/** Answers a text with given filters: the index's own search, one card per training. */
export type Answer = (text: string, filters: SearchFilters | undefined) => SearchResults;

/**
 * A query read for people's words (« jeune », « apprendre à lire ») before it is searched.
 *
 * A query made only of such words selects their programmes as a filter, unless the caller set its
 * own or asked not to; a programme the catalogue does not use would hide everything, so then the
 * words are searched without it. The results say what was understood and which relay comes first,
 * so the widget can show a removable chip and the « Être orienté » link.
 */
export function searchUnderstood(query: SearchQuery, text: string, answer: Answer): SearchResults {
  const people = query.understandWords === false ? null : interpretPeopleWords(text);
  if (people === null) return answer(text, query.filters);
  const searched = people.text;
  let results: SearchResults | undefined;
  let chosen: readonly string[] = [];
  if (people.onlyPeopleWords && query.selectProgrammes !== false && query.filters?.programmes === undefined) {
    chosen = [...new Set(people.understood.flatMap((words) => words.programmes))];
    if (chosen.length > 0) {
      results = answer(searched, { ...query.filters, programmes: chosen });
      if (results.total === 0) results = undefined;
    }
  }
  if (results === undefined) {
    chosen = [];
    results = answer(searched, query.filters);
  }
  const relay = people.understood.find((words) => words.relay !== undefined)?.relay;
  return {
    ...results,
    understood: people.understood,
    ...(chosen.length > 0 ? { programmesFromWords: chosen } : {}),
    ...(relay === undefined ? {} : { relay }),
  };
}

/** One page of an index's answer to a text (already cut and read) with these filters. */
export type PagedAnswer = (
  text: string,
  filters: SearchFilters | undefined,
  limit: number,
  offset: number,
) => SearchResults;

/**
 * What every search does around its own answer, one index or several: paging made whole numbers,
 * the text cut at `QUERY_LIMITS` (and the cut said), people's words read once.
 */
export function answerQuery(query: SearchQuery, answer: PagedAnswer): SearchResults {
  const limit = Math.max(0, Math.floor(query.limit ?? 20));
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const { text, cut } = cutQuery(query.text ?? '');
  const results = searchUnderstood(query, text, (searched, filters) =>
    answer(searched, filters, limit, offset),
  );
  return cut === null ? results : { ...results, cut };
}
