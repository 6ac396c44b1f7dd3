import { fileURLToPath } from 'node:url';

/**
 * Where the generator writes and the loader reads: `packages/data/generated/territories/`.
 * The same two levels up from `src/territories/` (tsx, vitest) and `dist/territories/` (built).
 */
export const GENERATED_TERRITORIES_DIR = fileURLToPath(
  new URL('../../generated/territories/', import.meta.url),
);

/**
 * The name of a département's communes file, as the loaders read it and `passerelle publish` writes it.
 *
 * @example
 * ```ts
 * communesFileName('2A'); // 'communes-2A.json'
 * ```
 */
export function communesFileName(departement: string): string {
  return `communes-${departement}.json`;
}
