import { parseJsonText } from '../catalogue/parse.js';
import { checkUntrusted } from '../catalogue/untrusted.js';
import { err, ok, type Problem, type Result } from '../result.js';
import { toProblems } from '../validation/french-issues.js';
import { relayDirectorySchema } from './runtime-schema.js';
import type { Relay, RelayDirectory } from './schema.js';

/** Adds « relais <id> » to a problem inside `relays[i]`, so the partner finds the entry. */
function withRelayIds(problems: Problem[], input: unknown): Problem[] {
  const relays = (input as { relays?: unknown } | null)?.relays;
  if (!Array.isArray(relays)) return problems;
  return problems.map((problem) => {
    const index = /^relays\[(\d+)\]/.exec(problem.path)?.[1];
    const id = index === undefined ? undefined : (relays[Number(index)] as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? { ...problem, message: `${problem.message} (relais ${id})` } : problem;
  });
}

function duplicateIds(relays: readonly Relay[]): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  relays.forEach((relay, index) => {
    const first = seen.get(relay.id);
    if (first === undefined) seen.set(relay.id, index);
    else {
      problems.push({
        path: `relays[${index}].id`,
        message: `identifiant « ${relay.id} » déjà utilisé par relays[${first}] : chaque relais doit avoir un identifiant unique`,
      });
    }
  });
  return problems;
}

/**
 * Checks a relay directory (parsed JSON or JSON text). Returns the directory, or every problem
 * with its path and a French message a partner can act on.
 *
 * @example
 * ```ts
 * const directory = parseRelayDirectory(await readFile('relais-gironde.json', 'utf8'));
 * if (directory.ok) console.log(`${directory.value.relays.length} relais`);
 * else for (const problem of directory.error) console.error(`${problem.path} — ${problem.message}`);
 * ```
 */
export function parseRelayDirectory(input: unknown): Result<RelayDirectory, Problem[]> {
  let json = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return parsed;
    json = parsed.value;
  }
  const checked = checkUntrusted(json, () => relayDirectorySchema.safeParse(json, { reportInput: true }));
  if (!checked.ok) return checked;
  const result = checked.value;
  if (!result.success) return err(withRelayIds(toProblems(result.error.issues), json));
  const duplicates = duplicateIds(result.data.relays);
  return duplicates.length > 0 ? err(duplicates) : ok(result.data);
}
