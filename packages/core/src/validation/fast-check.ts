/**
 * Compiles a zod/mini schema, once, into a predicate that says whether the schema accepts a value,
 * for hot paths (the LHÉO import checks every offer): zod builds a full copy of each value and its
 * issue machinery, while the compiled predicate reads the value once and allocates nothing.
 *
 * It is derived from the schema's own definition, so the schema stays the one model: a field added
 * to the schema is checked here with no other edit. The kinds of node and check the catalogue uses
 * are compiled; any other one (a union, a refinement, a transform…) is handed to zod itself for
 * that part of the value, so the predicate never disagrees with the schema, it is only slower there.
 * `onFallback` tells which parts were handed to zod (a test keeps the offer schema free of them).
 */
import type { $ZodChecks, $ZodType, $ZodTypes } from 'zod/v4/core';
import { safeParse } from 'zod/v4/core';
import { nonEmpty } from './primitives.js';

export type Check = (value: unknown) => boolean;

/** Called with the path and kind of every part of a schema the compiled check leaves to zod. */
export type FallbackListener = (path: string, kind: string) => void;

class Unsupported extends Error {}

/**
 * `nonEmpty` (`z.string().check(z.trim(), z.minLength(1))`) is most of an offer's fields: some
 * character that `String#trim` keeps. Most values start with a printable ASCII character, which
 * settles it without trimming (a third of the check's time otherwise).
 */
function isNonEmptyText(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0) return false;
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || value.trim().length > 0;
}

/** Shared schemas with a faster check than the compiled one, known by identity. */
const KNOWN_CHECKS: ReadonlyMap<$ZodType, Check> = new Map([[nonEmpty, isNonEmptyText]]);

/** True only when `schema` accepts the value (its `safeParse` would succeed). */
export function compileCheck(schema: $ZodType, onFallback?: FallbackListener): Check {
  return compileNode(schema, '', onFallback);
}

function compileNode(schema: $ZodType, path: string, onFallback: FallbackListener | undefined): Check {
  const known = KNOWN_CHECKS.get(schema);
  if (known !== undefined) return known;
  try {
    return compileKnown(schema as $ZodTypes, path, onFallback);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    onFallback?.(path, error.message);
    return (value) => safeParse(schema, value).success;
  }
}

/** The schema's own checks plus, for a format schema such as `z.int()`, the schema itself. */
function checksOf(schema: $ZodTypes): $ZodChecks[] {
  const def = schema._zod.def as { check?: string; checks?: unknown[] };
  const checks = (def.checks ?? []) as $ZodChecks[];
  return def.check === undefined ? checks : [schema as unknown as $ZodChecks, ...checks];
}

function withoutChecks(schema: $ZodTypes): void {
  if (checksOf(schema).length > 0) throw new Unsupported(`${schema._zod.def.type} with checks`);
}

function compileKnown(schema: $ZodTypes, path: string, onFallback: FallbackListener | undefined): Check {
  const def = schema._zod.def;
  if ('coerce' in def && def.coerce === true) throw new Unsupported(`coerced ${def.type}`);
  switch (def.type) {
    case 'string':
      return compileString(checksOf(schema));
    case 'number':
      return compileNumber(checksOf(schema));
    case 'boolean':
      withoutChecks(schema);
      return (value) => typeof value === 'boolean';
    case 'enum': {
      withoutChecks(schema);
      return oneOf(Object.values(def.entries));
    }
    case 'literal':
      withoutChecks(schema);
      return oneOf(def.values);
    case 'optional': {
      withoutChecks(schema);
      const inner = compileNode(def.innerType, path, onFallback);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      withoutChecks(schema);
      const inner = compileNode(def.innerType, path, onFallback);
      return (value) => value === null || inner(value);
    }
    case 'array':
      return compileArray(compileNode(def.element, `${path}[]`, onFallback), lengthBounds(checksOf(schema)));
    case 'object': {
      withoutChecks(schema);
      if (def.catchall !== undefined) throw new Unsupported('object with catchall');
      return compileObject(
        Object.entries(def.shape).map(([key, field]) => [
          key,
          compileNode(field, path === '' ? key : `${path}.${key}`, onFallback),
        ]),
      );
    }
    default:
      throw new Unsupported(def.type);
  }
}

