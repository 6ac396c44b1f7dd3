/**
 * Per-action facts that filters and ranking need, laid out in typed arrays so that filtering
 * 200,000 actions is a tight loop: which offer an action belongs to, its départements, training
 * places, teaching mode, flags, publics and session start days. Cheap to compute (one pass over the
 * catalogue), so it is rebuilt on load rather than serialised.
 */
import type { Catalogue, TeachingMode } from '../catalogue/schema.js';

export const FLAG_PERMANENT = 1;
export const FLAG_FUNDING = 2;
export const FLAG_DISABILITY = 4;

export const MODE_CODES: Readonly<Record<TeachingMode, number>> = { presentiel: 1, mixte: 2, distance: 3 };

/** Sessions with an unknown start sort after every known one. */
export const UNKNOWN_DAY = 0x7fffffff;

export interface Facets {
  readonly offerCount: number;
  readonly actionCount: number;
  /** actions of offer `o` are `offerActionStart[o] … offerActionStart[o + 1] - 1`. */
  readonly offerActionStart: Uint32Array;
  readonly actionOffer: Uint32Array;
  readonly mode: Uint8Array;
  readonly flags: Uint8Array;
  /** Département ids per action (CSR), ids index `departementCodes`. */
  readonly departementStart: Uint32Array;
  readonly departementIds: Uint16Array;
  readonly departementCodes: readonly string[];
  /** Training place coordinates per action (CSR), `lat, lon` pairs in degrees. */
  readonly placeStart: Uint32Array;
  readonly placeCoords: Float64Array;
  /** Session start days per action (CSR, in catalogue order), days since 1970-01-01 or UNKNOWN_DAY. */
  readonly sessionStart: Uint32Array;
  readonly sessionDay: Int32Array;
  /**
   * Last day a person can join each session (same positions as `sessionDay`): its start day for
   * fixed dates, its end day for permanent entries (one can join while it runs); UNKNOWN_DAY when unknown.
   */
  readonly sessionJoinDay: Int32Array;
  /** Position in `sessionDay` of each action's soonest session, -1 without sessions. */
  readonly soonestSession: Int32Array;
  /** Programme ids per offer (CSR), ids index `programmeCodes`. */
  readonly programmeStart: Uint32Array;
  readonly programmeIds: Uint16Array;
  readonly programmeCodes: readonly string[];
  /** « Public visé » codes per action (CSR), ids index `publicCodes`. */
  readonly publicStart: Uint32Array;
  readonly publicIds: Uint16Array;
  readonly publicCodes: readonly string[];
}

/** Days since 1970-01-01 of an ISO date, or UNKNOWN_DAY. */
export function isoDay(date: string | null | undefined): number {
  if (date === null || date === undefined) return UNKNOWN_DAY;
  const time = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Number.isFinite(time) ? Math.floor(time / 86_400_000) : UNKNOWN_DAY;
}

function intern(codes: Map<string, number>, code: string): number {
  let id = codes.get(code);
  if (id === undefined) {
    id = codes.size;
    codes.set(code, id);
  }
  return id;
}

