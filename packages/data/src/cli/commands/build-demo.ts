/**
 * `passerelle build-demo --out <dir>`: writes the demo data the examples serve.
 *
 *   manifest.json           shard list with counts, bounding boxes, sizes and SHA-256 hashes
 *   catalogue.json          the whole demo catalogue, for pages that load a single file
 *   catalogue-<dép>.json    one catalogue per département (compact JSON, gzip-friendly)
 *   relais.json             the fictitious demo relay directory
 *   communes-<dép>.json     the communes of the covered départements, and departements.json
 *
 * Every file is read back and validated by core after writing, and its hash checked, so what the
 * widget will load is exactly what was verified.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  compareDepartements,
  MANIFEST_FORMAT,
  MANIFEST_VERSION,
  parseCatalogue,
  parseCommunes,
  parseManifest,
  parseRelayDirectory,
  splitCatalogue,
  summariseCatalogue,
  type CatalogueShardEntry,
  type CommuneShardEntry,
  type FileEntry,
  type Manifest,
  type Problem,
} from '@passerelle/core';
import { demoCommunes, DEMO_DEPARTEMENTS } from '../../demo/communes.js';
import { DEMO_DEFAULT_SEED, DEMO_DEFAULT_SIZE, generateDemoCatalogue } from '../../demo/generate.js';
import { demoRelayDirectory } from '../../relays/index.js';
import { writeTerritoryShards } from '../../territories/index.js';
import { CliError, type CommandIO } from '../command.js';
import { parseCommandArgs } from '../arguments.js';

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

export const MANIFEST_FILE = 'manifest.json';
export const FULL_CATALOGUE_FILE = 'catalogue.json';
export const RELAYS_FILE = 'relais.json';

export function catalogueShardFile(departement: string): string {
  return `catalogue-${departement}.json`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function readInteger(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new CliError(`--${option} attend un entier positif, reçu « ${value} ».\n\n${USAGE}`);
  }
  return Number(value);
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

interface Written {
  readonly file: string;
  readonly text: string;
}

function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} Ko`;
  return `${(bytes / 1024 / 1024).toFixed(2).replace('.', ',')} Mo`;
}

function problemsText(file: string, problems: readonly Problem[]): string {
  const shown = problems.slice(0, 5).map((problem) => `  ${file}:${problem.path} — ${problem.message}`);
  const more = problems.length > 5 ? [`  … et ${problems.length - 5} autre(s)`] : [];
  return [...shown, ...more].join('\n');
}

/** Reads a written file back, checks its hash and runs core's parser on it. */
async function verify(
  dir: string,
  file: string,
  hash: string,
  parse: (text: string) => { ok: boolean; error?: Problem[] },
): Promise<void> {
  const text = await readFile(join(dir, file), 'utf8');
  if (sha256(text) !== hash)
    throw new Error(`${file} : l'empreinte relue ne correspond pas à celle du manifeste`);
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(`${file} refusé par core :\n${problemsText(file, parsed.error ?? [])}`);
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
    throw new CliError(`argument inattendu : ${parsed.positionals.join(' ')}\n\n${USAGE}`);
  const options = parsed.values;
  if (options.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.out === undefined || options.out.trim() === '') {
    throw new CliError(
      `indiquez le dossier de sortie avec --out (ex. --out examples/demo-data).\n\n${USAGE}`,
    );
  }
  const size = readInteger(options.size, 'size', DEMO_DEFAULT_SIZE);
  const seed = readInteger(options.seed, 'seed', DEMO_DEFAULT_SEED);
  const today = options.today ?? todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    throw new CliError(`--today attend une date AAAA-MM-JJ, reçu « ${today} ».`);
  }
  const departements = (
    options.departements === undefined
      ? [...DEMO_DEPARTEMENTS]
      : [...new Set(options.departements.split(',').map((code) => code.trim()))].filter((code) => code !== '')
  ).sort(compareDepartements);
  const unknown = departements.filter((code) => !DEMO_DEPARTEMENTS.includes(code));
  if (departements.length === 0 || unknown.length > 0) {
    throw new CliError(
      `--departements : la démonstration couvre la Nouvelle-Aquitaine (${DEMO_DEPARTEMENTS.join(', ')}), reçu « ${unknown.join(', ') || options.departements} ».`,
    );
  }
  const outDir = resolve(io.cwd, options.out);

  const { communes, source } = demoCommunes(departements);
  const catalogue = generateDemoCatalogue({ size, seed, today, departements, communes });
  const checked = parseCatalogue(catalogue);
  if (!checked.ok)
    throw new Error(`catalogue généré invalide :\n${problemsText('catalogue', checked.error)}`);

  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? "un fichier porte ce nom (ou celui d'un dossier parent) : indiquez un dossier"
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission refusée'
          : (code ?? String(error));
    throw new CliError(`impossible de créer le dossier de sortie ${options.out} : ${reason}.`);
  }
  const write = async (file: string, text: string): Promise<Written> => {
    await writeFile(join(outDir, file), text);
    return { file, text };
  };

  // Compact JSON: no whitespace; gzip on the server folds the repeated keys and texts.
  const shardEntries: CatalogueShardEntry[] = [];
  const { shards } = splitCatalogue(catalogue);
  for (const shard of shards) {
    const written = await write(catalogueShardFile(shard.departement), JSON.stringify(shard.catalogue));
    const summary = summariseCatalogue(shard.catalogue);
    const entry: CatalogueShardEntry = {
      departement: shard.departement,
      url: written.file,
      offers: summary.offers,
      actions: summary.actions,
      sessions: summary.sessions,
      hash: sha256(written.text),
      bytes: Buffer.byteLength(written.text),
    };
    if (summary.bbox !== undefined) entry.bbox = summary.bbox;
    shardEntries.push(entry);
  }
  const full = await write(FULL_CATALOGUE_FILE, JSON.stringify(catalogue));

  const directory = demoRelayDirectory();
  const relayDirectory = {
    ...directory,
    relays: directory.relays.filter((relay) => departements.includes(relay.departement)),
  };
  const relaysText = JSON.stringify(relayDirectory);
  const relays = await write(RELAYS_FILE, relaysText);
  const relaysEntry: FileEntry = {
    url: relays.file,
    hash: sha256(relaysText),
    bytes: Buffer.byteLength(relaysText),
  };

  const territories = await writeTerritoryShards(outDir, departements);
  const communeEntries: CommuneShardEntry[] = [];
  let territoryIndex: FileEntry | undefined;
  if (territories.ok) {
    for (const file of territories.value) {
      if (file.departement === undefined)
        territoryIndex = { url: file.file, hash: file.sha256, bytes: file.bytes };
      else
        communeEntries.push({
          departement: file.departement,
          url: file.file,
          hash: file.sha256,
          bytes: file.bytes,
        });
    }
  } else {
    io.stderr.write(
      `Attention : communes non copiées, le widget ne pourra pas chercher « près de » une ville.\n${problemsText('territoires', territories.error)}\n`,
    );
  }

  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    meta: {
      source: catalogue.meta.source,
      generatedAt: catalogue.meta.generatedAt,
      licence: catalogue.meta.licence,
      demo: true,
      ...(catalogue.meta.title === undefined ? {} : { title: catalogue.meta.title }),
      ...(catalogue.meta.ruleset === undefined ? {} : { ruleset: catalogue.meta.ruleset }),
    },
    shards: shardEntries,
    relays: relaysEntry,
    communes: communeEntries,
    ...(territoryIndex === undefined ? {} : { territoryIndex }),
  };
  const manifestCheck = parseManifest(manifest);
  if (!manifestCheck.ok)
    throw new Error(`manifeste invalide :\n${problemsText(MANIFEST_FILE, manifestCheck.error)}`);
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  await write(MANIFEST_FILE, manifestText);

  // Read everything back through core, as the widget will.
  for (const entry of shardEntries) await verify(outDir, entry.url, entry.hash, parseCatalogue);
  await verify(outDir, full.file, sha256(full.text), parseCatalogue);
  await verify(outDir, relaysEntry.url, relaysEntry.hash, parseRelayDirectory);
  for (const entry of communeEntries) await verify(outDir, entry.url, entry.hash, parseCommunes);
  await verify(outDir, MANIFEST_FILE, sha256(manifestText), parseManifest);

  if (options.json) {
    io.stdout.write(manifestText);
    return 0;
  }
  const totals = summariseCatalogue(catalogue);
  const lines = [
    `Catalogue de démonstration (fictif) écrit dans ${options.out} :`,
    `  ${totals.offers} formations, ${totals.actions} actions, ${totals.sessions} sessions ; graine ${seed}, à partir du ${today}`,
    `  communes : ${source === 'territories' ? 'territoires générés' : 'liste intégrée (lancez « pnpm build:data » pour les territoires complets)'}`,
    '',
    '  fichier                  sessions      taille    gzip',
    ...shardEntries.map((entry) => {
      const text = JSON.stringify(shards.find((shard) => shard.departement === entry.departement)?.catalogue);
      return `  ${entry.url.padEnd(22)} ${String(entry.sessions).padStart(8)} ${sizeLabel(entry.bytes).padStart(11)} ${sizeLabel(gzipSync(text).length).padStart(9)}`;
    }),
    `  ${full.file.padEnd(22)} ${String(totals.sessions).padStart(8)} ${sizeLabel(Buffer.byteLength(full.text)).padStart(11)} ${sizeLabel(gzipSync(full.text).length).padStart(9)}`,
    `  ${relays.file.padEnd(22)} ${`${relayDirectory.relays.length} relais`.padStart(8)} ${sizeLabel(relaysEntry.bytes ?? 0).padStart(11)}`,
    `  ${communeEntries.length} fichier(s) de communes, ${MANIFEST_FILE}`,
    '',
    'Tous les fichiers ont été relus et validés par core ; les empreintes SHA-256 correspondent.',
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
