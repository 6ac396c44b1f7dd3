import { parseJsonText } from '../catalogue/parse.js';
import { checkUntrusted } from '../catalogue/untrusted.js';
import { err, ok, type Problem, type Result } from '../result.js';
import type { $ZodIssue } from 'zod/v4/core';
import { formatPath, frenchIssueMessage, toProblems } from '../validation/french-issues.js';
import { placeFromRow, type Place } from './place.js';
import { communesFileSchema, departementsFileSchema, regionsFileSchema } from './runtime-schema.js';
import { COMMUNE_COLUMNS, type DepartementInfo, type RegionInfo } from './schema.js';

/** What a communes file holds once checked: its département, its région and its places. */
export interface CommunesOfDepartement {
  readonly departement: string;
  readonly region: string;
  readonly places: readonly Place[];
}

function toJson(input: unknown): Result<unknown, Problem[]> {
  return typeof input === 'string' ? parseJsonText(input) : ok(input);
}

/** Column names that share the wording of a catalogue field (« un code postal de 5 chiffres »). */
const MESSAGE_FIELD: Readonly<Record<string, string>> = { postalCodes: 'postalCode' };

/**
 * French problems for a communes file, naming the column of a row and the commune itself, so
 * « communes[3][2][0] » reads « communes[3].postalCodes[0] » with « (commune 33063) ».
 */
function communeProblems(issues: readonly $ZodIssue[], input: unknown): Problem[] {
  const rows = (input as { communes?: unknown } | null)?.communes;
  return issues.map((issue) => {
    const [first, rowIndex, column, ...rest] = issue.path;
    if (first !== 'communes' || typeof rowIndex !== 'number' || typeof column !== 'number') {
      return { path: formatPath(issue.path), message: frenchIssueMessage(issue) };
    }
    const name = COMMUNE_COLUMNS[column] ?? String(column);
    const path = [first, rowIndex, name, ...rest];
    const message = frenchIssueMessage({
      ...issue,
      path: [first, rowIndex, MESSAGE_FIELD[name] ?? name, ...rest],
    });
    const row: unknown = Array.isArray(rows) ? rows[rowIndex] : undefined;
    const code: unknown = Array.isArray(row) ? row[0] : undefined;
    return {
      path: formatPath(path),
      message: typeof code === 'string' ? `${message} (commune ${code})` : message,
    };
  });
}

/**
 * Département part of an INSEE code: `33063` → `33`, `2A004` → `2A`, `97411` → `974`.
 *
 * @example
 * ```ts
 * departementOfInseeCode('33063'); // '33'
 * departementOfInseeCode('97411'); // '974'
 * ```
 */
export function departementOfInseeCode(inseeCode: string): string {
  return inseeCode.startsWith('97') ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2);
}

/**
 * Checks a communes file (`communes-<département>.json`, parsed JSON or text) and expands its rows.
 * Beyond the shape, every commune must belong to the file's département.
 *
 * @example
 * ```ts
 * const communes = parseCommunes(await (await fetch('/territoires/communes-33.json')).text());
 * if (communes.ok) console.log(`${communes.value.places.length} communes en ${communes.value.departement}`);
 * else for (const problem of communes.error) console.error(`${problem.path} — ${problem.message}`);
 * ```
 */
export function parseCommunes(input: unknown): Result<CommunesOfDepartement, Problem[]> {
  const json = toJson(input);
  if (!json.ok) return json;
  const checked = checkUntrusted(json.value, () =>
    communesFileSchema.safeParse(json.value, { reportInput: true }),
  );
  if (!checked.ok) return checked;
  const result = checked.value;
  if (!result.success) return err(communeProblems(result.error.issues, json.value));
  const { departement, region, communes } = result.data;
  const problems: Problem[] = [];
  communes.forEach((row, index) => {
    if (departementOfInseeCode(row[0]) !== departement) {
      problems.push({
        path: `communes[${String(index)}].inseeCode`,
        message: `la commune ${row[0]} n'appartient pas au département ${departement} de ce fichier`,
      });
    }
  });
  if (problems.length > 0) return err(problems);
  return ok({ departement, region, places: communes.map((row) => placeFromRow(row, departement, region)) });
}

/**
 * Checks `departements.json`.
 *
 * @example
 * ```ts
 * const departements = parseDepartements(await (await fetch('/territoires/departements.json')).text());
 * if (departements.ok) console.log(departements.value.map((info) => `${info.code} ${info.name}`));
 * ```
 */
export function parseDepartements(input: unknown): Result<readonly DepartementInfo[], Problem[]> {
  const json = toJson(input);
  if (!json.ok) return json;
  const checked = checkUntrusted(json.value, () =>
    departementsFileSchema.safeParse(json.value, { reportInput: true }),
  );
  if (!checked.ok) return checked;
  const result = checked.value;
  return result.success ? ok(result.data.departements) : err(toProblems(result.error.issues));
}

/**
 * Checks `regions.json`.
 *
 * @example
 * ```ts
 * const regions = parseRegions(await readFile('regions.json', 'utf8'));
 * if (regions.ok) console.log(regions.value.find((region) => region.code === '75')?.departements);
 * ```
 */
export function parseRegions(input: unknown): Result<readonly RegionInfo[], Problem[]> {
  const json = toJson(input);
  if (!json.ok) return json;
  const checked = checkUntrusted(json.value, () =>
    regionsFileSchema.safeParse(json.value, { reportInput: true }),
  );
  if (!checked.ok) return checked;
  const result = checked.value;
  return result.success ? ok(result.data.regions) : err(toProblems(result.error.issues));
}

/**
 * Départements whose communes use postal codes starting like this one: usually one, sometimes two
 * (a postal code follows the sorting office, which can sit across a border). Tells a browser
 * which communes file to fetch for a postal code typed by a person.
 *
 * @example
 * ```ts
 * import { loadDepartements } from '@passerelle/data'; // in a browser, parseDepartements on the fetched file
 *
 * const departements = await loadDepartements(); // 33220 is Sainte-Foy-la-Grande (33) and Port-Sainte-Foy (24)
 * const files = departements.ok ? departementsForPostalCode('33220', departements.value) : [];
 * files; // ['24', '33']
 * ```
 */
export function departementsForPostalCode(
  postalCode: string,
  departements: readonly DepartementInfo[],
): string[] {
  const prefix = postalCode.slice(0, 3);
  if (!/^\d{3}$/.test(prefix)) return [];
  return departements.filter((info) => info.postalPrefixes.includes(prefix)).map((info) => info.code);
}
