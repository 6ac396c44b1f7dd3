/**
 * Writes a catalogue as a static folder for any web server or CDN (`passerelle publish`, and
 * `build-demo` after generating the demo). Layout (see docs/publishing.md):
 *
 *   manifest.json                        the only file without a hash in its name: cache it briefly
 *   catalogue-<dép>.<hash>.json          the département's full catalogue shard (single-file readers)
 *   recherche-<dép>.<hash>.json          prebuilt index + compact card data + where details are
 *   details-<dép>-<n>.<hash>.json        full offers, a few dozen KB per file, fetched on opening one
 *   relais.<hash>.json                   the relay directory, when one is given
 *   communes-<dép>.<hash>.json, departements.<hash>.json   territory files for the place field
 *
 * `<hash>` is the first 16 hex digits of the file's SHA-256: a changed file gets a new name, so
 * every file but the manifest can be cached forever. The same catalogue gives byte-identical files.
 * Everything is read back through core after writing, as the widget will read it.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compactCatalogue,
  createSearchIndex,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  OFFER_DETAILS_FORMAT,
  OFFER_DETAILS_VERSION,
  parseCatalogue,
  parseCommunes,
  parseDepartements,
  parseManifest,
  parseOfferDetails,
  parseRelayDirectory,
  parseSearchShard,
  SEARCH_SHARD_FORMAT,
  SEARCH_SHARD_VERSION,
  serialiseSearchIndex,
  splitCatalogue,
  summariseCatalogue,
  type Catalogue,
  type CatalogueShardEntry,
  type CommuneShardEntry,
  type FileEntry,
  type Manifest,
  type Offer,
  type Problem,
  type RelayDirectory,
  type SearchShardFile,
} from '@passerelle/core';
import { writeTerritoryShards } from '../territories/index.js';
import { CliError } from './command.js';

/** The name of a publication's manifest, the one file to cache briefly. */
export const MANIFEST_FILE = 'manifest.json';
/**
 * Target size of a details file before compression. Measured on the demo (about 1.6 KB of JSON per
 * offer, 4-5× smaller gzipped): 32 KB holds ~20 offers, ~6 KB on the wire, one small request when a
 * person opens an offer, and ~1,900 files for a 37,000-offer region instead of 37,000 (one per offer
 * gzips badly and makes uploads and directory listings slow).
 */
export const DETAILS_FILE_BYTES = 32_768;
/** Names publish gives its content-hashed files: what `--prune` may remove, and nothing else. */
const HASHED_NAME = /^[a-z]+(-[0-9AB]{2,3})?(-\d+)?\.[0-9a-f]{16}\.json$/;

/** Where and how `publishCatalogue` writes: the folder, the base URL, the relays, pruning, warnings. */
export interface PublishOptions {
  readonly outDir: string;
  /** Absolute http(s) URL ending in `/` that every listed URL starts with; relative URLs otherwise. */
  readonly baseUrl?: string;
  readonly relays?: RelayDirectory;
  /** Remove hashed files of earlier publications that the new manifest no longer lists. */
  readonly prune?: boolean;
  /** Where warnings go (départements without territory files, offers without a département). */
  readonly warn: (message: string) => void;
}

/** One file a publication wrote, with its kind and size. */
export interface PublishedFile {
  readonly file: string;
  readonly bytes: number;
  readonly kind: 'manifest' | 'catalogue' | 'search' | 'details' | 'relays' | 'communes';
  readonly departement?: string;
}

/** What `publishCatalogue` wrote: the manifest, every file with its size, and what it left out. */
export interface Publication {
  readonly manifest: Manifest;
  readonly manifestText: string;
  readonly files: readonly PublishedFile[];
  /** Offers (or parts of offers) left out because none of their actions names a département. */
  readonly withoutDepartement: readonly Offer[];
  readonly pruned: readonly string[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function problemsText(file: string, problems: readonly Problem[]): string {
  const shown = problems.slice(0, 5).map((problem) => `  ${file}:${problem.path} — ${problem.message}`);
  const more = problems.length > 5 ? [`  … et ${problems.length - 5} autre(s)`] : [];
  return [...shown, ...more].join('\n');
}

function folderError(dir: string, error: unknown, doing = "d'écrire dans"): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EEXIST' || code === 'ENOTDIR'
      ? "un fichier porte ce nom (ou celui d'un dossier parent) : indiquez un dossier"
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'permission refusée'
        : code === 'ENOSPC'
          ? 'disque plein'
          : (code ?? String(error));
  return new CliError(`impossible ${doing} le dossier de sortie ${dir} : ${reason}.`);
}

/** Creates the output folder, or explains in French why it cannot be. */
export async function makeOutputFolder(outDir: string, shownAs: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw folderError(shownAs, error, 'de créer');
  }
}

