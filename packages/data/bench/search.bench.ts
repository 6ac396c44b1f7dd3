/**
 * `pnpm bench search`: Passerelle's search against plain fuse.js and MiniSearch on the same
 * demo catalogues of 10,000 / 50,000 / 200,000 offers (the demo generator, seed 75, fixed date).
 * Prints build time, memory, query and per-keystroke latencies (p50 / p95), hit@5 on the labelled
 * query set, the ratios to Passerelle, and whether each target of issue 5 is met.
 *
 * `BENCH_SIZES=10000,50000` limits the sizes. Run with `--expose-gc` (pnpm bench does) so that
 * memory is measured after a full collection.
 */
import os from 'node:os';
import process from 'node:process';
import {
  combineSearchIndexes,
  loadSearchIndex,
  serialiseSearchIndex,
  createSearchIndex,
  foldText,
  type Catalogue,
  type Offer,
  type SearchHit,
} from '@passerelle/core';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { iterateDemoOffers } from '../src/demo/index.js';
import {
  LABELLED_QUERIES,
  hitAt5,
  isRanked,
  type JudgedOffer,
  type LabelledQuery,
} from '../src/search/labelled-queries.js';
import { PEOPLE_QUERIES, isHonest, isHonestyQuery, reciprocalRank } from '../src/search/people-queries.js';

const SIZES = (process.env.BENCH_SIZES ?? '10000,50000,200000').split(',').map(Number);
/** Plain fuse.js scans every document: 1-2 s per query at 10,000 offers, hopeless beyond. */
const FUSE_MAX_SIZE = 10_000;
/** MiniSearch builds in minutes and takes seconds per query at 200,000 offers: 50,000 at most. */
const MINISEARCH_MAX_SIZE = Number(process.env.BENCH_MINISEARCH_MAX ?? 50_000);
const gc = (globalThis as { gc?: () => void }).gc;

interface EngineRun {
  readonly engine: string;
  readonly size: number;
  readonly buildMs: number;
  readonly loadMs: number | null;
  readonly memoryMb: number;
  readonly query: Percentiles;
  readonly keystroke: Percentiles;
  readonly hitAt5: number;
  readonly judged: number;
  readonly note: string;
}

interface Percentiles {
  readonly p50: number;
  readonly p95: number;
}

interface Engine {
  search(text: string): JudgedOffer[];
}

