/**
 * Saving a search index with its catalogue shard and loading it back without rebuilding it.
 * Kept apart from the index class so that bundles which never save an index leave this out.
 */
import type { Catalogue } from '../catalogue/schema.js';
import { err, ok, type Problem, type Result } from '../result.js';
import {
  base64ToBytes,
  base64ToUint32,
  bytesToBase64,
  decodePostings,
  encodePostings,
  uint32ToBase64,
} from './codec.js';
import { searchMessages } from './messages.js';
import {
  analyserKey,
  catalogueFingerprint,
  indexFromParts,
  partsOfIndex,
  type SearchIndex,
  type SearchIndexOptions,
} from './search-index.js';
import type { LabelOptions, TextIndex } from './text-index.js';

/** The JSON-safe form of an index, written by `serialiseSearchIndex` and read back by `loadSearchIndex`. */
export interface SerialisedSearchIndex {
  readonly format: 'passerelle-search-index';
  readonly version: 1;
  /** Which catalogue the index belongs to: counts and a hash of the ids. */
  readonly catalogue: string;
  /** Which métier table and labels built it. */
  readonly analyser: string;
  readonly terms: string;
  readonly offsets: string;
  readonly docs: string;
  readonly fields: string;
  readonly townOffsets: string;
  readonly townActions: string;
  readonly titleLength: string;
}

const FORMAT = 'passerelle-search-index';
const VERSION = 1;

/**
 * The JSON-safe form of an index, to store beside its catalogue.
 *
 * @example
 * ```ts
 * const index = createSearchIndex(catalogue);
 * await writeFile('recherche-33.index.json', JSON.stringify(serialiseSearchIndex(index)));
 * ```
 */
export function serialiseSearchIndex(index: SearchIndex): SerialisedSearchIndex {
  const { catalogue, text, labels } = partsOfIndex(index);
  return {
    format: FORMAT,
    version: VERSION,
    catalogue: catalogueFingerprint(catalogue),
    analyser: analyserKey(labels),
    terms: text.terms.join('\n'),
    offsets: uint32ToBase64(text.offsets),
    docs: encodePostings(text.offsets, text.docs),
    fields: bytesToBase64(text.fields),
    townOffsets: uint32ToBase64(text.townOffsets),
    townActions: encodePostings(text.townOffsets, text.townActions),
    titleLength: bytesToBase64(text.titleLength),
  };
}

/**
 * Loads an index written by `serialiseSearchIndex` for this very catalogue, without rebuilding it.
 * Untrusted input: every array is checked, and a French problem says what is wrong.
 *
 * @example
 * ```ts
 * const loaded = loadSearchIndex(catalogue, JSON.parse(await readFile('recherche-33.index.json', 'utf8')));
 * const index = loaded.ok ? loaded.value : createSearchIndex(catalogue); // another catalogue: rebuild it
 * index.search({ text: 'cuisinier' });
 * ```
 */
export function loadSearchIndex(
  catalogue: Catalogue,
  data: unknown,
  options: SearchIndexOptions = {},
): Result<SearchIndex, Problem[]> {
  const decoded = decodeIndex(catalogue, data, options.labels ?? {});
  return decoded.ok ? ok(indexFromParts(catalogue, decoded.value, options)) : decoded;
}

function decodeIndex(
  catalogue: Catalogue,
  data: unknown,
  labels: LabelOptions,
): Result<TextIndex, Problem[]> {
  const problem = (path: string, message: string) => err([{ path: `index${path}`, message }]);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return problem('', searchMessages.notAnObject);
  const record = data as Record<string, unknown>;
  if (record.format !== FORMAT) return problem('.format', searchMessages.wrongFormat(record.format));
  if (record.version !== VERSION)
    return problem('.version', searchMessages.wrongVersion(VERSION, record.version));
  const fingerprint = catalogueFingerprint(catalogue);
  if (record.catalogue !== fingerprint) {
    return problem('.catalogue', searchMessages.otherCatalogue(fingerprint, record.catalogue));
  }
  if (record.analyser !== analyserKey(labels)) return problem('.analyser', searchMessages.otherAnalyser);
  const strings = [
    'terms',
    'offsets',
    'docs',
    'fields',
    'townOffsets',
    'townActions',
    'titleLength',
  ] as const;
  for (const key of strings) {
    if (typeof record[key] !== 'string') return problem(`.${key}`, searchMessages.notAString);
  }
  const field = (key: (typeof strings)[number]) => record[key] as string;
  const terms = field('terms') === '' ? [] : field('terms').split('\n');
  for (let i = 1; i < terms.length; i += 1) {
    if (!(terms[i - 1]! < terms[i]!)) return problem('.terms', searchMessages.termsNotSorted(i + 1));
  }
  const offsets = base64ToUint32(field('offsets'));
  const townOffsets = base64ToUint32(field('townOffsets'));
  if (offsets === null || offsets.length !== terms.length + 1)
    return problem('.offsets', searchMessages.badEncoding);
  if (townOffsets === null || townOffsets.length !== terms.length + 1) {
    return problem('.townOffsets', searchMessages.badEncoding);
  }
  for (const [key, list] of [
    ['.offsets', offsets],
    ['.townOffsets', townOffsets],
  ] as const) {
    if (list[0] !== 0) return problem(key, searchMessages.badOffsets);
    for (let i = 1; i < list.length; i += 1)
      if (list[i]! < list[i - 1]!) return problem(key, searchMessages.badOffsets);
  }
  const offerCount = catalogue.offers.length;
  let actionCount = 0;
  for (const offer of catalogue.offers) actionCount += offer.actions.length;
  const docs = decodePostings(offsets, field('docs'), offerCount);
  if (docs === null) return problem('.docs', searchMessages.badPostings('offre', offerCount));
  const fields = base64ToBytes(field('fields'));
  if (fields === null || fields.length !== docs.length) return problem('.fields', searchMessages.badEncoding);
  const townActions = decodePostings(townOffsets, field('townActions'), actionCount);
  if (townActions === null) return problem('.townActions', searchMessages.badPostings('action', actionCount));
  const titleLength = base64ToBytes(field('titleLength'));
  if (titleLength === null || titleLength.length !== offerCount) {
    return problem('.titleLength', searchMessages.badEncoding);
  }
  return ok({ terms, offsets, docs, fields, townOffsets, townActions, titleLength });
}
