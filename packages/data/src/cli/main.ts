#!/usr/bin/env node
/**
 * `passerelle` — the command-line tool. Each command lives in its own module under `commands/`
 * and is loaded only when asked for, so `passerelle validate` does not pay for the LHÉO parser.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { CliError, EXIT_USAGE, type CommandModule } from './command.js';

interface CommandEntry {
  /** One line for `passerelle --help`. */
  readonly summary: string;
  readonly load: () => Promise<CommandModule>;
}

const commands: Readonly<Record<string, CommandEntry>> = {
  // Each command module registers itself here, one line per command.
  import: {
    summary: 'lit un export LHÉO (XML) et écrit un catalogue Passerelle (JSON) et son rapport',
    load: () => import('./commands/import.js'),
  },
  validate: {
    summary: "vérifie qu'un catalogue respecte le modèle ; liste chaque problème avec son chemin",
    load: () => import('./commands/validate.js'),
  },
  publish: {
    summary: 'écrit le dossier statique à mettre sur un hébergement ou un CDN (manifest.json…)',
    load: () => import('./commands/publish.js'),
  },
  search: {
    summary: 'cherche dans un catalogue comme le widget (texte, distance, filtres)',
    load: () => import('./commands/search.js'),
  },
  orient: {
    summary: "donne l'orientation d'une situation (besoins, programmes, relais, raisons)",
    load: () => import('./commands/orient.js'),
  },
  'build-demo': {
    summary: 'écrit le catalogue de démonstration (fictif) que servent les exemples',
    load: () => import('./commands/build-demo.js'),
  },
  serve: {
    summary: 'sert un dossier en HTTP sur cet ordinateur, pour essayer une publication',
    load: () => import('./commands/serve.js'),
  },
};

/** The version of this package (the `passerelle` shipped with @passerelle/data). */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    'Usage : passerelle <commande> [options]',
    '',
    'Commandes :',
    ...Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`),
    '',
    'Options :',
    '  -h, --help     cette aide ; « passerelle <commande> --help » détaille une commande',
    '  -v, --version  la version de passerelle',
    '',
    'Exemples :',
    '  passerelle import export-lheo.xml --out catalogue.json --report rapport.json',
    '  passerelle publish catalogue.json --out site',
    '',
    'Codes de sortie :',
    '  0  réussi',
    '  1  échec sur les données (fichier invalide ou introuvable, port déjà utilisé…)',
    '  2  commande mal écrite (option inconnue, argument manquant) ; pour import, XML mal formé',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  // Asked for, the usage is the output (stdout); with no command at all it explains an error (stderr).
  if (name === '--help' || name === '-h') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v' || name === '-V') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (name === undefined) {
    process.stderr.write(`${usage()}\n`);
    return EXIT_USAGE;
  }
  const entry = commands[name];
  if (entry === undefined) {
    const what = name.startsWith('-') ? 'Option inconnue' : 'Commande inconnue';
    process.stderr.write(`${what} : « ${name} ».\n\n${usage()}\n`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
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
