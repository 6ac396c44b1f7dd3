// What the screenshot scripts share: the repository served over http on 127.0.0.1 (a secure
// context, so the widget can check the manifest's hashes), and headless Chromium through the
// puppeteer-core that @web/test-runner-chrome brings.
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const out = join(root, '.cache/screenshots');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Serves the repository; resolves to `{ port, close }`. */
export async function serveRepository() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, close: () => server.close() };
}

export async function launchBrowser() {
  mkdirSync(out, { recursive: true });
  const fromWidget = createRequire(join(root, 'packages/widget/package.json'));
  const fromLauncher = createRequire(fromWidget.resolve('@web/test-runner-chrome'));
  const { default: puppeteer } = await import(fromLauncher.resolve('puppeteer-core'));
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
}
