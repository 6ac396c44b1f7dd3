/**
 * Untrusted input (files, JSON, URLs, attributes) is answered with a result union, like a validator's
 * `safeParse`: callers must look at `ok` before they touch the value. Programmer mistakes throw.
 */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/**
 * The success side of a `Result`.
 *
 * @example
 * ```ts
 * function parseAge(text: string): Result<number, string> {
 *   const age = Number(text);
 *   return Number.isInteger(age) && age >= 0 ? ok(age) : err(`« ${text} » n'est pas un âge`);
 * }
 * parseAge('19'); // { ok: true, value: 19 }
 * ```
 */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * The failure side of a `Result`.
 *
 * @example
 * ```ts
 * const checked: Result<string, Problem[]> = err([{ path: 'postalCode', message: 'Le code postal a cinq chiffres.' }]);
 * if (!checked.ok) console.error(checked.error[0]?.message);
 * ```
 */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/**
 * Ends an exhaustive `switch`: the compiler proves the call unreachable.
 *
 * @example
 * ```ts
 * function statusLabel(status: EligibilityStatus): string {
 *   switch (status) {
 *     case 'eligible':
 *       return 'Possible';
 *     case 'not-eligible':
 *       return 'Pas possible';
 *     case 'to-check':
 *       return 'À vérifier';
 *     case 'derogation':
 *       return 'Possible avec une dérogation';
 *     default:
 *       return assertNever(status, 'statut'); // a new status fails to compile here
 *   }
 * }
 * statusLabel('to-check'); // 'À vérifier'
 * ```
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}

/** A problem found in untrusted input: where it is, and what was expected, in French. */
export interface Problem {
  /** Path inside the document, e.g. `offers[3].actions[0].sessions[1].start`. */
  readonly path: string;
  /** French message a webmaster or a data manager can act on. */
  readonly message: string;
}

/** Where warnings go: core never writes to the console itself. */
export interface Logger {
  warn(message: string): void;
}

/** A logger that drops every warning (the default where none is given). */
export const silentLogger: Logger = { warn: () => undefined };
