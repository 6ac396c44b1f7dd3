/**
 * `passerelle search <catalogue.json> [--text T] [--near <code postal ou INSEE>] [--radius km]
 * [--programme id] [--departement 33] [--joinable-on AAAA-MM-JJ] [--limit n] [--json]`: searches a catalogue as the widget
 * does. `--json` prints exactly `{ total, hits: [{ offerId, actionId, sessionId, title, score,
 * distanceKm, matched }] }` on stdout; without it, one readable line per hit.
 */
import { basename } from 'node:path';
import {
  createSearchIndex,
  parseCatalogue,
  type Coordinates,
  type Offer,
  type SearchFilters,
} from '@passerelle/core';
import { findPlaces } from '../../territories/load.js';
import { CliError, UsageError, type CommandIO } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { readTextFile } from '../input-files.js';

const USAGE = `Usage : passerelle search <catalogue.json> [--text T] [--near <code postal ou INSEE>] [--radius km]
                         [--programme id] [--departement 33] [--joinable-on AAAA-MM-JJ]
                         [--limit n] [--json]

Cherche dans un catalogue comme le widget : texte libre en français (fautes, accents, féminins),
filtres par programme, département et distance autour d'une commune.
  --text T          texte cherché (vide : toutes les actions, les plus proches et les plus tôt d'abord)
  --near CODE       code postal (33000) ou code INSEE (33063) de la commune de départ
  --radius KM       ne garder que les actions à moins de KM km (avec --near)
  --programme ID    programme (répétable), ex. hsp-socle
  --departement DD  département du lieu de formation (répétable), ex. 33
  --joinable-on J   ne garder que les sessions encore ouvertes ce jour-là (AAAA-MM-JJ, ex. 2027-01-11) :
                    pas encore commencées, ou en cours pour les entrées permanentes
  --limit N         nombre de résultats affichés (20 par défaut)
  --json            sortie JSON sur la sortie standard`;

function positiveNumber(value: string, option: string, integer: boolean): number {
  const number = Number(value.replace(',', '.'));
  if (!Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(
      `--${option} attend un nombre ${integer ? 'entier ' : ''}positif, reçu « ${value} ».\n\n${USAGE}`,
    );
  }
  return number;
}

async function resolveNear(code: string): Promise<{ coordinates: Coordinates; label: string }> {
  if (!/^\s*(\d{2}|2[AaBb])\d{3}\s*$/.test(code)) {
    throw new UsageError(
      `--near attend un code postal ou un code INSEE à 5 caractères (ex. 33000, 2A004), reçu « ${code} ».`,
    );
  }
  const found = await findPlaces(code.trim());
  if (!found.ok) {
    const problem = found.error[0];
    throw new CliError(
      `communes indisponibles pour --near : ${problem?.path ?? ''} — ${problem?.message ?? ''}`,
    );
  }
  const place = found.value[0];
  if (place === undefined)
    throw new CliError(`aucune commune ne porte le code postal ou INSEE « ${code.trim()} ».`);
  return { coordinates: place.coordinates, label: `${place.name} (${place.inseeCode})` };
}

/** A mistyped programme id would otherwise only show as « 0 résultat »: say which ones exist (stderr). */
function warnAboutAbsentProgrammes(io: CommandIO, asked: readonly string[], offers: readonly Offer[]): void {
  const present = new Set(offers.flatMap((offer) => offer.programmes));
  for (const id of asked) {
    if (present.has(id)) continue;
    const known = present.size === 0 ? 'aucun' : [...present].sort().join(', ');
    io.stderr.write(
      `Attention : aucune formation de ce catalogue n'appartient au programme « ${id} » (programmes présents : ${known}).\n`,
    );
  }
}

export async function run(args: readonly string[], io: CommandIO): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      text: { type: 'string' },
      near: { type: 'string' },
      radius: { type: 'string' },
      programme: { type: 'string', multiple: true },
      departement: { type: 'string', multiple: true },
      'joinable-on': { type: 'string' },
      limit: { type: 'string' },
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
    throw new UsageError(`indiquez un seul catalogue où chercher.\n\n${USAGE}`);
  if (options.radius !== undefined && options.near === undefined) {
    throw new UsageError(`--radius demande --near : le rayon se compte autour d'une commune.\n\n${USAGE}`);
  }
  const limit = options.limit === undefined ? 20 : positiveNumber(options.limit, 'limit', true);
  const radiusKm = options.radius === undefined ? undefined : positiveNumber(options.radius, 'radius', false);
  for (const code of options.departement ?? []) {
    if (!/^(\d{2}|2[AB]|97\d)$/.test(code)) {
      throw new UsageError(
        `--departement attend un code de département (ex. 33, 2A, 971), reçu « ${code} ».`,
      );
    }
  }
  const joinableOn = options['joinable-on'];
  if (joinableOn !== undefined) {
    const day = new Date(`${joinableOn}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(joinableOn) || day.toISOString().slice(0, 10) !== joinableOn) {
      throw new UsageError(
        `--joinable-on attend une date AAAA-MM-JJ (ex. 2027-01-11), reçu « ${joinableOn} ».`,
      );
    }
  }

  const file = parsed.positionals[0] as string;
  const text = await readTextFile(io, file, 'un catalogue JSON');
  const catalogue = parseCatalogue(text);
  if (!catalogue.ok) {
    const name = basename(file);
    for (const problem of catalogue.error) io.stderr.write(`${name}:${problem.path} — ${problem.message}\n`);
    throw new CliError(
      `${name} : catalogue invalide, ${catalogue.error.length} problème(s) ; rien n'a été cherché.`,
    );
  }

  // Programme ids are read as the widget's programme attribute is: case and spaces do not matter.
  const programmes = options.programme?.map((id) => id.trim().toLowerCase());
  warnAboutAbsentProgrammes(io, programmes ?? [], catalogue.value.offers);
  const near = options.near === undefined ? undefined : await resolveNear(options.near);
  const filters: SearchFilters = {
    ...(programmes === undefined ? {} : { programmes }),
    ...(options.departement === undefined ? {} : { departements: options.departement }),
    ...(near === undefined ? {} : { near: near.coordinates }),
    ...(radiusKm === undefined ? {} : { radiusKm }),
    ...(joinableOn === undefined ? {} : { joinableOn }),
  };
  const results = createSearchIndex(catalogue.value).search({ text: options.text ?? '', filters, limit });
  const hits = results.hits.map((hit) => ({
    offerId: hit.offerId,
    actionId: hit.actionId,
    sessionId: hit.sessionId,
    title: hit.title,
    score: hit.score,
    distanceKm: hit.distanceKm,
    matched: hit.matched,
  }));

  if (options.json) {
    io.stdout.write(`${JSON.stringify({ total: results.total, hits }, null, 2)}\n`);
    return 0;
  }
  const around = near === undefined ? '' : ` autour de ${near.label}`;
  io.stdout.write(
    `${results.total} résultat(s)${around}${results.total > hits.length ? `, ${hits.length} affiché(s)` : ''}.\n`,
  );
  for (const hit of hits) {
    const distance = hit.distanceKm === null ? '' : ` — ${hit.distanceKm.toLocaleString('fr-FR')} km`;
    const why = hit.matched.length === 0 ? '' : ` [${hit.matched.join(', ')}]`;
    io.stdout.write(
      `${hit.score.toFixed(2)}  ${hit.title} (${hit.offerId} / ${hit.actionId})${distance}${why}\n`,
    );
  }
  return 0;
}
