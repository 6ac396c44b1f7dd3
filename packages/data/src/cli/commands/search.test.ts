import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Action, Catalogue, Offer } from '@passerelle/core';
import { CliError } from '../command.js';
import { run } from './search.js';
import { fakeIo, useTempDir } from '../test-support/fake-io.js';

const dir = useTempDir('passerelle-search-');

const bordeaux = {
  address: {
    lines: [],
    city: 'Bordeaux',
    postalCode: '33000',
    inseeCode: '33063',
    departement: '33',
    coordinates: { lat: 44.8378, lon: -0.5792 },
  },
};

function action(id: string, place: Action['places'][number]): Action {
  const session = { id: `S-${id}`, start: '2027-01-11', end: '2027-03-26', contacts: [] };
  const base = {
    targetPublics: [],
    fundingPossible: true,
    informationDates: [],
    languages: [],
    funders: [],
    trainers: [],
  };
  return { ...base, id, places: [place], sessions: [session] };
}

function offer(id: string, title: string, rome: string[], programmes: string[], only: Action): Offer {
  const base = { formacodes: [], nsf: [], certifications: [], contacts: [] };
  return {
    ...base,
    id,
    title,
    rome,
    programmes,
    organisation: { name: 'Organisme fictif', contacts: [] },
    actions: [only],
  };
}

const pau = {
  address: {
    lines: [],
    city: 'Pau',
    postalCode: '64000',
    inseeCode: '64445',
    departement: '64',
    coordinates: { lat: 43.2951, lon: -0.3708 },
  },
};

const catalogue: Catalogue = {
  format: 'passerelle-catalogue',
  version: 1,
  meta: {
    source: 'Jeu de test écrit à la main',
    generatedAt: '2026-11-22T00:00:00Z',
    licence: 'CC0-1.0',
    demo: true,
  },
  offers: [
    offer('F-CARISTE', 'Cariste d’entrepôt', ['N1101'], [], action('A-BDX', bordeaux)),
    offer('F-SOIN', 'Aide-soignant', ['J1501'], ['hsp-qualif'], action('A-PAU', pau)),
  ],
};
writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(catalogue));
writeFileSync(
  join(dir, 'broken.json'),
  JSON.stringify({ format: 'passerelle-catalogue', version: 1, offers: 3 }),
);

async function json(args: string[]): Promise<unknown> {
  const io = fakeIo(dir);
  expect(await run(['catalogue.json', ...args, '--json'], io)).toBe(0);
  expect(io.err()).toBe('');
  return JSON.parse(io.out());
}

describe('passerelle search', () => {
  it('prints exactly total and hits with the agreed fields as JSON', async () => {
    expect(await json(['--text', 'carist'])).toEqual({
      total: 1,
      hits: [
        {
          offerId: 'F-CARISTE',
          actionId: 'A-BDX',
          sessionId: 'S-A-BDX',
          title: 'Cariste d’entrepôt',
          score: expect.any(Number),
          distanceKm: null,
          matched: ['title', 'metier'],
        },
      ],
    });
  });

  it('filters by programme and département, and honours --limit', async () => {
    expect(await json(['--programme', 'hsp-qualif'])).toMatchObject({
      total: 1,
      hits: [{ offerId: 'F-SOIN' }],
    });
    expect(await json(['--departement', '33'])).toMatchObject({ total: 1, hits: [{ offerId: 'F-CARISTE' }] });
    expect(await json(['--limit', '1'])).toMatchObject({ total: 2, hits: [{}] });
  });

  it('reads a programme id whatever its case, as the widget does', async () => {
    expect(await json(['--programme', ' HSP-Qualif '])).toMatchObject({
      total: 1,
      hits: [{ offerId: 'F-SOIN' }],
    });
  });

  it('warns in French on stderr about a programme no offer belongs to, keeping stdout pure JSON', async () => {
    const io = fakeIo(dir);
    expect(await run(['catalogue.json', '--programme', 'hsp-socl', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ total: 0, hits: [] });
    expect(io.err()).toBe(
      "Attention : aucune formation de ce catalogue n'appartient au programme « hsp-socl » (programmes présents : hsp-qualif).\n",
    );
  });

  it('resolves --near from a postal code and keeps actions within --radius', async () => {
    const result = (await json(['--near', '64000', '--radius', '30'])) as {
      total: number;
      hits: { distanceKm: number }[];
    };
    expect(result.total).toBe(1);
    expect(result.hits[0]?.distanceKm).toBeLessThan(5);
  });

  it('keeps only sessions still open on the --joinable-on date', async () => {
    expect(await json(['--joinable-on', '2027-01-11'])).toMatchObject({ total: 2 });
    expect(await json(['--joinable-on', '2027-01-12'])).toEqual({ total: 0, hits: [] });
  });

  it('prints readable French lines without --json', async () => {
    const io = fakeIo(dir);
    expect(await run(['catalogue.json', '--text', 'aide soignante'], io)).toBe(0);
    expect(io.out()).toMatch(
      /^1 résultat\(s\)\.\n\d\.\d\d {2}Aide-soignant \(F-SOIN \/ A-PAU\) \[title, metier\]\n$/,
    );
  });

  it.each([
    [['catalogue.json', '--radius', '10'], /--radius demande --near/],
    [['catalogue.json', '--limit', '0'], /--limit attend un nombre entier positif, reçu « 0 »/],
    [['catalogue.json', '--departement', 'Gironde'], /--departement attend un code de département/],
    [['catalogue.json', '--near', 'Bordeaux'], /--near attend un code postal ou un code INSEE/],
    [['catalogue.json', '--joinable-on', '11/01/2027'], /--joinable-on attend une date AAAA-MM-JJ/],
    [['catalogue.json', '--joinable-on', '2027-02-30'], /reçu « 2027-02-30 »/],
    [['catalogue.json', '--bogus'], /option inconnue : --bogus/],
    [[], /indiquez un seul catalogue/],
  ])('refuses %j in French as a usage error (exit code 2)', async (args, message) => {
    const error = await run(args, fakeIo(dir)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(message);
    expect((error as CliError).exitCode).toBe(2);
  });

  it('fails with exit code 1 when the catalogue named is not there', async () => {
    const error = await run(['absent.json'], fakeIo(dir)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/fichier introuvable : absent\.json/);
    expect((error as CliError).exitCode).toBe(1);
  });

  it('lists the problems of an invalid catalogue on stderr before failing', async () => {
    const io = fakeIo(dir);
    const error = await run(['broken.json'], io).catch((caught: unknown) => caught);
    expect((error as CliError).message).toMatch(/broken\.json : catalogue invalide/);
    expect(io.err()).toMatch(/^broken\.json:/);
  });

  it('answers an unknown postal code with a French error', async () => {
    const error = await run(['catalogue.json', '--near', '00000'], fakeIo(dir)).catch(
      (caught: unknown) => caught,
    );
    expect((error as CliError).message).toMatch(/aucune commune ne porte le code postal ou INSEE « 00000 »/);
  });
});
