import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  parseCatalogue,
  parseManifest,
  parseOfferDetails,
  parseSearchShard,
  offerDetailsEntry,
  type Catalogue,
  type Manifest,
  type SearchShard,
} from '@passerelle/core';
import { demoCommunes } from '../../demo/communes.js';
import { generateDemoCatalogue } from '../../demo/generate.js';
import { CliError } from '../command.js';
import { fakeIo, useTempDir } from '../test-support/fake-io.js';
import { run } from './publish.js';

const dir = useTempDir('passerelle-publish-');
const departements = ['33', '87'];

function read(folder: string, file: string): string {
  return readFileSync(join(dir, folder, file), 'utf8');
}

function folderContents(folder: string): Record<string, string> {
  const files = readdirSync(join(dir, folder)).sort();
  return Object.fromEntries(files.map((file) => [file, read(folder, file)]));
}

function manifestOf(folder: string): Manifest {
  const parsed = parseManifest(read(folder, 'manifest.json'));
  if (!parsed.ok) throw new Error(parsed.error[0]?.message);
  return parsed.value;
}

function searchShard(folder: string, url: string): SearchShard {
  const parsed = parseSearchShard(read(folder, url));
  if (!parsed.ok) throw new Error(`${url}: ${parsed.error[0]?.path} ${parsed.error[0]?.message}`);
  return parsed.value;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('passerelle publish', () => {
  let catalogue: Catalogue;
  let manifest: Manifest;
  let io: ReturnType<typeof fakeIo>;
  let code: number;

  beforeAll(async () => {
    const { communes } = demoCommunes(departements);
    catalogue = generateDemoCatalogue({ size: 300, seed: 7, today: '2026-11-23', departements, communes });
    writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(catalogue));
    io = fakeIo(dir);
    code = await run(['catalogue.json', '--out', 'site'], io);
    manifest = manifestOf('site');
  });

  it('exits 0 with a French summary, the manifest listing each département’s files', () => {
    expect(code).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toMatch(
      /^catalogue\.json publié dans site : \d+ formations, 300 sessions, 2 département\(s\)\./,
    );
    expect(io.out()).toContain('relus et validés par core');
    expect(manifest.shards.map((shard) => shard.departement)).toEqual(departements);
    expect(manifest.catalogue).toMatchObject({ format: 'passerelle-catalogue', version: 1, sessions: 300 });
    expect(manifest.meta).toEqual({
      source: catalogue.meta.source,
      generatedAt: catalogue.meta.generatedAt,
      licence: catalogue.meta.licence,
      demo: true,
      ruleset: 'nouvelle-aquitaine',
      ...(catalogue.meta.title === undefined ? {} : { title: catalogue.meta.title }),
    });
    // A real catalogue is published without the demo's fictitious relays unless --relays names some.
    expect(manifest.relays).toBeUndefined();
  });

  it('names every file but the manifest after its content hash, and lists hashes and sizes that match the bytes', () => {
    const shards = manifest.shards.map((shard) => searchShard('site', shard.search?.url ?? ''));
    const entries = [
      ...manifest.shards.flatMap((shard) => [shard, shard.search!]),
      ...shards.flatMap((shard) => shard.details.files),
      ...manifest.communes,
      ...(manifest.territoryIndex ? [manifest.territoryIndex] : []),
    ];
    for (const entry of entries) {
      const bytes = readFileSync(join(dir, 'site', entry.url));
      expect(sha256(bytes), entry.url).toBe(entry.hash);
      expect(bytes.length, entry.url).toBe(entry.bytes);
      expect(entry.url).toMatch(new RegExp(`^[a-z0-9-]+\\.${entry.hash.slice(0, 16)}\\.json$`));
    }
    // Nothing else in the folder: every file is listed.
    const listed = new Set(['manifest.json', ...entries.map((entry) => entry.url)]);
    expect(readdirSync(join(dir, 'site')).filter((file) => !listed.has(file))).toEqual([]);
  });

  it('writes search files that answer as an index built on the full département catalogue', () => {
    for (const entry of manifest.shards) {
      const full = parseCatalogue(read('site', entry.url));
      if (!full.ok) throw new Error(full.error[0]?.message);
      const built = createSearchIndex(full.value);
      const loaded = searchShard('site', entry.search?.url ?? '');
      expect(loaded.catalogue.offers).toHaveLength(entry.offers);
      for (const query of [
        { text: 'aide soignante' },
        { text: 'cariste' },
        { text: 'francais' },
        { text: 'boulangrie' },
        { filters: { programmes: ['hsp-socle'] } },
        {},
      ]) {
        const hits = (index: typeof built) =>
          index.search(query).hits.map((hit) => [hit.offerId, hit.actionId, hit.sessionId, hit.score]);
        expect(hits(loaded.index), `${entry.departement} ${JSON.stringify(query)}`).toEqual(hits(built));
      }
    }
  });

  it('puts each offer’s full details in the file the search file names for it', () => {
    const entry = manifest.shards[0]!;
    const full = parseCatalogue(read('site', entry.url));
    if (!full.ok) throw new Error(full.error[0]?.message);
    const loaded = searchShard('site', entry.search?.url ?? '');
    for (const offer of full.value.offers) {
      const file = offerDetailsEntry(loaded, offer.id);
      const details = parseOfferDetails(read('site', file?.url ?? ''));
      if (!details.ok) throw new Error(details.error[0]?.message);
      expect(details.value.offers.find((candidate) => candidate.id === offer.id)).toEqual(offer);
    }
    // Small files: a few dozen KB each, never one file for the whole département.
    expect(loaded.details.files.length).toBeGreaterThan(1);
    for (const file of loaded.details.files) expect(file.bytes).toBeLessThan(96 * 1024);
  });

  it('writes URLs relative to the manifest by default, and under --base-url when given', async () => {
    const urls = (m: Manifest) => [
      ...m.shards.flatMap((shard) => [shard.url, shard.search?.url ?? '']),
      ...m.communes.map((entry) => entry.url),
    ];
    expect(urls(manifest).every((url) => /^[a-z0-9-]+\.[0-9a-f]{16}\.json$/.test(url))).toBe(true);
    expect(
      await run(
        ['catalogue.json', '--out', 'cdn', '--base-url', 'https://cdn.exemple.invalid/na'],
        fakeIo(dir),
      ),
    ).toBe(0);
    const onCdn = manifestOf('cdn');
    expect(urls(onCdn).every((url) => url.startsWith('https://cdn.exemple.invalid/na/'))).toBe(true);
    const search = searchShard(
      'cdn',
      onCdn.shards[0]!.search!.url.replace('https://cdn.exemple.invalid/na/', ''),
    );
    expect(search.details.files[0]?.url).toMatch(/^https:\/\/cdn\.exemple\.invalid\/na\/details-33-\d+\./);
  });

  it('writes a byte-identical folder from the same catalogue, again and elsewhere', async () => {
    const before = folderContents('site');
    expect(await run(['catalogue.json', '--out', 'site'], fakeIo(dir))).toBe(0);
    expect(folderContents('site')).toEqual(before);
    expect(await run(['catalogue.json', '--out', 'autre'], fakeIo(dir))).toBe(0);
    expect(folderContents('autre')).toEqual(before);
  });

  it('keeps the files of a previous publication unless --prune is given, and prunes only its own files', async () => {
    const smaller = { ...catalogue, offers: catalogue.offers.slice(1) };
    writeFileSync(join(dir, 'catalogue-2.json'), JSON.stringify(smaller));
    await run(['catalogue.json', '--out', 'suite'], fakeIo(dir));
    const first = new Set(readdirSync(join(dir, 'suite')));
    writeFileSync(join(dir, 'suite', 'index.html'), '<p>page du site</p>');
    await run(['catalogue-2.json', '--out', 'suite'], fakeIo(dir));
    const kept = readdirSync(join(dir, 'suite'));
    expect([...first].every((file) => kept.includes(file))).toBe(true);
    const pruneIo = fakeIo(dir);
    await run(['catalogue-2.json', '--out', 'suite', '--prune'], pruneIo);
    const listed = manifestOf('suite');
    const after = readdirSync(join(dir, 'suite'));
    expect(after).toContain('index.html');
    expect(after).toContain(listed.shards[0]!.search!.url);
    expect(after.length).toBeLessThan(kept.length);
    expect(pruneIo.out()).toMatch(/fichier\(s\) d'une publication précédente supprimé\(s\) \(--prune\)/);
  });

  it('recomputes programmes with --ruleset', async () => {
    const { ruleset: _ruleset, ...meta } = catalogue.meta;
    const untagged = { ...catalogue, meta, offers: catalogue.offers.map((o) => ({ ...o, programmes: [] })) };
    writeFileSync(join(dir, 'sans-programmes.json'), JSON.stringify(untagged));
    expect(
      await run(['sans-programmes.json', '--out', 'tag', '--ruleset', 'nouvelle-aquitaine'], fakeIo(dir)),
    ).toBe(0);
    const tagged = manifestOf('tag');
    expect(tagged.meta.ruleset).toBe('nouvelle-aquitaine');
    const loaded = searchShard('tag', tagged.shards[0]!.search!.url);
    expect(loaded.catalogue.offers.some((offer) => offer.programmes.length > 0)).toBe(true);
    await expect(
      run(['sans-programmes.json', '--out', 'tag', '--ruleset', 'atlantide'], fakeIo(dir)),
    ).rejects.toThrow(/jeu de règles inconnu : « atlantide »/);
  });

  it('refuses an invalid catalogue with every problem and its path, exit 1, writing nothing', async () => {
    const broken = {
      ...catalogue,
      offers: [
        { ...catalogue.offers[0], title: '' },
        { id: 'F-x', actions: [] },
      ],
    };
    writeFileSync(join(dir, 'casse.json'), JSON.stringify(broken));
    const badIo = fakeIo(dir);
    expect(await run(['casse.json', '--out', 'rien'], badIo)).toBe(1);
    expect(badIo.err()).toContain('casse.json:offers[0].title — ');
    expect(badIo.err()).toContain('casse.json:offers[1].title — champ obligatoire manquant');
    expect(badIo.err()).toMatch(/casse\.json : catalogue invalide, rien n’a été publié, \d+ problème\(s\)\./);
    expect(readdirSync(dir)).not.toContain('rien');
    writeFileSync(join(dir, 'pas-json.json'), '{"offers": [');
    const jsonIo = fakeIo(dir);
    expect(await run(['pas-json.json', '--out', 'rien'], jsonIo)).toBe(1);
    expect(jsonIo.err()).toMatch(/^pas-json\.json:ligne 1, colonne \d+ — JSON invalide/);
  });

  it('explains an unwritable output folder, a missing file and bad options in French', async () => {
    writeFileSync(join(dir, 'un-fichier'), '');
    await expect(run(['catalogue.json', '--out', 'un-fichier/sortie'], fakeIo(dir))).rejects.toThrow(
      new CliError(
        "impossible de créer le dossier de sortie un-fichier/sortie : un fichier porte ce nom (ou celui d'un dossier parent) : indiquez un dossier.",
      ),
    );
    // A folder named like a file publish writes: the write itself fails, and says where.
    mkdirSync(join(dir, 'occupe', 'manifest.json.tmp'), { recursive: true });
    await expect(run(['catalogue.json', '--out', 'occupe'], fakeIo(dir))).rejects.toThrow(
      /^impossible d'écrire dans le dossier de sortie .*occupe : EISDIR\.$/,
    );
    await expect(run(['absent.json', '--out', 'x'], fakeIo(dir))).rejects.toThrow(
      'fichier introuvable : absent.json',
    );
    await expect(run(['catalogue.json'], fakeIo(dir))).rejects.toThrow(
      /indiquez le dossier de sortie avec --out/,
    );
    await expect(run(['--out', 'x'], fakeIo(dir))).rejects.toThrow(/indiquez un seul catalogue à publier/);
    await expect(
      run(['catalogue.json', '--out', 'x', '--base-url', 'ftp://exemple.invalid/'], fakeIo(dir)),
    ).rejects.toThrow(
      '--base-url attend une adresse absolue http:// ou https://, reçu « ftp://exemple.invalid/ ».',
    );
    await expect(run(['catalogue.json', '--out', 'x', '--base-url', 'cdn/'], fakeIo(dir))).rejects.toThrow(
      '--base-url attend une adresse absolue http:// ou https://, reçu « cdn/ ».',
    );
    await expect(run(['catalogue.json', '--out', 'x', '--vite'], fakeIo(dir))).rejects.toThrow(
      /option inconnue : --vite/,
    );
  });
});