/** A stable small number for an offer id (FNV-1a): the details file it goes to. */
function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

/**
 * Groups offers into details files of about `targetBytes` by a hash of their id, so that a changed
 * or added offer changes one file and leaves the others (and their caches) alone. Returns the JSON
 * of each offer grouped per file (catalogue order inside a file) and each offer's file number.
 */
export function groupDetails(
  offers: readonly Offer[],
  targetBytes = DETAILS_FILE_BYTES,
): { groups: string[][]; fileOf: number[] } {
  const texts = offers.map((offer) => JSON.stringify(offer));
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  const buckets = Math.max(1, Math.round(total / targetBytes));
  const byBucket = new Map<number, number[]>();
  offers.forEach((offer, i) => {
    const bucket = bucketOf(offer.id, buckets);
    const list = byBucket.get(bucket);
    if (list) list.push(i);
    else byBucket.set(bucket, [i]);
  });
  const groups: string[][] = [];
  const fileOf = new Array<number>(offers.length).fill(0);
  for (const bucket of [...byBucket.keys()].sort((a, b) => a - b)) {
    for (const i of byBucket.get(bucket)!) fileOf[i] = groups.length;
    groups.push(byBucket.get(bucket)!.map((i) => texts[i]!));
  }
  return { groups, fileOf };
}

function detailsText(departement: string, offers: readonly string[]): string {
  const head = JSON.stringify({ format: OFFER_DETAILS_FORMAT, version: OFFER_DETAILS_VERSION, departement });
  return `${head.slice(0, -1)},"offers":[${offers.join(',')}]}`;
}

/**
 * Writes a catalogue as a publication folder (see the module comment).
 *
 * @example
 * ```ts
 * await mkdir('site', { recursive: true });
 * const publication = await publishCatalogue(catalogue, { outDir: 'site', warn: console.warn });
 * console.log(`${publication.files.length} fichiers, ${publication.manifest.shards.length} départements`);
 * ```
 */
