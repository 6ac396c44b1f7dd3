// `pnpm start`: the examples on the demo catalogue, quietly. Builds only what is older than its
// sources (the packages, the demo data, the API reference), shows a tool's output only when it
// fails, then serves the repository and prints the address last.
//   pnpm start                  port 8000
//   pnpm start --port 8001      (or PORT=8001 pnpm start)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const portArgument = process.argv.indexOf('--port');
const port = portArgument > 0 ? process.argv[portArgument + 1] : (process.env.PORT ?? '8000');
const pnpm = process.env.npm_execpath
  ? [process.execPath, process.env.npm_execpath]
  : ['npx', '-y', 'pnpm@10.34.9'];

/** Newest modification time under these paths (files or folders), skipping outputs and caches. */
function newest(paths) {
  let time = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const name of readdirSync(path)) {
        if (name === 'node_modules' || name === 'dist' || name === '.cache') continue;
        if (/\.(test|bench)\.ts$/.test(name) || name === 'test-support') continue;
        visit(join(path, name));
      }
    } else {
      time = Math.max(time, info.mtimeMs);
    }
  };
  paths.forEach(visit);
  return time;
}

const stamps = '.cache/start';

/**
 * Runs a step unless it succeeded after its inputs last changed (a stamp file per step: tsc -b
 * leaves unchanged outputs untouched, so their dates say nothing) and its outputs are all there.
 */
function step(label, command, inputs, outputs) {
  const stamp = join(stamps, `${label.replace(/\W+/g, '-')}.stamp`);
  const done = existsSync(stamp) && outputs.every((file) => existsSync(file));
  if (done && statSync(stamp).mtimeMs > newest(inputs)) return;
  process.stdout.write(`${label}… `);
  const started = Date.now();
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    process.stdout.write('échec.\n');
    process.stderr.write(`${result.stdout}${result.stderr}`);
    process.exit(result.status ?? 1);
  }
  mkdirSync(stamps, { recursive: true });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
  process.stdout.write(`fait (${((Date.now() - started) / 1000).toFixed(0)} s).\n`);
}

const packageSources = [
  'packages/core/src',
  'packages/data/src',
  'packages/widget/src',
  'packages/core/package.json',
  'packages/data/package.json',
  'packages/widget/package.json',
  'packages/widget/rollup.config.mjs',
  'packages/widget/custom-elements-manifest.config.mjs',
  'tsconfig.base.json',
];
step('Construction des paquets', [...pnpm, 'run', 'build'], packageSources, [
  'packages/core/dist/index.js',
  'packages/data/dist/cli/main.js',
  'packages/widget/dist/passerelle.js',
  'packages/widget/dist/cdn/passerelle-finder.js',
  'packages/widget/custom-elements.json',
]);
step(
  'Catalogue de démonstration',
  [process.execPath, 'packages/data/bin/passerelle.js', 'build-demo', '--out', 'examples/demo-data'],
  [join(stamps, 'Construction-des-paquets.stamp')],
  ['examples/demo-data/manifest.json'],
);
step(
  'Référence de l’API',
  [...pnpm, 'run', 'docs'],
  ['packages/core/src', 'packages/data/src', 'typedoc.json'],
  ['docs/api/index.html'],
);

const { startServer } = await import('../packages/data/dist/cli/commands/serve.js');
try {
  await startServer(root, Number(port), '127.0.0.1');
} catch (error) {
  process.stderr.write(`Erreur : ${error.message}\n`);
  process.exit(1);
}
process.stdout.write(
  [
    '',
    `Référence de l’API : http://localhost:${port}/docs/api/`,
    'Ctrl+C pour arrêter.',
    `Exemples : http://localhost:${port}/examples/`,
    '',
  ].join('\n'),
);
