/**
 * French search over a catalogue, instant at national scale. A query is answered in three steps:
 * 1. the inverted index narrows the candidates: each clause of the query (a word, or a phrase of
 *    the métier table) looks up its exact term, its synonyms, the terms it prefixes when it is the
 *    word being typed, and, when none exists, the terms that share most of its trigrams, scored
 *    by fuse.js (typo tolerance);
 * 2. filters are applied to the candidate actions (precomputed facets, cached across keystrokes);
 * 3. candidates are ranked by relevance, then distance, then soonest session, and only the best
 *    few are re-scored by fuse.js against their title, so its cost never grows with the catalogue.
 */
import type { Catalogue, Offer } from '../catalogue/schema.js';
import { foldText } from '../text/fold.js';
import { analyseQuery, groupTerm, phraseMatcher, type Clause, type PhraseMatcher } from './analyse.js';
import { computeFacets, UNKNOWN_DAY, type Facets } from './facets.js';
import {
  evaluateFilters,
  evaluateRanking,
  rankingKey,
  type FilterState,
  type RankingState,
} from './filters.js';
import { answerQuery } from './understood-search.js';
import { composeSuggestions, metierSuggestions } from './metier-suggestions.js';
import { analyserKey, catalogueFingerprint } from './fingerprint.js';
import { groupFound, hitGroup, type Found } from './group-hits.js';
import { cutQuery, QUERY_LIMITS } from './query-limits.js';
import {
  BROAD_TIER_SHARE,
  createScratch,
  DAY_BASE,
  FIELD_MASK_WEIGHT,
  FIELD_NAMES,
  MAX_DISTANCE_STEP,
  popcount,
  rerankByTitle,
  rankKeyOf,
  scoreOffers,
  selectTop,
  TIER,
  TIER_COUNT,
  TITLE_BONUS,
  TOWN_WEIGHT,
  WEIGHT,
  type Scratch,
} from './scoring.js';
import { TermAlternatives } from './term-alternatives.js';
import {
  FIELD_METIER,
  FIELD_TITLE,
  FIELD_TOWN,
  buildTextIndex,
  findTerm,
  type LabelOptions,
  type TextIndex,
} from './text-index.js';
import type {
  MatchedField,
  SearchFilters,
  SearchHit,
  SearchQuery,
  SearchResults,
  Suggestion,
} from './types.js';

export { analyserKey, catalogueFingerprint, cutQuery, QUERY_LIMITS };

/** How `createSearchIndex` builds an index: extra métier labels, and whether fuse.js re-scores the best hits. */
export interface SearchIndexOptions {
  /** Extra métier labels by ROME code or Formacode, when the caller has the reference tables. */
  readonly labels?: LabelOptions;
  /** Re-score the best candidates with fuse.js against their title (default true). */
  readonly fuseRerank?: boolean;
}

/** How many of the best candidates fuse.js re-scores. */
export const RERANK = 40;

/** Typo lookups per query: each walks the trigram index, the costliest step of a query. */
const MAX_FUZZY_CLAUSES = 4;
/**
 * Hits fetched to fold identical actions into one card: `total` is exact up to this many actions,
 * and beyond it still counts the duplicates it did not see.
 */
export const GROUP_WINDOW = 100;
/** Filter sets kept evaluated at once (with their action orders, ~10 bytes per action each). */
const FILTER_CACHE_SIZE = 4;

/**
 * A training of an answer, ranked, whose card is built only if it makes the page: the rank reads
 * its (rounded) score, distance and session start, as in a hit.
 */
export interface PendingHit {
  readonly title: string;
  readonly score: number;
  readonly distanceKm: number | null;
  readonly start: string | undefined;
  /** The card, with this score (the same, or re-scored by title). */
  card(score: number): SearchHit;
}

/** The cards of one page of ranked trainings: built here only, each with its own score. */
export function cardsOf(trainings: readonly PendingHit[], offset: number, limit: number): SearchHit[] {
  return trainings.slice(offset, offset + limit).map((training) => training.card(training.score));
}

/**
 * One index's answer before paging (`combined-index.ts` merges several): what it says besides its
 * hits, its trainings in rank order with cards not yet built, the number of query clauses its best
 * hits meet, the query's words, and whether it re-scores titles with fuse.js.
 */
