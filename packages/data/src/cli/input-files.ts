/** Reading the files a person names on the command line, with French errors and no stack traces. */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Problem } from '@passerelle/core';
import { CliError, type CommandIO } from './command.js';

/**
 * Reads a UTF-8 text file relative to the working directory. `what` names the expected content
 * (« un catalogue JSON ») for the message given when a folder is named instead.
 */
export async function readTextFile(io: CommandIO, file: string, what: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`fichier introuvable : ${file}`);
    if (code === 'EISDIR') throw new CliError(`${file} est un dossier, pas ${what}`);
    throw new CliError(`lecture impossible de ${file} (${code ?? 'erreur inconnue'})`);
  }
}

/** Prints every problem as `fichier:chemin — message`, then a one-line French verdict, on stderr. */
export function reportProblems(
  io: CommandIO,
  file: string,
  problems: readonly Problem[],
  verdict: string,
): void {
  const name = basename(file);
  for (const problem of problems) io.stderr.write(`${name}:${problem.path} — ${problem.message}\n`);
  io.stderr.write(`${name} : ${verdict}, ${problems.length} problème(s).\n`);
}
