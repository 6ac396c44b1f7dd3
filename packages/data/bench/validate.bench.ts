/**
 * `pnpm bench validate`: `passerelle validate` on generated catalogues of about 50 MB and 400 MB
 * (the demo generator's offers, repeated under new ids, written to a temporary folder and
 * removed after), each in a fresh process. Prints time and peak memory: validate reads the file
 * offer by offer, so peak memory must stay flat (target ≤ 256 MB at both sizes; reading the whole
 * file took 1.8 GB for a 387 MB catalogue).
 *
 * `BENCH_VALIDATE_MB=50` runs one size only.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION, type Offer } from '@passerelle/core';
import { iterateDemoOffers } from '../src/demo/index.js';

const MB = 1024 * 1024;
const SIZES = [50, 400].filter(
  (size) => process.env.BENCH_VALIDATE_MB === undefined || String(size) === process.env.BENCH_VALIDATE_MB,
);
const PEAK_MB = 256;

async function writeCatalogue(path: string, megabytes: number): Promise<number> {
  const base: Offer[] = [...iterateDemoOffers({ size: 2000, seed: 75, today: '2026-11-23' })];
  const out = createWriteStream(path, { encoding: 'utf8' });
  const meta = { source: 'banc d’essai', generatedAt: '2026-11-23', licence: 'inconnue', demo: true };
  out.write(
    `{"format":"${CATALOGUE_FORMAT}","version":${CATALOGUE_VERSION},"meta":${JSON.stringify(meta)},"offers":[`,
  );
  let written = 0;
  let count = 0;
  for (let round = 0; written < megabytes * MB; round += 1) {
    for (const offer of base) {
      const text = `${count === 0 ? '\n' : ',\n'}${JSON.stringify({ ...offer, id: `${offer.id}-${round}` })}`;
      written += Buffer.byteLength(text);
      count += 1;
      if (!out.write(text)) await once(out, 'drain');
    }
  }
  out.end('\n]}\n');
  await once(out, 'finish');
  return count;
}

const dir = await mkdtemp(join(tmpdir(), 'passerelle-bench-validate-'));
try {
  for (const size of SIZES) {
    const file = join(dir, `catalogue-${size}.json`);
    const offers = await writeCatalogue(file, size);
    const bytes = (await stat(file)).size;
    const runner = fileURLToPath(new URL('./validate-run.ts', import.meta.url));
    const child = spawnSync('npx', ['tsx', '--conditions=source', runner, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const measured = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as {
      code: number;
      seconds: number;
      peakMb: number;
    };
    const ok = measured.code === 0 && measured.peakMb <= PEAK_MB;
    console.log(
      `validate ${(bytes / MB).toFixed(0)} MB (${offers} offers): exit ${measured.code}, ${measured.seconds.toFixed(1)} s, ${(bytes / MB / measured.seconds).toFixed(1)} MB/s, peak memory ${measured.peakMb.toFixed(0)} MB (target ≤ ${PEAK_MB} MB) ${ok ? '✔ met' : '✘ NOT met'}`,
    );
    if (!ok) process.exitCode = 1;
    await rm(file, { force: true });
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
