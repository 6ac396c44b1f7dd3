/**
 * Compile-time proofs that a plain public type and the type a zod schema infers are the same, so
 * the two cannot drift: `SameShape<A, B>` is `true` only when they have the same keys, the same
 * optional keys and the same value types all the way down (interfaces and intersections compared by
 * their members, not their names).
 */
type Members<T> = T extends readonly unknown[]
  ? { [K in keyof T]: Members<T[K]> }
  : T extends object
    ? { [K in keyof T]: Members<T[K]> }
    : T;

export type SameShape<A, B> =
  (<T>() => T extends Members<A> ? 1 : 2) extends <T>() => T extends Members<B> ? 1 : 2 ? true : false;

/** Fails to compile unless every entry is `true`. */
export type AllTrue<T extends readonly true[]> = T;
