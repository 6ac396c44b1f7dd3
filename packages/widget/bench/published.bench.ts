/**
 * <passerelle-finder> on folders written by `passerelle publish`, served gzipped by a local HTTP
 * server as a CDN would, in Debian's headless Chromium with the CPU slowed 4× through the DevTools
 * protocol (a cheap phone). Run `pnpm build` first. Two published folders, each measured on one
 * département and on the whole region: the demo (`build-demo`, 12 départements, about 2,200 offers),
 * and a region-sized catalogue of 37,000 offers (generated, fictitious) that goes the way a Region's
 * does: LHÉO file → `passerelle import` → `passerelle publish`. Measures:
 *   - the search box ready to type in (≤ 500 ms targeted), first results (≤ 1 s for a département,
 *     ≤ 2 s for the region) and the gzipped bytes fetched before them;
 *   - keystroke → results painted, p50 and p95 (≤ 16 ms, one frame), and where that time goes;
 *   - opening an offer's detail, its details file fetched (≤ 150 ms).
 * Times are from the navigation's start (performance.timeOrigin), on a local server: no network delay.
 * `BENCH_RUNS` (5) loads per page, `BENCH_PAGES` some pages only, `BENCH_REGION_DIR` keeps the
 * generated region, `BENCH_PROFILE=dir` writes the typing's CPU profiles.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { iterateDemoOffers } from '@passerelle/data';
import { puppeteerCore } from '@web/test-runner-chrome';
import { writeLheoFile } from '../../data/bench/lheo-writer.js';

const bundlePath = fileURLToPath(new URL('../dist/passerelle.js', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const cpuSlowdown = 4;
const loadRuns = Number(process.env['BENCH_RUNS'] ?? 5);
const targets = { box: 500, departement: 1000, region: 2000, keystroke: 16, detail: 150 };
const queries = ['aide soignante', 'cariste', 'francais', 'cuisine', 'maçon', 'numerique', 'vendeuse'];

const regionOffers = 37_000;
/** The pages measured; `BENCH_PAGES=gironde,region` measures some only. */
const pages = [
  {
    name: 'gironde',
    site: 'demo',
    departement: '33',
    label: 'Démo, Gironde (departement="33")',
    target: targets.departement,
  },
  {
    name: 'region',
    site: 'demo',
    departement: '',
    label: 'Démo, toute la région (12 départements)',
    target: targets.region,
  },
  {
    name: 'region-37000-gironde',
    site: 'region-37000',
    departement: '33',
    label: `Région de ${regionOffers.toLocaleString('fr-FR')} offres, Gironde seule`,
    target: targets.departement,
  },
  {
    name: 'region-37000',
    site: 'region-37000',
    departement: '',
    label: `Région de ${regionOffers.toLocaleString('fr-FR')} offres, toute la région`,
    target: targets.region,
  },
] as const;
const only = (process.env['BENCH_PAGES'] ?? '').split(',').filter(Boolean);

interface Files {
  [path: string]: { type: string; body: Buffer };
}

