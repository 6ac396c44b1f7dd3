import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '@passerelle/core';
import { run } from './import.js';
import { fakeIo, useTempDir } from '../test-support/fake-io.js';

const FIXTURES = fileURLToPath(new URL('../../../../core/src/lheo/fixtures/', import.meta.url));
const REPO = fileURLToPath(new URL('../../../../../', import.meta.url));
const dir = useTempDir('passerelle-import-');

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('passerelle import', () => {
  it('imports an LHÉO file, prints a French summary and writes a catalogue that passes parseCatalogue', async () => {
    const io = fakeIo(dir);
    const code = await run(
      [join(FIXTURES, 'rejets.xml'), '--out', 'rejets.json', '--report', 'rapport.json'],
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toMatchInlineSnapshot(`
      "Import de rejets.xml (LHÉO 2.2) :
        formations : 8 lues, 3 gardées, 5 écartées
        actions    : 10 lues, 3 gardées, 7 écartées
        sessions   : 13 lues, 3 gardées, 10 écartées
        problèmes  : 33 signalés (12 rejets, 17 valeurs ignorées, 3 valeurs réparées, 1 élément inconnu)
      Catalogue écrit : rejets.json
      Rapport écrit : rapport.json
      "
    `);
    const catalogue = parseCatalogue(readJson('rejets.json'));
    expect(catalogue.ok).toBe(true);
    if (catalogue.ok) {
      expect(catalogue.value.offers.map((offer) => offer.id)).toEqual(['F-OK-1', 'F-MIXED', 'F-OK-2']);
      expect(catalogue.value.meta).toMatchObject({ source: 'rejets.xml', licence: 'inconnue', demo: false });
    }
    expect(existsSync(join(dir, 'rejets.json.partial'))).toBe(false);
  });

  it('writes every problem to the report, with numero, line, field, reason and outcome, and the summary', async () => {
    await run(
      [join(FIXTURES, 'rejets.xml'), '--out', 'rejets.json', '--report', 'rapport.json'],
      fakeIo(dir),
    );
    const report = readJson('rapport.json') as {
      source: string;
      problems: { numero: string | null; line: number; field: string; reason: string; outcome: string }[];
      summary: { offers: { read: number; kept: number; rejected: number } };
    };
    expect(report.source).toBe('rejets.xml');
    expect(report.problems).toHaveLength(33);
    expect(report.problems[0]).toEqual({
      numero: null,
      record: 'formation',
      offerId: null,
      line: 22,
      field: 'formation/@numero',
      reason: "élément <formation> sans attribut numero : impossible de l'identifier",
      outcome: 'rejected',
    });
    expect(report.summary.offers).toEqual({ read: 8, kept: 3, rejected: 5 });
  });

  it('shows the first problems on screen when no report is asked for', async () => {
    const io = fakeIo(dir);
    await run([join(FIXTURES, 'rejets.xml'), '--out', 'sans-rapport.json'], io);
    const lines = io.out().split('\n');
    expect(lines.filter((line) => line.startsWith('rejets.xml:'))).toHaveLength(10);
    expect(lines.at(-2)).toBe('… et 23 autre(s) : ajoutez --report <rapport.json> pour tout voir.');
  });

  it('stops on malformed XML with exit 2, line and column, and keeps the offers read before', async () => {
    const xml = readFileSync(join(FIXTURES, 'rejets.xml'), 'utf8');
    writeFileSync(join(dir, 'tronque.xml'), xml.slice(0, xml.indexOf('<formation numero="F-MIXED">') + 200));
    const io = fakeIo(dir);
    const code = await run(['tronque.xml', '--out', 'tronque.json'], io);
    expect(code).toBe(2);
    expect(io.err()).toMatchInlineSnapshot(`
      "Erreur : tronque.xml : XML mal formé ligne 43, colonne 12 : balise <formation> jamais fermée (fichier tronqué ?). Import arrêté ; les formations lues avant sont gardées.
      "
    `);
    const catalogue = parseCatalogue(readJson('tronque.json'));
    expect(catalogue.ok && catalogue.value.offers.map((offer) => offer.id)).toEqual(['F-OK-1']);
  });

  it('tags offers with the programmes of the ruleset given with --ruleset', async () => {
    const io = fakeIo(dir);
    expect(
      await run(
        [join(FIXTURES, 'valide.xml'), '--out', 'programmes.json', '--ruleset', 'nouvelle-aquitaine'],
        io,
      ),
    ).toBe(0);
    const catalogue = readJson('programmes.json') as {
      meta: { ruleset: string };
      offers: { id: string; programmes: string[] }[];
    };
    expect(catalogue.meta.ruleset).toBe('nouvelle-aquitaine');
    expect(catalogue.offers[0]?.programmes).toContain('hsp-socle');
    expect(catalogue.offers[1]?.programmes).toEqual([]);
  });

  it('reads a file declared ISO-8859-1', async () => {
    const xml = readFileSync(join(FIXTURES, 'valide.xml'), 'utf8').replace(
      'encoding="UTF-8"',
      'encoding="ISO-8859-1"',
    );
    writeFileSync(join(dir, 'latin1.xml'), Buffer.from(xml, 'latin1'));
    expect(await run(['latin1.xml', '--out', 'latin1.json'], fakeIo(dir))).toBe(0);
    const catalogue = readJson('latin1.json') as { offers: { title: string }[] };
    expect(catalogue.offers[0]?.title).toBe('Remise à niveau & savoirs de base');
  });

  it('refuses a Latin-1 file that does not declare its encoding, in French', async () => {
    const xml = readFileSync(join(FIXTURES, 'valide.xml'), 'utf8');
    writeFileSync(join(dir, 'latin1-non-declare.xml'), Buffer.from(xml, 'latin1'));
    await expect(
      run(['latin1-non-declare.xml', '--out', 'x.json'], fakeIo(dir)),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[CliError: latin1-non-declare.xml : octet 612 : ce n'est pas de l'UTF-8 valide ; si le fichier est en Latin-1, sa déclaration XML doit le dire : <?xml version="1.0" encoding="ISO-8859-1"?>]`,
    );
    expect(existsSync(join(dir, 'x.json.partial'))).toBe(false);
  });

  it('answers user mistakes in French, without a stack trace', async () => {
    await expect(
      run(['absent.xml', '--out', 'x.json'], fakeIo(dir)),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`[CliError: fichier introuvable : absent.xml]`);
    await expect(run([join(FIXTURES, 'valide.xml')], fakeIo(dir))).rejects.toThrow(
      /^--out <catalogue.json> est obligatoire/,
    );
    await expect(
      run([join(FIXTURES, 'valide.xml'), '--out', 'x.json', '--ruleset', 'atlantide'], fakeIo(dir)),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[CliError: jeu de règles inconnu : « atlantide » (jeux connus : nouvelle-aquitaine, centre-val-de-loire)]`,
    );
    const noDir = run([join(FIXTURES, 'valide.xml'), '--out', join('absent', 'x.json')], fakeIo(dir));
    await expect(noDir).rejects.toThrow(
      /^lecture ou écriture impossible \/.*\/absent\/x\.json : dossier ou fichier inexistant$/,
    );
  });

  it('exits 2 with the line and column when run as a program on malformed XML', () => {
    writeFileSync(join(dir, 'mal-imbrique.xml'), '<lheo><offres><formation numero="1"></offres></lheo>\n');
    const result = spawnSync(
      process.execPath,
      [
        join(REPO, 'node_modules/tsx/dist/cli.mjs'),
        '--conditions=source',
        join(REPO, 'packages/data/src/cli/main.ts'),
        'import',
        'mal-imbrique.xml',
        '--out',
        'mal-imbrique.json',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Erreur : mal-imbrique\.xml : XML mal formé ligne 1, colonne \d+ : /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
