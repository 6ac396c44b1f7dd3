#!/usr/bin/env node
/**
 * `passerelle` — the command-line tool. Each command lives in its own module under `commands/`
 * and is loaded only when asked for, so `passerelle validate` does not pay for the LHÉO parser.
 */
import process from 'node:process';
import { CliError, type CommandModule } from './command.js';

const commands: Readonly<Record<string, () => Promise<CommandModule>>> = {
  // Each command module registers itself here, one line per command.
  import: () => import('./commands/import.js'),
  validate: () => import('./commands/validate.js'),
  'build-demo': () => import('./commands/build-demo.js'),
  orient: () => import('./commands/orient.js'),
  search: () => import('./commands/search.js'),
  publish: () => import('./commands/publish.js'),
};

function usage(): string {
  return [
    'Usage : passerelle <commande> [options]',
    '',
    'Commandes :',
    ...Object.keys(commands).map((name) => `  ${name}`),
    '',
    'Aide sur une commande : passerelle <commande> --help',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  // Asked for, the usage is the output (stdout); with no command at all it explains an error (stderr).
  if (name === '--help' || name === '-h') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (name === undefined) {
    process.stderr.write(`${usage()}\n`);
    return 1;
  }
  const load = commands[name];
  if (load === undefined) {
    process.stderr.write(`Commande inconnue : « ${name} ».\n\n${usage()}\n`);
    return 1;
  }
  const command = await load();
  return command.run(rest, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A user error is explained in French, without a stack trace; anything else is our bug.
    if (error instanceof CliError) {
      process.stderr.write(`Erreur : ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(
      `Erreur interne de passerelle (merci de la signaler) :\n${String((error as Error)?.stack ?? error)}\n`,
    );
    process.exitCode = 70;
  },
);
