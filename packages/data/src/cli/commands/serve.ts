/**
 * `passerelle serve [dossier] [--port 8000] [--host 127.0.0.1]`: serves a folder over HTTP on this
 * computer, to try a publication (`passerelle publish`) or the examples with the widget before
 * uploading them. Not a production server: any static host or CDN does that job.
 *
 * Serves what a CDN would: files as they are, `index.html` for a folder, JSON with
 * `Access-Control-Allow-Origin: *` (a page on another port may read the catalogue), `manifest.json`
 * never cached. Only paths inside the folder; nothing is logged about the visitors.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseCommandArgs } from '../arguments.js';
import { CliError, UsageError, type CommandIO } from '../command.js';

export const DEFAULT_PORT = 8000;

const USAGE = `Usage : passerelle serve [dossier] [--port ${DEFAULT_PORT}] [--host 127.0.0.1]

Sert un dossier en HTTP sur cet ordinateur (par défaut le dossier courant), pour essayer une
publication ou les exemples avant de les envoyer sur un hébergement. Ctrl+C pour arrêter.

Options :
  --port <n>     port d'écoute (par défaut ${DEFAULT_PORT})
  --host <nom>   adresse d'écoute (par défaut 127.0.0.1 : cet ordinateur seulement)
  -h, --help     cette aide`;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

function readPort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new UsageError(`--port attend un numéro de port entre 1 et 65535, reçu « ${value} ».\n\n${USAGE}`);
  }
  return port;
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

/** The file a request asks for inside `root`, or undefined when the path leaves it. */
function fileFor(root: string, request: IncomingMessage): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${path}`);
  return file === root || file.startsWith(`${root}${sep}`) ? file : undefined;
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Méthode non prise en charge : ce serveur ne fait que lire des fichiers.');
    return;
  }
  let file = fileFor(root, request);
  if (file === undefined) {
    send(response, 403, 'Chemin refusé : il sort du dossier servi.');
    return;
  }
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { Location: `${pathname}/` });
      response.end();
      return;
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (info === undefined || !info.isFile()) {
    send(response, 404, 'Fichier introuvable.');
    return;
  }
  const extension = extname(file).toLowerCase();
  const headers: Record<string, string | number> = {
    'Content-Type': TYPES[extension] ?? 'application/octet-stream',
    'Content-Length': info.size,
    // A local server for trying things: always the file as it is now.
    'Cache-Control': 'no-cache',
  };
  if (extension === '.json') headers['Access-Control-Allow-Origin'] = '*';
  response.writeHead(200, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/** Starts the server; rejects with a French `CliError` when the port cannot be used. */
export function startServer(folder: string, port: number, host: string): Promise<Server> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    handle(root, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'Erreur de lecture du fichier.');
      else response.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new CliError(
            `le port ${port} est déjà utilisé (un autre serveur tourne peut-être encore). Arrêtez-le, ou choisissez un autre port : --port ${port + 1}.`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new CliError(
            `le port ${port} est réservé sur cet ordinateur : choisissez-en un au-dessus de 1024.`,
          ),
        );
      } else {
        reject(new CliError(`impossible d'écouter sur ${host}:${port} (${error.code ?? error.message}).`));
      }
    });
    server.listen(port, host, () => resolvePromise(server));
  });
}

export async function run(args: readonly string[], io: CommandIO): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    USAGE,
  );
  if (parsed.values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    throw new UsageError(`indiquez un seul dossier à servir.\n\n${USAGE}`);
  }
  const port = readPort(parsed.values.port);
  const host = parsed.values.host ?? '127.0.0.1';
  const shown = parsed.positionals[0] ?? '.';
  const root = resolve(io.cwd, shown);
  const info = await stat(root).catch(() => undefined);
  if (info === undefined) throw new CliError(`dossier introuvable : ${shown}`);
  if (!info.isDirectory()) throw new CliError(`${shown} n'est pas un dossier`);

  const server = await startServer(root, port, host);
  const shownHost = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
  io.stdout.write(`Dossier servi : ${root}\nCtrl+C pour arrêter.\nhttp://${shownHost}:${port}/\n`);
  await new Promise<void>((done) => {
    const stop = () => server.close(() => done());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
