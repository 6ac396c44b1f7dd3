/**
 * Splitting a catalogue per département and putting it back together.
 *
 * An action belongs to the département of its first training place. An offer whose actions lie in
 * several départements goes into each of those shards carrying only that département's actions;
 * `mergeCatalogues` re-unites the copies by offer id, so nothing is duplicated or lost. Splitting a
 * catalogue whose offers are ordered by their first action's département, with actions in
 * département order, and merging the shards in département order gives back the same catalogue.
 */
import type { Action, Catalogue, Offer } from '../catalogue/schema.js';
import type { ShardBoundingBox } from './schema.js';

/**
 * Département of an action: its first place's `departement`, else the INSEE code's prefix.
 *
 * @example
 * ```ts
 * const departements = new Set(offer.actions.map((action) => actionDepartement(action) ?? 'inconnu'));
 * console.log(`${offer.title} : ${[...departements].join(', ')}`);
 * ```
 */
export function actionDepartement(action: Action): string | undefined {
  for (const place of action.places) {
    const { departement, inseeCode } = place.address;
    if (departement !== undefined) return departement;
    if (inseeCode !== undefined)
      return inseeCode.startsWith('97') ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2);
  }
  return undefined;
}

/** A département's part of a catalogue, as `splitCatalogue` returns it. */
export interface CatalogueShard {
  readonly departement: string;
  readonly catalogue: Catalogue;
}

/** A catalogue split per département, and the offers no département could be found for. */
export interface SplitCatalogue {
  /** One catalogue per département, in ascending département order. */
  readonly shards: CatalogueShard[];
  /** Offers (with only the actions concerned) whose actions name no département, if any. */
  readonly withoutDepartement: Offer[];
}

/**
 * Départements in the usual order: 01…19, 2A, 2B, 21…95, 971…
 *
 * @example
 * ```ts
 * ['33', '2B', '971', '01', '2A', '21'].sort(compareDepartements); // ['01', '2A', '2B', '21', '33', '971']
 * ```
 */
export function compareDepartements(a: string, b: string): number {
  const key = (code: string): string =>
    code === '2A' ? '20.1' : code === '2B' ? '20.2' : code.padEnd(3, ' ');
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/**
 * Splits a catalogue into one catalogue per département (see the module comment).
 *
 * @example
 * ```ts
 * const { shards, withoutDepartement } = splitCatalogue(catalogue);
 * for (const shard of shards) console.log(shard.departement, shard.catalogue.offers.length);
 * ```
 */
export function splitCatalogue(catalogue: Catalogue): SplitCatalogue {
  const byDepartement = new Map<string, Offer[]>();
  const withoutDepartement: Offer[] = [];
  for (const offer of catalogue.offers) {
    const groups = new Map<string | undefined, Action[]>();
    for (const action of offer.actions) {
      const departement = actionDepartement(action);
      const group = groups.get(departement);
      if (group) group.push(action);
      else groups.set(departement, [action]);
    }
    for (const [departement, actions] of groups) {
      const part: Offer = groups.size === 1 ? offer : { ...offer, actions };
      if (departement === undefined) {
        withoutDepartement.push(part);
        continue;
      }
      const offers = byDepartement.get(departement);
      if (offers) offers.push(part);
      else byDepartement.set(departement, [part]);
    }
  }
  const shards = [...byDepartement.keys()].sort(compareDepartements).map((departement) => ({
    departement,
    catalogue: {
      ...catalogue,
      meta: { ...catalogue.meta, departements: [departement] },
      offers: byDepartement.get(departement) ?? [],
    },
  }));
  return { shards, withoutDepartement };
}

/**
 * Re-assembles shards (in the order given) into one catalogue: offers sharing an id are re-united
 * with their actions in shard order, an action met twice is kept once, and the metadata is the first
 * shard's with the union of the départements. Merging no shard gives no catalogue.
 *
 * @example
 * ```ts
 * import { generateDemoCatalogue } from '@passerelle/data';
 *
 * const catalogue = generateDemoCatalogue({ size: 100, departements: ['33', '40'] });
 * const { shards } = splitCatalogue(catalogue);
 * const merged = mergeCatalogues(shards.map((shard) => shard.catalogue));
 * merged?.offers.length === catalogue.offers.length; // true
 * merged?.meta.departements; // ['33', '40']
 * mergeCatalogues([]); // undefined
 * ```
 */
export function mergeCatalogues(shards: readonly Catalogue[]): Catalogue | undefined {
  const [first] = shards;
  if (first === undefined) return undefined;
  const offers = new Map<string, { offer: Offer; actionIds: Set<string> }>();
  const departements = new Set<string>();
  for (const shard of shards) {
    for (const code of shard.meta.departements ?? []) departements.add(code);
    for (const offer of shard.offers) {
      const known = offers.get(offer.id);
      if (known === undefined) {
        offers.set(offer.id, {
          offer: { ...offer, actions: [...offer.actions] },
          actionIds: new Set(offer.actions.map((a) => a.id)),
        });
        continue;
      }
      for (const action of offer.actions) {
        if (known.actionIds.has(action.id)) continue;
        known.actionIds.add(action.id);
        known.offer.actions.push(action);
      }
    }
  }
  const meta = { ...first.meta };
  if (departements.size > 0) meta.departements = [...departements].sort(compareDepartements);
  else delete meta.departements;
  return { ...first, meta, offers: [...offers.values()].map((entry) => entry.offer) };
}

/** Counts and box of a catalogue (offers, actions, sessions), as a manifest lists them. */
export interface CatalogueSummary {
  readonly offers: number;
  readonly actions: number;
  readonly sessions: number;
  /** `[minLon, minLat, maxLon, maxLat]` of the training places with coordinates, if any. */
  readonly bbox: ShardBoundingBox | undefined;
}

/**
 * Counts and bounding box of a catalogue, as a manifest lists them for each shard.
 *
 * @example
 * ```ts
 * const { offers, actions, sessions, bbox } = summariseCatalogue(catalogue);
 * console.log(`${offers} offres, ${actions} actions, ${sessions} sessions`, bbox ?? 'sans coordonnées');
 * ```
 */
export function summariseCatalogue(catalogue: Catalogue): CatalogueSummary {
  let actions = 0;
  let sessions = 0;
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const offer of catalogue.offers) {
    for (const action of offer.actions) {
      actions += 1;
      sessions += action.sessions.length;
      for (const place of action.places) {
        const point = place.address.coordinates;
        if (point === undefined) continue;
        minLon = Math.min(minLon, point.lon);
        minLat = Math.min(minLat, point.lat);
        maxLon = Math.max(maxLon, point.lon);
        maxLat = Math.max(maxLat, point.lat);
      }
    }
  }
  const bbox: ShardBoundingBox | undefined =
    minLon === Infinity ? undefined : [minLon, minLat, maxLon, maxLat];
  return { offers: catalogue.offers.length, actions, sessions, bbox };
}
