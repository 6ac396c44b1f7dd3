import { parseJsonText } from '../catalogue/parse.js';
import { CATALOGUE_FORMAT, type Coordinates } from '../catalogue/schema.js';
import { checkUntrusted } from '../catalogue/untrusted.js';
import { haversineKm } from '../geo/distance.js';
import { err, ok, type Problem, type Result } from '../result.js';
import { toProblems } from '../validation/french-issues.js';
import { manifestSchema } from './runtime-schema.js';
import {
  MANIFEST_FORMAT,
  type CatalogueShardEntry,
  type CommuneShardEntry,
  type Manifest,
} from './schema.js';

function duplicateDepartements(entries: readonly { departement: string }[], list: string): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  entries.forEach((entry, index) => {
    const first = seen.get(entry.departement);
    if (first === undefined) seen.set(entry.departement, index);
    else {
      problems.push({
        path: `${list}[${index}].departement`,
        message: `département « ${entry.departement} » déjà listé en ${list}[${first}] : un seul fichier par département`,
      });
    }
  });
  return problems;
}

/**
 * Checks a shard manifest (parsed JSON or JSON text). Returns the manifest, or every problem with
 * its path and a French message.
 *
 * @example
 * ```ts
 * const manifest = parseManifest(await (await fetch('/formations/manifest.json')).text());
 * if (manifest.ok) console.log(manifest.value.shards.map((shard) => shard.departement));
 * ```
 */
export function parseManifest(input: unknown): Result<Manifest, Problem[]> {
  let json = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return parsed;
    json = parsed.value;
  }
  const checked = checkUntrusted(json, () => manifestSchema.safeParse(json, { reportInput: true }));
  if (!checked.ok) return checked;
  const result = checked.value;
  if (!result.success) return err(toProblems(result.error.issues));
  const duplicates = [
    ...duplicateDepartements(result.data.shards, 'shards'),
    ...duplicateDepartements(result.data.communes, 'communes'),
  ];
  return duplicates.length > 0 ? err(duplicates) : ok(result.data);
}

/**
 * What a fetched JSON document claims to be, from its `format` marker: the widget's `catalogue`
 * attribute may point at a single catalogue or at a manifest of shards.
 *
 * @example
 * ```ts
 * documentKind({ format: 'passerelle-manifest', version: 1 }); // 'manifest'
 * documentKind({ format: 'passerelle-catalogue', version: 1 }); // 'catalogue'
 * documentKind(['not', 'a', 'document']); // 'unknown'
 * ```
 */
export function documentKind(json: unknown): 'manifest' | 'catalogue' | 'unknown' {
  const format = (json as { format?: unknown } | null)?.format;
  if (format === MANIFEST_FORMAT) return 'manifest';
  if (format === CATALOGUE_FORMAT) return 'catalogue';
  return 'unknown';
}

function normaliseDepartement(code: string): string {
  const trimmed = code.trim().toUpperCase();
  // « 1 » and « 01 » name the same département; people type both.
  return /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

function pick<T extends { departement: string }>(
  entries: readonly T[],
  departements?: readonly string[],
): T[] {
  if (departements === undefined || departements.length === 0) return [...entries];
  const wanted = new Set(departements.map(normaliseDepartement));
  return entries.filter((entry) => wanted.has(entry.departement));
}

/**
 * The catalogue shards to fetch for the given départements (all of them when none is given).
 * A département the manifest does not list simply contributes nothing.
 *
 * @example
 * ```ts
 * const base = 'https://formations.example.fr/manifest.json';
 * const manifest = parseManifest(await (await fetch(base)).text());
 * if (manifest.ok) {
 *   const shards = selectShards(manifest.value, ['33', '40']);
 *   const catalogues = await Promise.all(shards.map(async (shard) => (await fetch(new URL(versionedUrl(shard), base))).text()));
 *   console.log(catalogues.map((text) => parseCatalogue(text)).filter((result) => result.ok).length, 'départements chargés');
 * }
 * ```
 */
export function selectShards(manifest: Manifest, departements?: readonly string[]): CatalogueShardEntry[] {
  return pick(manifest.shards, departements);
}

/**
 * The catalogue shards that may hold trainings within `radiusKm` of a point: those whose bounding
 * box comes that close (the box's nearest point is measured). A shard without a box is kept, since
 * nothing says where its trainings are. Use it for « autour de moi » with no département chosen.
 *
 * @example
 * ```ts
 * const bordeaux = { lat: 44.84, lon: -0.58 };
 * const nearby = selectShardsNear(manifest, bordeaux, 30); // with no département chosen
 * console.log(nearby.map((shard) => shard.departement)); // the Gironde, and its neighbours within 30 km
 * ```
 */
export function selectShardsNear(
  manifest: Manifest,
  point: Coordinates,
  radiusKm: number,
): CatalogueShardEntry[] {
  return manifest.shards.filter((shard) => {
    if (shard.bbox === undefined) return true;
    const [minLon, minLat, maxLon, maxLat] = shard.bbox;
    const nearest = {
      lat: Math.min(Math.max(point.lat, minLat), maxLat),
      lon: Math.min(Math.max(point.lon, minLon), maxLon),
    };
    return haversineKm(point, nearest) <= radiusKm;
  });
}

/**
 * The commune (territory) files to fetch for the given départements (all when none is given).
 *
 * @example
 * ```ts
 * const files = selectCommuneShards(manifest, ['33']);
 * const communes = await Promise.all(files.map(async (file) => parseCommunes(await (await fetch(versionedUrl(file))).text())));
 * const places = communes.flatMap((result) => (result.ok ? result.value.places : []));
 * const gazetteer = createGazetteer(places);
 * ```
 */
export function selectCommuneShards(
  manifest: Manifest,
  departements?: readonly string[],
): CommuneShardEntry[] {
  return pick(manifest.communes, departements);
}

/**
 * The URL to fetch for a file of the manifest, with its content hash as a version parameter: a
 * changed file gets a new URL, so a browser or CDN cache can keep each version forever.
 *
 * @example
 * ```ts
 * const hash = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
 * versionedUrl({ url: 'recherche-33.json', hash }); // 'recherche-33.json?v=9f86d081884c7d65'
 * versionedUrl({ url: 'https://cdn.example.fr/c.json?lang=fr', hash }); // 'https://cdn.example.fr/c.json?lang=fr&v=9f86d081884c7d65'
 * ```
 */
export function versionedUrl(entry: { readonly url: string; readonly hash: string }): string {
  const [path = entry.url, fragment] = entry.url.split('#', 2);
  const separator = path.includes('?') ? '&' : '?';
  const versioned = `${path}${separator}v=${entry.hash.slice(0, 16)}`;
  return fragment === undefined ? versioned : `${versioned}#${fragment}`;
}