export interface WindowAnswer {
  readonly results: Omit<SearchResults, 'hits'>;
  readonly trainings: readonly PendingHit[];
  readonly coverage: number;
  readonly words: readonly string[];
  readonly rerank: boolean;
}

/** An action found in the window: what grouping reads, and what its card is built from. */
interface Candidate extends Found {
  readonly a: number;
  readonly score: number;
  readonly fields: number;
}

/** A window of ranked candidates, before they are grouped into cards and paged. */
type RawWindow = Omit<SearchResults, 'hits'> & {
  readonly found: readonly Candidate[];
  readonly coverage: number;
};

/** What `persist.ts` needs from an index: its catalogue, text index and labels. */
export interface IndexParts {
  readonly catalogue: Catalogue;
  readonly text: TextIndex;
  readonly labels: LabelOptions;
}

/*
 * A door for `persist.ts` only (not exported by the package): saving and loading live outside the
 * class so that a bundle which never saves an index (the widget) leaves that code out; class
 * methods cannot be tree-shaken.
 */
export let indexFromParts!: (
  catalogue: Catalogue,
  text: TextIndex,
  options: SearchIndexOptions,
) => SearchIndex;
export let partsOfIndex!: (index: SearchIndex) => IndexParts;
/** Doors for `combined-index.ts`: the métiers suggested for a text, and whether an index has one. */
export let metiersOf!: (
  index: SearchIndex,
  text: string,
  present: (group: number) => boolean,
) => Suggestion[] | null;
export let hasMetier!: (index: SearchIndex, group: number) => boolean;
/** The same kind of door for `combined-index.ts`: a window of grouped hits, not re-scored by title. */
export let windowAnswer!: (
  index: SearchIndex,
  text: string,
  filters: SearchFilters | undefined,
  wanted: number,
  groupWindow: number,
) => WindowAnswer;

/**
 * A French search over a catalogue's actions; build it with `createSearchIndex` or `loadSearchIndex`.
 *
 * @example
 * ```ts
 * import { generateDemoCatalogue } from '@passerelle/data'; // fictitious offers
 *
 * const index = createSearchIndex(generateDemoCatalogue({ size: 200, departements: ['33'] }));
 * const { total, hits, match } = index.search({ text: 'aide soignante', limit: 3 });
 * match; // 'all'
 * hits[0]?.matched; // ['title', 'metier', 'objective']
 * index.suggest('aide so', 1); // [{ kind: 'metier', label: 'Aide-soignant' }]
 * ```
 */
export class SearchIndex {
  readonly #catalogue: Catalogue;
  readonly #text: TextIndex;
  readonly #facets: Facets;
  readonly #matcher: PhraseMatcher;
  /** What each clause of a query may meet: its words, synonyms, prefixes, sounds and typos. */
  readonly #alternatives: TermAlternatives;
  readonly #labels: LabelOptions;
  readonly #fuseRerank: boolean;
  readonly #idf: Float32Array;
  readonly #townIdf: Float32Array;
  #browseKey = '';
  /*
   * A few filter sets stay cached, and a few rankings with their orders: people's words search
   * within a programme, then the next query without it, and sorting every action each time would
   * cost more than the query. Filter sets of one place and date window share one ranking.
   */
  readonly #sorted = new WeakMap<Float64Array, Uint32Array>();
  readonly #orders = new WeakMap<RankingState, Float64Array>();
  readonly #filterStates = new Map<string, FilterState>();
  readonly #rankings = new Map<string, RankingState>();
  #browseTop: number[] = [];
  #scratch: Scratch | undefined;
  #filterKey = '';
  #filterState: FilterState | undefined;

