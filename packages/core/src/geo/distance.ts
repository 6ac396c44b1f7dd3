import type { Coordinates } from '../catalogue/schema.js';

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/**
 * Great-circle distance between two points, km. The sphere is off by at most 0.5 % against the
 * ellipsoid: far below the precision of a commune's point.
 *
 * @example
 * ```ts
 * const bordeaux = { lat: 44.8378, lon: -0.5792 };
 * const paris = { lat: 48.8566, lon: 2.3522 };
 * Math.round(haversineKm(bordeaux, paris)); // 499
 * ```
 */
export function haversineKm(a: Coordinates, b: Coordinates): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
