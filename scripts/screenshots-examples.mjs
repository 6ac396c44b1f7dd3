/* global document */
// Writes screenshots of every page of examples/ (the ones examples/index.html links, and the list
// itself) at 360 px and 1280 px into .cache/screenshots/ (the whole page, and its first screen), once the widgets have their first results,
// so anyone can look at what a visitor sees. Prints what the pages logged as errors or warnings, and
// the requests that failed, since a page that looks right may still be broken. Run after `pnpm build`
// and `pnpm passerelle build-demo --out examples/demo-data` (`pnpm screenshots` does both).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, out, root, serveRepository } from './screenshots-support.mjs';

const index = readFileSync(join(root, 'examples/index.html'), 'utf8');
const pages = [
  'index.html',
  ...new Set([...index.matchAll(/href="([a-z0-9-]+\.html)"/g)].map((match) => match[1])),
];

const server = await serveRepository();
const browser = await launchBrowser();
let problems = 0;

for (const name of pages) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage();
    const report = (line) => {
      problems += 1;
      console.log(`${name} à ${width} px : ${line}`);
    };
    page.on('console', (message) => {
      if (['error', 'warn'].includes(message.type())) report(`console ${message.type()} : ${message.text()}`);
    });
    page.on('pageerror', (error) => report(`erreur : ${error.message}`));
    page.on('requestfailed', (request) => report(`requête échouée : ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) report(`réponse ${response.status()} : ${response.url()}`);
    });
    await page.setViewport({ width, height: 900 });
    await page.goto(`http://127.0.0.1:${server.port}/examples/${name}`, { waitUntil: 'networkidle0' });
    // Every widget done loading (its shadow root rendered, no loading box left).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('passerelle-finder')].every(
          (finder) => finder.shadowRoot && !finder.shadowRoot.querySelector('.loading'),
        ),
      { timeout: 15000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const base = join(out, name.replace('.html', ''));
    await page.screenshot({ path: `${base}-${width}.png`, fullPage: true });
    // The first screen alone too: a whole page of results is too tall to read once scaled down.
    await page.screenshot({ path: `${base}-${width}-haut.png` });
    await page.close();
  }
}

await browser.close();
server.close();
console.log(
  `${pages.length} pages, captures écrites dans ${out}${problems ? ` ; ${problems} problème(s)` : ''}`,
);
if (problems) process.exitCode = 1;