  static {
    indexFromParts = (catalogue, text, options) => new SearchIndex(catalogue, text, options);
    partsOfIndex = (index) => ({ catalogue: index.#catalogue, text: index.#text, labels: index.#labels });
    metiersOf = (index, text, present) => index.#metiers(text, present);
    hasMetier = (index, group) => index.#hasMetier(group);
    windowAnswer = (index, text, filters, wanted, groupWindow) =>
      index.#answer(text, filters, wanted, 0, false, groupWindow);
  }

  private constructor(catalogue: Catalogue, text: TextIndex, options: SearchIndexOptions) {
    this.#catalogue = catalogue;
    this.#text = text;
    this.#matcher = phraseMatcher();
    this.#labels = options.labels ?? {};
    this.#fuseRerank = options.fuseRerank ?? true;
    this.#facets = computeFacets(catalogue);
    this.#alternatives = new TermAlternatives(text, this.#matcher, this.#facets.offerCount);
    const n = text.terms.length;
    this.#idf = new Float32Array(n);
    this.#townIdf = new Float32Array(n);
    const offers = Math.max(1, this.#facets.offerCount);
    const actions = Math.max(1, this.#facets.actionCount);
    for (let t = 0; t < n; t += 1) {
      const df = text.offsets[t + 1]! - text.offsets[t]!;
      const townDf = text.townOffsets[t + 1]! - text.townOffsets[t]!;
      this.#idf[t] = df === 0 ? 0 : Math.log(1 + offers / df);
      this.#townIdf[t] = townDf === 0 ? 0 : Math.log(1 + actions / townDf);
    }
  }

  /** Builds the index of a catalogue (already validated by `parseCatalogue`). */
  static build(catalogue: Catalogue, options: SearchIndexOptions = {}): SearchIndex {
    return new SearchIndex(
      catalogue,
      buildTextIndex(catalogue, phraseMatcher(), options.labels ?? {}),
      options,
    );
  }

  /** Number of actions searched (one hit per action). */
  get size(): number {
    return this.#facets.actionCount;
  }

  /**
   * Builds now the tables that typo tolerance and sound-alike words need, which are otherwise built
   * on the first query that needs them. Call it when the page is idle, so that the first misspelt
   * word a person types does not pay for it.
   *
   * @example
   * ```ts
   * const index = createSearchIndex(catalogue);
   * index.prepare(); // in a browser, from requestIdleCallback
   * ```
   */
  prepare(): void {
    this.#alternatives.prepare();
  }

  /** Number of distinct terms in the index. */
  get termCount(): number {
    return this.#text.terms.length;
  }

  search(query: SearchQuery): SearchResults {
    return answerQuery(query, (text, filters, limit, offset) => {
      const { results, trainings } = this.#answer(text, filters, limit, offset, this.#fuseRerank);
      return { ...results, hits: cardsOf(trainings, offset, limit) };
    });
  }

  /**
   * One card per training: fetches a wider window, folds identical actions, then pages. Only the
   * page's first hits (at least `RERANK`) are re-scored by title, not the whole window: it is there
   * to fold duplicates, and fuse.js costs per title.
   */
  #answer(
    text: string,
    filters: SearchFilters | undefined,
    limit: number,
    offset: number,
    rerank: boolean,
    groupWindow = GROUP_WINDOW,
  ): WindowAnswer {
    const state = this.#filters(filters);
    const analysed = analyseQuery(text, this.#matcher);
    const wanted = offset + limit;
    // A fixed window, not one growing with the page, so that `total` does not depend on `limit`.
    const window = Math.max(wanted, groupWindow);
    const { coverage, found, ...rest } =
      analysed.clauses.length === 0
        ? this.#browse(state, window)
        : this.#searchText(
            analysed.clauses,
            analysed.words,
            state,
            window,
            rerank ? Math.max(RERANK, wanted) : 0,
          );
    // Every candidate of the window is grouped, to count trainings; cards are built for a page only.
    const lists = groupFound(found);
    const trainings = lists.slice(0, wanted).map((list) => this.#pending(list, state));
    return {
      results: { ...rest, total: rest.total - (found.length - lists.length) },
      trainings,
      coverage,
      words: analysed.words,
      rerank: this.#fuseRerank,
    };
  }

  /**
   * Suggestions for the combobox: métiers of our table present in the catalogue whose words
   * start like the text, then distinct training titles that the same text finds.
   */
  suggest(typed: string, limit: number): Suggestion[] {
    const text = cutQuery(typed).text;
    const metiers = this.#metiers(text);
    if (metiers === null || limit <= 0) return [];
    return composeSuggestions(metiers, this.search({ text, limit: limit * 3 }).hits, limit);
  }

  /** The métiers of our table that the text starts like and `present` has; null without words. */
  #metiers(text: string, present = (group: number) => this.#hasMetier(group)): Suggestion[] | null {
    const analysed = analyseQuery(text, this.#matcher);
    if (analysed.words.length === 0) return null;
    const typing = /[\p{L}\p{N}]$/u.test(text);
    return metierSuggestions(analysed.words, typing, present);
  }

  /** Whether some offer of this catalogue is of métier group `group`. */
  #hasMetier(group: number): boolean {
    const term = findTerm(this.#text.terms, groupTerm(group));
    return term >= 0 && this.#text.offsets[term + 1] !== this.#text.offsets[term];
  }

  #filters(filters: SearchFilters | undefined): FilterState {
    const key = filters === undefined ? '' : JSON.stringify(filters);
    if (this.#filterState === undefined || key !== this.#filterKey) {
      this.#filterState = remembered(this.#filterStates, key, () => {
        const ranking = remembered(this.#rankings, rankingKey(filters), () =>
          evaluateRanking(this.#facets, filters),
        );
        return evaluateFilters(this.#facets, filters, ranking);
      });
      this.#filterKey = key;
    }
    return this.#filterState;
  }

  #scratchArrays(): Scratch {
    this.#scratch ??= createScratch(this.#facets.offerCount, this.#facets.actionCount);
    return this.#scratch;
  }

  #searchText(
    clauses: readonly Clause[],
    words: readonly string[],
    state: FilterState,
    limit: number,
    rerankCount: number,
  ): RawWindow {
    const s = this.#scratchArrays();
    const text = this.#text;
    const facets = this.#facets;
    let offerTouched = 0;
    let townTouched = 0;
    let ideal = 0;
    let fuzzyLeft = MAX_FUZZY_CLAUSES;
    // Whether any training (or town) holds a term of the clause: the others are words nobody wrote.
    const clauseMet = clauses.map(() => false);

    clauses.forEach((clause, c) => {
      const bit = 1 << c;
      const alternatives = this.#alternatives.of(clause, fuzzyLeft > 0);
      if (clause.fuzzy !== null) fuzzyLeft -= 1;
      let clauseIdeal = 0;
      let touched = 0;
      let townClauseTouched = 0;
      // One term only (the usual case): its postings go straight to the offers, no max to take.
      const direct = alternatives.length === 1;
      for (const { term, factor, synonym } of alternatives) {
        if (
          text.offsets[term + 1]! > text.offsets[term]! ||
          text.townOffsets[term + 1]! > text.townOffsets[term]!
        )
          clauseMet[c] = true;
        // A synonym is in the field, not the word typed: the hit says it matched the métier.
        const shownFields = synonym ? -1 : 0;
        const idf = this.#idf[term]! * factor;
        clauseIdeal = Math.max(
          clauseIdeal,
          idf,
          this.#townIdf[term]! * factor * (TOWN_WEIGHT / WEIGHT[FIELD_TITLE]!),
        );
        if (direct) {
          const { docs, fields: postingFields } = text;
          const { offerMask, offerScore, offerFields, offerTitleHits, offerTouched: touchedOffers } = s;
          for (let p = text.offsets[term]!; p < text.offsets[term + 1]!; p += 1) {
            const o = docs[p]!;
            const fields = postingFields[p]!;
            if (offerMask[o] === 0) touchedOffers[offerTouched++] = o;
            offerMask[o]! |= bit;
            offerScore[o]! += idf * FIELD_MASK_WEIGHT[fields]!;
            offerFields[o]! |= shownFields === 0 ? fields : FIELD_METIER;
            if (fields & FIELD_TITLE) offerTitleHits[o]! += 1;
          }
        }
        for (let p = direct ? 0 : text.offsets[term]!; p < (direct ? 0 : text.offsets[term + 1]!); p += 1) {
          const o = text.docs[p]!;
          const fields = text.fields[p]!;
          const value = idf * FIELD_MASK_WEIGHT[fields]!;
          if (s.clauseBest[o] === 0) s.clauseTouched[touched++] = o;
          if (value > s.clauseBest[o]!) s.clauseBest[o] = value;
          s.clauseFields[o]! |= fields;
          if (shownFields !== 0) s.offerShownSynonym[o] = 1;
          else s.clauseShown[o]! |= fields;
        }
        const townIdf = this.#townIdf[term]! * factor * TOWN_WEIGHT;
        for (let p = text.townOffsets[term]!; p < text.townOffsets[term + 1]!; p += 1) {
          const a = text.townActions[p]!;
          if (s.townBest[a] === 0) s.townClauseTouched[townClauseTouched++] = a;
          if (townIdf > s.townBest[a]!) s.townBest[a] = townIdf;
        }
      }
      ideal += clauseIdeal * WEIGHT[FIELD_TITLE]!;
      for (let i = 0; i < touched; i += 1) {
        const o = s.clauseTouched[i]!;
        if (s.offerMask[o] === 0) s.offerTouched[offerTouched++] = o;
        s.offerMask[o]! |= bit;
        s.offerScore[o]! += s.clauseBest[o]!;
        s.offerFields[o]! |= s.clauseShown[o]! | (s.offerShownSynonym[o] === 1 ? FIELD_METIER : 0);
        if (s.clauseFields[o]! & FIELD_TITLE) s.offerTitleHits[o]! += 1;
        s.clauseBest[o] = 0;
        s.clauseFields[o] = 0;
        s.clauseShown[o] = 0;
        s.offerShownSynonym[o] = 0;
      }
      for (let i = 0; i < townClauseTouched; i += 1) {
        const a = s.townClauseTouched[i]!;
        if (s.townMask[a] === 0) s.townTouched[townTouched++] = a;
        s.townMask[a]! |= bit;
        s.townScore[a]! += s.townBest[a]!;
        s.townBest[a] = 0;
      }
    });

    // Gather the candidate actions that pass the filters, with the clauses they meet, score them,
    // and keep the best `wanted` by rank key.
    const pass = state.pass;
    const normaliser = ideal * (1 + TITLE_BONUS);
    const order = this.#orderOf(state);
    const wantedAtMost = Math.max(limit, rerankCount);
    let top: number[];
    let total: number;
    if (townTouched === 0) {
      ({ top, total } = this.#bestByOffer(offerTouched, normaliser, wantedAtMost, pass, order));
    } else {
      let count = 0;
      let bestCoverage = 0;
      // Inlined twice rather than a closure: this loop sees every candidate action.
      for (let i = 0; i < offerTouched; i += 1) {
        const o = s.offerTouched[i]!;
        const offerMask = s.offerMask[o]!;
        for (let a = facets.offerActionStart[o]!; a < facets.offerActionStart[o + 1]!; a += 1) {
          if (pass !== null && pass[a] === 0) continue;
          const coverage = popcount(offerMask | s.townMask[a]!);
          if (coverage < bestCoverage) continue;
          if (coverage > bestCoverage) {
            bestCoverage = coverage;
            count = 0;
          }
          s.candidates[count++] = a;
        }
      }
      for (let i = 0; i < townTouched; i += 1) {
        const a = s.townTouched[i]!;
        if (s.offerMask[facets.actionOffer[a]!] !== 0 || (pass !== null && pass[a] === 0)) continue;
        const coverage = popcount(s.townMask[a]!);
        if (coverage < bestCoverage) continue;
        if (coverage > bestCoverage) {
          bestCoverage = coverage;
          count = 0;
        }
        s.candidates[count++] = a;
      }

      const { candidates, actionScore, rankKey, offerScore, townScore, offerTitleHits } = s;
      const { actionOffer } = facets;
      const { titleLength } = text;
      const tiers = new Uint32Array(TIER_COUNT + 1);
      for (let i = 0; i < count; i += 1) {
        const a = candidates[i]!;
        const o = actionOffer[a]!;
        const titleShare = Math.min(1, offerTitleHits[o]! / Math.max(1, titleLength[o]!));
        const raw = (offerScore[o]! + townScore[a]!) * (1 + TITLE_BONUS * titleShare);
        actionScore[a] = normaliser > 0 ? Math.min(1, raw / normaliser) : 0;
        tiers[Math.round(actionScore[a]! / TIER)]! += 1;
      }
      const wanted = Math.min(count, wantedAtMost);
      // Only the best tiers can fill the first `wanted` places: the others need no rank key.
      let floor = TIER_COUNT;
      let reached = tiers[floor]!;
      while (floor > 0 && reached < wanted) {
        floor -= 1;
        reached += tiers[floor]!;
      }
      let kept = 0;
      for (let i = 0; i < count; i += 1) {
        const a = candidates[i]!;
        const score = actionScore[a]!;
        if (Math.round(score / TIER) < floor) continue;
        rankKey[a] = rankKeyOf(a, score, order);
        candidates[kept++] = a;
      }
      top = selectTop(candidates, kept, wanted, rankKey);
      total = count;
    }
    if (rerankCount > 0 && top.length > 1 && words.length > 0) {
      // Only the best few: fuse.js costs per title, and the window may hold hundreds.
      const best = top.slice(0, rerankCount);
      rerankByTitle(
        best.map((a) => foldText(this.#offerOf(a).title)),
        best,
        words,
        s.actionScore,
      );
      for (const a of best) s.rankKey[a] = rankKeyOf(a, s.actionScore[a]!, order);
      top = [
        ...selectTop(Uint32Array.from(best), best.length, best.length, s.rankKey),
        ...top.slice(best.length),
      ];
    }
    // Honest about coverage: a full answer meets every clause; otherwise say which words matched.
    let union = 0;
    let coverage = 0;
    for (const a of top) {
      const mask = s.offerMask[facets.actionOffer[a]!]! | s.townMask[a]!;
      union |= mask;
      coverage = Math.max(coverage, popcount(mask));
    }
    const full = top.length > 0 && coverage === clauses.length;
    const missingWords = clauses.flatMap((clause, c) => (clauseMet[c] ? [] : clause.words));
    const matchedWords = clauses.flatMap((clause, c) => (union & (1 << c) ? clause.words : []));
    const found = top.slice(0, limit).map((a) => {
      const o = facets.actionOffer[a]!;
      let fields = s.offerFields[o]!;
      if (s.townMask[a] !== 0) fields |= FIELD_TOWN;
      return this.#candidate(a, s.actionScore[a]!, fields, state);
    });

    // Reset the scratch arrays for the next query: only what was touched.
    for (let i = 0; i < offerTouched; i += 1) {
      const o = s.offerTouched[i]!;
      s.offerScore[o] = 0;
      s.offerMask[o] = 0;
      s.offerFields[o] = 0;
      s.offerTitleHits[o] = 0;
    }
    for (let i = 0; i < townTouched; i += 1) {
      const a = s.townTouched[i]!;
      s.townScore[a] = 0;
      s.townMask[a] = 0;
    }
    const honesty = missingWords.length > 0 ? { missingWords } : {};
    if (top.length === 0) return { total, found, ...honesty, coverage };
    if (full) return { total, found, match: 'all', ...honesty, coverage };
    return { total, found, match: 'partial', ...honesty, matchedWords, coverage };
  }

  /** Every action in filter order (closest, then soonest session), computed once per filter set. */
  #actionsInOrder(order: Float64Array): Uint32Array {
    let sorted = this.#sorted.get(order);
    if (sorted === undefined) {
      sorted = sortByOrder(order);
      this.#sorted.set(order, sorted);
    }
    return sorted;
  }

  /**
   * The common case where no clause met a town: every action scores as its offer, so coverage,
   * score and tier are computed once per offer, and only the offers of the best tiers are expanded
   * into actions. This keeps broad words (« formation », a first letter) fast at 200,000 offers.
   */
  #bestByOffer(
    offerTouched: number,
    normaliser: number,
    wantedAtMost: number,
    pass: Uint8Array | null,
    order: Float64Array,
  ): { top: number[]; total: number } {
    const s = this.#scratchArrays();
    const facets = this.#facets;
    const { offerActionStart } = facets;
    const titleLength = this.#text.titleLength;
    // Per-offer scratch free at this point: clause arrays are reset after each clause.
    const offerRelevance = s.clauseBest;
    const kept = s.clauseTouched;
    const tiers = new Uint32Array(TIER_COUNT + 1);
    const { total, keptCount } = scoreOffers(
      s.offerTouched,
      offerTouched,
      s.offerMask,
      s.offerScore,
      s.offerTitleHits,
      titleLength,
      offerActionStart,
      pass,
      normaliser,
      offerRelevance,
      kept,
      tiers,
    );
    const wanted = Math.min(total, wantedAtMost);
    let floor = TIER_COUNT;
    let reached = tiers[floor]!;
    while (floor > 0 && reached < wanted) {
      floor -= 1;
      reached += tiers[floor]!;
    }
    // Offers above the floor tier are few (fewer than `wanted` actions): rank them all. The floor
    // tier may hold most of the catalogue (« formation », a first letter): when it is broad, walk
    // the actions in filter order (closest, soonest) and stop once enough of them are in it.
    const tierOf = s.offerTier;
    let count = 0;
    for (let i = 0; i < keptCount; i += 1) {
      const o = kept[i]!;
      const score = offerRelevance[o]!;
      const tier = Math.round(score / TIER);
      if (tier < floor) continue;
      if (tier === floor) {
        tierOf[o] = floor + 1;
        continue;
      }
      for (let a = offerActionStart[o]!; a < offerActionStart[o + 1]!; a += 1) {
        if (pass !== null && pass[a] === 0) continue;
        s.actionScore[a] = score;
        s.rankKey[a] = rankKeyOf(a, score, order);
        s.candidates[count++] = a;
      }
    }
    const inFloor = tiers[floor]!;
    if (inFloor * BROAD_TIER_SHARE >= facets.actionCount) {
      const sorted = this.#actionsInOrder(order);
      const need = wanted - count;
      let taken = 0;
      let lastOrder = -1;
      for (let i = 0; i < sorted.length; i += 1) {
        const a = sorted[i]!;
        // Equal filter order is broken by the exact score: take the whole run of equals.
        if (taken >= need && order[a] !== lastOrder) break;
        const o = facets.actionOffer[a]!;
        if (tierOf[o] !== floor + 1 || (pass !== null && pass[a] === 0)) continue;
        const score = offerRelevance[o]!;
        s.actionScore[a] = score;
        s.rankKey[a] = rankKeyOf(a, score, order);
        s.candidates[count++] = a;
        taken += 1;
        lastOrder = order[a]!;
      }
    } else {
      for (let i = 0; i < keptCount; i += 1) {
        const o = kept[i]!;
        if (tierOf[o] !== floor + 1) continue;
        const score = offerRelevance[o]!;
        for (let a = offerActionStart[o]!; a < offerActionStart[o + 1]!; a += 1) {
          if (pass !== null && pass[a] === 0) continue;
          s.actionScore[a] = score;
          s.rankKey[a] = rankKeyOf(a, score, order);
          s.candidates[count++] = a;
        }
      }
    }
    for (let i = 0; i < keptCount; i += 1) {
      offerRelevance[kept[i]!] = 0;
      tierOf[kept[i]!] = 0;
    }
    return { top: selectTop(s.candidates, count, wanted, s.rankKey), total };
  }

  /** Distance step and session day of each action, the part of the rank key fixed by the filters. */
  #orderOf({ ranking }: FilterState): Float64Array {
    const known = this.#orders.get(ranking);
    if (known !== undefined) return known;
    const order = new Float64Array(this.#facets.actionCount);
    for (let a = 0; a < order.length; a += 1) {
      let distance = 0;
      if (ranking.distanceKm !== null) {
        const km = ranking.distanceKm[a]!;
        distance = Number.isNaN(km) ? MAX_DISTANCE_STEP : Math.min(MAX_DISTANCE_STEP, Math.round(km * 10));
      }
      const session = ranking.session[a]!;
      const day = session < 0 ? UNKNOWN_DAY : this.#facets.sessionDay[session]!;
      const dayStep = day === UNKNOWN_DAY ? 65_535 : Math.max(0, Math.min(65_534, day - DAY_BASE));
      order[a] = distance * 65_536 + dayStep;
    }
    this.#orders.set(ranking, order);
    return order;
  }

  /** No text: every action that passes the filters, closest then soonest first. */
  #browse(state: FilterState, limit: number): RawWindow {
    // The order only depends on the filters: clearing the text box shows it again at no cost.
    const key = `${this.#filterKey}\u0000${limit}`;
    if (key !== this.#browseKey) {
      const s = this.#scratchArrays();
      const order = this.#orderOf(state);
      let count = 0;
      for (let a = 0; a < this.#facets.actionCount; a += 1) {
        if (state.pass !== null && state.pass[a] === 0) continue;
        s.candidates[count++] = a;
        s.rankKey[a] = rankKeyOf(a, 1, order);
      }
      this.#browseTop = selectTop(s.candidates, count, limit, s.rankKey);
      this.#browseKey = key;
    }
    const found = this.#browseTop.map((a) => this.#candidate(a, 1, 0, state));
    return { total: state.count, found, coverage: 0 };
  }

  /** The action `a` with the session the filters chose: enough to group it, before any card is built. */
  #candidate(a: number, score: number, fields: number, state: FilterState): Candidate {
    const facets = this.#facets;
    const o = facets.actionOffer[a]!;
    const offer = this.#catalogue.offers[o]!;
    const action = offer.actions[a - facets.offerActionStart[o]!]!;
    const position = state.ranking.session[a]!;
    const session = position < 0 ? null : (action.sessions[position - facets.sessionStart[a]!] ?? null);
    return { a, score, fields, offerId: offer.id, actionId: action.id, action, session };
  }

