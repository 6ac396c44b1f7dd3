/**
 * The filter table, entry by entry: what each filter asks of core's search, how its chip reads, and
 * that clearing it gives the table's cleared value. A new filter adds its row to `cases`.
 */
import { expect } from '@open-wc/testing';
import {
  activeFilters,
  clearedFilters,
  filterTable,
  narrowQuery,
  withoutFilter,
  type FilterValues,
} from './filters.js';

const programmeName = (id: string) => (id === 'hsp-socle' ? 'HSP Socle de compétences' : id);
const bordeaux = { label: 'Bordeaux', coordinates: { lat: 44.84, lon: -0.58 }, private: false };

interface Case {
  readonly set: Partial<FilterValues>;
  readonly query: Record<string, unknown>;
  readonly chips: readonly string[];
}

const cases: Record<string, Case> = {
  programme: {
    set: { programme: 'hsp-socle' },
    query: { programmes: ['hsp-socle'] },
    chips: ['HSP Socle de compétences'],
  },
  centre: {
    set: { centre: bordeaux },
    query: { near: bordeaux.coordinates },
    chips: ['Autour de Bordeaux'],
  },
  radiusKm: {
    set: { centre: bordeaux, radiusKm: 20 },
    query: { near: bordeaux.coordinates, radiusKm: 20 },
    chips: ['Bordeaux, 20 km'],
  },
  startFrom: {
    set: { startFrom: '2027-04-01' },
    query: { startFrom: '2027-04-01' },
    chips: ['À partir du jeudi 1 avril 2027'],
  },
  presentiel: {
    set: { presentiel: true },
    query: { teachingModes: ['presentiel', 'mixte'] },
    chips: ['Sur place'],
  },
  distance: {
    set: { distance: true },
    query: { teachingModes: ['distance', 'mixte'] },
    chips: ['À distance'],
  },
  permanentEntries: {
    set: { permanentEntries: true },
    query: { permanentEntries: true },
    chips: ['Entrée possible toute l’année'],
  },
  disabilityAccess: {
    set: { disabilityAccess: true },
    query: { disabilityAccess: true },
    chips: ['Accessible aux personnes en situation de handicap'],
  },
  fundingPossible: {
    set: { fundingPossible: true },
    query: { fundingPossible: true },
    chips: ['Financement possible'],
  },
};

describe('the filter table', () => {
  it('has a case below for every filter it declares', () => {
    expect(filterTable.map((filter) => filter.id).sort()).to.deep.equal(Object.keys(cases).sort());
  });

  it('asks nothing of the search and shows no chip when every filter is cleared', () => {
    const values = clearedFilters();
    expect(narrowQuery({ values, programmeName })).to.deep.equal({});
    expect(activeFilters({ values, programmeName })).to.deep.equal([]);
  });

  for (const [id, { set, query, chips }] of Object.entries(cases)) {
    it(`narrows the query and reads its chip for ${id}`, () => {
      const values = { ...clearedFilters(), ...set };
      expect(narrowQuery({ values, programmeName })).to.deep.equal(query);
      expect(activeFilters({ values, programmeName }).map((chip) => chip.label)).to.deep.equal(chips);
    });
  }

  it('takes both teaching modes together without repeating « mixte »', () => {
    const values = { ...clearedFilters(), presentiel: true, distance: true };
    expect(narrowQuery({ values, programmeName }).teachingModes).to.deep.equal([
      'presentiel',
      'mixte',
      'distance',
    ]);
  });

  it('starts from the webmaster’s presets and clears one filter at a time', () => {
    const values = { ...clearedFilters({ programme: 'hsp-socle' }), distance: true };
    expect(activeFilters({ values, programmeName }).map((chip) => chip.id)).to.deep.equal([
      'programme',
      'distance',
    ]);
    expect(withoutFilter(values, 'programme')).to.deep.equal({ ...values, programme: '' });
  });
});
