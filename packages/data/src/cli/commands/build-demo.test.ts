import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  mergeCatalogues,
  parseCatalogue,
  parseCommunes,
  parseManifest,
  parseRelayDirectory,
  selectShards,
  type Catalogue,
  type Manifest,
} from '@passerelle/core';
import { CliError } from '../command.js';
import { run } from './build-demo.js';
import { fakeIo, useTempDir } from '../test-support/fake-io.js';

const dir = useTempDir('passerelle-build-demo-');

function read(file: string): string {
  return readFileSync(join(dir, 'demo', file), 'utf8');
}

function catalogueOf(file: string): Catalogue {
  const parsed = parseCatalogue(read(file));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error[0]?.message ?? ''}`);
  return parsed.value;
}

describe('passerelle build-demo', () => {
  let io: ReturnType<typeof fakeIo>;
  let code: number;
  let manifest: Manifest;

  beforeAll(async () => {
    io = fakeIo(dir);
    code = await run(
      ['--out', 'demo', '--size', '800', '--today', '2026-11-23', '--departements', '33,87,16'],
      io,
    );
    const parsed = parseManifest(read('manifest.json'));
    if (!parsed.ok) throw new Error(parsed.error[0]?.message);
    manifest = parsed.value;
  });

  it('exits 0 and prints a French summary with every shard', () => {
    expect(code).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toContain('800 sessions ; graine 75, à partir du 2026-11-23');
    expect(io.out()).toMatch(/^ {2}33 +\d+ +\d+ /m);
    expect(io.out()).toContain('relus et validés par core');
  });

  it('writes one catalogue shard per département, plus relays, communes and the manifest', () => {
    // Every file but the manifest and the single-file catalogue carries a 16-digit content hash.
    const unhashed = (name: string) => name.replace(/\.[0-9a-f]{16}\.json$/, '.json');
    const names = readdirSync(join(dir, 'demo')).map(unhashed);
    expect(names.filter((name) => !name.startsWith('details-')).sort()).toEqual([
      'catalogue-16.json',
      'catalogue-33.json',
      'catalogue-87.json',
      'catalogue.json',
      'communes-16.json',
      'communes-33.json',
      'communes-87.json',
      'departements.json',
      'manifest.json',
      'recherche-16.json',
      'recherche-33.json',
      'recherche-87.json',
      'relais.json',
    ]);
    expect(manifest.shards.map((shard) => shard.departement)).toEqual(['16', '33', '87']);
    expect(manifest.communes.map((entry) => unhashed(entry.url))).toEqual([
      'communes-16.json',
      'communes-33.json',
      'communes-87.json',
    ]);
    expect(manifest.meta).toMatchObject({ demo: true, ruleset: 'nouvelle-aquitaine' });
  });

  it('lists hashes and sizes that match the files’ contents', () => {
    const entries = [
      ...manifest.shards,
      ...manifest.communes,
      ...(manifest.relays ? [manifest.relays] : []),
      ...(manifest.territoryIndex ? [manifest.territoryIndex] : []),
    ];
    expect(entries).toHaveLength(8);
    expect(manifest.shards.every((shard) => shard.search !== undefined)).toBe(true);
    for (const entry of entries) {
      const bytes = readFileSync(join(dir, 'demo', entry.url));
      expect(createHash('sha256').update(bytes).digest('hex'), entry.url).toBe(entry.hash);
      expect(bytes.length, entry.url).toBe(entry.bytes);
    }
  });

  it('writes files that core validates, with counts and bounding boxes as listed', () => {
    for (const shard of manifest.shards) {
      const catalogue = catalogueOf(shard.url);
      expect(catalogue.meta.departements).toEqual([shard.departement]);
      expect(catalogue.offers).toHaveLength(shard.offers);
      const actions = catalogue.offers.flatMap((offer) => offer.actions);
      expect(actions).toHaveLength(shard.actions);
      expect(actions.reduce((sum, action) => sum + action.sessions.length, 0)).toBe(shard.sessions);
      const [minLon, minLat, maxLon, maxLat] = shard.bbox ?? [0, 0, 0, 0];
      for (const action of actions) {
        const point = action.places[0]?.address.coordinates;
        expect(
          point && point.lon >= minLon && point.lon <= maxLon && point.lat >= minLat && point.lat <= maxLat,
        ).toBe(true);
      }
    }
    const relays = parseRelayDirectory(read(manifest.relays?.url ?? 'relais.json'));
    expect(relays.ok).toBe(true);
    if (relays.ok) {
      expect(relays.value.meta.demo).toBe(true);
      expect(new Set(relays.value.relays.map((relay) => relay.departement))).toEqual(
        new Set(['16', '33', '87']),
      );
    }
    expect(parseCommunes(read(manifest.communes[1]?.url ?? '')).ok).toBe(true);
  });

  it('writes compact JSON, without whitespace between tokens', () => {
    expect(read(manifest.shards[1]?.url ?? '')).not.toMatch(/\n|": /);
  });

  it('writes shards that re-assemble into the whole catalogue', () => {
    const shards = selectShards(manifest).map((shard) => catalogueOf(shard.url));
    expect(mergeCatalogues(shards)).toEqual(catalogueOf('catalogue.json'));
  });

  it('prints the manifest with --json', async () => {
    const jsonIo = fakeIo(dir);
    expect(
      await run(
        ['--out', 'demo-json', '--size', '50', '--today', '2026-11-23', '--departements', '23', '--json'],
        jsonIo,
      ),
    ).toBe(0);
    expect(parseManifest(jsonIo.out()).ok).toBe(true);
  });

  it('explains in French, without a stack trace, an --out that names a file instead of a folder', async () => {
    writeFileSync(join(dir, 'un-fichier'), '');
    await expect(run(['--out', 'un-fichier', '--size', '50'], fakeIo(dir))).rejects.toThrow(
      new CliError(
        "impossible de créer le dossier de sortie un-fichier : un fichier porte ce nom (ou celui d'un dossier parent) : indiquez un dossier.",
      ),
    );
  });

  it('explains a missing --out, a bad size and an unknown département in French', async () => {
    await expect(run([], fakeIo(dir))).rejects.toThrow(CliError);
    await expect(run([], fakeIo(dir))).rejects.toThrow(/indiquez le dossier de sortie avec --out/);
    await expect(run(['--out', 'x', '--size', 'beaucoup'], fakeIo(dir))).rejects.toThrow(
      '--size attend un entier positif, reçu « beaucoup ».',
    );
    await expect(run(['--out', 'x', '--departements', '33,75'], fakeIo(dir))).rejects.toThrow(
      /--departements : la démonstration couvre la Nouvelle-Aquitaine .*reçu « 75 »/,
    );
    await expect(run(['--out', 'x', '--today', '23/11/2026'], fakeIo(dir))).rejects.toThrow(
      '--today attend une date AAAA-MM-JJ, reçu « 23/11/2026 ».',
    );
  });
});