export function computeFacets(catalogue: Catalogue): Facets {
  const offers = catalogue.offers;
  let actionCount = 0;
  let placeCount = 0;
  let sessionCount = 0;
  let programmeCount = 0;
  let publicCount = 0;
  for (const offer of offers) {
    actionCount += offer.actions.length;
    programmeCount += offer.programmes.length;
    for (const action of offer.actions) {
      publicCount += action.targetPublics.length;
      placeCount += action.places.length;
      sessionCount += action.sessions.length;
    }
  }
  const offerActionStart = new Uint32Array(offers.length + 1);
  const actionOffer = new Uint32Array(actionCount);
  const mode = new Uint8Array(actionCount);
  const flags = new Uint8Array(actionCount);
  const departementStart = new Uint32Array(actionCount + 1);
  const departementIds = new Uint16Array(placeCount);
  const placeStart = new Uint32Array(actionCount + 1);
  const placeCoords = new Float64Array(placeCount * 2);
  const sessionStart = new Uint32Array(actionCount + 1);
  const sessionDay = new Int32Array(sessionCount);
  const sessionJoinDay = new Int32Array(sessionCount);
  const soonestSession = new Int32Array(actionCount);
  const programmeStart = new Uint32Array(offers.length + 1);
  const programmeIds = new Uint16Array(programmeCount);
  const publicStart = new Uint32Array(actionCount + 1);
  const publicIds = new Uint16Array(publicCount);
  const publicCodes = new Map<string, number>();
  const departementCodes = new Map<string, number>();
  const programmeCodes = new Map<string, number>();
  // Sessions share a few hundred start dates: parse each once.
  const days = new Map<string, number>();
  const dayOf = (date: string | null): number => {
    if (date === null) return UNKNOWN_DAY;
    let day = days.get(date);
    if (day === undefined) {
      day = isoDay(date);
      days.set(date, day);
    }
    return day;
  };

  let a = 0;
  let d = 0;
  let p = 0;
  let s = 0;
  let g = 0;
  let u = 0;
  offers.forEach((offer, o) => {
    offerActionStart[o] = a;
    programmeStart[o] = g;
    for (const programme of offer.programmes) programmeIds[g++] = intern(programmeCodes, programme);
    for (const action of offer.actions) {
      actionOffer[a] = o;
      mode[a] = action.teachingMode === undefined ? 0 : MODE_CODES[action.teachingMode];
      flags[a] =
        (action.entries === 'permanent' ? FLAG_PERMANENT : 0) |
        (action.fundingPossible ? FLAG_FUNDING : 0) |
        (action.disabilityAccess !== undefined ? FLAG_DISABILITY : 0);
      publicStart[a] = u;
      for (const code of action.targetPublics) publicIds[u++] = intern(publicCodes, code);
      departementStart[a] = d;
      placeStart[a] = p;
      for (const place of action.places) {
        const code = place.address.departement;
        if (code !== undefined) {
          // An action has a handful of places: a linear look at its own ids beats a Set.
          const id = intern(departementCodes, code);
          let known = false;
          for (let k = departementStart[a]!; k < d && !known; k += 1) known = departementIds[k] === id;
          if (!known) departementIds[d++] = id;
        }
        const coordinates = place.address.coordinates;
        if (coordinates !== undefined) {
          placeCoords[p * 2] = coordinates.lat;
          placeCoords[p * 2 + 1] = coordinates.lon;
          p += 1;
        }
      }
      sessionStart[a] = s;
      let soonest = -1;
      const permanent = action.entries === 'permanent';
      for (const session of action.sessions) {
        sessionDay[s] = dayOf(session.start);
        sessionJoinDay[s] = permanent ? dayOf(session.end) : sessionDay[s]!;
        if (soonest < 0 || sessionDay[s]! < sessionDay[soonest]!) soonest = s;
        s += 1;
      }
      soonestSession[a] = soonest;
      a += 1;
    }
  });
  offerActionStart[offers.length] = a;
  programmeStart[offers.length] = g;
  departementStart[actionCount] = d;
  placeStart[actionCount] = p;
  sessionStart[actionCount] = s;
  publicStart[actionCount] = u;
  return {
    offerCount: offers.length,
    actionCount,
    offerActionStart,
    actionOffer,
    mode,
    flags,
    departementStart,
    departementIds: departementIds.slice(0, d),
    departementCodes: [...departementCodes.keys()],
    placeStart,
    placeCoords: placeCoords.slice(0, p * 2),
    sessionStart,
    sessionDay,
    sessionJoinDay,
    soonestSession,
    programmeStart,
    programmeIds,
    programmeCodes: [...programmeCodes.keys()],
    publicStart,
    publicIds,
    publicCodes: [...publicCodes.keys()],
  };
}