  #pending(list: readonly Candidate[], state: FilterState): PendingHit {
    const first = list[0]!;
    return {
      title: this.#offerOf(first.a).title,
      score: Math.round(first.score * 1000) / 1000,
      distanceKm: distanceOf(first.a, state),
      start: first.session?.start ?? undefined,
      card: (score) => {
        const hit = this.#hit({ ...first, score }, state);
        const group = hitGroup(list);
        return group === undefined ? hit : { ...hit, group };
      },
    };
  }

  #offerOf(a: number): Offer {
    return this.#catalogue.offers[this.#facets.actionOffer[a]!]!;
  }

  #hit({ a, score, fields, action, session }: Candidate, state: FilterState): SearchHit {
    const offer = this.#offerOf(a);
    const matched: MatchedField[] = [];
    for (const [bit, name] of FIELD_NAMES) if (fields & bit) matched.push(name);
    return {
      offerId: offer.id,
      actionId: action.id,
      sessionId: session?.id ?? null,
      title: offer.title,
      score: Math.round(score * 1000) / 1000,
      distanceKm: distanceOf(a, state),
      matched,
      offer,
      action,
      session,
    };
  }
}

/** The cached value of `key`, made and kept (the cache emptied when full) on a miss. */
function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= FILTER_CACHE_SIZE) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/** Orders stay below 2^33 (see `rankKeyOf`): with the action in the low 20 bits, a key is exact. */
const ACTION_BITS = 2 ** 20;

