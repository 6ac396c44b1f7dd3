/**
 * Loads what the `catalogue` attribute points at — one catalogue file, or a manifest of département
 * shards of which only the needed ones are fetched — and validates everything through core.
 * Never throws: failures come back as values with a French message for the webmaster.
 */
import {
  documentKind,
  parseCatalogue,
  parseJsonText,
  parseManifest,
  selectShards,
  versionedUrl,
} from '@passerelle/core';
import type {
  Catalogue,
  CatalogueShardEntry,
  FileEntry,
  Logger,
  Manifest,
  Offer,
  Problem,
  Result,
  SearchShard,
} from '@passerelle/core';
import { searchFileReader } from '../catalogue/lazy-search-file.js';
import type { PasserelleErrorCode } from './emit.js';
import { console_ } from './messages.js';

export interface LoadFailure {
  readonly code: PasserelleErrorCode;
  /** French, for the webmaster's console: names the URL and what was expected. */
  readonly message: string;
}

/** Where the communes files are, when the catalogue came with a manifest. */
export interface CommuneSource {
  readonly manifest: Manifest;
  readonly manifestUrl: string;
  readonly departements: readonly string[];
  readonly listed: ListedFile;
}

const maxProblemsShown = 10;

export function formatProblems(problems: readonly Problem[]): string {
  const shown = problems
    .slice(0, maxProblemsShown)
    .map((problem) => `  - ${problem.path} : ${problem.message}`);
  if (problems.length > maxProblemsShown) shown.push(`  … et ${problems.length - maxProblemsShown} autres`);
  return shown.join('\n');
}

/** A file listed in a manifest: where it may be fetched from, and the SHA-256 it must have. */
export interface ListedFile {
  readonly hash: string;
  /** The origins besides the manifest's own that listed files may come from (`allow-origins`). */
  readonly allowedOrigins: readonly string[];
  readonly manifestUrl: string;
}

/**
 * Resolves a URL listed in a manifest against `base` (the manifest, or the search file listing a
 * details file) and refuses one outside the manifest's origin unless the webmaster allowed it: a
 * manifest rewritten by someone else must not send the page's visitors anywhere.
 */
export function listedUrl(
  entry: { readonly url: string; readonly hash: string },
  base: string,
  listed: ListedFile,
): Result<string, LoadFailure> {
  const url = new URL(versionedUrl(entry), base);
  const origin = new URL(listed.manifestUrl).origin;
  if (url.origin === origin || listed.allowedOrigins.includes(url.origin))
    return { ok: true, value: url.href };
  return {
    ok: false,
    error: { code: 'origin-refused', message: console_.originRefused(url.href, listed.manifestUrl, origin) },
  };
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Fetches and parses a JSON file; a listed one is first checked against its SHA-256 (Web Crypto),
 * and refused when it differs or when the page cannot check it (no `crypto.subtle` outside secure
 * contexts: an unchecked file could be anything, so it is not used).
 */
export async function fetchJson(
  url: string,
  signal: AbortSignal | undefined,
  listed?: ListedFile,
): Promise<Result<unknown, LoadFailure>> {
  let text: string;
  try {
    // No credentials: a catalogue is public data, and the widget sets or sends no cookies.
    const response = await fetch(url, { credentials: 'omit', ...(signal ? { signal } : {}) });
    if (!response.ok)
      return { ok: false, error: { code: 'http', message: console_.http(url, response.status) } };
    if (!listed) text = await response.text();
    else {
      const bytes = await response.arrayBuffer();
      if (!globalThis.crypto?.subtle)
        return { ok: false, error: { code: 'insecure-context', message: console_.insecureContext(url) } };
      const hash = await sha256Hex(bytes);
      if (hash !== listed.hash.toLowerCase()) {
        return {
          ok: false,
          error: { code: 'hash-mismatch', message: console_.hashMismatch(url, listed.hash, hash) },
        };
      }
      text = new TextDecoder().decode(bytes);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'network', message: console_.network(url, reason) } };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const first = parsed.error[0];
    return {
      ok: false,
      error: {
        code: 'invalid-json',
        message: console_.invalidJson(url, first?.path ?? '', first?.message ?? ''),
      },
    };
  }
  return parsed;
}

/** Refusals keep their code (the host page must tell a tampered file from a broken one). */
function shardFailure(url: string, failure: LoadFailure): LoadFailure {
  const refused = failure.code === 'hash-mismatch' || failure.code === 'origin-refused';
  return {
    code: refused || failure.code === 'insecure-context' ? failure.code : 'shard-failed',
    message: console_.shardFailed(url, failure.message),
  };
}

/** One département of a manifest, loaded. */
export interface LoadedShard {
  readonly departement: string;
  /** The full catalogue shard, or the compact catalogue of a search file. */
  readonly catalogue: Catalogue;
  /** The search file, when the manifest lists one: its prebuilt index and where details are. */
  readonly search: { readonly shard: SearchShard; readonly url: string } | undefined;
}

async function readerOrFailure(): Promise<Result<Awaited<ReturnType<typeof searchFileReader>>, LoadFailure>> {
  try {
    return { ok: true, value: await searchFileReader() };
  } catch (error) {
    return { ok: false, error: { code: 'shard-failed', message: console_.readerFailed(String(error)) } };
  }
}

