/**
 * How fast the demo generator builds the benchmark catalogues (10k, 50k and 200k sessions), and how
 * big they are as compact JSON. Target: 200,000 sessions generated in under 5 seconds.
 */
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { generateDemoCatalogue } from '../src/demo/generate.js';

const TODAY = '2026-11-23';
const TARGET_200K_MS = 5000;

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

let met = true;
for (const size of [10_000, 50_000, 200_000]) {
  const start = performance.now();
  const catalogue = generateDemoCatalogue({ size, today: TODAY });
  const generated = performance.now() - start;
  const json = JSON.stringify(catalogue);
  const serialised = performance.now() - start - generated;
  const gzip = size <= 50_000 ? `, ${mb(gzipSync(json).length)} gzipped` : '';
  console.log(
    `${String(size).padStart(7)} sessions: ${catalogue.offers.length} offers, generated in ${generated.toFixed(0)} ms, ` +
      `JSON ${mb(json.length)}${gzip} in ${serialised.toFixed(0)} ms`,
  );
  if (size === 200_000) {
    met = generated < TARGET_200K_MS;
    console.log(`target: 200,000 sessions in < ${TARGET_200K_MS} ms — ${met ? 'met' : 'NOT met'}`);
  }
}
process.exitCode = met ? 0 : 1;
