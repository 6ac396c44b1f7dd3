/**
 * `passerelle publish <catalogue.json> --out <dir> [--ruleset ID] [--base-url URL] [--relays FILE] [--prune]`
 *
 * Turns any valid catalogue (an import of a LHÉO export, or the demo) into a static folder for a
 * web server or CDN: see `publish-folder.ts` for the layout and docs/publishing.md for serving it.
 * Exit 1 with every problem and its path for an invalid catalogue (as `validate`); a bad option or
 * an unwritable folder is explained in French, exit 1.
 */
import { basename, resolve } from 'node:path';
import { parseCatalogue, parseRelayDirectory, type Catalogue, type RelayDirectory } from '@passerelle/core';
import { parseCommandArgs } from '../arguments.js';
import { UsageError, type CommandIO } from '../command.js';
import { readTextFile, reportProblems } from '../input-files.js';
import { loadRuleset } from './import.js';
import { makeOutputFolder, publishCatalogue, type Publication } from '../publish-folder.js';

const USAGE = `Usage : passerelle publish <catalogue.json> --out <dossier> [options]

Écrit un dossier statique pour un serveur web ou un CDN : manifest.json, par département l'index de
recherche précalculé, les données des cartes de résultats et le détail des offres en petits fichiers,
les communes. Les noms de fichiers portent une empreinte de leur contenu (cache permanent) ;
seul manifest.json doit être mis en cache peu de temps.

Options :
  --out <dossier>      dossier de sortie (créé si besoin)
  --ruleset <id>       recalcule les programmes des offres avec ce jeu de règles (ex. nouvelle-aquitaine)
  --base-url <url>     adresse absolue (http ou https) où le dossier sera servi ; sans elle, les adresses
                       du manifeste sont relatives au manifeste
  --relays <fichier>   annuaire de relais à publier avec le catalogue
  --prune              supprime les fichiers d'une publication précédente que le nouveau manifeste ne liste
                       plus (par défaut ils restent : une page qui a lu l'ancien manifeste les trouve encore)
  --json               affiche le manifeste en JSON au lieu du résumé`;

function readBaseUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url attend une adresse absolue http:// ou https://, reçu « ${value} ».`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--base-url attend une adresse absolue http:// ou https://, reçu « ${value} ».`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new UsageError(`--base-url désigne un dossier : ni « ? » ni « # », reçu « ${value} ».`);
  }
  // A folder: the file names are appended to it.
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Tags every offer with the programmes of a shipped ruleset, as `import --ruleset` does. */
export function applyRuleset(catalogue: Catalogue, id: string): Catalogue {
  const { programmesFor } = loadRuleset(id);
  return {
    ...catalogue,
    meta: { ...catalogue.meta, ruleset: id },
    offers: catalogue.offers.map((offer) => ({ ...offer, programmes: [...programmesFor(offer)] })),
  };
}

function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} Ko`;
  return `${(bytes / 1024 / 1024).toFixed(2).replace('.', ',')} Mo`;
}

/** The French summary of a publication: one line per département, then the other files. */
export function publicationSummary(publication: Publication): string[] {
  const bytesOf = (kind: string, departement?: string) =>
    publication.files
      .filter((f) => f.kind === kind && (departement === undefined || f.departement === departement))
      .reduce((sum, f) => sum + f.bytes, 0);
  const countOf = (kind: string, departement?: string) =>
    publication.files.filter((f) => f.kind === kind && f.departement === departement).length;
  return [
    '  dép.  formations  sessions   recherche    détails (fichiers)   catalogue complet',
    ...publication.manifest.shards.map(
      (shard) =>
        `  ${shard.departement.padEnd(4)} ${String(shard.offers).padStart(11)} ${String(shard.sessions).padStart(9)} ${sizeLabel(bytesOf('search', shard.departement)).padStart(11)} ${sizeLabel(bytesOf('details', shard.departement)).padStart(10)} (${countOf('details', shard.departement)}) ${sizeLabel(shard.bytes).padStart(12)}`,
    ),
    `  relais : ${publication.manifest.relays === undefined ? 'aucun' : sizeLabel(bytesOf('relays'))} ; ${publication.manifest.communes.length} fichier(s) de communes ; ${publication.files.length} fichiers en tout`,
    ...(publication.pruned.length > 0
      ? [`  ${publication.pruned.length} fichier(s) d'une publication précédente supprimé(s) (--prune)`]
      : []),
    '',
    'Tous les fichiers ont été relus et validés par core ; les empreintes SHA-256 correspondent.',
  ];
}

export async function run(args: readonly string[], io: CommandIO): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      ruleset: { type: 'string' },
      'base-url': { type: 'string' },
      relays: { type: 'string' },
      prune: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  const options = parsed.values;
  if (options.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== 1)
    throw new UsageError(`indiquez un seul catalogue à publier.\n\n${USAGE}`);
  if (options.out === undefined || options.out.trim() === '') {
    throw new UsageError(`indiquez le dossier de sortie avec --out (ex. --out publication).\n\n${USAGE}`);
  }
  const baseUrl = readBaseUrl(options['base-url']);
  const file = parsed.positionals[0] as string;

  let relays: RelayDirectory | undefined;
  if (options.relays !== undefined) {
    const checked = parseRelayDirectory(await readTextFile(io, options.relays, 'un annuaire de relais JSON'));
    if (!checked.ok) {
      reportProblems(io, options.relays, checked.error, 'annuaire de relais invalide');
      return 1;
    }
    relays = checked.value;
  }
  const checked = parseCatalogue(await readTextFile(io, file, 'un catalogue JSON'));
  if (!checked.ok) {
    reportProblems(io, file, checked.error, 'catalogue invalide, rien n’a été publié');
    return 1;
  }
  const catalogue =
    options.ruleset === undefined ? checked.value : applyRuleset(checked.value, options.ruleset);

  const outDir = resolve(io.cwd, options.out);
  await makeOutputFolder(outDir, options.out);
  const publication = await publishCatalogue(catalogue, {
    outDir,
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(relays === undefined ? {} : { relays }),
    prune: options.prune ?? false,
    warn: (message) => io.stderr.write(`Attention : ${message}\n`),
  });
  if (options.json) {
    io.stdout.write(publication.manifestText);
    return 0;
  }
  const totals = publication.manifest.catalogue;
  io.stdout.write(
    [
      `${basename(file)} publié dans ${options.out} : ${totals?.offers ?? 0} formations, ${totals?.sessions ?? 0} sessions, ${publication.manifest.shards.length} département(s).`,
      ...publicationSummary(publication),
    ].join('\n') + '\n',
  );
  return 0;
}
