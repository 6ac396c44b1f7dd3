/** Reading the files a person names on the command line, with French errors and no stack traces. */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Problem } from '@passerelle/core';
import { CliError, type CommandIO } from './command.js';

/**
 * Reads a text file relative to the working directory: the one reader of every JSON file the CLI
 * is given (catalogue, situation, relays…). UTF-8, or UTF-16 when a byte order mark says so; a
 * leading byte order mark is dropped (Windows editors write one, and JSON.parse refuses it).
 * `what` names the expected content (« un catalogue JSON ») for the message given when a folder
 * is named instead.
 */
export async function readTextFile(io: CommandIO, file: string, what: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`fichier introuvable : ${file}`);
    if (code === 'EISDIR') throw new CliError(`${file} est un dossier, pas ${what}`);
    throw new CliError(`lecture impossible de ${file} (${code ?? 'erreur inconnue'})`);
  }
  return decodeText(bytes);
}

/** The text of a file's bytes, without its byte order mark (UTF-16 when the mark says so). */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
