/**
 * A point for communes GeoNames does not list (most have fewer than 1,000 inhabitants): borrow
 * the point of the most populous commune with a GeoNames point that shares its postal code, else
 * its EPCI, else its arrondissement, else take the centre of its département. The point is never
 * presented as the commune's own: its source and an error radius travel with it.
 *
 * The error is measured by leave-one-out on the communes that do have a point: pretend each has
 * none, run the same chain without it, and measure how far the borrowed point lands.
 */
import { haversineKm, type Coordinates, type CoordinateSource } from '@passerelle/core';
import type { TerritoryCommune } from './match.js';

interface Anchor {
  readonly code: string;
  readonly population: number;
  readonly point: Coordinates;
}

interface Centre {
  lat: number;
  lon: number;
  count: number;
}

export interface FallbackPoint {
  readonly point: Coordinates;
  readonly source: Exclude<CoordinateSource, 'geonames'>;
}

function push(map: Map<string, Anchor[]>, key: string, anchor: Anchor): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [anchor]);
  else list.push(anchor);
}

/** The most populous anchor under any of the keys, other than `exclude`. */
function best(
  map: ReadonlyMap<string, readonly Anchor[]>,
  keys: readonly string[],
  exclude?: string,
): Anchor | undefined {
  let found: Anchor | undefined;
  for (const key of keys) {
    for (const anchor of map.get(key) ?? []) {
      if (anchor.code === exclude) continue;
      // Lists are sorted by population: the first eligible one is the best of this key.
      if (found === undefined || anchor.population > found.population) found = anchor;
      break;
    }
  }
  return found;
}

export class FallbackIndex {
  readonly #byPostalCode = new Map<string, Anchor[]>();
  readonly #byEpci = new Map<string, Anchor[]>();
  readonly #byArrondissement = new Map<string, Anchor[]>();
  readonly #centres = new Map<string, Centre>();

  /** `anchors` are the communes with a GeoNames point (arrondissements municipaux excluded). */
  constructor(anchors: readonly { commune: TerritoryCommune; point: Coordinates }[]) {
    for (const { commune, point } of anchors) {
      const anchor: Anchor = { code: commune.code, population: commune.population, point };
      for (const postalCode of commune.postalCodes) push(this.#byPostalCode, postalCode, anchor);
      if (commune.epci !== undefined) push(this.#byEpci, commune.epci, anchor);
      if (commune.arrondissement !== undefined) push(this.#byArrondissement, commune.arrondissement, anchor);
      const centre = this.#centres.get(commune.departement) ?? { lat: 0, lon: 0, count: 0 };
      centre.lat += point.lat;
      centre.lon += point.lon;
      centre.count += 1;
      this.#centres.set(commune.departement, centre);
    }
    for (const map of [this.#byPostalCode, this.#byEpci, this.#byArrondissement])
      for (const list of map.values())
        list.sort((a, b) => b.population - a.population || a.code.localeCompare(b.code));
  }

  /** Mean of the GeoNames points of a département, optionally without one of them. */
  centre(departement: string, without?: Coordinates): Coordinates | undefined {
    const centre = this.#centres.get(departement);
    if (centre === undefined) return undefined;
    const count = centre.count - (without === undefined ? 0 : 1);
    if (count <= 0) return undefined;
    return {
      lat: (centre.lat - (without?.lat ?? 0)) / count,
      lon: (centre.lon - (without?.lon ?? 0)) / count,
    };
  }

  /**
   * The borrowed point of a commune. With `leaveOut`, the commune's own point is ignored wherever
   * it would count (leave-one-out).
   */
  pointFor(commune: TerritoryCommune, leaveOut?: Coordinates): FallbackPoint | undefined {
    const exclude = leaveOut === undefined ? undefined : commune.code;
    const byPostalCode = best(this.#byPostalCode, commune.postalCodes, exclude);
    if (byPostalCode !== undefined) return { point: byPostalCode.point, source: 'postal-code' };
    const byEpci = commune.epci === undefined ? undefined : best(this.#byEpci, [commune.epci], exclude);
    if (byEpci !== undefined) return { point: byEpci.point, source: 'epci' };
    const byArrondissement =
      commune.arrondissement === undefined
        ? undefined
        : best(this.#byArrondissement, [commune.arrondissement], exclude);
    if (byArrondissement !== undefined) return { point: byArrondissement.point, source: 'arrondissement' };
    const centre = this.centre(commune.departement, leaveOut);
    return centre === undefined ? undefined : { point: centre, source: 'departement' };
  }
}

export interface ErrorStats {
  readonly count: number;
  readonly medianKm: number;
  readonly p95Km: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function errorStats(errorsKm: readonly number[]): ErrorStats {
  const sorted = [...errorsKm].sort((a, b) => a - b);
  return { count: sorted.length, medianKm: percentile(sorted, 0.5), p95Km: percentile(sorted, 0.95) };
}

export type LeaveOneOutReport = Readonly<Record<FallbackPoint['source'] | 'overall', ErrorStats>>;

/** Leave-one-out error of the fallback chain, per level and overall. */
export function leaveOneOut(
  index: FallbackIndex,
  anchors: readonly { commune: TerritoryCommune; point: Coordinates }[],
): LeaveOneOutReport {
  const errors: Record<FallbackPoint['source'], number[]> = {
    'postal-code': [],
    epci: [],
    arrondissement: [],
    departement: [],
  };
  for (const { commune, point } of anchors) {
    const fallback = index.pointFor(commune, point);
    if (fallback !== undefined) errors[fallback.source].push(haversineKm(point, fallback.point));
  }
  return {
    'postal-code': errorStats(errors['postal-code']),
    epci: errorStats(errors.epci),
    arrondissement: errorStats(errors.arrondissement),
    departement: errorStats(errors.departement),
    overall: errorStats(Object.values(errors).flat()),
  };
}
