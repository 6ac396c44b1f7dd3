/**
 * Applies `SearchFilters` to the per-action facets, before any text is scored: the result is a
 * pass mask, the distance of each action to `near`, and each action's soonest session that
 * passes the date window and can still be joined. Keystrokes repeat the same filters, so the index caches the last one.
 *
 * The ranking part (distances and soonest sessions) depends on `near` and the date window only: it
 * is computed apart, so filter sets that differ in programmes or publics (people's words tried with
 * and without their programmes) share it, and the index sorts the actions by it once.
 */
import { haversineKm } from '../geo/distance.js';
import type { SearchFilters } from './types.js';
import {
  FLAG_DISABILITY,
  FLAG_FUNDING,
  FLAG_PERMANENT,
  MODE_CODES,
  UNKNOWN_DAY,
  isoDay,
  type Facets,
} from './facets.js';

/** What orders actions (closest, then soonest): a function of `near` and the date window only. */
export interface RankingState {
  /** Km from `near` to the closest training place; NaN without coordinates; null without `near`. */
  readonly distanceKm: Float32Array | null;
  /** Position (in `facets.sessionDay`) of the soonest session passing the date filters, -1 when none. */
  readonly session: Int32Array;
  /** 1 for actions whose sessions all fall outside the date window; null without date filters. */
  readonly outOfDates: Uint8Array | null;
}

export interface FilterState {
  /** The ranking these filters share with every filter set of the same place and dates. */
  readonly ranking: RankingState;
  /** 1 for actions that pass; null when there is no filter at all. */
  readonly pass: Uint8Array | null;
  /** Number of passing actions. */
  readonly count: number;
}

function idSet(codes: readonly string[], wanted: readonly string[] | undefined): Set<number> | null {
  if (wanted === undefined) return null;
  const ids = new Set<number>();
  for (const code of wanted) {
    const id = codes.indexOf(code);
    if (id >= 0) ids.add(id);
  }
  return ids;
}

function anyIn(ids: Uint16Array, start: number, end: number, wanted: Set<number>): boolean {
  for (let i = start; i < end; i += 1) if (wanted.has(ids[i]!)) return true;
  return false;
}

/** The filters that `evaluateRanking` reads: equal keys give equal rankings. */
export function rankingKey(filters: SearchFilters | undefined): string {
  const f = filters ?? {};
  return JSON.stringify([f.near?.lat, f.near?.lon, f.startFrom, f.startTo, f.joinableOn]);
}

export function evaluateRanking(facets: Facets, filters: SearchFilters | undefined): RankingState {
  const f = filters ?? {};
  const n = facets.actionCount;
  let distanceKm: Float32Array | null = null;
  if (f.near !== undefined) {
    const near = f.near;
    distanceKm = new Float32Array(n).fill(Number.NaN);
    const coords = facets.placeCoords;
    for (let a = 0; a < n; a += 1) {
      let best = Infinity;
      for (let p = facets.placeStart[a]!; p < facets.placeStart[a + 1]!; p += 1) {
        const km = haversineKm(near, { lat: coords[p * 2]!, lon: coords[p * 2 + 1]! });
        if (km < best) best = km;
      }
      if (best !== Infinity) distanceKm[a] = best;
    }
  }
  const dated = f.startFrom !== undefined || f.startTo !== undefined || f.joinableOn !== undefined;
  if (!dated) return { distanceKm, session: facets.soonestSession, outOfDates: null };

  const from = f.startFrom === undefined ? -Infinity : isoDay(f.startFrom);
  const to = f.startTo === undefined ? Infinity : isoDay(f.startTo);
  const joinOn = f.joinableOn === undefined ? -Infinity : isoDay(f.joinableOn);
  const session = new Int32Array(n).fill(-1);
  const outOfDates = new Uint8Array(n);
  for (let a = 0; a < n; a += 1) {
    // An action passes when one of its sessions starts in the window and can still be joined
    // (unknown days pass), or when it lists no session at all: nothing says it is out of the window.
    const first = facets.sessionStart[a]!;
    const last = facets.sessionStart[a + 1]!;
    let best = -1;
    for (let s = first; s < last; s += 1) {
      const day = facets.sessionDay[s]!;
      if (day !== UNKNOWN_DAY && (day < from || day > to)) continue;
      const joinBy = facets.sessionJoinDay[s]!;
      if (joinBy !== UNKNOWN_DAY && joinBy < joinOn) continue;
      if (best < 0 || day < facets.sessionDay[best]!) best = s;
    }
    if (best < 0 && last > first) outOfDates[a] = 1;
    session[a] = best;
  }
  return { distanceKm, session, outOfDates };
}

export function evaluateFilters(
  facets: Facets,
  filters: SearchFilters | undefined,
  ranking: RankingState = evaluateRanking(facets, filters),
): FilterState {
  const f = filters ?? {};
  const n = facets.actionCount;
  const programmes = idSet(facets.programmeCodes, f.programmes);
  const departements = idSet(facets.departementCodes, f.departements);
  const publics = idSet(facets.publicCodes, f.publics);
  const modes =
    f.teachingModes === undefined ? null : new Set(f.teachingModes.map((mode) => MODE_CODES[mode]));
  const needFlags =
    (f.permanentEntries === true ? FLAG_PERMANENT : 0) |
    (f.fundingPossible === true ? FLAG_FUNDING : 0) |
    (f.disabilityAccess === true ? FLAG_DISABILITY : 0);
  const radius = f.near !== undefined && f.radiusKm !== undefined ? f.radiusKm : null;
  const { distanceKm, outOfDates } = ranking;
  const filtering =
    programmes !== null ||
    departements !== null ||
    publics !== null ||
    modes !== null ||
    needFlags !== 0 ||
    outOfDates !== null ||
    radius !== null;

  const pass = filtering ? new Uint8Array(n) : null;
  let count = filtering ? 0 : n;
  if (pass === null) return { ranking, pass, count };

  for (let a = 0; a < n; a += 1) {
    if (outOfDates !== null && outOfDates[a] === 1) continue;
    if (modes !== null && !modes.has(facets.mode[a]!)) continue;
    if ((facets.flags[a]! & needFlags) !== needFlags) continue;
    if (
      departements !== null &&
      !anyIn(
        facets.departementIds,
        facets.departementStart[a]!,
        facets.departementStart[a + 1]!,
        departements,
      )
    ) {
      continue;
    }
    if (
      publics !== null &&
      !anyIn(facets.publicIds, facets.publicStart[a]!, facets.publicStart[a + 1]!, publics)
    ) {
      continue;
    }
    if (programmes !== null) {
      const o = facets.actionOffer[a]!;
      if (!anyIn(facets.programmeIds, facets.programmeStart[o]!, facets.programmeStart[o + 1]!, programmes))
        continue;
    }
    if (radius !== null && !(distanceKm![a]! <= radius)) continue;
    pass[a] = 1;
    count += 1;
  }
  return { ranking, pass, count };
}
