import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  it('says how to use it on stderr and fails as a usage error (exit 2) when no command is given', () => {
    const result = passerelle();
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage : passerelle <commande> [options]');
  });

  it('prints its usage on stdout and succeeds when asked with --help', () => {
    const result = passerelle('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage : passerelle <commande> [options]');
    expect(result.stderr).toBe('');
  });

  it('names an unknown command in French on stderr, without a stack trace, exit 2', () => {
    const result = passerelle('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Commande inconnue : « frobnicate »\./);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('lists every command with one line each, the options, an example and the exit codes', () => {
    const { stdout } = passerelle('--help');
    for (const name of ['import', 'validate', 'publish', 'search', 'orient', 'build-demo', 'serve']) {
      expect(stdout).toMatch(new RegExp(`^  ${name} +\\S.+$`, 'm'));
    }
    expect(stdout).toMatch(/^ {2}-h, --help +\S/m);
    expect(stdout).toMatch(/^ {2}-v, --version +\S/m);
    expect(stdout).toMatch(/^Exemples :\n {2}passerelle import /m);
    expect(stdout).toMatch(/^ {2}2 {2}commande mal écrite/m);
  });

  it('prints the version of @passerelle/data with --version', () => {
    const result = passerelle('--version');
    const manifest = JSON.parse(readFileSync(`${REPO}packages/data/package.json`, 'utf8')) as {
      version: string;
    };
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${manifest.version}\n`);
  });

  it('exits 2 for a mistyped option and 1 for a run that fails on its data', () => {
    const mistyped = passerelle('validate', '--sortie', 'x.json');
    expect(mistyped.status).toBe(2);
    expect(mistyped.stderr).toMatch(/^Erreur : option inconnue : --sortie/);
    const missing = passerelle('validate', 'absent-catalogue.json');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/introuvable/);
  });
});
