/**
 * Untrusted input (files, JSON, URLs, attributes) is answered with a result union, like a validator's
 * `safeParse`: callers must look at `ok` before they touch the value. Programmer mistakes throw.
 */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** The success side of a `Result`. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** The failure side of a `Result`. */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/** Ends an exhaustive `switch`: the compiler proves the call unreachable. */
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
