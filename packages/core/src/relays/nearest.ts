/** The relays of a kind a person can reach most easily: nearest first when their place is known. */
import type { Coordinates } from '../catalogue/schema.js';
import { haversineKm } from '../geo/distance.js';
import type { RelayKind } from '../orientation/types.js';
import type { Relay, RelayDirectory } from './schema.js';

/** A relay of a directory with its distance from the person, as `nearestRelays` returns it. */
export interface NearbyRelay {
  readonly relay: Relay;
  /** Straight-line distance, km; null when either place has no coordinates. */
  readonly distanceKm: number | null;
}

/**
 * Up to `limit` relays of `kind`: the nearest to `from` first (those without coordinates after),
 * or, without `from`, the ones of the person's département (`departement`) in directory order.
 *
 * @example
 * ```ts
 * import { demoRelayDirectory } from '@passerelle/data'; // fictitious relays
 *
 * const bordeaux = { lat: 44.84, lon: -0.58 };
 * const [nearest] = nearestRelays(demoRelayDirectory(), 'mission-locale', { from: bordeaux, departement: '33' }, 1);
 * nearest?.relay.name; // 'Mission locale Démo Bordeaux (fictif)'
 * ```
 */
export function nearestRelays(
  directory: RelayDirectory,
  kind: RelayKind,
  place: { readonly from?: Coordinates | undefined; readonly departement?: string | undefined },
  limit = 2,
): NearbyRelay[] {
  const ofKind = directory.relays.filter((relay) => relay.kind === kind);
  const inDepartement = place.departement
    ? ofKind.filter((relay) => relay.departement === place.departement)
    : ofKind;
  const candidates = inDepartement.length > 0 ? inDepartement : ofKind;
  const { from } = place;
  const withDistance = candidates.map((relay) => ({
    relay,
    distanceKm: from && relay.address.coordinates ? haversineKm(from, relay.address.coordinates) : null,
  }));
  if (from) withDistance.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  return withDistance.slice(0, limit);
}