async function loadShard(
  entry: CatalogueShardEntry,
  listed: ListedFile,
  signal: AbortSignal | undefined,
): Promise<Result<LoadedShard, LoadFailure>> {
  const file = entry.search ?? entry;
  const url = listedUrl(file, listed.manifestUrl, listed);
  if (!url.ok) return { ok: false, error: shardFailure(file.url, url.error) };
  const json = await fetchJson(url.value, signal, { ...listed, hash: file.hash });
  if (!json.ok) return { ok: false, error: shardFailure(url.value, json.error) };
  const invalid = (problems: readonly Problem[]): Result<never, LoadFailure> => ({
    ok: false,
    error: {
      code: 'shard-failed',
      message: console_.shardFailed(url.value, `\n${formatProblems(problems)}`),
    },
  });
  if (entry.search) {
    const reader = await readerOrFailure();
    if (!reader.ok) return reader;
    const shard = reader.value.parseSearchShard(json.value);
    if (!shard.ok) return invalid(shard.error);
    return {
      ok: true,
      value: {
        departement: entry.departement,
        catalogue: shard.value.catalogue,
        search: { shard: shard.value, url: url.value },
      },
    };
  }
  const catalogue = parseCatalogue(json.value);
  if (!catalogue.ok) return invalid(catalogue.error);
  return {
    ok: true,
    value: { departement: entry.departement, catalogue: catalogue.value, search: undefined },
  };
}

/** A manifest, read: its shards arrive one by one, each shown as soon as it is there. */
export interface ManifestLoad {
  readonly kind: 'manifest';
  readonly manifest: Manifest;
  readonly communes: CommuneSource;
  /** True when the manifest had no shard for the asked départements and all are loaded instead. */
  readonly departementsIgnored: boolean;
  readonly shards: readonly {
    readonly departement: string;
    readonly loaded: Promise<Result<LoadedShard, LoadFailure>>;
  }[];
}

export type CatalogueLoad = { readonly kind: 'catalogue'; readonly catalogue: Catalogue } | ManifestLoad;

export interface LoadOptions {
  /** Départements to load from a manifest; empty means all. */
  readonly departements: readonly string[];
  /** Origins besides the manifest's that its files may come from. */
  readonly allowedOrigins: readonly string[];
  readonly logger: Logger;
  readonly signal?: AbortSignal;
}

function readManifest(
  manifestUrl: string,
  json: unknown,
  options: LoadOptions,
): Result<ManifestLoad, LoadFailure> {
  const manifest = parseManifest(json);
  if (!manifest.ok) {
    return {
      ok: false,
      error: {
        code: 'invalid-manifest',
        message: console_.invalidManifest(manifestUrl, formatProblems(manifest.error)),
      },
    };
  }
  let entries = selectShards(manifest.value, options.departements);
  let departements = options.departements;
  if (entries.length === 0 && options.departements.length > 0) {
    options.logger.warn(console_.noShardForDepartements(options.departements.join(', '), manifestUrl));
    entries = selectShards(manifest.value);
    departements = [];
  }
  if (entries.length === 0)
    return { ok: false, error: { code: 'invalid-manifest', message: console_.emptyManifest(manifestUrl) } };
  const listed: ListedFile = { hash: '', allowedOrigins: options.allowedOrigins, manifestUrl };
  // The reader of search files downloads while the files do.
  if (entries.some((entry) => entry.search)) searchFileReader().catch(() => undefined);
  return {
    ok: true,
    value: {
      kind: 'manifest',
      manifest: manifest.value,
      communes: { manifest: manifest.value, manifestUrl, departements, listed },
      departementsIgnored: departements.length < options.departements.length,
      shards: entries.map((entry) => ({
        departement: entry.departement,
        loaded: loadShard(entry, listed, options.signal),
      })),
    },
  };
}

export async function loadCatalogue(
  url: string,
  options: LoadOptions,
): Promise<Result<CatalogueLoad, LoadFailure>> {
  const absolute = new URL(url, document.baseURI).href;
  const json = await fetchJson(absolute, options.signal);
  if (!json.ok) return json;
  if (documentKind(json.value) === 'manifest') return readManifest(absolute, json.value, options);
  const catalogue = parseCatalogue(json.value);
  if (!catalogue.ok) {
    return {
      ok: false,
      error: {
        code: 'invalid-catalogue',
        message: console_.invalidCatalogue(url, formatProblems(catalogue.error)),
      },
    };
  }
  return { ok: true, value: { kind: 'catalogue', catalogue: catalogue.value } };
}

/** The full offers of a details file, checked against the search file's listing. */
export async function loadOfferDetails(
  entry: FileEntry,
  searchUrl: string,
  listed: ListedFile,
): Promise<Result<readonly Offer[], LoadFailure>> {
  const url = listedUrl(entry, searchUrl, listed);
  if (!url.ok) return url;
  const json = await fetchJson(url.value, undefined, { ...listed, hash: entry.hash });
  if (!json.ok) return json;
  const reader = await readerOrFailure();
  if (!reader.ok) return reader;
  const details = reader.value.parseOfferDetails(json.value);
  if (!details.ok) {
    return {
      ok: false,
      error: {
        code: 'details-failed',
        message: console_.invalidDetails(url.value, formatProblems(details.error)),
      },
    };
  }
  return { ok: true, value: details.value.offers };
}

/**
 * The communes of the loaded départements, for the place field: fetched only when a person starts
 * typing a place (or a `near` preset needs one). Files that fail are skipped with a warning.
 */
