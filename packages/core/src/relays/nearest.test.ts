import { describe, expect, it } from 'vitest';
import { nearestRelays } from './nearest.js';
import type { Relay, RelayDirectory } from './schema.js';

function relay(id: string, kind: Relay['kind'], departement: string, lat?: number, lon?: number): Relay {
  return {
    id,
    kind,
    name: id,
    departement,
    address: {
      lines: ['1 rue de la Démo (fictive)'],
      postalCode: `${departement}000`,
      city: 'Ville',
      ...(lat !== undefined && lon !== undefined ? { coordinates: { lat, lon } } : {}),
    },
    whatToBring: [],
  };
}

const directory: RelayDirectory = {
  format: 'passerelle-relays',
  version: 1,
  meta: { source: 'test', generatedAt: '2026-12-07', licence: 'test', demo: true },
  relays: [
    relay('far', 'mission-locale', '33', 45.5, -1.0),
    relay('near', 'mission-locale', '33', 44.84, -0.58),
    relay('no-place', 'mission-locale', '33'),
    relay('other-kind', 'cria', '33', 44.84, -0.58),
    relay('elsewhere', 'mission-locale', '87', 45.83, 1.26),
  ],
};

describe('nearestRelays', () => {
  it('puts the nearest relay of the kind first, those without coordinates last', () => {
    const found = nearestRelays(directory, 'mission-locale', { from: { lat: 44.83, lon: -0.57 } }, 4);
    expect(found.map((entry) => entry.relay.id)).toEqual(['near', 'far', 'elsewhere', 'no-place']);
    expect(found[0]?.distanceKm).toBeLessThan(2);
    expect(found[3]?.distanceKm).toBeNull();
  });

  it('without a place, keeps the département in directory order, or every relay of the kind', () => {
    expect(nearestRelays(directory, 'mission-locale', { departement: '87' }).map((e) => e.relay.id)).toEqual([
      'elsewhere',
    ]);
    expect(nearestRelays(directory, 'mission-locale', { departement: '40' }).map((e) => e.relay.id)).toEqual([
      'far',
      'near',
    ]);
    expect(nearestRelays(directory, 'cep', {})).toEqual([]);
  });
});
