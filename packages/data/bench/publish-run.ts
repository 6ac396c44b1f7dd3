/**
 * Runs `passerelle publish` in a fresh process for publish.bench.ts and prints, as one JSON line,
 * its wall time and peak resident memory (getrusage), so the figures are the command's alone.
 * Usage: tsx publish-run.ts <catalogue.json> <out dir>
 */
import process from 'node:process';
import { run } from '../src/cli/commands/publish.js';

const [catalogue, out] = process.argv.slice(2);
const started = performance.now();
const code = await run([catalogue!, '--out', out!], {
  cwd: process.cwd(),
  stdout: { write: () => true },
  stderr: process.stderr,
});
console.log(
  JSON.stringify({
    code,
    seconds: (performance.now() - started) / 1000,
    peakMb: process.resourceUsage().maxRSS / 1024,
  }),
);
