/**
 * The public shapes of search, shared by the widget, the CLI and the benchmarks.
 * They are ours: Fuse's types never appear here, so the scorer can be swapped.
 */
import type { Action, Coordinates, Offer, Session, TeachingMode } from '../catalogue/schema.js';
import type { UnderstoodWords, WordConditions } from './people-words.js';

export type { UnderstoodWords } from './people-words.js';

/** Filters of a search: programmes, départements, distance, dates, teaching mode, entries, funding, access. */
export interface SearchFilters {
  /** Keep offers tagged with at least one of these programme ids (e.g. `hsp-socle`). */
  readonly programmes?: readonly string[];
  /** Keep actions with a training place in one of these départements. */
  readonly departements?: readonly string[];
  /** Centre for distances; with `radiusKm`, keep actions within that radius. */
  readonly near?: Coordinates;
  readonly radiusKm?: number;
  /** Keep sessions starting on or after / on or before these ISO dates (unknown starts are kept). */
  readonly startFrom?: string;
  readonly startTo?: string;
  /**
   * Keep sessions a person can still join on this ISO date: fixed-date sessions not yet started,
   * and sessions of actions with permanent entries (`entries: 'permanent'`) not yet ended. A session
   * with an unknown start (fixed dates) or unknown end (permanent entries) passes, and so does an
   * action listing no session, as for the date window. Core has no clock: callers pass their today.
   */
  readonly joinableOn?: string;
  readonly teachingModes?: readonly TeachingMode[];
  /** Only actions with permanent entries (entrées/sorties permanentes). */
  readonly permanentEntries?: boolean;
  /** Only actions whose cost can be covered (prise en charge possible). */
  readonly fundingPossible?: boolean;
  /** Only actions that say they are accessible to people with disabilities. */
  readonly disabilityAccess?: boolean;
  /**
   * Keep actions aimed at one of these publics: Formacode « public visé » codes (LHÉO
   * `code-public-vise`), e.g. `81024` jeune 16-25 ans. Published cards keep only the codes of
   * `PEOPLE_PUBLICS`.
   */
  readonly publics?: readonly string[];
}

/** A search: free text in French, filters, paging. */
export interface SearchQuery {
  readonly text?: string;
  readonly filters?: SearchFilters;
  /** Maximum hits returned (default 20); `total` still counts them all. */
  readonly limit?: number;
  readonly offset?: number;
  /**
   * Read people's words (« jeune », « sans diplôme ») as programmes, needs and relays, and let a
   * query made of them select its programmes when `filters.programmes` is unset (default true).
   * False searches the text word for word, as typed.
   */
  readonly understandWords?: boolean;
  /**
   * Let people's words select their programmes (for a query made of them) and their conditions
   * (« handicap » → accessible actions) (default true). Pass false once a person removed that
   * chip: the words are still read (the relay to meet first, the words searched), but nothing
   * they stand for narrows the results.
   */
  readonly selectProgrammes?: boolean;
}

/** Which part of an offer a hit matched: shown to people as the reason it came up. */
export type MatchedField = 'title' | 'metier' | 'objective' | 'content' | 'organisation' | 'town';

/** One result: the action (and session) found, its score, distance and why it matched. */
export interface SearchHit {
  readonly offerId: string;
  readonly actionId: string;
  /** The soonest session that passes the filters; null when the action lists none that do. */
  readonly sessionId: string | null;
  readonly title: string;
  /** Relevance in [0, 1], higher is better (1 when there is no text). */
  readonly score: number;
  /** Distance from `filters.near` to the closest training place, km; null without `near` or coordinates. */
  readonly distanceKm: number | null;
  readonly matched: readonly MatchedField[];
  readonly offer: Offer;
  readonly action: Action;
  readonly session: Session | null;
  /**
   * The other actions of the same offer at the same places, folded into this one card (one card
   * per training), and the sessions of them all, soonest first. Absent when there is one action.
   */
  readonly group?: HitGroup;
}

/** Actions and sessions grouped under one hit (the same training at the same place). */
export interface HitGroup {
  readonly actionIds: readonly string[];
  readonly sessions: readonly Session[];
}

/** What `SearchIndex.search` returns: the total and one page of hits. */
export interface SearchResults {
  /**
   * Number of trainings found (identical actions of one offer count once); for a partial answer,
   * those meeting the most words. Beyond the hits fetched, duplicates not seen are still counted.
   */
  readonly total: number;
  readonly hits: readonly SearchHit[];
  /**
   * `all` when every hit meets every word of the query; `partial` when no training meets them
   * all and the hits meet only some (say so to people). Absent when there is no text.
   */
  readonly match?: 'all' | 'partial';
  /** Words of the query (folded, as typed) that no training within the filters contains. */
  readonly missingWords?: readonly string[];
  /** Words of the query that the hits of a partial answer do meet. */
  readonly matchedWords?: readonly string[];
  /** Set when the query was longer than `QUERY_LIMITS`: only its start was searched. */
  readonly cut?: QueryCut;
  /** People's phrases found in the query (« jeune » → Mission locale), in order. */
  readonly understood?: readonly UnderstoodWords[];
  /** Programmes selected from people's words (show them as a removable chip); absent if none. */
  readonly programmesFromWords?: readonly string[];
  /** Conditions selected from people's words (« handicap »), shown in the same chip; absent if none. */
  readonly conditionsFromWords?: WordConditions;
  /** Relay kind to meet first (« mission-locale »), when people's words say a training is not the first step. */
  readonly relay?: string;
}

/** What was kept of a query cut at `QUERY_LIMITS`. */
export interface QueryCut {
  /** The text actually searched. */
  readonly kept: string;
  readonly reason: 'chars' | 'words';
}

/** A completion for the search field: a job (métier) or a training title. */
export interface Suggestion {
  readonly kind: 'metier' | 'training';
  readonly label: string;
}
