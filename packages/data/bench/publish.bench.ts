/**
 * `pnpm bench publish`: a Region's path from LHÉO to a CDN, at two sizes. For each, the demo
 * generator's offers are written as an LHÉO 2.2 file, imported with `passerelle import`'s code
 * (programmes from the nouvelle-aquitaine ruleset), then published by `passerelle publish` in a
 * fresh process. Prints publish time and peak memory (target for 200,000 sessions: ≤ 60 s,
 * ≤ 1.5 GB), and the bytes a browser fetches before its first results (manifest + search files,
 * gzipped as a CDN serves them; target ≤ 3 MB for the whole 37,000-offer region) for one
 * département and for the whole region, beside today's full shards. Also the details files:
 * how many, and what opening one offer costs, for a few file sizes (why 32 KB was chosen).
 *
 * `BENCH_PUBLISH=37000-offres` or `200000-sessions` runs one size only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseCatalogue, parseManifest, type Offer } from '@passerelle/core';
import { groupDetails } from '../src/cli/publish-folder.js';
import { importLheoFile, loadRuleset } from '../src/cli/commands/import.js';
import { iterateDemoOffers } from '../src/demo/index.js';
import { writeLheoFile } from './lheo-writer.js';

const MB = 1024 * 1024;
const ONLY = process.env.BENCH_PUBLISH;
/** The demo generator makes about 2.4 sessions per offer: 89,000 sessions give ~37,000 offers. */
const RUNS = [
  { name: '37000-offres', sessions: 89_000, offerCount: 37_000 },
  { name: '200000-sessions', sessions: 200_000, offerCount: Infinity },
].filter((spec) => ONLY === undefined || spec.name === ONLY);
const PUBLISH_SECONDS = 60;
const PUBLISH_MB = 1536;
const FIRST_RESULTS_MB = 3;

function* firstOffers(sessions: number, count: number): Generator<Offer> {
  let n = 0;
  for (const offer of iterateDemoOffers({ size: sessions, seed: 75, today: '2026-11-23' })) {
    if (n++ >= count) return;
    yield offer;
  }
}

const gzipOf = async (dir: string, file: string) => gzipSync(await readFile(join(dir, file))).length;
const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
const verdict = (ok: boolean) => (ok ? '✔ met' : '✘ NOT met');

async function bench(spec: (typeof RUNS)[number]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), `passerelle-bench-publish-${spec.name}-`));
  try {
    const lheo = join(dir, 'export.xml');
    let t = performance.now();
    const size = await writeLheoFile(lheo, firstOffers(spec.sessions, spec.offerCount));
    console.log(
      `\n## ${spec.name}: LHÉO ${mb(size)} written in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    t = performance.now();
    const { summary } = await importLheoFile({
      input: lheo,
      out: join(dir, 'catalogue.json'),
      ruleset: loadRuleset('nouvelle-aquitaine'),
    });
    const catalogueBytes = (await stat(join(dir, 'catalogue.json'))).size;
    console.log(
      `Imported in ${((performance.now() - t) / 1000).toFixed(1)} s: ${summary.offers.kept} offers, ${summary.actions.kept} actions, ${summary.sessions.kept} sessions, ${summary.offers.rejected} rejected; catalogue ${mb(catalogueBytes)}`,
    );

    const runner = fileURLToPath(new URL('./publish-run.ts', import.meta.url));
    // Absolute paths: the child runs from the repository, where tsx is installed.
    const child = spawnSync(
      'npx',
      ['tsx', '--conditions=source', runner, join(dir, 'catalogue.json'), join(dir, 'site')],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const measured = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
      code: number;
      seconds: number;
      peakMb: number;
    };
    if (measured.code !== 0) throw new Error(`publish exited ${measured.code}`);
    console.log(
      `Publish: ${measured.seconds.toFixed(1)} s (target ≤ ${PUBLISH_SECONDS} s for 200,000 sessions) ${verdict(measured.seconds <= PUBLISH_SECONDS)}; ` +
        `peak RSS ${measured.peakMb.toFixed(0)} MB (target ≤ ${PUBLISH_MB}) ${verdict(measured.peakMb <= PUBLISH_MB)}`,
    );

    const site = join(dir, 'site');
    const manifestText = await readFile(join(site, 'manifest.json'), 'utf8');
    const manifest = parseManifest(manifestText);
    if (!manifest.ok) throw new Error('manifest refused');
    const manifestGzip = gzipSync(manifestText).length;
    let regionSearch = manifestGzip;
    let regionFull = manifestGzip;
    let regionSearchRaw = 0;
    const biggest = [...manifest.value.shards].sort((a, b) => b.offers - a.offers)[0]!;
    let oneSearch = 0;
    let oneFull = 0;
    for (const shard of manifest.value.shards) {
      const search = await gzipOf(site, shard.search!.url);
      const full = await gzipOf(site, shard.url);
      regionSearch += search;
      regionFull += full;
      regionSearchRaw += shard.search!.bytes ?? 0;
      if (shard === biggest) {
        oneSearch = manifestGzip + search;
        oneFull = manifestGzip + full;
      }
    }
    console.log(
      `Before first results, one département (${biggest.departement}, ${biggest.offers} offers): ${mb(oneSearch)} gzipped (full shard today: ${mb(oneFull)})`,
    );
    console.log(
      `Before first results, whole region (${manifest.value.shards.length} départements, ${manifest.value.catalogue?.offers} offers): ${mb(regionSearch)} gzipped, ${mb(regionSearchRaw)} raw ` +
        `(target ≤ ${FIRST_RESULTS_MB} MB for 37,000 offers) ${verdict(regionSearch <= FIRST_RESULTS_MB * MB)}; full shards today: ${mb(regionFull)} gzipped`,
    );

    // Details files: what one opening costs and how many files there are, for a few target sizes.
    const full = parseCatalogue(await readFile(join(site, biggest.url), 'utf8'));
    if (!full.ok) throw new Error('shard refused');
    const offers = full.value.offers;
    const rows: string[] = [];
    for (const target of [1, 8_192, 32_768, 131_072]) {
      const { groups } = groupDetails(offers, target);
      const sizes = groups.map((group) => gzipSync(`[${group.join(',')}]`).length).sort((a, b) => a - b);
      const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
      const total = sizes.reduce((sum, n) => sum + n, 0);
      rows.push(
        `  ${(target === 1 ? 'one per offer' : `${target / 1024} KB`).padEnd(14)} ${String(groups.length).padStart(6)} files  median ${(median / 1024).toFixed(1).padStart(6)} KB gz  max ${((sizes.at(-1) ?? 0) / 1024).toFixed(1).padStart(6)} KB gz  all ${mb(total)} gz`,
      );
    }
    console.log(
      `Details files for ${biggest.departement} (${offers.length} offers), by target size:\n${rows.join('\n')}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

for (const spec of RUNS) await bench(spec);
