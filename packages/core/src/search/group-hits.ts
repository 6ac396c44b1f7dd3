/** One card per training: found actions of identical trainings of one offer fold into one. */
import type { Action, Session } from '../catalogue/schema.js';
import { foldText } from '../text/fold.js';
import type { HitGroup } from './types.js';

/** What grouping reads of a found action: its offer, the action, and the session the filters chose. */
export interface Found {
  readonly offerId: string;
  readonly actionId: string;
  readonly action: Action;
  readonly session: Session | null;
}

/** Which found actions are the same training: one offer, the same training places. */
const groupKeys = new WeakMap<object, string>();
function groupKey(found: Found): string {
  let key = groupKeys.get(found.action);
  if (key === undefined) {
    key = computeGroupKey(found);
    groupKeys.set(found.action, key);
  }
  return key;
}

function computeGroupKey(found: Found): string {
  const places = found.action.places
    .map((place) => `${place.address.postalCode ?? ''} ${foldText(place.address.city ?? '')}`)
    .sort()
    .join('|');
  // Without a place (distance learning) nothing says two actions are the same training.
  if (places === '') return `${found.offerId}\u0000${found.actionId}`;
  const { teachingMode, entries } = found.action;
  return `${found.offerId}\u0000${places}\u0000${teachingMode ?? ''}\u0000${entries ?? ''}`;
}

const sessionOrder = (a: Session, b: Session) =>
  (a.start ?? '\uffff') < (b.start ?? '\uffff') ? -1 : (a.start ?? '\uffff') > (b.start ?? '\uffff') ? 1 : 0;

/**
 * The found actions (best ranked first) gathered by training, in the order of each training's best:
 * the first of a list is the card, the others fold into it. Cheap (one cached key per action), so a
 * wide window can be grouped to count trainings while only the page's cards are built.
 */
export function groupFound<T extends Found>(found: readonly T[]): T[][] {
  const byKey = new Map<string, T[]>();
  for (const item of found) {
    const key = groupKey(item);
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [item]);
    else list.push(item);
  }
  return [...byKey.values()];
}

/**
 * What a card says of the training it stands for: the actions folded into it and the sessions of
 * them all still to come, soonest first; undefined for one action with at most one such session.
 */
export function hitGroup(list: readonly Found[]): HitGroup | undefined {
  const sessions = new Map<string, Session>();
  for (const item of list) {
    // Sessions before the one the filters chose are those already past or out of the window.
    const from = item.session?.start;
    for (const session of item.action.sessions) {
      if (
        item.session !== null &&
        from !== null &&
        from !== undefined &&
        typeof session.start === 'string' &&
        session.start < from
      )
        continue;
      if (item.session === null && list.length === 1) continue;
      sessions.set(`${item.actionId}\u0000${session.id}`, session);
    }
  }
  if (list.length === 1 && sessions.size <= 1) return undefined;
  return {
    actionIds: list.map((item) => item.actionId),
    sessions: [...sessions.values()].sort(sessionOrder),
  };
}