function page(site: string, departement: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Banc d’essai</title>
<script src="/passerelle.js"></script>
<script>
  // Notes the first frame with the search box, then the first with result cards.
  window.marks = { box: null, cards: null };
  function watch() {
    requestAnimationFrame((now) => {
      const root = document.querySelector('passerelle-finder')?.shadowRoot;
      const input = root?.querySelector('passerelle-combobox.search-input')?.shadowRoot?.querySelector('input');
      if (input && marks.box === null) marks.box = now;
      if (root?.querySelector('.results .card') && marks.cards === null) marks.cards = now;
      if (marks.box === null || marks.cards === null) watch();
    });
  }
  watch();
</script></head>
<body><passerelle-finder catalogue="/${site}/manifest.json" mode="search" departement="${departement}"></passerelle-finder></body></html>`;
}

/** Runs in the page: types each query one key at a time, input → search → render → layout. */
const typingScript = `async function (texts) {
  const finder = document.querySelector('passerelle-finder');
  const box = finder.shadowRoot.querySelector('passerelle-combobox.search-input');
  const input = box.shadowRoot.querySelector('input');
  input.focus();
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
  const measured = [];
  // Where a keystroke's time goes: the finder's willUpdate (the search is in it), its render and
  // commit, the search field's own update, the searches themselves, and style and layout.
  const parts = { texts: [], searches: [], search: [], willUpdate: [], update: [], field: [], layout: [] };
  let current = null;
  const timed = (object, name, bucket, count) => {
    const original = object[name];
    object[name] = function (...args) {
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        if (current) {
          current[bucket] += performance.now() - start;
          if (count) current[count] += 1;
        }
      }
    };
  };
  timed(finder, 'willUpdate', 'willUpdate');
  timed(finder, 'update', 'update');
  timed(box, 'update', 'field');
  const index = finder.catalogueState.index;
  timed(index, 'search', 'search', 'searches');
  for (const [round, text] of texts.entries()) {
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await finder.updateComplete;
    await pause();
    for (let i = 1; i <= text.length; i += 1) {
      const start = performance.now();
      current = { texts: text.slice(0, i), searches: 0, search: 0, willUpdate: 0, update: 0, field: 0, layout: 0 };
      input.value = text.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text[i - 1] }));
      await finder.updateComplete;
      await box.updateComplete;
      const layoutStart = performance.now();
      void finder.shadowRoot.querySelector('.results-area')?.offsetHeight;
      current.layout = performance.now() - layoutStart;
      // The first query warms the page up.
      if (round > 0) {
        measured.push(performance.now() - start);
        for (const key of Object.keys(parts)) parts[key].push(current[key]);
      }
      current = null;
      await pause();
    }
  }
  // The search alone, through the index the finder holds (private fields, read for the measure).
  const filters = finder.search.filtersFor();
  const searchOnly = [];
  for (const text of texts.slice(1))
    for (let i = 1; i <= text.length; i += 1) {
      const start = performance.now();
      index.search({ text: text.slice(0, i), filters, limit: 20 });
      searchOnly.push(performance.now() - start);
    }
  return { measured, searchOnly, parts };
}`;

/** Runs in the page: opens the first result and waits for its sheet (its details file fetched). */
const detailScript = `async function () {
  const root = document.querySelector('passerelle-finder').shadowRoot;
  const start = performance.now();
  root.querySelector('.results .card-title').click();
  await new Promise((resolve) => {
    const check = () => (root.querySelector('.detail h2') ? resolve() : requestAnimationFrame(check));
    check();
  });
  return performance.now() - start;
}`;

/** `BENCH_PROFILE=dir`: the typing phase's CPU profile goes there (open it in DevTools). */
const profileDir = process.env['BENCH_PROFILE'];

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** The functions that took the most time themselves during typing (self time, by sampling). */
function printProfile(profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const delta = profile.timeDeltas[i] ?? 0;
    if (!frame || frame.functionName === '(idle)') return;
    const where = frame.url
      ? `${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
      : '';
    const key = `${frame.functionName || '(anonyme)'} ${where}`;
    self.set(key, (self.get(key) ?? 0) + delta);
    total += delta;
  });
  console.log(`  profil de la frappe (temps propre, ${(total / 1000).toFixed(0)} ms hors inactivité) :`);
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${key}`);
}

/** Per keystroke, in the order typed: where its time went (see typingScript). */
interface Breakdown {
  texts: string[];
  searches: number[];
  search: number[];
  willUpdate: number[];
  update: number[];
  field: number[];
  layout: number[];
}

function emptyBreakdown(): Breakdown {
  return { texts: [], searches: [], search: [], willUpdate: [], update: [], field: [], layout: [] };
}

/** The parts of the median keystrokes and of the slowest 5 %, so a p95 can be explained. */
function breakdown(typing: readonly number[], parts: Breakdown): string {
  const order = typing.map((_, i) => i).sort((a, b) => typing[a]! - typing[b]!);
  const slowest = order.slice(Math.floor(order.length * 0.95));
  const middle = order.slice(Math.floor(order.length * 0.4), Math.ceil(order.length * 0.6));
  const mean = (values: number[], among: number[]) =>
    among.reduce((sum, i) => sum + (values[i] ?? 0), 0) / Math.max(1, among.length);
  const describe = (among: number[]) =>
    `${mean([...typing], among).toFixed(1)} ms = recherche ${mean(parts.search, among).toFixed(1)} ` +
    `(${mean(parts.searches, among).toFixed(1)} par frappe), reste de willUpdate ` +
    `${(mean(parts.willUpdate, among) - mean(parts.search, among)).toFixed(1)}, rendu ${mean(parts.update, among).toFixed(1)}, ` +
    `champ ${mean(parts.field, among).toFixed(1)}, style et mise en page ${mean(parts.layout, among).toFixed(1)}`;
  return `décomposition : frappes médianes ${describe(middle)} ; 5 % les plus lentes ${describe(slowest)}`;
}

function contentType(path: string): string {
  if (path.endsWith('.js')) return 'text/javascript';
  if (path.endsWith('.json')) return 'application/json; charset=utf-8';
  return 'text/html; charset=utf-8';
}

function serve(files: Files): Promise<Server> {
  const gzipped = new Map(Object.entries(files).map(([path, file]) => [path, gzipSync(file.body)]));
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const file = files[path];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': file.type, 'content-encoding': 'gzip', 'cache-control': 'no-store' })
      .end(gzipped.get(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function folderFiles(dir: string, prefix: string, keep: (name: string) => boolean): Files {
  const found: Files = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (keep(name))
      found[`${prefix}${name}`] = { type: contentType(name), body: readFileSync(join(dir, name)) };
  }
  return found;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

function verdict(value: number, target: number): string {
  return `objectif ≤ ${target} ms : ${value <= target ? 'atteint' : 'NON atteint'}`;
}

/** Runs the passerelle CLI from the sources, as `pnpm passerelle` does; stops the bench on failure. */
function cli(args: readonly string[]): void {
  const run = spawnSync('npx', ['tsx', '--conditions=source', 'packages/data/src/cli/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
}

/**
 * A region-sized catalogue as a Region would publish it: the demo generator's first 37,000 offers
 * (about 89,000 sessions over the 12 départements, fictitious), written as an LHÉO 2.2 file,
 * imported, labelled demo data, then published. `BENCH_REGION_DIR=dir` keeps the folder there and
 * reuses it on the next run (the generation takes a minute or two).
 */
async function regionSite(scratch: string): Promise<string> {
  const kept = process.env['BENCH_REGION_DIR'];
  const dir = kept ?? join(scratch, 'region-37000');
  const site = join(dir, 'site');
  if (existsSync(join(site, 'manifest.json'))) return site;
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const today = new Date().toISOString().slice(0, 10);
  const offers = function* () {
    let count = 0;
    for (const offer of iterateDemoOffers({ size: 89_000, seed: 75, today })) {
      if (count++ >= regionOffers) return;
      yield offer;
    }
  };
  await writeLheoFile(join(dir, 'export.xml'), offers());
  const catalogue = join(dir, 'catalogue.json');
  cli(['import', join(dir, 'export.xml'), '--out', catalogue, '--ruleset', 'nouvelle-aquitaine']);
  // Generated offers: the widget must say they are fictitious, as it does for the demo.
  const imported = JSON.parse(readFileSync(catalogue, 'utf8')) as { meta: Record<string, unknown> };
  imported.meta = {
    ...imported.meta,
    demo: true,
    title: 'Région de démonstration, 37 000 offres (fictives)',
  };
  writeFileSync(catalogue, JSON.stringify(imported));
  cli(['publish', catalogue, '--out', site]);
  console.log(`  (généré en ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  return site;
}

