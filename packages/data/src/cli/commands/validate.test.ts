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
