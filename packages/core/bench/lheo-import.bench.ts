/**
 * LHÉO import benchmark. For each size (50 MB and 500 MB by default), generates an LHÉO 2.2 file in
 * a temporary folder (varied, realistic, fictitious records, a few broken ones; never committed),
 * then, in the same run on the same machine:
 *
 * 1. the floor: saxes alone tokenising the file (same reads, same decoding, same parser options as
 *    the importer, handlers that do nothing), the speed no import built on saxes can pass;
 * 2. the import through the same streaming path as `passerelle import` (file stream → byte layer →
 *    core importer → catalogue and report streamed to disk), its speed beside the floor and its
 *    peak memory (RSS): flat memory means the same peak at 50 MB and at 500 MB.
 *
 * The first catalogue is then re-read with `parseCatalogue` (after the measures).
 * Targets (2-core machines): import ≥ 45 MB/s and ≥ 0.7 of the floor; peak RSS under 250 MB.
 * Run: `pnpm bench lheo` (or `npx tsx --conditions=source --expose-gc packages/core/bench/lheo-import.bench.ts [MB …]`).
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { SaxesParser } from 'saxes';
import { importLheoFile } from '../../data/src/cli/commands/import.js';
import { parseCatalogue } from '../src/index.js';
import { generateLheoFile } from './lheo-generator.js';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const THROUGHPUT_TARGET = 45; // MB/s
const FLOOR_SHARE_TARGET = 0.7;
const RSS_TARGET = 250; // MB
const MB = 1024 * 1024;

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Wall and CPU seconds of `work`, and the peak RSS seen while it ran (sampled every 20 ms). */
async function measure<T>(
  work: () => Promise<T>,
): Promise<{ value: T; seconds: number; cpuSeconds: number; peakMb: number; baselineMb: number }> {
  gc();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    value,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMb: peak / MB,
    baselineMb: baseline / MB,
  };
}

/** saxes alone over the file, configured as the importer configures it. */
async function saxesFloor(input: string): Promise<number> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let elements = 0;
  parser.on('opentag', () => {
    elements += 1;
  });
  parser.on('text', () => undefined);
  parser.on('closetag', () => undefined);
  // The strict decoder the byte layer uses for UTF-8, with its 64 KiB reads.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for await (const chunk of createReadStream(input, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
    parser.write(decoder.decode(chunk, { stream: true }));
  }
  parser.write(decoder.decode());
  parser.close();
  return elements;
}

const mark = (ok: boolean): string => (ok ? '✔ met' : '✘ NOT met');

interface SizeResult {
  readonly sizeMb: number;
  readonly importMbs: number;
  readonly floorMbs: number;
  readonly peakMb: number;
}

async function benchSize(dir: string, targetMb: number, reread: boolean): Promise<SizeResult> {
  const input = join(dir, `lheo-${targetMb}.xml`);
  const started = performance.now();
  const size = await generateLheoFile(input, targetMb * MB);
  const sizeMb = size / MB;
  console.log(
    `\n— ${sizeMb.toFixed(1)} MB generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${input}`,
  );

  const floor = await measure(() => saxesFloor(input));
  const floorMbs = sizeMb / floor.seconds;
  const out = join(dir, 'catalogue.json');
  const run = await measure(() => importLheoFile({ input, out, report: join(dir, 'rapport.json') }));
  const { summary } = run.value;
  const importMbs = sizeMb / run.seconds;
  const share = importMbs / floorMbs;
  const catalogueMb = (await stat(out)).size / MB;
  console.log(
    `Imported in ${run.seconds.toFixed(2)} s — offers ${summary.offers.kept}/${summary.offers.read} kept, ` +
      `actions ${summary.actions.kept}/${summary.actions.read}, sessions ${summary.sessions.kept}/${summary.sessions.read}, ` +
      `problems ${JSON.stringify(summary.problems)}; catalogue ${catalogueMb.toFixed(1)} MB`,
  );
  console.log(
    `Import: ${importMbs.toFixed(1)} MB/s beside saxes alone: ${floorMbs.toFixed(1)} MB/s ` +
      `(${share.toFixed(2)} of the floor; targets ≥ ${THROUGHPUT_TARGET} MB/s ${mark(importMbs >= THROUGHPUT_TARGET)}, ` +
      `≥ ${FLOOR_SHARE_TARGET} of the floor ${mark(share >= FLOOR_SHARE_TARGET)})`,
  );
  // Wall-clock figures depend on what else the machine runs; CPU time shows the code's own cost.
  console.log(
    `CPU: import ${(sizeMb / run.cpuSeconds).toFixed(1)} MB per CPU-second, saxes alone ${(sizeMb / floor.cpuSeconds).toFixed(1)}; ` +
      `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
  );
  console.log(
    `Peak RSS: ${run.peakMb.toFixed(0)} MB (baseline ${run.baselineMb.toFixed(0)} MB; target < ${RSS_TARGET}) ${mark(run.peakMb < RSS_TARGET)}`,
  );
  if (summary.fatal !== undefined) throw new Error(`unexpected fatal error: ${summary.fatal.message}`);

  if (reread) {
    // After the measures: the whole catalogue written must pass the model, every offer of it.
    const parsed = parseCatalogue(await readFile(out, 'utf8'));
    if (!parsed.ok)
      throw new Error(`catalogue refused by parseCatalogue: ${JSON.stringify(parsed.error[0])}`);
    if (parsed.value.offers.length !== summary.offers.kept) throw new Error('catalogue and summary disagree');
    console.log(`Catalogue re-read with parseCatalogue: ${parsed.value.offers.length} offers, all valid ✔`);
  }
  await rm(input, { force: true });
  await rm(out, { force: true });
  return { sizeMb, importMbs, floorMbs, peakMb: run.peakMb };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'passerelle-bench-lheo-'));
  try {
    const results: SizeResult[] = [];
    for (const [i, size] of (SIZES.length > 0 ? SIZES : [50, 500]).entries()) {
      results.push(await benchSize(dir, size, i === 0));
      gc();
    }
    console.log('\nSummary (same run, same machine):');
    for (const r of results) {
      console.log(
        `  ${r.sizeMb.toFixed(0).padStart(4)} MB: import ${r.importMbs.toFixed(1)} MB/s, saxes alone ${r.floorMbs.toFixed(1)} MB/s, peak RSS ${r.peakMb.toFixed(0)} MB`,
      );
    }
    const peaks = results.map((r) => r.peakMb);
    if (peaks.length > 1) {
      const growth = Math.max(...peaks) - Math.min(...peaks);
      console.log(
        `  memory flat: peak RSS varies by ${growth.toFixed(0)} MB across sizes ${mark(growth < 50)}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
