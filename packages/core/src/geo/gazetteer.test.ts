import { describe, expect, it } from 'vitest';
import { haversineKm } from './distance.js';
import { createGazetteer, placeNameKey } from './gazetteer.js';
import type { Place } from './place.js';

function place(
  inseeCode: string,
  name: string,
  postalCodes: string[],
  population: number,
  extra: Partial<Place> = {},
): Place {
  const departement = inseeCode.startsWith('97') ? inseeCode.slice(0, 3) : inseeCode.slice(0, 2);
  return {
    inseeCode,
    name,
    postalCodes,
    departement,
    region: '75',
    population,
    coordinates: { lat: 45, lon: 0 },
    coordinateSource: 'geonames',
    precisionKm: 2,
    ...extra,
  };
}

const places = [
  place('33063', 'Bordeaux', ['33000', '33100', '33200'], 260000),
  place('33394', 'Saint-Émilion', ['33330'], 1800),
  place('33413', 'Saint-Hippolyte', ['33330'], 180),
  place('17300', 'La Rochelle', ['17000'], 77000),
  place('16167', "L'Isle-d'Espagnac", ['16340'], 5500),
  place('93066', 'Saint-Denis', ['93200', '93210'], 113000),
  place('97411', 'Saint-Denis', ['97400', '97490'], 153000),
  place('11340', 'Saint-Denis', ['11310'], 500),
  place('55502', 'Stenay', ['55700'], 2600),
  place('27445', 'Les Œuvres', ['27000'], 12),
  place('75056', 'Paris', ['75001', '75011'], 2100000),
  place('75111', 'Paris 11e Arrondissement', ['75011'], 140000, { parentInseeCode: '75056' }),
  place('2A004', 'Ajaccio', ['20000', '20090'], 73000),
  place('56213', 'Le Saint', ['56110'], 600),
  place('67482', 'Strasbourg', ['67000'], 290000),
];
const gazetteer = createGazetteer(places);
const codes = (found: readonly Place[]): string[] => found.map((p) => p.inseeCode);

describe('placeNameKey', () => {
  it.each([
    ['Saint-Émilion', 'saint emilion'],
    ['st emilion', 'saint emilion'],
    ['STE-FOY', 'sainte foy'],
    ["L'Isle-d'Espagnac", 'l isle d espagnac'],
    ['Les Œuvres', 'les oeuvres'],
  ])('turns %j into %j', (input, expected) => {
    expect(placeNameKey(input)).toBe(expected);
  });
});

describe('Gazetteer.findPlace', () => {
  it('finds a commune by name whatever the accents, the case and « st »', () => {
    for (const query of ['st emilion', 'ST-EMILION', 'Saint-Émilion', 'saint émilion', 'St Émilion'])
      expect(codes(gazetteer.findPlace(query)), query).toEqual(['33394']);
  });

  it('finds names with apostrophes, hyphens and œ typed loosely', () => {
    expect(codes(gazetteer.findPlace("l'isle d'espagnac"))).toEqual(['16167']);
    expect(codes(gazetteer.findPlace('L ISLE D ESPAGNAC'))).toEqual(['16167']);
    expect(codes(gazetteer.findPlace('les oeuvres'))).toEqual(['27445']);
  });

  it('returns every homonym with its département, most populous first', () => {
    const found = gazetteer.findPlace('saint denis');
    expect(found.map((p) => `${p.inseeCode} ${p.departement}`)).toEqual([
      '97411 974',
      '93066 93',
      '11340 11',
    ]);
  });

  it('narrows homonyms with a département written after the name', () => {
    expect(codes(gazetteer.findPlace('Saint-Denis (93)'))).toEqual(['93066']);
    expect(codes(gazetteer.findPlace('saint denis 974'))).toEqual(['97411']);
  });

  it('returns every commune sharing a postal code, most populous first', () => {
    expect(codes(gazetteer.findPlace('33330'))).toEqual(['33394', '33413']);
  });

  it('finds a commune by INSEE code, Corsica included', () => {
    expect(codes(gazetteer.findPlace('33063'))).toEqual(['33063']);
    expect(codes(gazetteer.findPlace('2a004'))).toEqual(['2A004']);
  });

  it('prefers the arrondissement municipal to the whole city for its postal code', () => {
    expect(codes(gazetteer.findPlace('75011'))).toEqual(['75111']);
    expect(codes(gazetteer.findPlace('75001'))).toEqual(['75056']);
    expect(codes(gazetteer.findPlace('paris 11'))).toEqual(['75111']);
    expect(codes(gazetteer.findPlace('Paris 11e'))).toEqual(['75111']);
  });

  it('accepts a postal code together with the name', () => {
    expect(codes(gazetteer.findPlace('33330 Saint-Hippolyte'))).toEqual(['33413']);
    expect(codes(gazetteer.findPlace('Bordeaux 33000'))).toEqual(['33063']);
  });

  it('finds a commune without its article', () => {
    expect(codes(gazetteer.findPlace('rochelle'))).toEqual(['17300']);
  });

  it('answers an empty list when nothing matches', () => {
    expect(gazetteer.findPlace('Atlantide')).toEqual([]);
    expect(gazetteer.findPlace('99999')).toEqual([]);
    expect(gazetteer.findPlace('   ')).toEqual([]);
  });
});

describe('Gazetteer.suggestCommunes', () => {
  it('completes a name prefix, most populous first', () => {
    expect(codes(gazetteer.suggestCommunes('saint', 10))).toEqual([
      '97411',
      '93066',
      '33394',
      '56213',
      '11340',
      '33413',
    ]);
  });

  it('reads « st » as « saint » and still offers names starting with « st »', () => {
    expect(codes(gazetteer.suggestCommunes('st e', 5))).toEqual(['33394']);
    expect(codes(gazetteer.suggestCommunes('ste', 5))).toEqual(['55502']);
  });

  it('ranks a name without its article with the others, by population', () => {
    expect(codes(gazetteer.suggestCommunes('st', 3))).toEqual(['67482', '97411', '93066']);
    expect(codes(gazetteer.suggestCommunes('roch', 1))).toEqual(['17300']);
  });

  it('completes a postal code prefix', () => {
    expect(codes(gazetteer.suggestCommunes('333', 5))).toEqual(['33394', '33413']);
  });

  it('puts an exact name before longer ones and respects the limit', () => {
    expect(codes(gazetteer.suggestCommunes('bordeaux', 1))).toEqual(['33063']);
    expect(gazetteer.suggestCommunes('s', 2)).toHaveLength(2);
  });
});

describe('haversineKm', () => {
  it('measures Bordeaux to Limoges (about 182 km in a straight line)', () => {
    const distance = haversineKm({ lat: 44.84044, lon: -0.5805 }, { lat: 45.83362, lon: 1.24759 });
    expect(distance).toBeGreaterThan(180);
    expect(distance).toBeLessThan(185);
  });

  it('is zero for the same point and symmetric', () => {
    const a = { lat: 43.3, lon: -0.37 };
    const b = { lat: 46.58, lon: 0.34 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
  });
});
