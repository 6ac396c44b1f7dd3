import { fileURLToPath } from 'node:url';

/**
 * Where the generator writes and the loader reads: `packages/data/generated/territories/`.
 * The same two levels up from `src/territories/` (tsx, vitest) and `dist/territories/` (built).
 */
export const GENERATED_TERRITORIES_DIR = fileURLToPath(
  new URL('../../generated/territories/', import.meta.url),
);

/** `communes-33.json` */
export function communesFileName(departement: string): string {
  return `communes-${departement}.json`;
}