function percentiles(samples: number[]): Percentiles {
  const sorted = samples.slice().sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

function heapMb(): number {
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1e6;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

/** The first `offers` offers of the demo generator, spread over every département. */
function demoCatalogue(offers: number): Catalogue {
  const list: Offer[] = [];
  // The generator counts sessions (about 2.45 per offer): ask for a little more, keep `offers`.
  for (const offer of iterateDemoOffers({ size: Math.ceil(offers * 2.6), seed: 75, today: '2027-01-04' })) {
    list.push(offer);
    if (list.length >= offers) break;
  }
  return {
    format: 'passerelle-catalogue',
    version: 1,
    meta: { source: 'Banc de recherche', generatedAt: '2027-01-04', licence: 'CC0-1.0', demo: true },
    offers: list,
  };
}

/**
 * The demo generator writes ~60 kinds of offers, so its vocabulary is small (about 2,000 terms).
 * A real national catalogue says far more words: this variant adds one invented word to every
 * title and thirty to every content, drawn (skewed, like real words) from 150,000 made of French
 * syllables, to measure build, load and memory with a vocabulary of tens of thousands of terms.
 */
function diversify(catalogue: Catalogue): Catalogue {
  let state = 2027;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const syllables = [
    'ma',
    'ti',
    'ro',
    'que',
    'lan',
    'ger',
    'ie',
    'pro',
    'for',
    'ment',
    'tion',
    'ca',
    'ris',
    'te',
    'bou',
    'vi',
    'sol',
    'dé',
    'ré',
    'ai',
  ];
  const lexicon = Array.from({ length: 150_000 }, () => {
    let word = '';
    for (let i = 2 + Math.floor(random() * 3); i > 0; i -= 1)
      word += syllables[Math.floor(random() * syllables.length)];
    return word;
  });
  const pick = () => lexicon[Math.floor(random() ** 2 * lexicon.length)]!;
  return {
    ...catalogue,
    offers: catalogue.offers.map((offer) => ({
      ...offer,
      title: `${offer.title} ${pick()}`,
      content: `${offer.content ?? ''}\n${Array.from({ length: 30 }, pick).join(' ')}`,
    })),
  };
}
const DIVERSE_SIZE = Number(process.env.BENCH_DIVERSE_SIZE ?? 50_000);

const RANKED = LABELLED_QUERIES.filter(isRanked);
const QUERY_TEXTS = LABELLED_QUERIES.map((query) => query.text);
/** Typed letter by letter: every ranked query of three letters or more. */
const TYPED = RANKED.filter((query) => query.text.length >= 3).map((query) => query.text);

/** Slow engines get every `step`-th query, one round, and fewer typed queries. */
function sample<T>(list: readonly T[], step: number): T[] {
  return list.filter((_, i) => i % step === 0);
}

function measure(
  engine: Engine,
  queries: readonly string[],
  typed: readonly string[],
  judged: readonly LabelledQuery[],
  rounds = 3,
) {
  // Warm-up (JIT): a few queries, and a few typed letter by letter.
  for (const text of queries.slice(0, Math.min(20, queries.length))) engine.search(text);
  for (const text of typed.slice(0, Math.min(3, typed.length))) {
    for (let end = 1; end <= text.length; end += 1) engine.search(text.slice(0, end));
  }
  const querySamples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const text of queries) querySamples.push(time(() => engine.search(text))[1]);
  }
  const keystrokeSamples: number[] = [];
  for (const text of typed) {
    for (let end = 1; end <= text.length; end += 1)
      keystrokeSamples.push(time(() => engine.search(text.slice(0, end)))[1]);
  }
  let hits = 0;
  for (const query of judged) if (hitAt5(query, engine.search(query.text))) hits += 1;
  return {
    query: percentiles(querySamples),
    keystroke: percentiles(keystrokeSamples),
    hitAt5: hits / judged.length,
  };
}

function runPasserelle(catalogue: Catalogue, size: number, engineName = 'Passerelle'): EngineRun {
  const before = heapMb();
  const [index, buildMs] = time(() => createSearchIndex(catalogue));
  index.search({ text: 'cariste' }); // allocates the per-query scratch arrays: count them too
  const memoryMb = heapMb() - before;
  const serialised = JSON.stringify(serialiseSearchIndex(index));
  const [loaded, loadMs] = time(() => loadSearchIndex(catalogue, JSON.parse(serialised) as unknown));
  if (!loaded.ok) throw new Error(`rechargement impossible : ${loaded.error[0]?.message ?? ''}`);
  const engine: Engine = {
    search: (text) => index.search({ text, limit: 20 }).hits.map((hit: SearchHit) => hit.offer),
  };
  return {
    engine: engineName,
    size,
    buildMs,
    loadMs,
    memoryMb,
    ...measure(engine, QUERY_TEXTS, TYPED, RANKED),
    judged: RANKED.length,
    note: `${index.size} actions, ${index.termCount} termes, index sérialisé ${(serialised.length / 1e6).toFixed(1)} Mo`,
  };
}

interface Doc {
  readonly id: number;
  readonly title: string;
  readonly objective: string;
  readonly content: string;
  readonly organisation: string;
  readonly town: string;
}

/** One document per action, as for Passerelle (hits are actions). */
function documents(catalogue: Catalogue): { docs: Doc[]; offers: Offer[] } {
  const docs: Doc[] = [];
  const offers: Offer[] = [];
  for (const offer of catalogue.offers) {
    for (const action of offer.actions) {
      docs.push({
        id: docs.length,
        title: offer.title,
        objective: `${offer.objective ?? ''} ${offer.expectedResults ?? ''}`,
        content: offer.content ?? '',
        organisation: offer.organisation.name,
        town: action.places.map((place) => place.address.city ?? '').join(' '),
      });
      offers.push(offer);
    }
  }
  return { docs, offers };
}

