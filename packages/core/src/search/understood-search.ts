import { interpretPeopleWords, type Interpretation, type WordConditions } from './people-words.js';
import { cutQuery } from './query-limits.js';
import type { SearchFilters, SearchQuery, SearchResults } from './types.js';

/** Answers a text with given filters: the index's own search, one card per training. */
export type Answer = (text: string, filters: SearchFilters | undefined) => SearchResults;

/** What people's words narrow a search to: programmes and conditions. */
interface WordsSelection {
  readonly programmes: readonly string[];
  readonly conditions: WordConditions;
}

const nothingSelected: WordsSelection = { programmes: [], conditions: {} };

function hasConditions(conditions: WordConditions): boolean {
  return Object.keys(conditions).length > 0;
}

function isEmpty(selection: WordsSelection): boolean {
  return selection.programmes.length === 0 && !hasConditions(selection.conditions);
}

/** The conditions of the words the caller's own filters leave open, merged. */
function conditionsOf(people: Interpretation, filters: SearchFilters | undefined): WordConditions {
  const said = people.understood.flatMap((words) =>
    words.conditions === undefined ? [] : [words.conditions],
  );
  const access = filters?.disabilityAccess !== true && said.some((c) => c.disabilityAccess === true);
  const publics = filters?.publics === undefined ? said.flatMap((c) => (c.publics ? [c.publics] : [])) : [];
  return {
    ...(access ? { disabilityAccess: true } : {}),
    ...(publics.length > 0
      ? {
          publics: {
            codes: [...new Set(publics.flatMap((p) => p.codes))],
            label: [...new Set(publics.map((p) => p.label))].join(', '),
          },
        }
      : {}),
  };
}

/** The search filters a selection adds to the caller's. */
function narrowedBy(filters: SearchFilters | undefined, selection: WordsSelection): SearchFilters {
  const { disabilityAccess, publics } = selection.conditions;
  return {
    ...filters,
    ...(selection.programmes.length > 0 ? { programmes: selection.programmes } : {}),
    ...(disabilityAccess ? { disabilityAccess } : {}),
    ...(publics ? { publics: publics.codes } : {}),
  };
}

/**
 * The selections to try, narrowest first: programmes and conditions, then conditions alone (a
 * disability or an age is the person's own, a programme only our guess), then nothing.
 */
function selectionsToTry(query: SearchQuery, people: Interpretation): WordsSelection[] {
  if (query.selectProgrammes === false) return [];
  const programmes =
    people.onlyPeopleWords && query.filters?.programmes === undefined
      ? [...new Set(people.understood.flatMap((words) => words.programmes))]
      : [];
  const conditions = conditionsOf(people, query.filters);
  const both = { programmes, conditions };
  const tries = programmes.length > 0 ? [both, { programmes: [], conditions }] : [both];
  return tries.filter((selection) => !isEmpty(selection));
}

/**
 * A query read for people's words (« jeune », « apprendre à lire », « handicap ») before it is
 * searched.
 *
 * A query made only of such words selects their programmes as a filter, and words such as
 * « handicap » select their conditions whatever else the query holds, unless the caller set its
 * own or asked not to; a selection the catalogue cannot meet would hide everything, so then it is
 * dropped. The results say what was understood and which relay comes first, so the widget can show
 * a removable chip and the « Être orienté » link.
 */
export function searchUnderstood(query: SearchQuery, text: string, answer: Answer): SearchResults {
  const people = query.understandWords === false ? null : interpretPeopleWords(text);
  if (people === null) return answer(text, query.filters);
  const searched = people.text;
  let results: SearchResults | undefined;
  let chosen = nothingSelected;
  for (const selection of selectionsToTry(query, people)) {
    const answered = answer(searched, narrowedBy(query.filters, selection));
    if (answered.total === 0) continue;
    results = answered;
    chosen = selection;
    break;
  }
  results ??= answer(searched, query.filters);
  const relay = people.understood.find((words) => words.relay !== undefined)?.relay;
  return {
    ...results,
    understood: people.understood,
    ...(chosen.programmes.length > 0 ? { programmesFromWords: chosen.programmes } : {}),
    ...(hasConditions(chosen.conditions) ? { conditionsFromWords: chosen.conditions } : {}),
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
