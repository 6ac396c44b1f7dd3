/**
 * examples/node/main.mjs, run as a developer would after `pnpm build`: it must import the LHÉO
 * sample, publish it, find the training and orient the person, through the packages' public API.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseManifest } from '@passerelle/core';

const out = mkdtempSync(join(tmpdir(), 'passerelle-node-example-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('examples/node', () => {
  const result = spawnSync(process.execPath, ['examples/node/main.mjs', out], { encoding: 'utf8' });

  it('runs without an error or a warning', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('imports the sample, publishes it, finds the training and orients the person', () => {
    expect(result.stdout).toContain('Import : 2 formation(s) gardée(s), 0 problème(s).');
    expect(result.stdout).toMatch(/^Publication : \d+ fichier\(s\) dans .*, départements 33\.$/m);
    expect(result.stdout).toMatch(
      /^Recherche « aide soignante bordeaux » : [1-9]\d* résultat\(s\)\.\n {2}Aide-soignant \(EX-001\)$/m,
    );
    expect(result.stdout).toMatch(/^Relais : [a-z-]+(, [a-z-]+)*\.$/m);
  });

  it('writes a publication the widget can read (a manifest core accepts, with the Gironde shard)', () => {
    const manifest = parseManifest(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.ok).toBe(true);
    if (manifest.ok) expect(manifest.value.shards.map((shard) => shard.departement)).toEqual(['33']);
    expect(readdirSync(out).some((file) => /^recherche-33\.[0-9a-f]{16}\.json$/.test(file))).toBe(true);
  });

  it('uses only the packages’ public entries', () => {
    const source = readFileSync('examples/node/main.mjs', 'utf8');
    const imported = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(imported.filter((name) => !name.startsWith('node:')).sort()).toEqual([
      '@passerelle/core',
      '@passerelle/data/publish',
      '@passerelle/data/rulesets',
    ]);
  });
});