function runMiniSearch(catalogue: Catalogue, size: number): EngineRun {
  const { docs, offers } = documents(catalogue);
  const before = heapMb();
  const [mini, buildMs] = time(() => {
    const search = new MiniSearch<Doc>({
      fields: ['title', 'objective', 'content', 'organisation', 'town'],
      // The usual French set-up: accents and case folded on both sides.
      processTerm: (term) => foldText(term) || null,
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3, objective: 1.5 } },
    });
    search.addAll(docs);
    return search;
  });
  const memoryMb = heapMb() - before;
  const engine: Engine = {
    search: (text) =>
      mini
        .search(text)
        .slice(0, 20)
        .map((result) => offers[result.id as number]!),
  };
  const step = size > 10_000 ? 4 : 1;
  const judged = sample(RANKED, step);
  const queries = sample(QUERY_TEXTS, step);
  const typed = sample(TYPED, step * 4);
  return {
    engine: 'MiniSearch',
    size,
    buildMs,
    loadMs: null,
    memoryMb,
    ...measure(engine, queries, typed, judged, 1),
    judged: judged.length,
    note: `prefix + fuzzy 0.2, titre ×3 ; échantillon : ${queries.length} requêtes × 1, ${typed.length} saisies, ${judged.length} jugées`,
  };
}

function runFuse(catalogue: Catalogue, size: number): EngineRun {
  const { docs, offers } = documents(catalogue);
  const before = heapMb();
  const [fuse, buildMs] = time(
    () =>
      new Fuse(docs, {
        keys: [{ name: 'title', weight: 3 }, 'objective', 'content', 'organisation', 'town'],
        ignoreDiacritics: true,
        ignoreLocation: true,
        threshold: 0.4,
      }),
  );
  const memoryMb = heapMb() - before;
  const engine: Engine = {
    search: (text) => fuse.search(text, { limit: 20 }).map((result) => offers[result.refIndex]!),
  };
  const judged = sample(RANKED, 10);
  const queries = sample(QUERY_TEXTS, 10);
  const typed = sample(TYPED, 200);
  return {
    engine: 'fuse.js seul',
    size,
    buildMs,
    loadMs: null,
    memoryMb,
    ...measure(engine, queries, typed, judged, 1),
    judged: judged.length,
    note: `échantillon : ${queries.length} requêtes × 1, ${typed.length} saisie(s), ${judged.length} jugées`,
  };
}

const format = (value: number, digits = 1) => value.toFixed(digits);

