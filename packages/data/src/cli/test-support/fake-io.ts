/** Test helpers for command modules: run them in a temporary folder and read what they printed. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { CommandIO } from '../command.js';

export type FakeIO = CommandIO & { out: () => string; err: () => string };

/** A fresh temporary folder for this test file, removed after its tests. */
export function useTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Captures stdout and stderr of a command run with `cwd` as its working directory. */
export function fakeIo(cwd: string): FakeIO {
  let out = '';
  let err = '';
  return {
    cwd,
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}
