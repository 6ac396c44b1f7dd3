import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

function passerelle(...args: string[]) {
  return spawnSync(
    process.execPath,
    [
      `${REPO}node_modules/tsx/dist/cli.mjs`,
      '--conditions=source',
      `${REPO}packages/data/src/cli/main.ts`,
      ...args,
    ],
    { cwd: REPO, encoding: 'utf8' },
  );
}

describe('passerelle (the dispatcher)', () => {
  it('says how to use it on stderr and fails when no command is given', () => {
    const result = passerelle();
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage : passerelle <commande> [options]');
  });

  it('prints its usage on stdout and succeeds when asked with --help', () => {
    const result = passerelle('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage : passerelle <commande> [options]');
    expect(result.stderr).toBe('');
  });

  it('names an unknown command in French on stderr, without a stack trace', () => {
    const result = passerelle('frobnicate');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Commande inconnue : « frobnicate »\./);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
