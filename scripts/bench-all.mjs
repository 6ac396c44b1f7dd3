// `pnpm bench`: runs every benchmark script (packages/*/bench/*.bench.ts and tests/bench/*.bench.*)
// one after the other, so they do not compete for the two cores, and prints their reports.
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dirs = ['packages/core/bench', 'packages/data/bench', 'packages/widget/bench', 'tests/bench'];
const only = process.argv.slice(2);
const scripts = dirs
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.bench\.(ts|mjs)$/.test(name))
      .map((name) => join(dir, name)),
  )
  .filter((path) => only.length === 0 || only.some((word) => path.includes(word)));

let failures = 0;
for (const script of scripts) {
  console.log(`\n=== ${script} ===`);
  const result = spawnSync('npx', ['tsx', '--conditions=source', '--expose-gc', script], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failures += 1;
}
console.log(`\n${scripts.length - failures} benchmarks ran, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
