/**
 * `passerelle build-demo --out <dir>`: generates the demo catalogue the examples serve, writes it as
 * `catalogue.json` (for pages that load a single file) and publishes it into the same folder through
 * the very code of `passerelle publish` (manifest, per-département search files, details, full
 * shards, the fictitious relay directory, communes; see `publish-folder.ts`).
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compareDepartements, parseCatalogue } from '@passerelle/core';
import { demoCommunes, DEMO_DEPARTEMENTS } from '../../demo/communes.js';
import { DEMO_DEFAULT_SEED, DEMO_DEFAULT_SIZE, generateDemoCatalogue } from '../../demo/generate.js';
import { demoRelayDirectory } from '../../relays/index.js';
import { CliError, UsageError, type CommandIO } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { makeOutputFolder, problemsText, publishCatalogue } from '../publish-folder.js';
import { publicationSummary } from './publish.js';

const USAGE = `Usage : passerelle build-demo --out <dossier> [options]

Écrit le catalogue de démonstration (fictif) de Nouvelle-Aquitaine, découpé par département,
avec manifest.json, l'annuaire de relais de démonstration et les communes.

Options :
  --out <dossier>          dossier de sortie (créé si besoin), ex. examples/demo-data
  --size <n>               nombre de sessions (défaut ${DEMO_DEFAULT_SIZE})
  --seed <n>               graine du générateur (défaut ${DEMO_DEFAULT_SEED})
  --today <AAAA-MM-JJ>     premier jour des 12 mois couverts (défaut : aujourd'hui)
  --departements <liste>   départements, séparés par des virgules (défaut : les 12 de Nouvelle-Aquitaine)
  --json                   affiche le manifeste en JSON au lieu du résumé`;

export const FULL_CATALOGUE_FILE = 'catalogue.json';

function readInteger(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`--${option} attend un entier positif, reçu « ${value} ».\n\n${USAGE}`);
  }
  return Number(value);
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function run(args: readonly string[], io: CommandIO): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      size: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      departements: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (parsed.positionals.length > 0)
    throw new UsageError(`argument inattendu : ${parsed.positionals.join(' ')}\n\n${USAGE}`);
  const options = parsed.values;
  if (options.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.out === undefined || options.out.trim() === '') {
    throw new UsageError(
      `indiquez le dossier de sortie avec --out (ex. --out examples/demo-data).\n\n${USAGE}`,
    );
  }
  const size = readInteger(options.size, 'size', DEMO_DEFAULT_SIZE);
  const seed = readInteger(options.seed, 'seed', DEMO_DEFAULT_SEED);
  const today = options.today ?? todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    throw new UsageError(`--today attend une date AAAA-MM-JJ, reçu « ${today} ».`);
  }
  const departements = (
    options.departements === undefined
      ? [...DEMO_DEPARTEMENTS]
      : [...new Set(options.departements.split(',').map((code) => code.trim()))].filter((code) => code !== '')
  ).sort(compareDepartements);
  const unknown = departements.filter((code) => !DEMO_DEPARTEMENTS.includes(code));
  if (departements.length === 0 || unknown.length > 0) {
    throw new UsageError(
      `--departements : la démonstration couvre la Nouvelle-Aquitaine (${DEMO_DEPARTEMENTS.join(', ')}), reçu « ${unknown.join(', ') || options.departements} ».`,
    );
  }
  const outDir = resolve(io.cwd, options.out);

  const { communes, source } = demoCommunes(departements);
  const catalogue = generateDemoCatalogue({ size, seed, today, departements, communes });
  const checked = parseCatalogue(catalogue);
  if (!checked.ok)
    throw new Error(`catalogue généré invalide :\n${problemsText('catalogue', checked.error)}`);

  await makeOutputFolder(outDir, options.out);
  try {
    await writeFile(join(outDir, FULL_CATALOGUE_FILE), JSON.stringify(catalogue));
  } catch {
    throw new CliError(`impossible d'écrire ${FULL_CATALOGUE_FILE} dans ${options.out}.`);
  }
  const directory = demoRelayDirectory();
  const publication = await publishCatalogue(catalogue, {
    outDir,
    relays: {
      ...directory,
      relays: directory.relays.filter((relay) => departements.includes(relay.departement)),
    },
    warn: (message) => io.stderr.write(`Attention : ${message}\n`),
  });
  if (options.json) {
    io.stdout.write(publication.manifestText);
    return 0;
  }
  const totals = publication.manifest.catalogue;
  const lines = [
    `Catalogue de démonstration (fictif) écrit dans ${options.out} :`,
    `  ${totals?.offers ?? 0} formations, ${totals?.actions ?? 0} actions, ${totals?.sessions ?? 0} sessions ; graine ${seed}, à partir du ${today}`,
    `  communes : ${source === 'territories' ? 'territoires générés' : 'liste intégrée (lancez « pnpm build:data » pour les territoires complets)'}`,
    `  ${FULL_CATALOGUE_FILE} : le catalogue entier, pour les pages qui lisent un seul fichier`,
    '',
    ...publicationSummary(publication),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
