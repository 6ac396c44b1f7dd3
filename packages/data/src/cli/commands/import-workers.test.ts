/**
 * `passerelle import` with its records mapped on worker threads gives what it gives on one
 * thread: the whole suite of import.test.ts again, with workers, then the outputs of both side by
 * side (catalogue, report, problems and progress, in order).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LheoProblem } from '@passerelle/core';
import { useTempDir } from '../test-support/fake-io.js';
import { defaultWorkerCount, WORKERS_FROM_BYTES } from '../lheo-workers.js';
import { importLheoFile, loadRuleset } from './import.js';

process.env['PASSERELLE_IMPORT_WORKERS'] = '1';
await import('./import.test.js');

const FIXTURES = fileURLToPath(new URL('../../../../core/src/lheo/fixtures/', import.meta.url));
const dir = useTempDir('passerelle-import-workers-');
const VALID = readFileSync(join(FIXTURES, 'valide.xml'), 'utf8');
const REJECTS = readFileSync(join(FIXTURES, 'rejets.xml'), 'utf8');

/** Many records: the valid and rejected fixtures' offers renumbered, with odd bytes and a duplicate. */
function bigFile(copies: number, tail = '  </offres>\n</lheo>\n'): Buffer {
  const offers = (xml: string): string =>
    xml.slice(xml.indexOf('<offres>') + '<offres>'.length, xml.lastIndexOf('</offres>'));
  const head = VALID.slice(0, VALID.indexOf('<offres>') + '<offres>'.length);
  const parts: Buffer[] = [Buffer.from(head)];
  for (let i = 0; i < copies; i += 1) {
    let renumbered = (offers(VALID) + offers(REJECTS)).replace(/numero="F-/g, `numero="C${i}-F-`);
    if (i === 7) renumbered = renumbered.replace(`C${i}-F-`, 'C6-F-');
    // Invalid UTF-8 inside records and between them, in some copies.
    const [before, after] = renumbered.split('Remise à niveau') as [string, string];
    parts.push(
      Buffer.from(before),
      Buffer.from(i % 3 === 0 ? [0x52, 0xff, 0xc3] : [0x52]),
      Buffer.from(after),
    );
    if (i % 5 === 0) parts.push(Buffer.from([0x0a, 0xff, 0xfe, 0x0a]));
  }
  parts.push(Buffer.from(tail));
  return Buffer.concat(parts);
}

async function both(file: string, ruleset?: string) {
  const outcomes = [];
  for (const workers of [0, 1, 2]) {
    const problems: LheoProblem[] = [];
    const progress: number[][] = [];
    // The same names each time: the result names the files it wrote.
    const out = join(dir, 'catalogue.json');
    const report = join(dir, 'rapport.json');
    const result = await importLheoFile({
      input: file,
      out,
      report,
      workers,
      ...(ruleset === undefined ? {} : { ruleset: loadRuleset(ruleset) }),
      onProblem: (problem) => problems.push(problem),
      onProgress: (bytes, total, offers) => progress.push([bytes, total, offers]),
    });
    const catalogue =
      result.catalogue === null
        ? null
        : readFileSync(result.catalogue, 'utf8').replace(/"generatedAt":"[^"]*"/, '');
    outcomes.push({ result, problems, progress, catalogue, report: readFileSync(report, 'utf8') });
  }
  return outcomes;
}

describe('passerelle import on worker threads', () => {
  it('writes the same catalogue, report, problems and progress as on one thread', async () => {
    const file = join(dir, 'gros.xml');
    writeFileSync(file, bigFile(40));
    const [one, ...threaded] = await both(file, 'nouvelle-aquitaine');
    expect(one?.result.summary.offers.kept).toBeGreaterThan(100);
    expect(one?.problems.some((problem) => problem.reason.includes('octet'))).toBe(true);
    expect(one?.problems.some((problem) => problem.field === 'formation/@numero')).toBe(true);
    expect(one?.progress.length).toBeGreaterThan(3);
    for (const other of threaded) expect(other).toEqual(one);
  });

  it('stops on a fatal error at the same place, with the same partial catalogue', async () => {
    const file = join(dir, 'tronque.xml');
    writeFileSync(file, bigFile(30, '<formation numero="X"><intitule-formation>coupé'));
    const [one, ...threaded] = await both(file);
    expect(one?.result.summary.fatal).toBeDefined();
    expect(one?.result.catalogue).toMatch(/\.partiel\.json$/);
    for (const other of threaded) expect(other).toEqual(one);
  });

  it('uses workers for big files only, or as PASSERELLE_IMPORT_WORKERS says', () => {
    expect(defaultWorkerCount(WORKERS_FROM_BYTES - 1, {})).toBe(0);
    expect(defaultWorkerCount(WORKERS_FROM_BYTES, {})).toBeGreaterThanOrEqual(1);
    expect(defaultWorkerCount(10, { PASSERELLE_IMPORT_WORKERS: '3' })).toBe(3);
    expect(defaultWorkerCount(WORKERS_FROM_BYTES, { PASSERELLE_IMPORT_WORKERS: '0' })).toBe(0);
  });
});
