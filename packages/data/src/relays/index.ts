/**
 * The demo relay directory: fictitious relays of every kind in Nouvelle-Aquitaine, labelled so
 * (`meta.demo`, « (fictif) » in every name, « (adresse fictive) », phone numbers in ARCEP's fiction
 * range). It shows a partner what a directory looks like; the plain-French description of each relay
 * kind lives in the ruleset, so the widget explains relays even without a directory.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRelayDirectory, type RelayDirectory } from '@passerelle/core';

/** Path of the shipped demo directory (next to this module, in `src/` and in `dist/`). */
export const DEMO_RELAYS_FILE = fileURLToPath(new URL('./demo-relays.json', import.meta.url));

/**
 * The demo relay directory, validated by core; a broken shipped file is our bug and throws.
 *
 * @example
 * ```ts
 * const directory = demoRelayDirectory();
 * directory.meta.demo; // true
 * new Set(directory.relays.map((relay) => relay.kind)).has('mission-locale'); // true
 * ```
 */
export function demoRelayDirectory(): RelayDirectory {
  const parsed = parseRelayDirectory(readFileSync(DEMO_RELAYS_FILE, 'utf8'));
  if (!parsed.ok) {
    const first = parsed.error[0];
    throw new Error(`demo-relays.json invalide : ${first?.path ?? ''} ${first?.message ?? ''}`);
  }
  return parsed.value;
}
