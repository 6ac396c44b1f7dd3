/**
 * Runs `passerelle validate` in a fresh process for validate.bench.ts and prints, as one JSON line,
 * its exit code, wall time and peak resident memory (getrusage), so the figures are its own.
 * Usage: tsx validate-run.ts <catalogue.json>
 */
import process from 'node:process';
import { run } from '../src/cli/commands/validate.js';

const [catalogue] = process.argv.slice(2);
const started = performance.now();
const code = await run([catalogue!], {
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
