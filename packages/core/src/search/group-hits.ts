/** One card per training: hits of identical actions of one offer fold into one. */
import type { Session } from '../catalogue/schema.js';
import { foldText } from '../text/fold.js';
import type { SearchHit } from './types.js';

/** Which hits are the same training: one offer, the same training places. */
const groupKeys = new WeakMap<object, string>();
function groupKey(hit: SearchHit): string {
  let key = groupKeys.get(hit.action);
  if (key === undefined) {
    key = computeGroupKey(hit);
    groupKeys.set(hit.action, key);
  }
  return key;
}

function computeGroupKey(hit: SearchHit): string {
  const places = hit.action.places
    .map((place) => `${place.address.postalCode ?? ''} ${foldText(place.address.city ?? '')}`)
    .sort()
    .join('|');
  // Without a place (distance learning) nothing says two actions are the same training.
  if (places === '') return `${hit.offerId}\u0000${hit.actionId}`;
  const { teachingMode, entries } = hit.action;
  return `${hit.offerId}\u0000${places}\u0000${teachingMode ?? ''}\u0000${entries ?? ''}`;
}

const sessionOrder = (a: Session, b: Session) =>
  (a.start ?? '\uffff') < (b.start ?? '\uffff') ? -1 : (a.start ?? '\uffff') > (b.start ?? '\uffff') ? 1 : 0;

/**
 * Folds hits of identical actions into the first (best ranked: nearest, then soonest), with the
 * sessions of them all still to come, soonest first.
 */
export function groupHits(hits: readonly SearchHit[]): SearchHit[] {
  const byKey = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const key = groupKey(hit);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [hit]);
    else list.push(hit);
  }
  const grouped: SearchHit[] = [];
  for (const list of byKey.values()) {
    const sessions = new Map<string, Session>();
    for (const hit of list) {
      // Sessions before the one the filters chose are those already past or out of the window.
      const from = hit.session?.start;
      for (const session of hit.action.sessions) {
        if (
          hit.session !== null &&
          from !== null &&
          from !== undefined &&
          typeof session.start === 'string' &&
          session.start < from
        )
          continue;
        if (hit.session === null && list.length === 1) continue;
        sessions.set(`${hit.actionId}\u0000${session.id}`, session);
      }
    }
    const first = list[0]!;
    if (list.length === 1 && sessions.size <= 1) grouped.push(first);
    else
      grouped.push({
        ...first,
        group: {
          actionIds: list.map((hit) => hit.actionId),
          sessions: [...sessions.values()].sort(sessionOrder),
        },
      });
  }
  return grouped;
}
