/**
 * Checks the files `build:data` generated (CI builds before it tests): every one passes core's
 * schemas, and lookups over all of France behave on the names people find hard to type.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  haversineKm,
  parseCommunes,
  parseDepartements,
  parseRegions,
  type Gazetteer,
  type Place,
} from '@passerelle/core';
import {
  findPlaces,
  loadCommunes,
  loadDepartements,
  loadDepartementsOfRegion,
  loadGazetteer,
} from './load.js';
import { writeTerritoryShards } from './shards.js';
import { GENERATED_TERRITORIES_DIR } from './paths.js';
import { NOUVELLE_AQUITAINE_DEPARTEMENTS } from './regions.js';

let gazetteer: Gazetteer;

beforeAll(async () => {
  const loaded = await loadGazetteer();
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  gazetteer = loaded.value;
});

const summary = (places: readonly Place[]): string[] =>
  places.map((p) => `${p.inseeCode} ${p.name} (${p.departement})`);

describe('the generated territory files', () => {
  it('all pass core’s schemas', async () => {
    const names = (await readdir(GENERATED_TERRITORIES_DIR)).filter((name) => name.endsWith('.json'));
    const read = (name: string): Promise<string> => readFile(join(GENERATED_TERRITORIES_DIR, name), 'utf8');
    const departements = parseDepartements(await read('departements.json'));
    expect(departements.ok).toBe(true);
    expect(parseRegions(await read('regions.json')).ok).toBe(true);
    const communeFiles = names.filter((name) => name.startsWith('communes-'));
    expect(communeFiles.sort()).toEqual(departements.ok ? departements.value.map((d) => d.file).sort() : []);
    for (const name of communeFiles) {
      const parsed = parseCommunes(await read(name));
      expect(parsed.ok ? [] : parsed.error.slice(0, 3), name).toEqual([]);
    }
  });

  it('cover metropolitan France and the five DROM, about 35,000 communes', async () => {
    const departements = await loadDepartements();
    const codes = departements.ok ? departements.value.map((d) => d.code) : [];
    expect(codes).toHaveLength(101);
    expect(codes).toEqual(expect.arrayContaining(['2A', '2B', '971', '972', '973', '974', '976']));
    expect(gazetteer.size).toBeGreaterThan(34_000);
  });

  it('list the twelve départements of Nouvelle-Aquitaine under région 75', async () => {
    const found = await loadDepartementsOfRegion('75');
    expect(found.ok ? found.value : []).toEqual(NOUVELLE_AQUITAINE_DEPARTEMENTS);
  });

  it('give GeoNames points to most communes of 1,000+ inhabitants in Nouvelle-Aquitaine', async () => {
    const places = await loadCommunes(NOUVELLE_AQUITAINE_DEPARTEMENTS);
    const big = places.ok ? places.value.filter((p) => p.population >= 1000) : [];
    const located = big.filter((p) => p.coordinateSource === 'geonames');
    expect(big.length).toBeGreaterThan(900);
    expect(located.length / big.length).toBeGreaterThan(0.8);
  });

  it('say how far off a borrowed point may be, and more so down the fallback chain', async () => {
    const places = await loadCommunes(['33']);
    const radius = new Map((places.ok ? places.value : []).map((p) => [p.coordinateSource, p.precisionKm]));
    expect(radius.get('geonames')).toBe(2);
    expect(radius.get('postal-code')).toBeGreaterThan(2);
    expect(radius.get('epci')).toBeGreaterThan(radius.get('postal-code') ?? Infinity);
  });

  it('refuse an unknown département in French', async () => {
    const result = await loadCommunes(['99']);
    expect(result.ok ? [] : result.error).toEqual([
      {
        path: 'départements',
        message: 'département inconnu « 99 » : attendu un code de département (ex. 33, 2A, 971)',
      },
    ]);
  });
});

describe('lookups over all of France', () => {
  it('find Saint-Émilion from « st emilion »', () => {
    expect(summary(gazetteer.findPlace('st emilion'))).toEqual(['33394 Saint-Émilion (33)']);
  });

  it('find names with œ, typed with or without it', () => {
    expect(summary(gazetteer.findPlace('Œuilly'))).toEqual(summary(gazetteer.findPlace('oeuilly')));
    expect(summary(gazetteer.findPlace('oeuilly'))).toEqual(['51410 Œuilly (51)', '02565 Œuilly (02)']);
    expect(summary(gazetteer.findPlace('VOEUIL ET GIGET'))).toEqual(['16418 Vœuil-et-Giget (16)']);
  });

  it('find names with apostrophes and hyphens typed loosely', () => {
    expect(summary(gazetteer.findPlace('l isle d espagnac'))).toEqual(["16166 L'Isle-d'Espagnac (16)"]);
    expect(summary(gazetteer.findPlace('Isle d’Abeau'))).toEqual(["38193 L'Isle-d'Abeau (38)"]);
  });

  it('return every Saint-Denis with its département, most populous first', () => {
    expect(summary(gazetteer.findPlace('saint-denis'))).toEqual([
      '97411 Saint-Denis (974)',
      '93066 Saint-Denis (93)',
      '11339 Saint-Denis (11)',
      '30247 Saint-Denis (30)',
    ]);
    expect(summary(gazetteer.findPlace('Saint-Denis (93)'))).toEqual(['93066 Saint-Denis (93)']);
  });

  it('find a unique name once', () => {
    expect(summary(gazetteer.findPlace('bressuire'))).toEqual(['79049 Bressuire (79)']);
  });

  it('return every commune of a shared postal code, most populous first, then the commune with that INSEE code', () => {
    const found = gazetteer.findPlace('33330');
    expect(found.length).toBeGreaterThan(5);
    expect(summary(found.slice(0, 2))).toEqual([
      '33394 Saint-Émilion (33)',
      '33480 Saint-Sulpice-de-Faleyrens (33)',
    ]);
    expect(found.slice(0, -1).every((p) => p.postalCodes.includes('33330'))).toBe(true);
    // 33330 is also Pompignac's INSEE code (postal code 33370).
    expect(summary(found.slice(-1))).toEqual(['33330 Pompignac (33)']);
  });

  it('answer a Paris, Lyon or Marseille postal code with its arrondissement municipal', () => {
    expect(summary(gazetteer.findPlace('75011'))).toEqual(['75111 Paris 11e Arrondissement (75)']);
    // 13001 is also the INSEE code of Aix-en-Provence: the postal code comes first.
    expect(summary(gazetteer.findPlace('13001'))).toEqual([
      '13201 Marseille 1er Arrondissement (13)',
      '13001 Aix-en-Provence (13)',
    ]);
    expect(gazetteer.findPlace('69001')[0]?.parentInseeCode).toBe('69123');
  });

  it('treat Bordeaux as one commune with five postal codes', () => {
    const [bordeaux] = gazetteer.findPlace('33800');
    expect(bordeaux?.inseeCode).toBe('33063');
    expect(bordeaux?.postalCodes).toEqual(['33000', '33100', '33200', '33300', '33800']);
  });

  it('suggest communes as a person types', () => {
    const found = gazetteer.suggestCommunes('bord', 5);
    expect(found).toHaveLength(5);
    expect(summary(found.slice(0, 1))).toEqual(['33063 Bordeaux (33)']);
    // « Les Bordes » counts: people leave the article out.
    expect(found.every((p) => /^((le|la|les|l') ?)?bord/i.test(p.name))).toBe(true);
    expect(summary(gazetteer.suggestCommunes('st emil', 3))).toContain('33394 Saint-Émilion (33)');
  });

  it('measure about 180 km between Bordeaux and Limoges as the crow flies', () => {
    const bordeaux = gazetteer.byInseeCode('33063');
    const limoges = gazetteer.byInseeCode('87085');
    if (bordeaux === undefined || limoges === undefined) throw new Error('Bordeaux or Limoges missing');
    const distance = haversineKm(bordeaux.coordinates, limoges.coordinates);
    expect(distance).toBeGreaterThan(175);
    expect(distance).toBeLessThan(190);
  });
});

describe('findPlaces', () => {
  it('answers a code as the gazetteer of all of France does, loading only the départements it needs', async () => {
    for (const query of ['33330', '13001', '2B033', '97400', '75011']) {
      const found = await findPlaces(query);
      expect(found.ok ? summary(found.value) : found.error, query).toEqual(
        summary(gazetteer.findPlace(query)),
      );
    }
  });

  it('answers a name from every département', async () => {
    const found = await findPlaces('Saint-Denis (974)');
    expect(found.ok ? summary(found.value) : found.error).toEqual(['97411 Saint-Denis (974)']);
  });

  it('answers an unknown code with an empty list', async () => {
    const found = await findPlaces('00000');
    expect(found.ok ? found.value : found.error).toEqual([]);
  });
});

describe('writeTerritoryShards', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'passerelle-territoires-'));
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('copies only the requested départements, byte for byte, and lists them', async () => {
    const result = await writeTerritoryShards(outDir, ['33', '24']);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.map((f) => f.file)).toEqual([
      'communes-33.json',
      'communes-24.json',
      'departements.json',
    ]);
    expect((await readdir(outDir)).sort()).toEqual([
      'communes-24.json',
      'communes-33.json',
      'departements.json',
    ]);
    const copy = await readFile(join(outDir, 'communes-33.json'), 'utf8');
    expect(copy).toBe(await readFile(join(GENERATED_TERRITORIES_DIR, 'communes-33.json'), 'utf8'));
    const [gironde] = result.value;
    expect(gironde?.bytes).toBe(Buffer.byteLength(copy));
    expect(gironde?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const index = parseDepartements(await readFile(join(outDir, 'departements.json'), 'utf8'));
    expect(index.ok ? index.value.map((d) => d.code) : []).toEqual(['33', '24']);
  });

  it('refuses an unknown département', async () => {
    const result = await writeTerritoryShards(outDir, ['33', '100']);
    expect(result.ok ? [] : result.error.map((p) => p.message)).toEqual(['département inconnu « 100 »']);
  });
});
