import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from '../command.js';
import { fakeIo, useTempDir } from '../test-support/fake-io.js';
import { run, startServer } from './serve.js';

const dir = useTempDir('passerelle-serve-');
mkdirSync(join(dir, 'site'), { recursive: true });
writeFileSync(join(dir, 'site', 'manifest.json'), '{"format":"x"}');
writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><title>ok</title>');
writeFileSync(join(dir, 'secret.txt'), 'hors du dossier servi');

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

async function serve(): Promise<string> {
  const server = await startServer(join(dir, 'site'), 0, '127.0.0.1');
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('passerelle serve', () => {
  it('serves the folder as a CDN would: JSON readable from another origin, index.html for a folder', async () => {
    const base = await serve();
    const manifest = await fetch(`${base}/manifest.json`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(manifest.headers.get('access-control-allow-origin')).toBe('*');
    expect(await manifest.text()).toBe('{"format":"x"}');
    const index = await fetch(`${base}/`);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>ok</title>');
  });

  it('answers in French for a missing file and never leaves the folder', async () => {
    const base = await serve();
    const missing = await fetch(`${base}/absent.json`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('Fichier introuvable.');
    const escape = await fetch(`${base}/..%2Fsecret.txt`);
    expect(escape.status).toBe(403);
    expect(await escape.text()).not.toContain('hors du dossier');
  });

  it('says in French which port is taken and which one to try', async () => {
    const busy = createServer();
    servers.push(busy);
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const port = (busy.address() as AddressInfo).port;
    const error = await startServer(dir, port, '127.0.0.1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect((error as CliError).message).toBe(
      `le port ${port} est déjà utilisé (un autre serveur tourne peut-être encore). Arrêtez-le, ou choisissez un autre port : --port ${port + 1}.`,
    );
  });

  it.each([
    [['--port', 'huit-mille'], /--port attend un numéro de port entre 1 et 65535, reçu « huit-mille »/],
    [['--port', '70000'], /reçu « 70000 »/],
    [['a', 'b'], /indiquez un seul dossier à servir/],
  ])('refuses %j as a usage error (exit 2)', async (args, message) => {
    const error = await run(args, fakeIo(dir)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(message);
    expect((error as CliError).exitCode).toBe(2);
  });

  it('fails with exit 1 when the folder is not there', async () => {
    const error = await run(['absent'], fakeIo(dir)).catch((caught: unknown) => caught);
    expect((error as CliError).message).toBe('dossier introuvable : absent');
    expect((error as CliError).exitCode).toBe(1);
  });

  it('prints its usage with the default port', async () => {
    const io = fakeIo(dir);
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/--port <n> +port d'écoute \(par défaut 8000\)/);
  });
});
