/**
 * Territories: generator time, what a Nouvelle-Aquitaine page downloads, and lookup latency.
 * Targets: the generator under 20 s (it runs in every CI build); the twelve communes files under
 * 150 KiB gzipped; checking and indexing them under 300 ms; a keystroke's suggestions under 1 ms
 * (p95) even over all of France.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createGazetteer, parseCommunes, type Place } from '@passerelle/core';
import { assembleTerritories } from '../src/territories/assemble.js';
import { loadAllCommunes } from '../src/territories/load.js';
import { communesFileName, GENERATED_TERRITORIES_DIR } from '../src/territories/paths.js';
import { NOUVELLE_AQUITAINE_DEPARTEMENTS } from '../src/territories/regions.js';
import { readDecoupage, readGeoNamesCities } from '../src/territories/sources.js';

function report(label: string, value: string, met: boolean): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}  ${met ? 'objectif atteint' : 'OBJECTIF MANQUÉ'}`);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

const texts = await Promise.all(
  NOUVELLE_AQUITAINE_DEPARTEMENTS.map((code) =>
    readFile(join(GENERATED_TERRITORIES_DIR, communesFileName(code)), 'utf8'),
  ),
);
const gzipped = texts.reduce((sum, text) => sum + gzipSync(text).length, 0);
report(
  'Nouvelle-Aquitaine : 12 fichiers communes, gzip',
  `${(gzipped / 1024).toFixed(0)} Kio`,
  gzipped < 150 * 1024,
);

let started = performance.now();
const places: Place[] = [];
for (const text of texts) {
  const parsed = parseCommunes(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.slice(0, 3)));
  places.push(...parsed.value.places);
}
const regional = createGazetteer(places);
const loadMs = performance.now() - started;
report(
  `Nouvelle-Aquitaine : vérifier et indexer ${String(regional.size)} lieux`,
  `${loadMs.toFixed(0)} ms`,
  loadMs < 300,
);

started = performance.now();
assembleTerritories(readDecoupage(), readGeoNamesCities());
const generatorMs = performance.now() - started;
report(
  'Générateur (lecture des sources, appariement, repli)',
  `${(generatorMs / 1000).toFixed(1)} s`,
  generatorMs < 20_000,
);

const all = await loadAllCommunes();
if (!all.ok) throw new Error(JSON.stringify(all.error.slice(0, 3)));
const france = createGazetteer(all.value);
const prefixes = [
  's',
  'sa',
  'sai',
  'saint',
  'st e',
  'bor',
  'bordeaux',
  'li',
  'lim',
  'pa',
  'la r',
  '33',
  '330',
  '8',
];
const timings: number[] = [];
for (let round = 0; round < 50; round += 1) {
  for (const prefix of prefixes) {
    const t = performance.now();
    france.suggestCommunes(prefix, 10);
    timings.push(performance.now() - t);
  }
}
const p95 = percentile(timings, 0.95);
report(
  `France (${String(france.size)} lieux) : suggestCommunes, p95 par frappe`,
  `${p95.toFixed(2)} ms`,
  p95 < 1,
);
const findTimings: number[] = [];
for (let round = 0; round < 200; round += 1) {
  for (const query of ['33000', 'saint denis', 'st emilion', '2B033', 'Œuilly', 'Saint-Denis (93)']) {
    const t = performance.now();
    france.findPlace(query);
    findTimings.push(performance.now() - t);
  }
}
const findP95 = percentile(findTimings, 0.95);
report('France : findPlace, p95', `${findP95.toFixed(3)} ms`, findP95 < 1);
