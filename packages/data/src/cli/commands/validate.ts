/**
 * `passerelle validate <catalogue.json>`: checks a catalogue against core's model. Exit 0 with one
 * French line when it is valid; exit 1 with every problem as `fichier:chemin — message`.
 */
import { basename } from 'node:path';
import { parseCatalogue } from '@passerelle/core';
import { UsageError, type CommandIO } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { readTextFile, reportProblems } from '../input-files.js';

const USAGE = `Usage : passerelle validate <catalogue.json>

Vérifie qu'un catalogue Passerelle respecte le modèle ; liste chaque problème avec son chemin.`;

export async function run(args: readonly string[], io: CommandIO): Promise<number> {
  const parsed = parseCommandArgs(args, { help: { type: 'boolean', short: 'h' } }, USAGE);
  if (parsed.values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== 1)
    throw new UsageError(`indiquez un seul catalogue à vérifier.\n\n${USAGE}`);
  const file = parsed.positionals[0] as string;
  const text = await readTextFile(io, file, 'un catalogue JSON');

  const result = parseCatalogue(text);
  if (!result.ok) {
    reportProblems(io, file, result.error, 'catalogue invalide');
    return 1;
  }
  const name = basename(file);
  const offers = result.value.offers;
  const actions = offers.reduce((sum, offer) => sum + offer.actions.length, 0);
  const sessions = offers.reduce(
    (sum, offer) => sum + offer.actions.reduce((inner, action) => inner + action.sessions.length, 0),
    0,
  );
  io.stdout.write(
    `OK : ${name} est un catalogue valide (${offers.length} formation(s), ${actions} action(s), ${sessions} session(s)).\n`,
  );
  return 0;
}
