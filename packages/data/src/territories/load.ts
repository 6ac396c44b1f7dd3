/**
 * Node loader of the generated territory files, each checked by core's parsers on read. Used by
 * the CLI (`search --near 33000`), the demo generator and the tests. Files are read once per
 * process and directory: they are generated, not edited while a command runs.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createGazetteer,
  departementOfInseeCode,
  departementsForPostalCode,
  err,
  ok,
  parseCommunes,
  parseDepartements,
  parseRegions,
  type CommunesOfDepartement,
  type DepartementInfo,
  type Gazetteer,
  type Place,
  type Problem,
  type RegionInfo,
  type Result,
} from '@passerelle/core';
import { communesFileName, GENERATED_TERRITORIES_DIR } from './paths.js';

/** Where the territory loaders read from (`packages/data/generated/territories/` by default). */
export interface TerritoryLoadOptions {
  /** Directory of the territory files; defaults to `packages/data/generated/territories/`. */
  readonly dir?: string;
}

const cache = new Map<string, Promise<Result<unknown, Problem[]>>>();

/** Names the file in every problem, so « communes[3].source » becomes findable. */
function inFile(file: string, problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => ({ path: `${file} : ${problem.path}`, message: problem.message }));
}

async function readChecked<T>(
  dir: string,
  name: string,
  parse: (text: string) => Result<T, Problem[]>,
): Promise<Result<T, Problem[]>> {
  const path = join(dir, name);
  let cached = cache.get(path) as Promise<Result<T, Problem[]>> | undefined;
  if (cached === undefined) {
    cached = (async (): Promise<Result<T, Problem[]>> => {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        return err([
          {
            path,
            message:
              'fichier de territoires introuvable : lancez « pnpm build » (ou « pnpm --filter @passerelle/data run build:data ») pour le générer',
          },
        ]);
      }
      const parsed = parse(text);
      return parsed.ok ? parsed : err(inFile(path, parsed.error));
    })();
    cache.set(path, cached);
  }
  return cached;
}

/**
 * Reads the régions file and checks it with core's `parseRegions`.
 *
 * @example
 * ```ts
 * const regions = await loadRegions();
 * regions.ok ? regions.value.find((region) => region.code === '75')?.name : undefined; // 'Nouvelle-Aquitaine'
 * ```
 */
export function loadRegions(
  options: TerritoryLoadOptions = {},
): Promise<Result<readonly RegionInfo[], Problem[]>> {
  return readChecked(options.dir ?? GENERATED_TERRITORIES_DIR, 'regions.json', parseRegions);
}

/**
 * Reads the départements file and checks it with core's `parseDepartements`.
 *
 * @example
 * ```ts
 * const departements = await loadDepartements();
 * departements.ok ? departements.value.find((info) => info.code === '33')?.name : undefined; // 'Gironde'
 * ```
 */
export function loadDepartements(
  options: TerritoryLoadOptions = {},
): Promise<Result<readonly DepartementInfo[], Problem[]>> {
  return readChecked(options.dir ?? GENERATED_TERRITORIES_DIR, 'departements.json', parseDepartements);
}

/**
 * One département's communes file, checked.
 *
 * @example
 * ```ts
 * const gironde = await loadCommunesOfDepartement('33');
 * gironde.ok ? gironde.value.places.find((place) => place.inseeCode === '33063')?.name : undefined; // 'Bordeaux'
 * ```
 */
export function loadCommunesOfDepartement(
  departement: string,
  options: TerritoryLoadOptions = {},
): Promise<Result<CommunesOfDepartement, Problem[]>> {
  return readChecked(options.dir ?? GENERATED_TERRITORIES_DIR, communesFileName(departement), parseCommunes);
}

/**
 * The communes (and arrondissements municipaux) of these départements, or of all of France when
 * none are given. An unknown département code is a problem, not an empty list.
 *
 * @example
 * ```ts
 * const landes = await loadCommunes(['40']);
 * if (landes.ok) console.log(landes.value.length, 'communes');
 * const unknown = await loadCommunes(['99']);
 * unknown.ok ? [] : unknown.error.map((problem) => problem.message); // ['département inconnu « 99 » : attendu un code de département (ex. 33, 2A, 971)']
 * ```
 */
