/**
 * Where the orientation's relay directory comes from: the `relays` attribute's URL, or else the
 * directory a published manifest lists (then checked against its SHA-256, as every listed file).
 */
import { parseRelayDirectory, type RelayDirectory } from '@passerelle/core';
import { fetchJson, formatProblems, type ListedFile } from '../internal/loader.js';

export interface RelaysSource {
  readonly url: string;
  /** Present for a file a manifest lists: its hash and allowed origins. */
  readonly listed?: ListedFile | undefined;
}

export type RelaysLoad =
  | { readonly ok: true; readonly directory: RelayDirectory }
  | { readonly ok: false; readonly message: string };

export async function loadRelays(source: RelaysSource): Promise<RelaysLoad> {
  const json = await fetchJson(source.url, undefined, source.listed);
  if (!json.ok) return { ok: false, message: json.error.message };
  const parsed = parseRelayDirectory(json.value);
  if (!parsed.ok) return { ok: false, message: `${source.url} : ${formatProblems(parsed.error)}` };
  return { ok: true, directory: parsed.value };
}
