import { describe, expect, it } from 'vitest';
import { FallbackIndex, errorStats, leaveOneOut } from './fallback.js';
import { matchGeoNames, type TerritoryCommune } from './match.js';
import type { GeoNamesCity } from './sources.js';

function commune(code: string, name: string, extra: Partial<TerritoryCommune> = {}): TerritoryCommune {
  return {
    code,
    name,
    departement: code.slice(0, 2),
    region: '75',
    postalCodes: [],
    population: 1000,
    formerCodes: [],
    ...extra,
  };
}

let nextId = 1;
function city(name: string, muniSub: string | null, extra: Partial<GeoNamesCity> = {}): GeoNamesCity {
  nextId += 1;
  return {
    cityId: nextId,
    name,
    country: 'FR',
    featureCode: 'PPL',
    adminCode: '75',
    population: 1000,
    loc: { coordinates: [0.1 * nextId, 45] },
    muni: muniSub === null ? null : `${muniSub.slice(0, 2)}1`,
    muniSub,
    ...extra,
  };
}

const regions = new Map([['75', ['16', '33']]]);

describe('matchGeoNames', () => {
  it('prefers the place named like the commune among those filed under its INSEE code', () => {
    const lyon = city('Lyon', '69123', { featureCode: 'PPLA', population: 470000 });
    const tassin = city('Tassin-la-Demi-Lune', '69123', { population: 17000 });
    const matches = matchGeoNames(
      [commune('69123', 'Lyon'), commune('69244', 'Tassin-la-Demi-Lune')],
      [tassin, lyon],
      regions,
    );
    expect(matches.get('69123')).toMatchObject({ cityId: lyon.cityId, method: 'insee-name' });
    // The misfiled neighbour is still found by its name in its département.
    expect(matches.get('69244')).toMatchObject({ cityId: tassin.cityId, method: 'name' });
  });

  it('takes the chief place of a commune nouvelle, never a neighbourhood', () => {
    const vire = city('Vire', '14762', { featureCode: 'PPLA3', population: 14000 });
    const vaudry = city('Vaudry', '14762', { population: 16000 });
    const quarter = city('Centre', '14762', { featureCode: 'PPLX', population: 90000 });
    const matches = matchGeoNames([commune('14762', 'Vire Normandie')], [quarter, vaudry, vire], regions);
    expect(matches.get('14762')).toMatchObject({ cityId: vire.cityId, method: 'insee' });
  });

  it('uses a former INSEE code that is no longer a commune', () => {
    const old = city('Ancienne', '16001');
    const matches = matchGeoNames([commune('16002', 'Nouvelle', { formerCodes: ['16001'] })], [old], regions);
    expect(matches.get('16002')).toMatchObject({ cityId: old.cityId, method: 'former-code' });
  });

  it('leaves homonyms of one département unmatched rather than guess', () => {
    const paris = city('Saint-Pierre', null);
    const communes = [commune('33401', 'Saint-Pierre'), commune('33402', 'Saint-Pierre')];
    expect(matchGeoNames(communes, [paris], regions).size).toBe(0);
  });

  it('matches a place without codes by name within its région', () => {
    const paris = city('Paris', null, { featureCode: 'PPLC' });
    const matches = matchGeoNames([commune('33063', 'Paris')], [paris], regions);
    expect(matches.get('33063')).toMatchObject({ cityId: paris.cityId, method: 'name' });
  });

  it('matches « Marseille 01 » to Marseille 1er Arrondissement', () => {
    const first = city('Marseille 01', '13055', { featureCode: 'PPLA5' });
    const matches = matchGeoNames(
      [commune('13055', 'Marseille'), commune('13201', 'Marseille 1er Arrondissement', { parent: '13055' })],
      [first],
      regions,
    );
    expect(matches.get('13201')).toMatchObject({ cityId: first.cityId, method: 'insee-name' });
    expect(matches.has('13055')).toBe(false);
  });
});

describe('FallbackIndex', () => {
  const big = commune('33001', 'Grande', {
    postalCodes: ['33100'],
    epci: 'E1',
    arrondissement: '331',
    population: 9000,
  });
  const medium = commune('33002', 'Moyenne', {
    postalCodes: ['33200'],
    epci: 'E1',
    arrondissement: '331',
    population: 3000,
  });
  const far = commune('33003', 'Lointaine', {
    postalCodes: ['33300'],
    epci: 'E2',
    arrondissement: '332',
    population: 2000,
  });
  const anchors = [
    { commune: big, point: { lat: 45, lon: 0 } },
    { commune: medium, point: { lat: 45.1, lon: 0 } },
    { commune: far, point: { lat: 46, lon: 0 } },
  ];
  const index = new FallbackIndex(anchors);

  it('borrows the point of the most populous commune sharing a postal code, then EPCI, arrondissement, département', () => {
    expect(index.pointFor(commune('33010', 'A', { postalCodes: ['33200', '33100'] }))).toEqual({
      point: { lat: 45, lon: 0 },
      source: 'postal-code',
    });
    expect(index.pointFor(commune('33011', 'B', { postalCodes: ['33999'], epci: 'E2' }))?.source).toBe(
      'epci',
    );
    expect(index.pointFor(commune('33012', 'C', { arrondissement: '331' }))?.source).toBe('arrondissement');
    const last = index.pointFor(commune('33013', 'D'));
    expect(last?.source).toBe('departement');
    expect(last?.point.lat).toBeCloseTo(45.36667, 4);
  });

  it('never lends a commune its own point in the leave-one-out', () => {
    // Grande is alone on its postal code: left out, it falls back to its EPCI, i.e. Moyenne.
    expect(index.pointFor(big, { lat: 45, lon: 0 })).toEqual({
      point: { lat: 45.1, lon: 0 },
      source: 'epci',
    });
    const report = leaveOneOut(index, anchors);
    expect(report.epci.count).toBe(2);
    expect(report.departement.count).toBe(1);
    expect(report.overall.count).toBe(3);
    expect(report.epci.medianKm).toBeCloseTo(11.1, 1);
  });

  it('computes nearest-rank median and 95th percentile', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(errorStats(values)).toEqual({ count: 100, medianKm: 50, p95Km: 95 });
    expect(errorStats([]).count).toBe(0);
  });
});