export async function publishCatalogue(catalogue: Catalogue, options: PublishOptions): Promise<Publication> {
  const { outDir } = options;
  const base = options.baseUrl ?? '';
  const files: PublishedFile[] = [];
  const verifications: (() => Promise<void>)[] = [];

  const writeHashed = async (
    stem: string,
    text: string,
    kind: PublishedFile['kind'],
    parse: (text: string) => { ok: boolean; error?: Problem[] },
    departement?: string,
  ): Promise<FileEntry & { bytes: number }> => {
    const hash = sha256(text);
    const file = `${stem}.${hash.slice(0, 16)}.json`;
    try {
      await writeFile(join(outDir, file), text);
    } catch (error) {
      throw folderError(outDir, error);
    }
    const bytes = Buffer.byteLength(text);
    files.push({ file, bytes, kind, ...(departement === undefined ? {} : { departement }) });
    verifications.push(() => verify(outDir, file, hash, parse));
    return { url: `${base}${file}`, hash, bytes };
  };

  const { shards, withoutDepartement } = splitCatalogue(catalogue);
  if (withoutDepartement.length > 0) {
    options.warn(
      `${withoutDepartement.length} offre(s) sans département (aucun lieu de formation avec département ou code INSEE) ne sont pas publiées : ${withoutDepartement
        .slice(0, 5)
        .map((offer) => offer.id)
        .join(', ')}${withoutDepartement.length > 5 ? '…' : ''}`,
    );
  }

  const shardEntries: CatalogueShardEntry[] = [];
  for (const shard of shards) {
    const { departement } = shard;
    const { groups, fileOf } = groupDetails(shard.catalogue.offers);
    const detailFiles: FileEntry[] = [];
    for (const [n, group] of groups.entries()) {
      detailFiles.push(
        await writeHashed(
          `details-${departement}-${n}`,
          detailsText(departement, group),
          'details',
          parseOfferDetails,
          departement,
        ),
      );
    }
    const search: SearchShardFile = {
      format: SEARCH_SHARD_FORMAT,
      version: SEARCH_SHARD_VERSION,
      departement,
      catalogue: compactCatalogue(shard.catalogue),
      index: serialiseSearchIndex(createSearchIndex(shard.catalogue)),
      details: { files: detailFiles, offers: fileOf },
    };
    const searchEntry = await writeHashed(
      `recherche-${departement}`,
      JSON.stringify(search),
      'search',
      (text) => parseSearchShard(text),
      departement,
    );
    const full = await writeHashed(
      `catalogue-${departement}`,
      JSON.stringify(shard.catalogue),
      'catalogue',
      parseCatalogue,
      departement,
    );
    const summary = summariseCatalogue(shard.catalogue);
    shardEntries.push({
      departement,
      url: full.url,
      offers: summary.offers,
      actions: summary.actions,
      sessions: summary.sessions,
      ...(summary.bbox === undefined ? {} : { bbox: summary.bbox }),
      hash: full.hash,
      bytes: full.bytes,
      search: searchEntry,
    });
  }

  const departements = shards.map((shard) => shard.departement);
  const relays =
    options.relays === undefined
      ? undefined
      : await writeHashed('relais', JSON.stringify(options.relays), 'relays', parseRelayDirectory);

  const communes: CommuneShardEntry[] = [];
  let territoryIndex: FileEntry | undefined;
  const staging = await mkdtemp(join(tmpdir(), 'passerelle-communes-'));
  try {
    const territories = await writeTerritoryShards(staging, departements);
    if (!territories.ok) {
      options.warn(
        `communes non publiées, le widget ne pourra pas chercher « près de » une ville :\n${problemsText('territoires', territories.error)}`,
      );
    } else {
      for (const written of territories.value) {
        const text = await readFile(join(staging, written.file), 'utf8');
        const stem = written.file.replace(/\.json$/, '');
        if (written.departement === undefined) {
          territoryIndex = await writeHashed(stem, text, 'communes', parseDepartements);
        } else {
          const entry = await writeHashed(stem, text, 'communes', parseCommunes, written.departement);
          communes.push({ departement: written.departement, ...entry });
        }
      }
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }

  const totals = summariseCatalogue(catalogue);
  const { departements: _covered, ...provenance } = catalogue.meta;
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    meta: provenance,
    catalogue: {
      format: catalogue.format,
      version: catalogue.version,
      offers: totals.offers,
      actions: totals.actions,
      sessions: totals.sessions,
    },
    shards: shardEntries,
    ...(relays === undefined ? {} : { relays }),
    communes,
    ...(territoryIndex === undefined ? {} : { territoryIndex }),
  };
  const checked = parseManifest(manifest);
  if (!checked.ok) throw new Error(`manifeste invalide :\n${problemsText(MANIFEST_FILE, checked.error)}`);
  for (const check of verifications) await check();

  // The manifest goes last, and atomically: a visitor never gets one listing files not yet written.
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  try {
    await writeFile(join(outDir, `${MANIFEST_FILE}.tmp`), manifestText);
    await rename(join(outDir, `${MANIFEST_FILE}.tmp`), join(outDir, MANIFEST_FILE));
  } catch (error) {
    throw folderError(outDir, error);
  }
  await verify(outDir, MANIFEST_FILE, sha256(manifestText), parseManifest);
  files.push({ file: MANIFEST_FILE, bytes: Buffer.byteLength(manifestText), kind: 'manifest' });

  const pruned = options.prune ? await pruneStale(outDir, new Set(files.map((f) => f.file))) : [];
  return { manifest, manifestText, files, withoutDepartement, pruned };
}

/** Removes the hashed files of earlier publications that `keep` does not list; nothing else. */
async function pruneStale(outDir: string, keep: ReadonlySet<string>): Promise<string[]> {
  const stale = (await readdir(outDir)).filter((name) => HASHED_NAME.test(name) && !keep.has(name)).sort();
  for (const name of stale) await rm(join(outDir, name));
  return stale;
}

/** Reads a written file back, checks its hash and runs core's parser on it. */
async function verify(
  dir: string,
  file: string,
  hash: string,
  parse: (text: string) => { ok: boolean; error?: Problem[] },
): Promise<void> {
  const text = await readFile(join(dir, file), 'utf8');
  if (sha256(text) !== hash) throw new Error(`${file} : l'empreinte relue ne correspond pas à celle écrite`);
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(`${file} refusé par core :\n${problemsText(file, parsed.error ?? [])}`);
}
