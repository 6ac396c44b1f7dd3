import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '@passerelle/core';
import { run } from './import.js';
import { fakeIo, useTempDir } from '../test-support/fake-io.js';

const FIXTURES = fileURLToPath(new URL('../../../../core/src/lheo/fixtures/', import.meta.url));
const REPO = fileURLToPath(new URL('../../../../../', import.meta.url));
const dir = useTempDir('passerelle-import-');

const readJson = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const VALID = readFileSync(join(FIXTURES, 'valide.xml'), 'utf8');
const FIRST_OFFER = VALID.slice(
  VALID.indexOf('    <formation numero="F-NA-001"'),
  VALID.indexOf('    <formation numero="F-NA-002"'),
);
/** An LHÉO file of `count` copies of the fixture's first offer, numbered F-1, F-2… */
function manyOffers(count: number): string {
  const head = VALID.slice(0, VALID.indexOf('    <formation numero="F-NA-001"'));
  const offers = Array.from({ length: count }, (_, i) =>
    FIRST_OFFER.replace('numero="F-NA-001"', `numero="F-${i + 1}"`),
  );
  return `${head}${offers.join('')}  </offres>\n</lheo>\n`;
}
const idsOf = (name: string): string[] =>
  (readJson(name) as { offers: { id: string }[] }).offers.map((offer) => offer.id);

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

  it('stops on malformed XML with exit 2, line and column, and keeps the offers read before under a partial name', async () => {
    const xml = readFileSync(join(FIXTURES, 'rejets.xml'), 'utf8');
    writeFileSync(join(dir, 'tronque.xml'), xml.slice(0, xml.indexOf('<formation numero="F-MIXED">') + 200));
    writeFileSync(join(dir, 'tronque.json'), 'le catalogue de la veille');
    const io = fakeIo(dir);
    const code = await run(['tronque.xml', '--out', 'tronque.json'], io);
    expect(code).toBe(2);
    expect(io.err()).toMatchInlineSnapshot(`
      "Erreur : tronque.xml : XML mal formé ligne 43, colonne 12 : balise <formation> jamais fermée (fichier tronqué ?). Import arrêté ; les formations lues avant sont gardées.
      "
    `);
    expect(io.out()).not.toContain('Catalogue écrit');
    expect(io.out()).toContain(
      "Catalogue partiel écrit : tronque.partiel.json (les formations lues avant l'arrêt ; tronque.json n'a pas été modifié).\n",
    );
    const catalogue = parseCatalogue(readJson('tronque.partiel.json'));
    expect(catalogue.ok && catalogue.value.offers.map((offer) => offer.id)).toEqual(['F-OK-1']);
    expect(readFileSync(join(dir, 'tronque.json'), 'utf8')).toBe('le catalogue de la veille');
  });

  describe('files that are no LHÉO 2.x offers', () => {
    const LHEO_13 = `<?xml version="1.0" encoding="UTF-8"?>
<lheo xmlns="http://www.lheo.org/1.3.0">
  <offres>
    <offre-formation numero="OF-1"><intitule-formation>Remise à niveau</intitule-formation></offre-formation>
  </offres>
</lheo>
`;
    it.each([
      [
        'an LHÉO 1.3 file',
        LHEO_13,
        /^Erreur : racine\.xml : ligne 2, colonne 41 : fichier LHÉO 1\.3\.0 \(espace de noms http:\/\/www\.lheo\.org\/1\.3\.0\) : cette ancienne version n'est pas prise en charge/,
      ],
      [
        'an Intercarif index',
        '<?xml version="1.0"?>\n<lheo-index xmlns="http://www.lheo.org/2.2"><resumes-offres/></lheo-index>\n',
        /^Erreur : racine\.xml : ligne 2, colonne 45 : ce fichier est un index LHÉO \(<lheo-index>/,
      ],
      [
        'another root',
        '<?xml version="1.0"?>\n<catalogue><offres/></catalogue>\n',
        /^Erreur : racine\.xml : ligne 2, colonne 12 : ce n'est pas un fichier LHÉO \(élément racine <catalogue>, attendu <lheo>\)/,
      ],
    ])('stops on %s with a French message, exit 2, and writes no catalogue', async (_name, xml, message) => {
      writeFileSync(join(dir, 'racine.xml'), xml);
      const io = fakeIo(dir);
      expect(await run(['racine.xml', '--out', 'racine.json'], io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.out()).not.toContain('Catalogue écrit');
      expect(io.out()).toContain(
        "Aucun catalogue écrit : aucune formation lue avant l'arrêt (racine.json n'a pas été modifié).",
      );
      expect(io.out()).not.toContain('sans espace de noms');
      expect(existsSync(join(dir, 'racine.json'))).toBe(false);
      expect(existsSync(join(dir, 'racine.partiel.json'))).toBe(false);
      expect(existsSync(join(dir, 'racine.json.partial'))).toBe(false);
    });

    it('names an unknown namespace in the summary and warns about it on stderr', async () => {
      writeFileSync(join(dir, 'inconnu.xml'), VALID.replace('http://lheo.gouv.fr/2.3', 'urn:autre'));
      const io = fakeIo(dir);
      expect(await run(['inconnu.xml', '--out', 'inconnu.json'], io)).toBe(0);
      expect(io.out()).toMatch(/^Import de inconnu\.xml \(espace de noms urn:autre\) :/);
      expect(io.err()).toMatch(/^Attention : inconnu\.xml : espace de noms « urn:autre » inconnu/);
    });

    it('warns when an LHÉO file holds no formation at all', async () => {
      writeFileSync(join(dir, 'vide.xml'), '<lheo xmlns="http://lheo.gouv.fr/2.3"><offres/></lheo>\n');
      const io = fakeIo(dir);
      expect(await run(['vide.xml', '--out', 'vide.json'], io)).toBe(0);
      expect(io.err()).toBe(
        "Attention : vide.xml : aucun élément <formation> dans ce fichier ; est-ce bien un export d'offres LHÉO ?\n",
      );
    });
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

  describe('files whose bytes contradict their declaration', () => {
    const TITLE = 'Remise à niveau & savoirs de base';
    const declaredLatin1 = VALID.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    it.each([
      [
        'declared ISO-8859-1, written in UTF-8',
        Buffer.from(declaredLatin1, 'utf8'),
        'fichier déclaré en ISO-8859-1 mais écrit en UTF-8 (vu ligne 13) : lu en UTF-8, accents réparés. Corrigez sa déclaration XML : <?xml version="1.0" encoding="UTF-8"?>',
      ],
      [
        'declared UTF-8, written in Latin-1',
        Buffer.from(VALID, 'latin1'),
        'fichier déclaré en UTF-8 mais écrit en Latin-1 (vu ligne 13) : lu en windows-1252 (Latin-1), accents réparés. Corrigez sa déclaration XML : <?xml version="1.0" encoding="ISO-8859-1"?>',
      ],
      [
        'undeclared, written in Latin-1',
        Buffer.from(VALID.replace(' encoding="UTF-8"', ''), 'latin1'),
        'fichier sans déclaration d\'encodage (donc UTF-8 pour XML) mais écrit en Latin-1 (vu ligne 13) : lu en windows-1252 (Latin-1), accents réparés. Corrigez sa déclaration XML : <?xml version="1.0" encoding="ISO-8859-1"?>',
      ],
    ])('reads a file %s, repairs its accents and says so', async (_name, bytes, note) => {
      writeFileSync(join(dir, 'contradiction.xml'), bytes);
      const io = fakeIo(dir);
      const args = [
        'contradiction.xml',
        '--out',
        'contradiction.json',
        '--report',
        'contradiction-rapport.json',
      ];
      expect(await run(args, io)).toBe(0);
      const catalogue = readJson('contradiction.json') as { offers: { title: string }[] };
      expect(catalogue.offers.map((offer) => offer.title)).toEqual([TITLE, 'Cariste CACES R489']);
      expect(io.out()).toContain(`Encodage : ${note}\n`);
      const report = readJson('contradiction-rapport.json') as { problems: unknown[]; encoding: unknown };
      expect(report.problems).toEqual([]);
      expect(report.encoding).toMatchObject({ repaired: note, invalidPlaces: 0 });
    });
  });

  it.each([
    ['UTF-16 little-endian', 'utf16le', [0xff, 0xfe]],
    ['UTF-16 big-endian', 'utf16be', [0xfe, 0xff]],
  ] as const)('reads a %s file with its byte order mark', async (_name, encoding, bom) => {
    const xml = VALID.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    let body = Buffer.from(xml, 'utf16le');
    if (encoding === 'utf16be') body = Buffer.from(body).swap16();
    writeFileSync(join(dir, 'utf16.xml'), Buffer.concat([Buffer.from(bom), body]));
    const io = fakeIo(dir);
    expect(await run(['utf16.xml', '--out', 'utf16.json'], io)).toBe(0);
    const catalogue = readJson('utf16.json') as { offers: { title: string }[] };
    expect(catalogue.offers.map((offer) => offer.title)).toEqual([
      'Remise à niveau & savoirs de base',
      'Cariste CACES R489',
    ]);
  });

  it.each([
    [
      'a ZIP archive',
      () => Buffer.from('PK\x03\x04\x14\x00\x00\x00lheo.xml', 'latin1'),
      /^export\.xml est une archive ZIP/,
    ],
    ['a gzip file', () => gzipSync(VALID), /^export\.xml est compressé au format gzip/],
    [
      'an HTML page',
      () => Buffer.from('<!doctype html>\n<html lang="fr"><head><title>Connexion</title></head></html>'),
      /^export\.xml est une page web \(HTML\), pas un export LHÉO/,
    ],
    [
      'an XHTML page',
      () => Buffer.from('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'),
      /^export\.xml est une page web \(HTML\)/,
    ],
    ['a JSON file', () => Buffer.from('{"offers": []}'), /^export\.xml est un fichier JSON/],
  ])('names %s renamed .xml in French and writes nothing', async (_name, bytes, message) => {
    writeFileSync(join(dir, 'export.xml'), bytes());
    await expect(run(['export.xml', '--out', 'export.json'], fakeIo(dir))).rejects.toThrow(message);
    expect(existsSync(join(dir, 'export.json'))).toBe(false);
    expect(existsSync(join(dir, 'export.json.partial'))).toBe(false);
  });

  it('keeps every record of a file with invalid UTF-8 bytes and reports them at their line, with their record', async () => {
    const xml = manyOffers(81);
    const at = xml.indexOf('Remise à niveau', xml.indexOf('numero="F-41"'));
    const bytes = Buffer.concat([
      Buffer.from(xml.slice(0, at + 'Remise '.length)),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(xml.slice(at + 'Remise à'.length)),
    ]);
    writeFileSync(join(dir, 'octets.xml'), bytes);
    const io = fakeIo(dir);
    expect(await run(['octets.xml', '--out', 'octets.json', '--report', 'octets-rapport.json'], io)).toBe(0);
    expect(idsOf('octets.json')).toEqual(Array.from({ length: 81 }, (_, i) => `F-${i + 1}`));
    const kept = readJson('octets.json') as { offers: { title: string }[] };
    expect(kept.offers[40]?.title).toBe('Remise \uFFFD\uFFFD niveau & savoirs de base');
    const report = readJson('octets-rapport.json') as { problems: unknown[] };
    expect(report.problems).toEqual([
      {
        numero: 'F-41',
        record: 'formation',
        offerId: 'F-41',
        line: xml.slice(0, at).split('\n').length,
        field: 'formation/intitule-formation',
        reason:
          '2 octets illisibles en UTF-8 (fichier abîmé ou mal encodé) : remplacés par « \uFFFD », le reste est gardé ; vérifiez ce texte',
        outcome: 'repaired',
      },
    ]);
  });

  it('draws a progress line on stderr during a long import when stderr is a terminal, and clears it', async () => {
    writeFileSync(join(dir, 'long.xml'), manyOffers(300));
    const plain = fakeIo(dir);
    expect(await run(['long.xml', '--out', 'long.json'], plain)).toBe(0);
    let clock = 0;
    const base = fakeIo(dir);
    // Each reading of the clock is 300 ms later: the import "lasts" long enough to show progress.
    const io = { ...base, stderr: { write: base.stderr.write, isTTY: true }, now: () => (clock += 300) };
    expect(await run(['long.xml', '--out', 'long.json'], io)).toBe(0);
    const drawn = io.err().split('\r');
    expect(drawn[0]).toBe('');
    expect(drawn[1]).toMatch(/^Import : \d+ formations gardées, [\d,]+ \/ 1,9 Mo \(\d+ %\)/);
    expect(drawn[1]?.endsWith('\u001b[K')).toBe(true);
    expect(io.err().endsWith('\r\u001b[K')).toBe(true);
    expect(base.out()).toBe(plain.out());
    expect(plain.err()).toBe('');
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