async function main(): Promise<void> {
  if (!existsSync(bundlePath)) {
    console.error(`${bundlePath} est absent : lancez « pnpm build » avant « pnpm bench ».`);
    process.exit(1);
  }
  const out = mkdtempSync(join(tmpdir(), 'passerelle-published-'));
  const chosen = pages.filter((entry) => only.length === 0 || only.includes(entry.name));
  const demo = join(out, 'demo');
  if (chosen.some((entry) => entry.site === 'demo')) {
    console.log('Publication de la démo (passerelle build-demo)…');
    cli(['build-demo', '--out', demo]);
  }
  let region: string | undefined;
  if (chosen.some((entry) => entry.site === 'region-37000')) {
    console.log(`Région de ${regionOffers.toLocaleString('fr-FR')} offres : LHÉO → import → publish…`);
    region = await regionSite(out);
  }
  const files: Files = {
    '/passerelle.js': { type: 'text/javascript', body: readFileSync(bundlePath) },
    ...folderFiles(fileURLToPath(new URL('../dist/cdn/', import.meta.url)), '/cdn/', (name) =>
      name.endsWith('.js'),
    ),
    ...(existsSync(demo) ? folderFiles(demo, '/demo/', (name) => name.endsWith('.json')) : {}),
    ...(region ? folderFiles(region, '/region-37000/', (name) => name.endsWith('.json')) : {}),
    ...Object.fromEntries(
      chosen.map((entry) => [
        `/${entry.name}.html`,
        { type: 'text/html; charset=utf-8', body: Buffer.from(page(entry.site, entry.departement)) },
      ]),
    ),
  };
  const server = await serve(files);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteerCore.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  let allMet = true;
  try {
    for (const { name, label, target } of chosen) {
      const box: number[] = [];
      const cards: number[] = [];
      const bytes: number[] = [];
      const details: number[] = [];
      let typing: number[] = [];
      let searchOnly: number[] = [];
      let parts: Breakdown = emptyBreakdown();
      for (let run = 0; run < loadRuns; run += 1) {
        const tab = await browser.newPage();
        const cdp = await tab.createCDPSession();
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
        await tab.goto(`${origin}/${name}.html`);
        await tab.waitForFunction('window.marks.cards !== null', { timeout: 120_000 });
        const marks = (await tab.evaluate(`(() => {
          const { box, cards } = window.marks;
          const before = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= cards);
          const nav = performance.getEntriesByType('navigation')[0];
          const sent = before.reduce((n, e) => n + e.encodedBodySize, nav ? nav.encodedBodySize : 0);
          return { box, cards, sent };
        })()`)) as { box: number; cards: number; sent: number };
        box.push(marks.box);
        cards.push(marks.cards);
        bytes.push(marks.sent);
        // Every shard in before typing: the figure is for the whole catalogue asked for.
        await tab.waitForFunction(
          `!document.querySelector('passerelle-finder').shadowRoot.querySelector('.shard-loading')`,
          { timeout: 120_000 },
        );
        if (run === 0) {
          const typed = [queries[0]!, ...queries, ...queries];
          if (profileDir) await cdp.send('Profiler.enable');
          if (profileDir) await cdp.send('Profiler.start');
          ({
            measured: typing,
            searchOnly,
            parts,
          } = (await tab.evaluate(`(${typingScript})(${JSON.stringify(typed)})`)) as {
            measured: number[];
            searchOnly: number[];
            parts: Breakdown;
          });
          if (profileDir) {
            const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
            writeFileSync(join(profileDir, `frappe-${name}.cpuprofile`), JSON.stringify(profile));
            printProfile(profile);
          }
        }
        details.push((await tab.evaluate(`(${detailScript})()`)) as number);
        await tab.close();
      }
      const p95 = percentile(typing, 95);
      const worst = (values: number[]) => percentile(values, 100);
      allMet &&=
        worst(box) <= targets.box &&
        worst(cards) <= target &&
        p95 <= targets.keystroke &&
        worst(details) <= targets.detail;
      console.log(
        `\n${label}, processeur ralenti ${cpuSlowdown}×, ${loadRuns} chargements (médiane, pire) :`,
      );
      console.log(
        `  champ de recherche prêt : ${ms(percentile(box, 50))}, ${ms(worst(box))} — ${verdict(worst(box), targets.box)}`,
      );
      console.log(
        `  premiers résultats : ${ms(percentile(cards, 50))}, ${ms(worst(cards))} — ${verdict(worst(cards), target)}`,
      );
      console.log(
        `  octets reçus (gzip) avant les premiers résultats : ${(percentile(bytes, 50) / 1024).toFixed(0)} Kio`,
      );
      console.log(
        `  frappe → résultats (${typing.length} frappes) : p50 ${ms(percentile(typing, 50))}, p95 ${p95.toFixed(1)} ms, ` +
          `pire ${ms(worst(typing))} — objectif p95 ≤ ${targets.keystroke} ms : ${p95 <= targets.keystroke ? 'atteint' : 'NON atteint'}`,
      );
      console.log(`  ${breakdown(typing, parts)}`);
      if (profileDir) {
        const slowest = typing
          .map((_, i) => i)
          .sort((a, b) => typing[b]! - typing[a]!)
          .slice(0, 10);
        for (const i of slowest)
          console.log(
            `    « ${parts.texts[i]} » ${typing[i]!.toFixed(1)} ms : recherche ${parts.search[i]!.toFixed(1)}, ` +
              `rendu ${parts.update[i]!.toFixed(1)}, mise en page ${parts.layout[i]!.toFixed(1)}`,
          );
      }
      console.log(
        `  dont la recherche seule (index) : p50 ${percentile(searchOnly, 50).toFixed(1)} ms, ` +
          `p95 ${percentile(searchOnly, 95).toFixed(1)} ms`,
      );
      console.log(
        `  ouverture d’une fiche (fichier de détails compris) : ${ms(percentile(details, 50))}, ${ms(worst(details))} — ` +
          verdict(worst(details), targets.detail),
      );
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
  console.log(`\nObjectifs du widget publié : ${allMet ? 'tous atteints' : 'au moins un NON atteint'}.`);
}

await main();
