/**
 * One search over several indexes, such as the département shards of a published catalogue, that
 * answers as one index over them all would: the query is cut and read for people's words once,
 * every index gives its best window, the windows are merged by core's rank, and only the merged
 * page's first hits are re-scored by title (once, not once per index).
 */
import { foldText } from '../text/fold.js';
import { TIER, titleFactors } from './scoring.js';
import { cutQuery } from './query-limits.js';
import { composeSuggestions } from './metier-suggestions.js';
import {
  cardsOf,
  GROUP_WINDOW,
  hasMetier,
  metiersOf,
  RERANK,
  windowAnswer,
  type PendingHit,
  type SearchIndex,
  type WindowAnswer,
} from './search-index.js';
import { answerQuery } from './understood-search.js';
import type { SearchQuery, SearchResults, Suggestion } from './types.js';

/** What a combined index answers: the same calls as one `SearchIndex`. */
export interface CombinedSearchIndex {
  search(query: SearchQuery): SearchResults;
  suggest(text: string, limit: number): Suggestion[];
  /** Number of actions searched, over every index. */
  readonly size: number;
}

/** Core's rank, read back from trainings: relevance tier, then distance, soonest session, score. */
function byRank(a: PendingHit, b: PendingHit): number {
  const startA = a.start ?? '\uffff';
  const startB = b.start ?? '\uffff';
  return (
    Math.round(b.score / TIER) - Math.round(a.score / TIER) ||
    (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
    (startA < startB ? -1 : startA > startB ? 1 : 0) ||
    b.score - a.score
  );
}

/**
 * The answers that one index over everything would keep: the full matches if some index has any;
 * otherwise the partial ones meeting the most words; with no text, all of them.
 */
function keptAnswers(answers: readonly WindowAnswer[]): readonly WindowAnswer[] {
  if (answers.every((answer) => answer.results.match === undefined)) return answers;
  const full = answers.filter((answer) => answer.results.match === 'all');
  if (full.length > 0) return full;
  const partial = answers.filter((answer) => answer.results.match === 'partial');
  const best = Math.max(0, ...partial.map((answer) => answer.coverage));
  return partial.filter((answer) => answer.coverage === best);
}

/** Re-scores the first trainings by title, as one index does, and puts them back in rank order. */
function rerankFirst(
  trainings: readonly PendingHit[],
  words: readonly string[],
  count: number,
): PendingHit[] {
  const first = trainings.slice(0, count);
  const factors = titleFactors(
    first.map((training) => foldText(training.title)),
    words,
  );
  const rescored = first.map((training, i) => ({
    ...training,
    score: Math.round(training.score * factors[i]! * 1000) / 1000,
  }));
  return [...rescored.sort(byRank), ...trainings.slice(count)];
}

function mergeAnswers(answers: readonly WindowAnswer[], limit: number, offset: number): SearchResults {
  const kept = keptAnswers(answers);
  const trainings = kept.flatMap((answer) => answer.trainings).sort(byRank);
  const words = answers[0]?.words ?? [];
  const ranked =
    answers[0]?.rerank === true && words.length > 0 && trainings.length > 1
      ? rerankFirst(trainings, words, Math.max(RERANK, offset + limit))
      : trainings;
  const total = kept.reduce((sum, answer) => sum + answer.results.total, 0);
  const page = cardsOf(ranked, offset, limit);
  // A word is missing only if no index has it; the words met are those of the answers kept.
  const missing = answers.map((answer) => new Set(answer.results.missingWords ?? []));
  const missingWords = [...(missing[0] ?? [])].filter((word) => missing.every((set) => set.has(word)));
  const honesty = missingWords.length > 0 ? { missingWords } : {};
  const match = kept[0]?.results.match;
  if (match === undefined) return { total, hits: page, ...honesty };
  if (match === 'all') return { total, hits: page, match, ...honesty };
  const met = new Set(kept.flatMap((answer) => answer.results.matchedWords ?? []));
  const matchedWords = words.filter((word) => met.has(word));
  return { total, hits: page, match, ...honesty, matchedWords };
}

/**
 * One search over several indexes (a manifest's départements, each with its prebuilt index):
 * the same results, paging and honesty (`match`, `missingWords`, people's words, `cut`) as one
 * index over all of them. Relevance is each index's own, so two indexes weigh a rare word by
 * their own counts; within a tier, distance and date decide, as in one index.
 *
 * @example
 * ```ts
 * import { generateDemoCatalogue } from '@passerelle/data'; // fictitious offers
 *
 * const gironde = createSearchIndex(generateDemoCatalogue({ size: 200, departements: ['33'] }));
 * const landes = createSearchIndex(generateDemoCatalogue({ size: 200, departements: ['40'] }));
 * const both = combineSearchIndexes([gironde, landes]);
 * both.size === gironde.size + landes.size; // true
 * both.search({ text: 'aide soignante', limit: 10 }).match; // 'all'
 * both.search({ text: 'xyzzq aide soignante' }).missingWords; // ['xyzzq']
 * ```
 */
export function combineSearchIndexes(indexes: readonly SearchIndex[]): CombinedSearchIndex {
  const parts = [...indexes];
  const search = (query: SearchQuery): SearchResults => {
    if (parts.length === 1) return parts[0]!.search(query);
    // Each index gives as many hits as the merged page could re-score, so none is missed, and
    // groups its share of one index's window (duplicates are counted over them all together).
    const groupWindow = Math.ceil(GROUP_WINDOW / parts.length);
    return answerQuery(query, (text, filters, limit, offset) => {
      const wanted = Math.max(offset + limit, RERANK);
      const answers = parts.map((index) => windowAnswer(index, text, filters, wanted, groupWindow));
      return mergeAnswers(answers, limit, offset);
    });
  };
  const suggest = (typed: string, limit: number): Suggestion[] => {
    if (parts.length === 1) return parts[0]!.suggest(typed, limit);
    if (parts.length === 0 || limit <= 0) return [];
    const text = cutQuery(typed).text;
    // The métiers any département has; the titles from one search over them all.
    const metiers = metiersOf(parts[0]!, text, (group) => parts.some((index) => hasMetier(index, group)));
    if (metiers === null) return [];
    return composeSuggestions(metiers, search({ text, limit: limit * 3 }).hits, limit);
  };
  return {
    get size() {
      return parts.reduce((sum, index) => sum + index.size, 0);
    },
    search,
    suggest,
  };
}
