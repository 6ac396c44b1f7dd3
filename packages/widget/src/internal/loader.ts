/**
 * Loads what the `catalogue` attribute points at — one catalogue file, or a manifest of département
 * shards of which only the needed ones are fetched — and validates everything through core.
 * Never throws: failures come back as values with a French message for the webmaster.
 */
import {
  documentKind,
  mergeCatalogues,
  parseCatalogue,
  parseCommunes,
  parseJsonText,
  parseManifest,
  selectCommuneShards,
  selectShards,
  versionedUrl,
} from '@passerelle/core';
import type { Catalogue, Logger, Manifest, Place, Problem, Result } from '@passerelle/core';
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
}

export interface LoadedCatalogue {
  readonly catalogue: Catalogue;
  /** Shards that could not be used: the rest of the catalogue is still shown. */
  readonly skipped: readonly LoadFailure[];
  readonly communes: CommuneSource | undefined;
  /** True when the manifest had no shard for the asked départements and all were loaded instead. */
  readonly departementsIgnored: boolean;
}

export interface LoadOptions {
  /** Départements to load from a manifest; empty means all. */
  readonly departements: readonly string[];
  readonly logger: Logger;
  readonly signal?: AbortSignal;
}

const maxProblemsShown = 10;

export function formatProblems(problems: readonly Problem[]): string {
  const shown = problems
    .slice(0, maxProblemsShown)
    .map((problem) => `  - ${problem.path} : ${problem.message}`);
  if (problems.length > maxProblemsShown) shown.push(`  … et ${problems.length - maxProblemsShown} autres`);
  return shown.join('\n');
}

async function fetchJson(
  url: string,
  signal: AbortSignal | undefined,
): Promise<Result<unknown, LoadFailure>> {
  let text: string;
  try {
    // No credentials: a catalogue is public data, and the widget sets or sends no cookies.
    const response = await fetch(url, { credentials: 'omit', ...(signal ? { signal } : {}) });
    if (!response.ok)
      return { ok: false, error: { code: 'http', message: console_.http(url, response.status) } };
    text = await response.text();
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

async function loadShard(
  url: string,
  signal: AbortSignal | undefined,
): Promise<Result<Catalogue, LoadFailure>> {
  const json = await fetchJson(url, signal);
  if (!json.ok)
    return {
      ok: false,
      error: { code: 'shard-failed', message: console_.shardFailed(url, json.error.message) },
    };
  const catalogue = parseCatalogue(json.value);
  if (!catalogue.ok) {
    return {
      ok: false,
      error: {
        code: 'shard-failed',
        message: console_.shardFailed(url, `\n${formatProblems(catalogue.error)}`),
      },
    };
  }
  return catalogue;
}

async function loadFromManifest(
  manifestUrl: string,
  json: unknown,
  options: LoadOptions,
): Promise<Result<LoadedCatalogue, LoadFailure>> {
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
  const results = await Promise.all(
    entries.map((entry) => loadShard(new URL(versionedUrl(entry), manifestUrl).href, options.signal)),
  );
  const catalogues: Catalogue[] = [];
  const skipped: LoadFailure[] = [];
  for (const result of results) {
    if (result.ok) catalogues.push(result.value);
    else skipped.push(result.error);
  }
  const merged = mergeCatalogues(catalogues);
  if (!merged) {
    const first = skipped[0];
    return {
      ok: false,
      error: first ?? { code: 'invalid-manifest', message: console_.emptyManifest(manifestUrl) },
    };
  }
  return {
    ok: true,
    value: {
      catalogue: merged,
      skipped,
      communes: { manifest: manifest.value, manifestUrl, departements },
      departementsIgnored: departements.length < options.departements.length,
    },
  };
}

export async function loadCatalogue(
  url: string,
  options: LoadOptions,
): Promise<Result<LoadedCatalogue, LoadFailure>> {
  const absolute = new URL(url, document.baseURI).href;
  const json = await fetchJson(absolute, options.signal);
  if (!json.ok) return json;
  if (documentKind(json.value) === 'manifest') return loadFromManifest(absolute, json.value, options);
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
  return {
    ok: true,
    value: { catalogue: catalogue.value, skipped: [], communes: undefined, departementsIgnored: false },
  };
}

/**
 * The communes of the loaded départements, for the place field: fetched only when a person starts
 * typing a place (or a `near` preset needs one). Files that fail are skipped with a warning.
 */
export async function loadCommunes(source: CommuneSource, logger: Logger): Promise<Place[]> {
  const entries = selectCommuneShards(source.manifest, source.departements);
  const files = await Promise.all(
    entries.map(async (entry) => {
      const url = new URL(versionedUrl(entry), source.manifestUrl).href;
      const json = await fetchJson(url, undefined);
      if (!json.ok) {
        logger.warn(json.error.message);
        return [];
      }
      const communes = parseCommunes(json.value);
      if (!communes.ok) {
        logger.warn(console_.invalidCommunes(url, formatProblems(communes.error)));
        return [];
      }
      return communes.value.places;
    }),
  );
  return files.flat();
}
