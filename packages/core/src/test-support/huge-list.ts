/**
 * A list of 150,000 wrong values (past the ~120,000 zod issues that overflow its stack), and what a
 * parser must answer to a document holding one: a single French problem at that list.
 */
import { expect } from 'vitest';
import type { Problem, Result } from '../result.js';

export function hugeList(): number[] {
  return new Array<number>(150_000).fill(7);
}

export function expectOneHugeListProblem(result: Result<unknown, Problem[]>, path: string): void {
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error).toHaveLength(1);
    expect(result.error[0]?.path).toBe(path);
    expect(result.error[0]?.message).toContain('bien trop de valeurs invalides');
  }
}
