/**
 * Runs the generator on the real upstream data (about a second) and checks what the build log
 * promises: the join's coverage and the fallback's measured error.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleTerritories, type TerritoryBuild } from './assemble.js';
import { describeBuild } from './build-territories.js';
import { GENERATED_TERRITORIES_DIR } from './paths.js';
import { serializeCommunes } from './serialize.js';
import { readDecoupage, readGeoNamesCities } from './sources.js';

let build: TerritoryBuild;

beforeAll(() => {
  build = assembleTerritories(readDecoupage(), readGeoNamesCities());
});

describe('assembleTerritories', () => {
  it('gives a GeoNames point to more than 80 % of the communes of 1,000+ inhabitants', () => {
    expect(build.match.communes1000).toBeGreaterThan(9_000);
    expect(build.match.matched1000 / build.match.communes1000).toBeGreaterThan(0.8);
  });

  it('measures the fallback by leave-one-out, each level less precise than the one before', () => {
    const { leaveOneOut: loo } = build;
    expect(loo.overall.count).toBe(build.match.matched);
    expect(loo['postal-code'].medianKm).toBeLessThan(loo.epci.medianKm);
    expect(loo.epci.medianKm).toBeLessThan(loo.arrondissement.medianKm);
    expect(loo.overall.medianKm).toBeLessThan(10);
    expect(loo.overall.p95Km).toBeLessThan(30);
    expect(build.precisionKm['postal-code']).toBeGreaterThanOrEqual(loo['postal-code'].p95Km);
  });

  it('prints the median and 95th percentile of every level in the build log', () => {
    const log = describeBuild(build).join('\n');
    expect(log).toContain('médiane (km)   95e centile (km)');
    for (const level of ['postal-code', 'epci', 'arrondissement', 'departement', 'overall'])
      expect(log).toMatch(new RegExp(`^  ${level} +\\d+ +(\\d+\\.\\d|—) +(\\d+\\.\\d|—)$`, 'm'));
  });

  it('gives every commune a point, and the same files on every run', async () => {
    const placed = Object.values(build.sources).reduce((sum, n) => sum + n, 0);
    expect(placed).toBe(build.match.communes + build.match.arrondissementsMunicipaux);
    // The build step wrote these files in another process: the same bytes mean a deterministic build.
    const gironde = build.communes.get('33');
    const written = await readFile(join(GENERATED_TERRITORIES_DIR, 'communes-33.json'), 'utf8');
    expect(gironde && serializeCommunes(gironde)).toBe(written);
  });
});
