/**
 * Finds communes by postal code, INSEE code or name, the way people type them: « st emilion »,
 * « ST-EMILION », « Saint-Émilion » and « saint émilion » all meet. Pure: it indexes the places it
 * is given (one département, one région or all of France) and reads nothing itself.
 */
import { foldText } from '../text/fold.js';
import type { Place } from './place.js';

/** Abbreviations people write for the first word of so many French communes. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
};
const ARTICLES = new Set(['le', 'la', 'les', 'l']);
const POSTAL_CODE = /^\d{5}$/;
const INSEE_CODE = /^(\d{2}|2[ab])\d{3}$/i;
/** « Paris 11e Arrondissement », « Marseille 1er Arrondissement ». */
const ARRONDISSEMENT_NAME = /^(.+) (\d{1,2})(er|e) arrondissement$/;

/**
 * Folded name with « st » spelled « saint »: the key names are compared on.
 *
 * @example
 * ```ts
 * placeNameKey('St-Émilion'); // 'saint emilion'
 * placeNameKey('Saint Émilion') === placeNameKey('ST EMILION'); // true
 * ```
 */
export function placeNameKey(text: string): string {
  return foldText(text)
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

interface NameEntry {
  readonly key: string;
  readonly place: Place;
  /** True for the name as written; false for a shorter alias (« rochelle », « paris 11 »). */
  readonly full: boolean;
}

function byPopulation(a: Place, b: Place): number {
  return b.population - a.population || a.inseeCode.localeCompare(b.inseeCode);
}

function compareKeys(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** Name keys of a place: its full name, and the aliases people also type. */
function nameKeys(place: Place): { key: string; full: boolean }[] {
  const key = placeNameKey(place.name);
  const keys = [{ key, full: true }];
  const words = key.split(' ');
  if (words.length > 1 && ARTICLES.has(words[0] ?? ''))
    keys.push({ key: words.slice(1).join(' '), full: false });
  const arrondissement = ARRONDISSEMENT_NAME.exec(key);
  if (arrondissement !== null) {
    const [, city, number, suffix] = arrondissement;
    // « Paris 11 » and « Paris 11e » as well as the full « Paris 11e Arrondissement ».
    keys.push({ key: `${String(city)} ${String(number)}`, full: false });
    keys.push({ key: `${String(city)} ${String(number)}${String(suffix)}`, full: false });
  }
  return keys;
}

/**
 * The `limit` best places: `first` ones, then most populous. A bounded insertion instead of a
 * full sort, since a one-letter prefix matches thousands of communes.
 */
function topPlaces(places: Iterable<Place>, limit: number, first: (place: Place) => boolean): Place[] {
  const better = (a: Place, b: Place): boolean => {
    const firstA = first(a);
    return firstA !== first(b) ? firstA : byPopulation(a, b) < 0;
  };
  const top: Place[] = [];
  for (const place of places) {
    let i = top.length;
    for (let previous = top[i - 1]; previous !== undefined && better(place, previous); previous = top[i - 1])
      i -= 1;
    // A place met twice (by its name and by an alias) ranks the same both times: keep one.
    if (i >= limit || top.includes(place)) continue;
    top.splice(i, 0, place);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** First index whose key is not below `key` in a sorted array. */
function lowerBound<T>(sorted: readonly T[], key: string, keyOf: (item: T) => string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = sorted[middle];
    if (item !== undefined && compareKeys(keyOf(item), key) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function uniqueByCode(places: Iterable<Place>): Place[] {
  const seen = new Map<string, Place>();
  for (const place of places) if (!seen.has(place.inseeCode)) seen.set(place.inseeCode, place);
  return [...seen.values()];
}

/** Splits « Saint-Denis (93) » or « saint denis 974 » into a name and a département hint. */
function splitDepartementHint(
  query: string,
  departements: ReadonlySet<string>,
): { name: string; departement?: string } {
  const match = /^(.*?)[\s,(]+(\d{2,3}|2[ab])\)?\s*$/i.exec(query);
  const code = match?.[2]?.toUpperCase();
  if (match === null || code === undefined || !departements.has(code)) return { name: query };
  const name = match[1] ?? '';
  return name.trim() === '' ? { name: query } : { name, departement: code };
}

/**
 * Finds communes by name, postal code or INSEE code, forgiving accents, case, hyphens and « st »; build it with `createGazetteer`.
 *
 * @example
 * ```ts
 * import { loadGazetteer } from '@passerelle/data'; // Node; in a browser, createGazetteer on parseCommunes' places
 *
 * const gironde = await loadGazetteer(['33']);
 * if (!gironde.ok) throw new Error(gironde.error[0]?.message);
 * gironde.value.findPlace('st emilion').map((place) => place.name); // ['Saint-Émilion']
 * gironde.value.byPostalCode('33000').map((place) => place.inseeCode); // ['33063']
 * gironde.value.suggestCommunes('merig', 2).map((place) => place.name); // ['Mérignac', 'Mérignas']
 * ```
 */
export class Gazetteer {
  readonly #byCode = new Map<string, Place>();
  readonly #byPostalCode = new Map<string, Place[]>();
  /** Every postal code, sorted, for prefix search by bisection. */
  readonly #sortedPostalCodes: string[] = [];
  readonly #byName = new Map<string, NameEntry[]>();
  /** Every name key, sorted, for prefix search by bisection. */
  readonly #sortedNames: NameEntry[] = [];
  readonly #departements = new Set<string>();

  constructor(places: Iterable<Place>) {
    for (const place of places) this.#add(place);
    for (const list of this.#byPostalCode.values()) list.sort(byPopulation);
    this.#sortedPostalCodes.push(...[...this.#byPostalCode.keys()].sort(compareKeys));
    this.#sortedNames.sort((a, b) => compareKeys(a.key, b.key));
  }

  /** Number of places indexed. */
  get size(): number {
    return this.#byCode.size;
  }

  #add(place: Place): void {
    if (this.#byCode.has(place.inseeCode)) throw new Error(`Duplicate INSEE code ${place.inseeCode}`);
    this.#byCode.set(place.inseeCode, place);
    this.#departements.add(place.departement);
    for (const postalCode of place.postalCodes) {
      const list = this.#byPostalCode.get(postalCode);
      if (list === undefined) this.#byPostalCode.set(postalCode, [place]);
      else list.push(place);
    }
    for (const { key, full } of nameKeys(place)) {
      const entry: NameEntry = { key, place, full };
      const list = this.#byName.get(key);
      if (list === undefined) this.#byName.set(key, [entry]);
      else list.push(entry);
      this.#sortedNames.push(entry);
    }
  }

  /** The place with this INSEE code (`33063`, `2A004`), if indexed. */
  byInseeCode(inseeCode: string): Place | undefined {
    return this.#byCode.get(inseeCode.toUpperCase());
  }

  /**
   * Places using this postal code, most populous first. In Paris, Lyon and Marseille the
   * arrondissement municipal is returned instead of the whole city: it is the better point.
   */
  byPostalCode(postalCode: string): Place[] {
    const places = this.#byPostalCode.get(postalCode) ?? [];
    const parents = new Set(places.flatMap((place) => place.parentInseeCode ?? []));
    return places.filter((place) => !parents.has(place.inseeCode));
  }

  /**
   * Places with this name, whatever the accents, case, hyphens or « st »: every homonym, each
   * with its département so the caller can ask which one. Names as written come before aliases
   * (« Rochelle » finds La Rochelle after any commune really called Rochelle), then most populous.
   */
  byName(name: string): Place[] {
    const entries = this.#byName.get(placeNameKey(name)) ?? [];
    const sorted = [...entries].sort(
      (a, b) => Number(b.full) - Number(a.full) || byPopulation(a.place, b.place),
    );
    return uniqueByCode(sorted.map((entry) => entry.place));
  }

  /**
   * Everything a person may type to say where they are: a postal code (all communes sharing it,
   * most populous first), an INSEE code, or a commune name, optionally followed by its
   * département (« Saint-Denis (93) », « saint denis 974 ») or preceded by its postal code
   * (« 33000 Bordeaux »). A 5-digit string that is both a postal code and an INSEE code gives
   * the postal-code places first. Nothing found is an empty list.
   */
  findPlace(query: string): Place[] {
    const text = query.trim();
    if (text === '') return [];
    const compact = text.replace(/\s+/g, '');
    if (POSTAL_CODE.test(compact) || INSEE_CODE.test(compact)) {
      const byCode = this.byInseeCode(compact);
      return uniqueByCode([...this.byPostalCode(compact), ...(byCode === undefined ? [] : [byCode])]);
    }
    const withPostalCode = /^(\d{5})\s+(.+)$/.exec(text) ?? /^(.+?)\s+(\d{5})$/.exec(text);
    if (withPostalCode !== null) {
      const [code, name] = POSTAL_CODE.test(withPostalCode[1] ?? '')
        ? [withPostalCode[1] ?? '', withPostalCode[2] ?? '']
        : [withPostalCode[2] ?? '', withPostalCode[1] ?? ''];
      const key = placeNameKey(name);
      const both = this.byPostalCode(code).filter((place) => nameKeys(place).some((k) => k.key === key));
      if (both.length > 0) return both;
      return this.findPlace(name);
    }
    const exact = this.byName(text);
    if (exact.length > 0) return exact;
    const hint = splitDepartementHint(text, this.#departements);
    if (hint.departement === undefined) return [];
    return this.byName(hint.name).filter((place) => place.departement === hint.departement);
  }

  /**
   * Communes whose name starts like `prefix` (or whose postal code does, for digits), for
   * autocomplete: a name typed in full first, then most populous (« rochelle » still offers
   * La Rochelle). « ste » also finds « Stenay », since the word may not be finished yet.
   */
  suggestCommunes(prefix: string, limit = 10): Place[] {
    const text = prefix.trim();
    if (text === '' || limit <= 0) return [];
    if (/^\d{1,5}$/.test(text)) {
      const codes = this.#sortedPostalCodes;
      const matches: Place[] = [];
      for (let i = lowerBound(codes, text, (code) => code); codes[i]?.startsWith(text) === true; i += 1)
        matches.push(...(this.#byPostalCode.get(codes[i] ?? '') ?? []));
      return topPlaces(matches, limit, () => false);
    }
    const keys = [...new Set([placeNameKey(text), foldText(text)])].filter((key) => key !== '');
    const typedInFull = new Set<Place>();
    for (const key of keys)
      for (const entry of this.#byName.get(key) ?? []) if (entry.full) typedInFull.add(entry.place);
    return topPlaces(this.#placesWithPrefix(keys), limit, (place) => typedInFull.has(place));
  }

  *#placesWithPrefix(prefixes: readonly string[]): Generator<Place> {
    const names = this.#sortedNames;
    for (const prefix of prefixes) {
      for (let i = lowerBound(names, prefix, (entry) => entry.key); i < names.length; i += 1) {
        const entry = names[i];
        if (entry === undefined || !entry.key.startsWith(prefix)) break;
        yield entry.place;
      }
    }
  }
}

/**
 * Indexes places for `findPlace`, `suggestCommunes` and friends.
 *
 * @example
 * ```ts
 * const gazetteer = createGazetteer(places); // the places of parseCommunes, one file or several
 * const [first] = gazetteer.findPlace('33000 Bordeaux');
 * if (first !== undefined) console.log(first.inseeCode, first.coordinates);
 * ```
 */
export function createGazetteer(places: Iterable<Place>): Gazetteer {
  return new Gazetteer(places);
}