export async function loadCommunes(
  departements?: readonly string[],
  options: TerritoryLoadOptions = {},
): Promise<Result<Place[], Problem[]>> {
  const known = await loadDepartements(options);
  if (!known.ok) return known;
  const codes = new Set(known.value.map((info) => info.code));
  const wanted = departements ?? [...codes];
  const unknown = wanted.filter((code) => !codes.has(code));
  if (unknown.length > 0) {
    return err(
      unknown.map((code) => ({
        path: 'départements',
        message: `département inconnu « ${code} » : attendu un code de département (ex. 33, 2A, 971)`,
      })),
    );
  }
  const files = await Promise.all(
    [...new Set(wanted)].map((code) => loadCommunesOfDepartement(code, options)),
  );
  const problems = files.flatMap((file) => (file.ok ? [] : file.error));
  if (problems.length > 0) return err(problems);
  return ok(files.flatMap((file) => (file.ok ? file.value.places : [])));
}

/**
 * Every commune of France (metropolitan and DROM): about 35,000 places.
 *
 * @example
 * ```ts
 * const france = await loadAllCommunes();
 * if (france.ok) console.log(france.value.filter((place) => place.population >= 100_000).map((place) => place.name));
 * ```
 */
export function loadAllCommunes(options: TerritoryLoadOptions = {}): Promise<Result<Place[], Problem[]>> {
  return loadCommunes(undefined, options);
}

/**
 * A gazetteer over these départements (all of France by default).
 *
 * @example
 * ```ts
 * const gazetteer = await loadGazetteer(['33', '24']);
 * const sainteFoy = gazetteer.ok ? gazetteer.value.findPlace('33220') : []; // one postal code, two départements
 * [...new Set(sainteFoy.map((place) => place.departement))].sort(); // ['24', '33']
 * ```
 */
export async function loadGazetteer(
  departements?: readonly string[],
  options: TerritoryLoadOptions = {},
): Promise<Result<Gazetteer, Problem[]>> {
  const places = await loadCommunes(departements, options);
  return places.ok ? ok(createGazetteer(places.value)) : places;
}

/**
 * Département codes of a région (`75` → 16, 17, 19, 23, 24, 33, 40, 47, 64, 79, 86, 87).
 *
 * @example
 * ```ts
 * const region = await loadDepartementsOfRegion('75');
 * region.ok ? region.value.length : 0; // 12
 * ```
 */
export async function loadDepartementsOfRegion(
  region: string,
  options: TerritoryLoadOptions = {},
): Promise<Result<readonly string[], Problem[]>> {
  const regions = await loadRegions(options);
  if (!regions.ok) return regions;
  const found = regions.value.find((info) => info.code === region);
  if (found === undefined) {
    return err([
      { path: 'région', message: `région inconnue « ${region} » : attendu un code de région INSEE (ex. 75)` },
    ]);
  }
  return ok(found.departements);
}

/**
 * `Gazetteer.findPlace` without loading all of France when the query is a code: a postal code
 * loads the départements whose communes use its first three digits (and the one its digits would
 * name as an INSEE code), an INSEE code its département; a name still needs every file. For the
 * CLI's `--near 33000`.
 *
 * @example
 * ```ts
 * const found = await findPlaces('33000'); // reads the Gironde's file only
 * found.ok ? found.value.map((place) => place.name) : []; // ['Bordeaux']
 * ```
 */
export async function findPlaces(
  query: string,
  options: TerritoryLoadOptions = {},
): Promise<Result<Place[], Problem[]>> {
  const known = await loadDepartements(options);
  if (!known.ok) return known;
  const compact = query.replace(/\s+/g, '').toUpperCase();
  let departements: string[] | undefined;
  if (/^(\d{2}|2[AB])\d{3}$/.test(compact)) {
    const codes = new Set(known.value.map((info) => info.code));
    const candidates = [...departementsForPostalCode(compact, known.value), departementOfInseeCode(compact)];
    departements = [...new Set(candidates)].filter((code) => codes.has(code));
  }
  const gazetteer = await loadGazetteer(departements, options);
  return gazetteer.ok ? ok(gazetteer.value.findPlace(query)) : gazetteer;
}
