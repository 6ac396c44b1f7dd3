import type { CommunesFile } from '@passerelle/core';

/**
 * JSON of a communes file with one commune per line: as small as minified JSON once gzipped,
 * and still readable and diffable.
 */
export function serializeCommunes(file: CommunesFile): string {
  const { communes, ...header } = file;
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},"communes":[\n${communes.map((row) => JSON.stringify(row)).join(',\n')}\n]}\n`;
}

/** Small files (régions, départements): one record per line too. */
export function serializeList(
  header: Record<string, unknown>,
  key: string,
  items: readonly unknown[],
): string {
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},"${key}":[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]}\n`;
}
