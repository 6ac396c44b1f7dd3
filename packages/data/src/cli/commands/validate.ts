/**
 * `passerelle validate <catalogue.json>`: checks a catalogue against core's model and its content
 * rules (safe links, e-mails, phone numbers, text lengths, no bidirectional controls). The file is
 * read in chunks and checked offer by offer (core's `createCatalogueChecker`), so memory stays flat
 * whatever its size. Exit 0 with one French line when it is valid; exit 1 with every problem as
 * `fichier:chemin — message`, printed as soon as found. On a terminal, a progress line on stderr.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { TextDecoder } from 'node:util';
import { createCatalogueChecker, type Problem } from '@passerelle/core';
import { CliError, UsageError, type CommandIO } from '../command.js';
import { parseCommandArgs } from '../arguments.js';

const USAGE = `Usage : passerelle validate <catalogue.json>

Vérifie qu'un catalogue Passerelle respecte le modèle ; liste chaque problème avec son chemin.`;

const MB = 1024 * 1024;
/** How often the progress line is redrawn. */
const PROGRESS_MS = 250;

/** The standard error stream is a terminal (a person watching), not a file or a pipe. */
function isTerminal(io: CommandIO): boolean {
  return (io.stderr as { isTTY?: boolean }).isTTY === true;
}

export async function run(args: readonly string[], io: CommandIO): Promise<number> {
  const parsed = parseCommandArgs(args, { help: { type: 'boolean', short: 'h' } }, USAGE);
  if (parsed.values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== 1)
    throw new UsageError(`indiquez un seul catalogue à vérifier.\n\n${USAGE}`);
  const file = parsed.positionals[0] as string;
  const path = resolve(io.cwd, file);
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new CliError(`fichier introuvable : ${file}`);
  if (info.isDirectory()) throw new CliError(`${file} est un dossier, pas un catalogue JSON`);

  const name = basename(file);
  const terminal = isTerminal(io);
  let progressShown = false;
  const clearProgress = (): void => {
    if (progressShown) io.stderr.write('\r\u001b[K');
    progressShown = false;
  };
  const checker = createCatalogueChecker((problem: Problem) => {
    clearProgress();
    io.stderr.write(`${name}:${problem.path} — ${problem.message}\n`);
  });

  let bytes = 0;
  let lastProgress = 0;
  let decoder: TextDecoder | undefined;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      // The first bytes choose: UTF-16 when a byte order mark says so, else UTF-8 (its BOM dropped).
      decoder ??= new TextDecoder(encodingOf(chunk));
      checker.write(decoder.decode(chunk, { stream: true }));
      if (terminal && Date.now() - lastProgress >= PROGRESS_MS) {
        lastProgress = Date.now();
        io.stderr.write(
          `\r\u001b[KVérification de ${name} : ${(bytes / MB).toFixed(0)} Mo sur ${(info.size / MB).toFixed(0)} Mo`,
        );
        progressShown = true;
      }
    }
    if (decoder) checker.write(decoder.decode());
  } catch (error) {
    clearProgress();
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`lecture impossible de ${file} (${code ?? 'erreur inconnue'})`);
  }
  const summary = checker.end();
  clearProgress();
  if (summary.problems > 0) {
    io.stderr.write(`${name} : catalogue invalide, ${summary.problems} problème(s).\n`);
    return 1;
  }
  io.stdout.write(
    `OK : ${name} est un catalogue valide (${summary.offers} formation(s), ${summary.actions} action(s), ${summary.sessions} session(s)).\n`,
  );
  return 0;
}

function encodingOf(start: Buffer): 'utf-16le' | 'utf-16be' | 'utf-8' {
  if (start[0] === 0xff && start[1] === 0xfe) return 'utf-16le';
  if (start[0] === 0xfe && start[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