/**
 * Actions by order, ties by position. A typed array sorts numbers natively, several times faster
 * than a comparator: the first broad keystroke (« d ») sorts every action of the catalogue.
 */
function sortByOrder(order: Float64Array): Uint32Array {
  const sorted = new Uint32Array(order.length);
  if (order.length > ACTION_BITS) {
    for (let a = 0; a < sorted.length; a += 1) sorted[a] = a;
    return sorted.sort((a, b) => order[a]! - order[b]! || a - b);
  }
  const keys = new Float64Array(order.length);
  for (let a = 0; a < keys.length; a += 1) keys[a] = order[a]! * ACTION_BITS + a;
  keys.sort();
  for (let i = 0; i < keys.length; i += 1) sorted[i] = keys[i]! % ACTION_BITS;
  return sorted;
}

/** Distance from the filters' centre to action `a`, km to one decimal; null without a centre or place. */
function distanceOf(a: number, state: FilterState): number | null {
  const km = state.ranking.distanceKm?.[a];
  return km === undefined || Number.isNaN(km) ? null : Math.round(km * 10) / 10;
}

/**
 * Builds the search index of a catalogue.
 *
 * @example
 * ```ts
 * const index = createSearchIndex(catalogue);
 * const { total, hits } = index.search({ text: 'aide soignante', filters: { departements: ['33'] }, limit: 10 });
 * ```
 */
export function createSearchIndex(catalogue: Catalogue, options: SearchIndexOptions = {}): SearchIndex {
  return SearchIndex.build(catalogue, options);
}
