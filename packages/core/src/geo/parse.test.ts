import { describe, expect, it } from 'vitest';
import { departementsForPostalCode, parseCommunes, parseDepartements, parseRegions } from './parse.js';
import type { DepartementInfo } from './schema.js';
import { expectOneHugeListProblem, hugeList } from '../test-support/huge-list.js';

const communesFile = {
  format: 'passerelle-territoires',
  version: 1,
  departement: '33',
  region: '75',
  communes: [
    ['33063', 'Bordeaux', ['33000', '33100'], 267991, 44.84044, -0.5805, 'geonames', 2],
    ['33413', 'Saint-Hippolyte', ['33330'], 180, 44.89258, -0.15609, 'postal-code', 6.5],
  ],
};

describe('parseCommunes', () => {
  it('expands compact rows into places of the file’s département and région', () => {
    const result = parseCommunes(communesFile);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.places[1]).toEqual({
      inseeCode: '33413',
      name: 'Saint-Hippolyte',
      postalCodes: ['33330'],
      departement: '33',
      region: '75',
      population: 180,
      coordinates: { lat: 44.89258, lon: -0.15609 },
      coordinateSource: 'postal-code',
      precisionKm: 6.5,
    });
  });

  it('keeps the parent commune of an arrondissement municipal', () => {
    const file = {
      ...communesFile,
      departement: '75',
      region: '11',
      communes: [
        ['75111', 'Paris 11e Arrondissement', ['75011'], 140000, 48.86, 2.38, 'geonames', 1, '75056'],
      ],
    };
    const result = parseCommunes(JSON.stringify(file));
    expect(result.ok && result.value.places[0]?.parentInseeCode).toBe('75056');
  });

  it('names the column and the commune of a bad value, in French', () => {
    const file = {
      ...communesFile,
      communes: [['33063', 'Bordeaux', ['3300'], 267991, 44.8, -0.58, 'gps', 2]],
    };
    const result = parseCommunes(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchInlineSnapshot(`
      [
        {
          "message": "format invalide : attendu un code postal de 5 chiffres (ex. 33000), reçu le texte « 3300 » (commune 33063)",
          "path": "communes[0].postalCodes[0]",
        },
        {
          "message": "valeur non reconnue : le texte « gps » ; valeurs permises : « geonames », « postal-code », « epci », « arrondissement », « departement » (commune 33063)",
          "path": "communes[0].source",
        },
      ]
    `);
  });

  it('refuses a commune filed under another département', () => {
    const file = { ...communesFile, departement: '24' };
    const result = parseCommunes(file);
    expect(result.ok ? [] : result.error.map((p) => p.message)).toContain(
      "la commune 33063 n'appartient pas au département 24 de ce fichier",
    );
  });

  it('reports malformed JSON in French', () => {
    const result = parseCommunes('{\n  "format": oops\n}');
    expect(result.ok ? '' : result.error[0]?.message).toMatch(/^JSON invalide/);
  });
});

const gironde: DepartementInfo = {
  code: '33',
  name: 'Gironde',
  region: '75',
  chefLieu: '33063',
  file: 'communes-33.json',
  communes: 535,
  population: 1650000,
  centre: [44.8, -0.5],
  bbox: [44.19, -1.26, 45.57, 0.32],
  postalPrefixes: ['330', '331', '332', '333'],
};

describe('parseDepartements and parseRegions', () => {
  it('accept well-formed files', () => {
    expect(
      parseDepartements({ format: 'passerelle-territoires', version: 1, departements: [gironde] }).ok,
    ).toBe(true);
    const regions = {
      format: 'passerelle-territoires',
      version: 1,
      regions: [{ code: '75', name: 'Nouvelle-Aquitaine', chefLieu: '33063', departements: ['33'] }],
    };
    expect(parseRegions(regions).ok).toBe(true);
  });

  it('refuse a région without départements', () => {
    const regions = {
      format: 'passerelle-territoires',
      version: 1,
      regions: [{ code: '75', name: 'X', chefLieu: '33063', departements: [] }],
    };
    const result = parseRegions(regions);
    expect(result.ok ? [] : result.error).toEqual([
      { path: 'regions[0].departements', message: 'la liste doit contenir au moins 1 élément(s)' },
    ]);
  });
});

describe('departementsForPostalCode', () => {
  it('names the départements whose communes use the postal code’s first digits', () => {
    expect(departementsForPostalCode('33330', [gironde])).toEqual(['33']);
    expect(departementsForPostalCode('24000', [gironde])).toEqual([]);
    expect(departementsForPostalCode('ab', [gironde])).toEqual([]);
  });
});

describe('territory files with a huge list of wrong values (issue 14)', () => {
  it.each([
    ['parseCommunes', () => parseCommunes({ ...communesFile, communes: hugeList() }), 'communes'],
    ['parseDepartements', () => parseDepartements({ departements: hugeList() }), 'departements'],
    ['parseRegions', () => parseRegions({ regions: hugeList() }), 'regions'],
  ])(
    '%s refuses it with one French problem at the list, without overflowing the stack',
    (_name, parse, path) => expectOneHugeListProblem(parse(), path),
  );
});
