import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';
import { compileCheck } from './fast-check.js';

const VALUES: readonly unknown[] = [
  undefined,
  null,
  true,
  0,
  -0,
  1,
  1.5,
  -1,
  10,
  10.5,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  '\u00a0',
  '\ufeff',
  'x',
  ' x ',
  'ab',
  'abc',
  '12345',
  [],
  ['x'],
  ['x', 'y', 'z'],
  [''],
  {},
  { a: 'x' },
  { a: 'x', b: 1 },
  { a: ' ' },
];

/** Schemas the offer does not use (or not in this shape): each kind and bound compiled, or left to zod. */
const SCHEMAS: ReadonlyArray<readonly [string, $ZodType]> = [
  ['trimmed text (not the shared one)', z.string().check(z.trim(), z.minLength(1))],
  ['text of 2 to 3 characters', z.string().check(z.minLength(2), z.maxLength(3))],
  ['text of exactly 2 characters', z.string().check(z.length(2))],
  ['a pattern', z.string().check(z.regex(/^\d{5}$/))],
  ['numbers above 0 and below 10', z.number().check(z.gt(0), z.lt(10))],
  ['numbers from 0 to 10', z.number().check(z.gte(0), z.lte(10))],
  ['integers', z.int()],
  ['integers of at least 0', z.number().check(z.int(), z.gte(0))],
  ['a literal', z.literal('x')],
  ['an enum', z.enum(['x', 'ab'])],
  ['a non-empty list of at most 2', z.array(z.string()).check(z.minLength(1), z.maxLength(2))],
  ['an optional nullable text', z.optional(z.nullable(z.string()))],
  ['an object', z.object({ a: z.string(), b: z.optional(z.number()) })],
  ['a union (left to zod)', z.union([z.string(), z.number()])],
  ['a refinement (left to zod)', z.string().check(z.refine((value) => value.startsWith('a')))],
  ['a strict object (left to zod)', z.strictObject({ a: z.string() })],
  [
    'an object inside a list, refined (left to zod)',
    z.array(z.object({ a: z.string() }).check(z.refine((o) => o.a !== ' '))),
  ],
];

describe('compileCheck', () => {
  it.each(SCHEMAS)('agrees with zod on %s', (_name, schema) => {
    const check = compileCheck(schema);
    const disagreements = VALUES.filter((value) => check(value) !== z.safeParse(schema, value).success);
    expect(disagreements).toEqual([]);
  });

  it('says which parts it leaves to zod, and where', () => {
    const leftToZod: string[] = [];
    const schema = z.object({
      name: z.string(),
      tags: z.array(z.union([z.string(), z.number()])),
      place: z.optional(z.object({ code: z.string().check(z.refine((value) => value !== '')) })),
    });
    compileCheck(schema, (path, kind) => leftToZod.push(`${path}: ${kind}`));
    expect(leftToZod).toEqual(['tags[]: union', 'place.code: custom check']);
  });
});
