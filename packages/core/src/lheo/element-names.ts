/**
 * The LHÉO element names, found without hashing. Every element name saxes reads is a new string
 * (often a slice of the whole chunk being parsed), so a `Map` lookup hashes it each time: about
 * 7 % of an import. Here the name's length and three of its characters pick a small bucket, and
 * the name is compared with the few names in it.
 *
 * The entry found also carries the name as a constant of this module, which the element tree
 * keeps instead of saxes' string: later comparisons (`child(node, 'adresse')`) then meet two
 * identical strings, and the tree does not keep the parsed chunk alive.
 */
import { LHEO_CONTAINER_ELEMENTS, LHEO_VALUE_ELEMENTS } from './codes.js';

export interface KnownElement {
  readonly name: string;
  /** Whether the element's text is `'kept'` (a value) or `'dropped'` (a container's indentation). */
  readonly text: 'kept' | 'dropped';
}

const SIZE = 1024;

function bucketOf(name: string): number {
  const last = name.length - 1;
  // For an empty name, charCodeAt gives NaN, which `^` reads as 0.
  return (
    ((name.length << 5) ^
      name.charCodeAt(0) ^
      (name.charCodeAt(last) << 2) ^
      (name.charCodeAt(last >> 1) << 4)) &
    (SIZE - 1)
  );
}

const BUCKETS: Array<KnownElement[] | undefined> = new Array<KnownElement[] | undefined>(SIZE);

/** Adds a name; a name added again takes its new kind (as `Map#set` would). */
function add(name: string, text: KnownElement['text']): void {
  const bucket = (BUCKETS[bucketOf(name)] ??= []);
  const index = bucket.findIndex((known) => known.name === name);
  if (index === -1) bucket.push({ name, text });
  else bucket[index] = { name, text };
}

for (const name of LHEO_VALUE_ELEMENTS) add(name, 'kept');
for (const name of LHEO_CONTAINER_ELEMENTS) add(name, 'dropped');
add('extras', 'dropped');
add('extra', 'kept');

/** The LHÉO element of that (local) name, or `undefined` for a name LHÉO does not define. */
export function knownElement(name: string): KnownElement | undefined {
  const bucket = BUCKETS[bucketOf(name)];
  if (bucket === undefined) return undefined;
  for (let i = 0; i < bucket.length; i += 1) {
    const known = bucket[i] as KnownElement;
    if (known.name === name) return known;
  }
  return undefined;
}