function oneOf(values: readonly unknown[]): Check {
  const set = new Set<unknown>(values);
  return (value) => set.has(value);
}

/** `[min, max]` of a length, from min/max/equal length checks. */
function lengthBounds(checks: readonly $ZodChecks[]): readonly [number, number] {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of checks) {
    const def = check._zod.def;
    if (def.check === 'min_length') min = Math.max(min, def.minimum);
    else if (def.check === 'max_length') max = Math.min(max, def.maximum);
    else if (def.check === 'length_equals')
      [min, max] = [Math.max(min, def.length), Math.min(max, def.length)];
    else throw new Unsupported(`${def.check} check`);
  }
  return [min, max];
}

function compileString(checks: readonly $ZodChecks[]): Check {
  // One step per check, in the schema's order: an overwrite (`z.trim()`) changes what later steps read.
  const steps: Array<(value: string) => string | false> = checks.map((check) => {
    const def = check._zod.def;
    switch (def.check) {
      case 'overwrite': {
        const tx = def.tx as (value: string) => unknown;
        return (value) => {
          const next = tx(value);
          return typeof next === 'string' ? next : false;
        };
      }
      case 'string_format': {
        if (def.format !== 'regex' || def.pattern === undefined)
          throw new Unsupported(`${def.format} format`);
        const pattern = def.pattern;
        if (pattern.global || pattern.sticky) throw new Unsupported('stateful regex');
        return (value) => pattern.test(value) && value;
      }
      default: {
        const [min, max] = lengthBounds([check]);
        return (value) => value.length >= min && value.length <= max && value;
      }
    }
  });
  if (steps.length === 0) return (value) => typeof value === 'string';
  if (steps.length === 1) {
    const [only] = steps as [(value: string) => string | false];
    return (value) => typeof value === 'string' && only(value) !== false;
  }
  return (value) => {
    if (typeof value !== 'string') return false;
    let current: string | false = value;
    for (let i = 0; i < steps.length && current !== false; i += 1)
      current = (steps[i] as (v: string) => string | false)(current);
    return current !== false;
  };
}

function compileNumber(checks: readonly $ZodChecks[]): Check {
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  let minInclusive = true;
  let maxInclusive = true;
  let integer = false;
  for (const check of checks) {
    const def = check._zod.def;
    if (def.check === 'greater_than' && typeof def.value === 'number') {
      [min, minInclusive] = [def.value, def.inclusive];
    } else if (def.check === 'less_than' && typeof def.value === 'number') {
      [max, maxInclusive] = [def.value, def.inclusive];
    } else if (def.check === 'number_format' && def.format === 'safeint') {
      integer = true;
    } else {
      throw new Unsupported(`${def.check} check`);
    }
    if (checks.filter((other) => other._zod.def.check === def.check).length > 1) {
      throw new Unsupported(`repeated ${def.check} check`);
    }
  }
  return (value) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (minInclusive ? value >= min : value > min) &&
    (maxInclusive ? value <= max : value < max) &&
    (!integer || Number.isSafeInteger(value));
}

function compileArray(element: Check, [min, max]: readonly [number, number]): Check {
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    for (let i = 0; i < value.length; i += 1) if (!element(value[i])) return false;
    return true;
  };
}

/** `z.object(shape)`: an object (not an array) whose every key passes its check; other keys are ignored. */
function compileObject(fields: ReadonlyArray<readonly [string, Check]>): Check {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Readonly<Record<string, unknown>>;
    for (let i = 0; i < fields.length; i += 1) {
      const [key, check] = fields[i] as readonly [string, Check];
      if (!check(record[key])) return false;
    }
    return true;
  };
}
