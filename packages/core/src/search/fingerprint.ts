/** Fingerprints that tie a saved index to its catalogue and to the métier table it was built with. */
import type { Catalogue } from '../catalogue/schema.js';
import { METIER_GROUPS } from './lexicon.js';
import type { LabelOptions } from './text-index.js';

function fnv1a(hash: number, text: string, separator = -1): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  if (separator >= 0) h = Math.imul(h ^ separator, 0x01000193);
  return h >>> 0;
}

/**
 * Identifies a catalogue's offers and actions, so an index is never loaded against another one.
 *
 * @example
 * ```ts
 * const saved = JSON.parse(await readFile('recherche-33.index.json', 'utf8')) as SerialisedSearchIndex;
 * if (saved.catalogue !== catalogueFingerprint(catalogue)) console.warn('index à reconstruire : le catalogue a changé');
 * ```
 */
export function catalogueFingerprint(catalogue: Catalogue): string {
  let hash = 0x811c9dc5;
  let actions = 0;
  for (const offer of catalogue.offers) {
    hash = fnv1a(hash, offer.id, 0);
    for (const action of offer.actions) {
      hash = fnv1a(hash, action.id, 1);
      actions += 1;
    }
  }
  return `${catalogue.offers.length}:${actions}:${hash.toString(16)}`;
}

/** Which métier table and labels an index was built with. */
export function analyserKey(labels: LabelOptions): string {
  return fnv1a(
    0x811c9dc5,
    JSON.stringify([METIER_GROUPS, labels.rome ?? {}, labels.formacode ?? {}]),
  ).toString(16);
}
