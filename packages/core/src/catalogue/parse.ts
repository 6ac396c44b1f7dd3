import { err, ok, type Problem, type Result } from '../result.js';
import { toProblems } from '../validation/french-issues.js';
import { checkUntrusted } from './untrusted.js';
import { catalogueMetaSchema, catalogueSchema } from './runtime-schema.js';
import type { Catalogue, CatalogueMeta } from './schema.js';

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses JSON text, reporting a syntax error with its line and column in French.
 * V8 names the offending position in its message ("at position 42"), the only portable clue.
 *
 * @example
 * ```ts
 * const parsed = parseJsonText('{\n  "offers": [],\n}'); // a comma too many
 * parsed.ok ? [] : parsed.error.map((problem) => problem.path); // ['ligne 3, colonne 1']
 * ```
 */
export function parseJsonText(input: string): Result<unknown, Problem[]> {
  // Windows editors save « UTF-8 with BOM »; JSON.parse refuses the BOM, a person would not see it.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Browsers do not always say where: at the end of the text they only say so.
    const position = /position (\d+)/.exec(message)?.[1];
    const offset =
      position !== undefined ? Number(position) : /end of JSON input/.test(message) ? text.length : undefined;
    const where = offset === undefined ? undefined : lineAndColumn(text, offset);
    const place = where ? `ligne ${where.line}, colonne ${where.column}` : '(racine)';
    // The engine's own words are English (and differ between browsers): say it in French instead.
    const found = offset === undefined ? undefined : text[offset];
    // A web server's error page in place of the file is the commonest cause in a browser.
    const hint = text.trimStart().startsWith('<')
      ? "le serveur a renvoyé une page HTML au lieu d'un fichier JSON (adresse erronée ?)"
      : text.trim() === ''
        ? 'le fichier est vide'
        : offset !== undefined && found === undefined
          ? "le texte s'arrête avant la fin (fichier tronqué ?)"
          : `le texte n'est pas un JSON bien formé${found === undefined ? '' : ` : caractère « ${found} » inattendu`}`;
    return err([{ path: place, message: `JSON invalide : ${hint}` }]);
  }
}

/** Adds « offre <id> » to a path inside `offers[i]`, so a data manager can find the record. */
function withOfferIds(problems: Problem[], input: unknown): Problem[] {
  const offers = (input as { offers?: unknown } | null)?.offers;
  if (!Array.isArray(offers)) return problems;
  return problems.map((problem) => {
    const index = /^offers\[(\d+)\]/.exec(problem.path)?.[1];
    const id = index === undefined ? undefined : (offers[Number(index)] as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? { ...problem, message: `${problem.message} (offre ${id})` } : problem;
  });
}

/**
 * Checks a catalogue (already-parsed JSON or JSON text) against the model.
 * Returns the catalogue, or every problem with its path and a French message.
 *
 * @example
 * ```ts
 * const result = parseCatalogue(await readFile('catalogue.json', 'utf8'));
 * if (!result.ok) for (const problem of result.error) console.error(`${problem.path} — ${problem.message}`);
 * ```
 */
export function parseCatalogue(input: unknown): Result<Catalogue, Problem[]> {
  let json = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return parsed;
    json = parsed.value;
  }
  const checked = checkUntrusted(json, () => catalogueSchema.safeParse(json, { reportInput: true }));
  if (!checked.ok) return checked;
  const result = checked.value;
  if (result.success) return ok(result.data);
  return err(withOfferIds(toProblems(result.error.issues), json));
}

/**
 * Checks a catalogue's `meta` (provenance, licence, ruleset) before a catalogue is written with it.
 *
 * @example
 * ```ts
 * const meta = parseCatalogueMeta({ source: 'Export LHÉO', generatedAt: '2026-01-15', licence: 'Licence Ouverte 2.0', demo: false });
 * meta.ok; // true
 * const undated = parseCatalogueMeta({ source: 'Export LHÉO', licence: 'Licence Ouverte 2.0', demo: false });
 * undated.ok ? [] : undated.error.map((problem) => problem.path); // ['generatedAt']
 * ```
 */
export function parseCatalogueMeta(input: unknown): Result<CatalogueMeta, Problem[]> {
  const result = catalogueMetaSchema.safeParse(input, { reportInput: true });
  return result.success ? ok(result.data) : err(toProblems(result.error.issues));
}
