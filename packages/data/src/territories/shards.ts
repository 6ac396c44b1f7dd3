/**
 * Copies the territory files a site needs next to its catalogue shards: one communes file per
 * département, and a `departements.json` listing only those départements (with their postal
 * prefixes, so a browser knows which file holds a postal code). Never all of France.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  err,
  ok,
  parseCommunes,
  TERRITORIES_FORMAT,
  TERRITORIES_VERSION,
  type Problem,
  type Result,
} from '@passerelle/core';
import { loadDepartements, type TerritoryLoadOptions } from './load.js';
import { communesFileName, GENERATED_TERRITORIES_DIR } from './paths.js';
import { serializeList } from './serialize.js';

/** A territory file written for a publication (a département's communes, or the départements), with its size. */
export interface TerritoryShardFile {
  /** File name inside the output directory (`communes-33.json`, `departements.json`). */
  readonly file: string;
  /** The département of a communes file; absent for `departements.json`. */
  readonly departement?: string;
  /** Places in a communes file (communes and arrondissements municipaux), départements otherwise. */
  readonly count: number;
  readonly bytes: number;
  /** SHA-256 of the file's bytes, hex: a content hash for the manifest and for caches. */
  readonly sha256: string;
}

function describe(file: string, text: string, count: number, departement?: string): TerritoryShardFile {
  const base = {
    file,
    count,
    bytes: Buffer.byteLength(text),
    sha256: createHash('sha256').update(text).digest('hex'),
  };
  return departement === undefined ? base : { ...base, departement };
}

/**
 * Writes `communes-<code>.json` for each département, and `departements.json` for them, into
 * `outDir` (created if needed). Each communes file is checked by core before it is copied, byte
 * for byte. Returns the files written, in département order then `departements.json`.
 *
 * @example
 * ```ts
 * const written = await writeTerritoryShards('site/territoires', ['33', '40']);
 * written.ok ? written.value.map((file) => file.file) : []; // ['communes-33.json', 'communes-40.json', 'departements.json']
 * ```
 */
export async function writeTerritoryShards(
  outDir: string,
  departements: readonly string[],
  options: TerritoryLoadOptions = {},
): Promise<Result<TerritoryShardFile[], Problem[]>> {
  const sourceDir = options.dir ?? GENERATED_TERRITORIES_DIR;
  const known = await loadDepartements(options);
  if (!known.ok) return known;
  const wanted = [...new Set(departements)];
  const infos = wanted.map((code) => known.value.find((info) => info.code === code));
  const unknown = wanted.filter((_, i) => infos[i] === undefined);
  if (unknown.length > 0) {
    return err(unknown.map((code) => ({ path: 'départements', message: `département inconnu « ${code} »` })));
  }

  await mkdir(outDir, { recursive: true });
  const written: TerritoryShardFile[] = [];
  for (const code of wanted) {
    const name = communesFileName(code);
    const text = await readFile(join(sourceDir, name), 'utf8');
    const parsed = parseCommunes(text);
    if (!parsed.ok) return err(parsed.error.map((p) => ({ ...p, path: `${name} : ${p.path}` })));
    await writeFile(join(outDir, name), text);
    written.push(describe(name, text, parsed.value.places.length, code));
  }
  const selected = infos.flatMap((info) => (info === undefined ? [] : [info]));
  const index = serializeList(
    { format: TERRITORIES_FORMAT, version: TERRITORIES_VERSION },
    'departements',
    selected,
  );
  await writeFile(join(outDir, 'departements.json'), index);
  written.push(describe('departements.json', index, selected.length));
  return ok(written);
}
