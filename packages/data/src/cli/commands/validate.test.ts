import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './validate.js';
import { fakeIo, useTempDir } from '../test-support/fake-io.js';

const dir = useTempDir('passerelle-validate-');

const catalogue = {
  format: 'passerelle-catalogue',
  version: 1,
  meta: { source: 'essai.xml', generatedAt: '2026-11-22T00:00:00Z', licence: 'inconnue', demo: false },
  offers: [
    {
      id: 'F-1',
      title: 'Formation fictive',
      formacodes: ['15084'],
      nsf: [],
      rome: [],
      certifications: [],
      contacts: [],
      organisation: { name: 'Organisme fictif', contacts: [] },
      programmes: [],
      actions: [
        {
          id: 'A-1',
          targetPublics: [],
          fundingPossible: true,
          places: [],
          informationDates: [],
          languages: [],
          funders: [],
          trainers: [],
          sessions: [{ id: 'S-1', start: '2027-01-11', end: null, contacts: [] }],
        },
      ],
    },
  ],
};

describe('passerelle validate', () => {
  it('says OK in one French line and exits 0 for a valid catalogue', async () => {
    writeFileSync(join(dir, 'bon.json'), JSON.stringify(catalogue));
    const io = fakeIo(dir);
    expect(await run(['bon.json'], io)).toBe(0);
    expect(io.out()).toMatchInlineSnapshot(`
      "OK : bon.json est un catalogue valide (1 formation(s), 1 action(s), 1 session(s)).
      "
    `);
    expect(io.err()).toBe('');
  });

  it.each([
    [
      'UTF-8 with a byte order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(catalogue))]),
    ],
    [
      'UTF-16 little-endian',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(catalogue), 'utf16le')]),
    ],
    [
      'UTF-16 big-endian',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(JSON.stringify(catalogue), 'utf16le').swap16()]),
    ],
  ])('reads a catalogue saved as %s, as Windows editors save them', async (_, bytes) => {
    writeFileSync(join(dir, 'windows.json'), bytes);
    const io = fakeIo(dir);
    expect(await run(['windows.json'], io)).toBe(0);
    expect(io.err()).toBe('');
  });

  it('lists every problem as file:path — message and exits 1', async () => {
    const broken = structuredClone(catalogue);
    broken.offers[0]!.title = '';
    broken.offers[0]!.actions[0]!.sessions[0]!.start = '11/01/2027';
    writeFileSync(join(dir, 'abime.json'), JSON.stringify(broken));
    const io = fakeIo(dir);
    expect(await run(['abime.json'], io)).toBe(1);
    expect(io.err()).toMatchInlineSnapshot(`
      "abime.json:offers[0].title — ce texte ne doit pas être vide (offre F-1)
      abime.json:offers[0].actions[0].sessions[0].start — format invalide : attendu une date AAAA-MM-JJ, reçu le texte « 11/01/2027 » (offre F-1)
      abime.json : catalogue invalide, 2 problème(s).
      "
    `);
  });

  it('reports unsafe links, bad e-mails and phones, overlong texts and bidirectional controls', async () => {
    const hostile = structuredClone(catalogue) as typeof catalogue & {
      offers: Array<Record<string, unknown>>;
    };
    const offer = hostile.offers[0] as Record<string, unknown>;
    offer['title'] = `Formation \u202egpj.exe`;
    offer['url'] = 'javascript:alert(1)';
    offer['objective'] = 'x'.repeat(3001);
    offer['contacts'] = [
      { phones: ['05 56 00 00 0'], mobiles: ['06 12 34 56 78'], email: 'a@b', urls: ['data:text/html,x'] },
    ];
    writeFileSync(join(dir, 'hostile.json'), JSON.stringify(hostile));
    const io = fakeIo(dir);
    expect(await run(['hostile.json'], io)).toBe(1);
    expect(io.err()).toMatchInlineSnapshot(`
      "hostile.json:offers[0].title — caractère de contrôle du sens d'écriture (U+202A–U+202E, U+2066–U+2069…) interdit : il peut déguiser un texte (« Formation gpj.exe ») (offre F-1)
      hostile.json:offers[0].objective — texte de 3001 caractères : au plus 3000 permis (offre F-1)
      hostile.json:offers[0].url — adresse refusée : attendu une adresse commençant par http://, https://, mailto: ou tel: (reçu « javascript:alert(1) ») (offre F-1)
      hostile.json:offers[0].contacts[0].phones[0] — numéro de téléphone invalide : attendu un numéro français écrit 05 56 00 00 01, international +3225550100 ou court 3949 (reçu « 05 56 00 00 0 ») (offre F-1)
      hostile.json:offers[0].contacts[0].email — adresse électronique invalide : attendu nom@domaine.fr, au plus 160 caractères (reçu « a@b ») (offre F-1)
      hostile.json:offers[0].contacts[0].urls[0] — adresse refusée : attendu une adresse commençant par http://, https://, mailto: ou tel: (reçu « data:text/html,x ») (offre F-1)
      hostile.json : catalogue invalide, 6 problème(s).
      "
    `);
  });

  it('checks the file offer by offer: a broken offer is reported and the next ones still checked', async () => {
    const good = JSON.stringify(catalogue.offers[0]);
    const bad = JSON.stringify({ ...catalogue.offers[0], id: 'F-3', url: 'javascript:alert(1)' });
    const text = `{"format":"passerelle-catalogue","version":1,"meta":${JSON.stringify(catalogue.meta)},"offers":[\n${good},\n{"id": oups},\n${bad}\n]}`;
    writeFileSync(join(dir, 'suite.json'), text);
    const io = fakeIo(dir);
    expect(await run(['suite.json'], io)).toBe(1);
    const lines = io.err().split('\n');
    expect(lines[0]).toMatch(/^suite\.json:ligne 3, colonne 1 — JSON invalide/);
    expect(lines[1]).toMatch(/^suite\.json:offers\[2\]\.url — adresse refusée .*\(offre F-3\)$/);
    expect(lines.slice(2)).toEqual(['suite.json : catalogue invalide, 2 problème(s).', '']);
  });

  it('shows a progress line on stderr only when it is a terminal, and clears it', async () => {
    writeFileSync(join(dir, 'progres.json'), JSON.stringify(catalogue));
    const terminal = fakeIo(dir);
    (terminal.stderr as { isTTY?: boolean }).isTTY = true;
    expect(await run(['progres.json'], terminal)).toBe(0);
    const clear = '\r\u001b[K';
    expect(terminal.err()).toBe(`${clear}Vérification de progres.json : 0 Mo sur 0 Mo${clear}`);
    const piped = fakeIo(dir);
    expect(await run(['progres.json'], piped)).toBe(0);
    expect(piped.err()).toBe('');
  });

  it('reports JSON syntax errors with their line and column', async () => {
    writeFileSync(join(dir, 'syntaxe.json'), '{\n  "format": "passerelle-catalogue",\n  oups\n}');
    const io = fakeIo(dir);
    expect(await run(['syntaxe.json'], io)).toBe(1);
    expect(io.err()).toMatch(/^syntaxe\.json:ligne 3, colonne 3 — JSON invalide/);
  });

  it('answers a missing file in French', async () => {
    await expect(run(['absent.json'], fakeIo(dir))).rejects.toThrowErrorMatchingInlineSnapshot(
      `[CliError: fichier introuvable : absent.json]`,
    );
    await expect(run([], fakeIo(dir))).rejects.toThrow(/^indiquez un seul catalogue/);
  });
});