function printTable(runs: readonly EngineRun[]): void {
  const header = [
    'moteur',
    'offres',
    'construction ms',
    'chargement ms',
    'mémoire Mo',
    'requête p50/p95 ms',
    'frappe p50/p95 ms',
    'hit@5',
  ];
  const rows = runs.map((run) => [
    run.engine,
    String(run.size),
    format(run.buildMs, 0),
    run.loadMs === null ? '—' : format(run.loadMs, 0),
    format(run.memoryMb),
    `${format(run.query.p50, 2)} / ${format(run.query.p95, 2)}`,
    `${format(run.keystroke.p50, 2)} / ${format(run.keystroke.p95, 2)}`,
    `${format(run.hitAt5, 3)} (${run.judged})`,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
  for (const run of runs) console.log(`  ${run.engine} ${run.size} : ${run.note}`);
}

function printRatios(runs: readonly EngineRun[]): void {
  console.log('\nRapports (autre moteur / Passerelle ; > 1 : Passerelle fait mieux) :');
  for (const run of runs) {
    if (run.engine.startsWith('Passerelle')) continue;
    const ours = runs.find((other) => other.engine === 'Passerelle' && other.size === run.size);
    if (!ours) continue;
    const ratio = (a: number, b: number) => (b > 0 ? `×${format(a / b)}` : '—');
    console.log(
      `  ${run.engine} ${run.size} : construction ${ratio(run.buildMs, ours.buildMs)}, mémoire ${ratio(run.memoryMb, ours.memoryMb)}, ` +
        `requête p95 ${ratio(run.query.p95, ours.query.p95)}, frappe p95 ${ratio(run.keystroke.p95, ours.keystroke.p95)}, ` +
        `hit@5 ${format(run.hitAt5, 3)} contre ${format(ours.hitAt5, 3)}`,
    );
  }
}

function printTargets(runs: readonly EngineRun[]): void {
  console.log('\nObjectifs (ticket 5) :');
  const at = (size: number) => runs.find((run) => run.engine === 'Passerelle' && run.size === size);
  const check = (label: string, value: number | undefined, limit: number, unit: string, atLeast = false) => {
    if (value === undefined) {
      console.log(`  [non mesuré] ${label}`);
      return;
    }
    const met = atLeast ? value >= limit : value <= limit;
    console.log(
      `  [${met ? 'atteint' : 'MANQUÉ'}] ${label} : ${format(value, 2)} ${unit} (${atLeast ? '≥' : '≤'} ${limit})`,
    );
  };
  const mid = at(50_000);
  const large = at(200_000);
  check('50k frappe p95', mid?.keystroke.p95, 6, 'ms');
  check('50k requête p95', mid?.query.p95, 8, 'ms');
  if (mid !== undefined && mid.buildMs > 1500)
    check('50k chargement sérialisé (construction > 1,5 s)', mid.loadMs ?? undefined, 300, 'ms');
  else check('50k construction', mid?.buildMs, 1500, 'ms');
  check('50k mémoire', mid?.memoryMb, 120, 'Mo');
  check('50k hit@5', mid?.hitAt5, 0.98, '', true);
  check('200k requête p95', large?.query.p95, 15, 'ms');
}

console.log(
  `Machine : ${os.cpus().length} cœurs, charge moyenne ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} ` +
    '(les temps sont des temps réels : une machine chargée par d’autres travaux les gonfle)',
);
const runs: EngineRun[] = [];
for (const size of SIZES) {
  const [catalogue, generateMs] = time(() => demoCatalogue(size));
  console.log(`\n— ${size} offres (catalogue de démonstration généré en ${format(generateMs / 1000)} s)`);
  const engines = [
    runPasserelle,
    ...(size <= MINISEARCH_MAX_SIZE ? [runMiniSearch] : []),
    ...(size <= FUSE_MAX_SIZE ? [runFuse] : []),
  ];
  if (size > MINISEARCH_MAX_SIZE)
    console.log(`  MiniSearch non mesuré au-delà de ${MINISEARCH_MAX_SIZE} offres (BENCH_MINISEARCH_MAX)`);
  for (const run of engines) {
    const result = run(catalogue, size);
    console.log(
      `  ${result.engine} : construction ${format(result.buildMs, 0)} ms, requête p95 ${format(result.query.p95, 2)} ms, ` +
        `frappe p95 ${format(result.keystroke.p95, 2)} ms, hit@5 ${format(result.hitAt5, 3)}`,
    );
    runs.push(result);
  }
}
if (SIZES.includes(DIVERSE_SIZE)) {
  const catalogue = diversify(demoCatalogue(DIVERSE_SIZE));
  const result = runPasserelle(catalogue, DIVERSE_SIZE, 'Passerelle, vocabulaire diversifié');
  console.log(
    `\n— ${DIVERSE_SIZE} offres au vocabulaire diversifié (information, hors objectifs) : ${result.note}`,
  );
  runs.push(result);
}

/**
 * Issue 13: the queries people write, on a catalogue of varied vocabulary at 37,000 offers:
 * hit@5, MRR, the share of honest answers to nonsense words, and query / keystroke p95.
 */
const PEOPLE_SIZE = Number(process.env.BENCH_PEOPLE_SIZE ?? 37_000);
if (PEOPLE_SIZE > 0) {
  const catalogue = diversify(demoCatalogue(PEOPLE_SIZE));
  const index = createSearchIndex(catalogue);
  const ranked = PEOPLE_QUERIES.filter((query) => !isHonestyQuery(query));
  const nonsense = PEOPLE_QUERIES.filter(isHonestyQuery);
  const long = ['x'.repeat(1_000_000), Array.from({ length: 10_000 }, (_, i) => `mot${i}`).join(' ')];
  for (const query of PEOPLE_QUERIES) index.search({ text: query.text }); // warm-up (JIT)
  const querySamples: number[] = [];
  for (let round = 0; round < 3; round += 1)
    for (const query of PEOPLE_QUERIES) querySamples.push(time(() => index.search({ text: query.text }))[1]);
  const keystrokeSamples: number[] = [];
  for (const query of ranked.filter((_, i) => i % 3 === 0))
    for (let end = 1; end <= query.text.length; end += 1)
      keystrokeSamples.push(time(() => index.search({ text: query.text.slice(0, end) }))[1]);
  const longMs = Math.max(...long.map((text) => time(() => index.search({ text }))[1]));
  let hits = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const query of ranked) {
    const offers = index.search({ text: query.text, limit: 10 }).hits.map((hit) => hit.offer);
    if (hitAt5({ ...query, kind: 'job' }, offers)) hits += 1;
    else misses.push(query.text);
    rr += reciprocalRank(query, offers);
  }
  const honest = nonsense.filter((query) => isHonest(query, index.search({ text: query.text }))).length;
  const query = percentiles(querySamples);
  const keystroke = percentiles(keystrokeSamples);
  console.log(
    `\n— Requêtes écrites comme les gens écrivent (ticket 13), ${PEOPLE_SIZE} offres au vocabulaire diversifié (${index.termCount} termes) :`,
  );
  console.log(
    `  ${ranked.length} requêtes jugées : hit@5 ${format(hits / ranked.length, 3)}, MRR ${format(rr / ranked.length, 3)}` +
      (misses.length > 0 ? ` (manquées : ${misses.join(', ')})` : ''),
  );
  console.log(
    `  mots absurdes : ${honest} / ${nonsense.length} réponses honnêtes (partielles, le mot nommé)`,
  );
  console.log(
    `  requête p50/p95 ${format(query.p50, 2)} / ${format(query.p95, 2)} ms, frappe p50/p95 ${format(keystroke.p50, 2)} / ${format(keystroke.p95, 2)} ms, ` +
      `texte collé (1 Mo, 10 000 mots) ${format(longMs, 2)} ms au pire`,
  );
  const mark = (met: boolean) => (met ? 'atteint' : 'MANQUÉ');
  console.log(
    `  [${mark(query.p95 <= 8)}] requête p95 ≤ 8 ms ; [${mark(keystroke.p95 <= 6)}] frappe p95 ≤ 6 ms`,
  );
}

/**
 * Issue 12: the region as a published manifest serves it, one index per département, searched by
 * core's `combineSearchIndexes`: keystroke p95 and hit@5 beside one index over everything.
 */
if (PEOPLE_SIZE > 0 && process.env.BENCH_SHARDS !== '0') {
  const catalogue = diversify(demoCatalogue(PEOPLE_SIZE));
  const byDepartement = new Map<string, Offer[]>();
  for (const offer of catalogue.offers) {
    const code = offer.actions[0]?.places[0]?.address.departement ?? '';
    byDepartement.set(code, [...(byDepartement.get(code) ?? []), offer]);
  }
  const whole = createSearchIndex(catalogue);
  const combined = combineSearchIndexes(
    [...byDepartement.values()].map((offers) => createSearchIndex({ ...catalogue, offers })),
  );
  const ranked = PEOPLE_QUERIES.filter((query) => !isHonestyQuery(query));
  const measure = (engine: { search: typeof whole.search }) => {
    for (const query of PEOPLE_QUERIES) engine.search({ text: query.text }); // warm-up (JIT)
    const samples: number[] = [];
    for (const query of ranked.filter((_, i) => i % 3 === 0))
      for (let end = 1; end <= query.text.length; end += 1)
        samples.push(time(() => engine.search({ text: query.text.slice(0, end) }))[1]);
    const found = ranked.filter((query) =>
      hitAt5(
        { ...query, kind: 'job' },
        engine.search({ text: query.text, limit: 10 }).hits.map((hit) => hit.offer),
      ),
    ).length;
    return { keystroke: percentiles(samples), hitAt5: found / ranked.length };
  };
  const one = measure(whole);
  const shards = measure(combined);
  console.log(
    `\n— La région en ${byDepartement.size} index de département (manifeste publié), ${PEOPLE_SIZE} offres :`,
  );
  for (const [label, run] of [
    ['un index', one],
    [`${byDepartement.size} index combinés`, shards],
  ] as const)
    console.log(
      `  ${label} : frappe p50/p95 ${format(run.keystroke.p50, 2)} / ${format(run.keystroke.p95, 2)} ms, hit@5 ${format(run.hitAt5, 3)}`,
    );
}

console.log('');
printTable(runs);
printRatios(runs);
printTargets(runs);
console.log(
  `\nCharge moyenne en fin de mesure : ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')}`,
);
