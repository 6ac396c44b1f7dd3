import { describe, expect, it } from 'vitest';
import {
  matchProgrammes,
  mergeCatalogues,
  parseCatalogue,
  splitCatalogue,
  type Catalogue,
  type Contact,
} from '@passerelle/core';
import { getRuleset } from '../rulesets/index.js';
import { builtInCommunes, DEMO_DEPARTEMENTS, demoCommunes, territoryCommunes } from './communes.js';
import { generateDemoCatalogue, intendedProgramme, iterateDemoOffers } from './generate.js';
import { DEMO_PROGRAMMES, DISPOSITIF } from './offer-templates.js';

const TODAY = '2026-11-23';
const catalogue = generateDemoCatalogue({ today: TODAY });

function sessionsOf(c: Catalogue): number {
  return c.offers.reduce(
    (sum, offer) => sum + offer.actions.reduce((s, action) => s + action.sessions.length, 0),
    0,
  );
}

function everyContact(c: Catalogue): Contact[] {
  return c.offers.flatMap((offer) => [
    ...offer.contacts,
    ...offer.organisation.contacts,
    ...offer.actions.flatMap((action) => action.sessions.flatMap((session) => session.contacts)),
  ]);
}

describe('generateDemoCatalogue', () => {
  it('produces a catalogue that passes core’s schema', () => {
    const parsed = parseCatalogue(catalogue);
    expect(parsed.ok ? [] : parsed.error.slice(0, 3)).toEqual([]);
  });

  it('gives the same catalogue for the same seed and date', () => {
    expect(JSON.stringify(generateDemoCatalogue({ today: TODAY }))).toBe(JSON.stringify(catalogue));
  });

  it('gives a different catalogue for another seed', () => {
    expect(JSON.stringify(generateDemoCatalogue({ today: TODAY, seed: 7 }))).not.toBe(
      JSON.stringify(catalogue),
    );
  });

  it('generates about 5,000 sessions by default and exactly the number asked for', () => {
    expect(sessionsOf(catalogue)).toBe(5000);
    expect(sessionsOf(generateDemoCatalogue({ today: TODAY, size: 1234 }))).toBe(1234);
    expect(sessionsOf(generateDemoCatalogue({ today: TODAY, size: 10_000 }))).toBe(10_000);
  });

  it('streams the same offers one by one', () => {
    expect([...iterateDemoOffers({ today: TODAY, size: 300 })]).toEqual(
      generateDemoCatalogue({ today: TODAY, size: 300 }).offers,
    );
  });

  it('says it is demo data and names the ruleset of its programmes', () => {
    expect(catalogue.meta).toMatchObject({
      demo: true,
      source: 'Données de démonstration générées — fictives',
      ruleset: 'nouvelle-aquitaine',
      generatedAt: '2026-11-23T00:00:00Z',
      departements: [...DEMO_DEPARTEMENTS],
    });
  });

  it('covers every programme of the nouvelle-aquitaine ruleset and every HSP Socle track', () => {
    const programmes = new Set(catalogue.offers.flatMap((offer) => offer.programmes));
    expect([...programmes].sort()).toEqual([...DEMO_PROGRAMMES].sort());
    const tracks = new Set(
      catalogue.offers.flatMap((offer) =>
        offer.actions.flatMap(
          (action) => action.extras?.filter((e) => e.key === 'parcours').map((e) => e.value) ?? [],
        ),
      ),
    );
    expect([...tracks].sort()).toEqual(['ECLA', 'FLE', 'NUMERIQUE', 'PASSERELLE']);
  });

  it('gets its programmes from the nouvelle-aquitaine ruleset’s matchers, the intended one included', () => {
    const ruleset = getRuleset('nouvelle-aquitaine');
    if (ruleset === undefined) throw new Error('ruleset nouvelle-aquitaine introuvable');
    for (const offer of catalogue.offers) {
      expect(offer.programmes).toEqual(matchProgrammes(offer, ruleset));
      expect(offer.programmes).toContain(intendedProgramme(offer));
    }
  });

  it('tags each offer’s actions with the dispositif of its programme', () => {
    for (const offer of catalogue.offers) {
      const dispositif = DISPOSITIF[intendedProgramme(offer)];
      for (const action of offer.actions) {
        expect(action.extras?.find((extra) => extra.key === 'dispositif')?.value).toBe(dispositif);
      }
    }
  });

  it('covers the trades of the regional offer', () => {
    const rome = new Set(catalogue.offers.flatMap((offer) => offer.rome));
    for (const code of [
      'J1501',
      'J1301',
      'K1302',
      'K2204',
      'N1101',
      'N1103',
      'G1602',
      'G1803',
      'F1703',
      'F1604',
      'F1606',
      'A1414',
      'A1405',
      'D1507',
      'D1106',
      'H2102',
      'H2913',
    ]) {
      expect(rome.has(code), code).toBe(true);
    }
  });

  it('places every training in a real commune of its département, at the commune’s point', () => {
    const communes = territoryCommunes() ?? builtInCommunes();
    const byCode = new Map(communes.map((commune) => [commune.inseeCode, commune]));
    for (const offer of catalogue.offers) {
      for (const action of offer.actions) {
        for (const { address } of action.places) {
          const commune = byCode.get(address.inseeCode ?? '');
          expect(commune, `${action.id} ${address.inseeCode}`).toBeDefined();
          expect(address.city).toBe(commune?.name);
          expect(commune?.postalCodes).toContain(address.postalCode);
          expect(address.departement).toBe(commune?.departement);
          expect(address.coordinates).toEqual({ lat: commune?.lat, lon: commune?.lon });
        }
      }
    }
  });

  it('uses every département and gives more sessions to the Gironde than to the Creuse', () => {
    const perDepartement = new Map<string, number>();
    for (const offer of catalogue.offers) {
      for (const action of offer.actions) {
        const code = action.places[0]?.address.departement ?? '';
        perDepartement.set(code, (perDepartement.get(code) ?? 0) + action.sessions.length);
      }
    }
    expect([...perDepartement.keys()].sort()).toEqual([...DEMO_DEPARTEMENTS]);
    expect(perDepartement.get('33') ?? 0).toBeGreaterThan(5 * (perDepartement.get('23') ?? 0));
  });

  it('marks every organisation, address and contact as fictitious', () => {
    for (const offer of catalogue.offers) {
      expect(offer.organisation.name).toMatch(/Démo .*\(fictif\)$/);
      expect(offer.organisation.address?.lines.join(' ')).toContain('(adresse fictive)');
      expect(offer.organisation.siret).toBeUndefined();
      expect(offer.url).toMatch(/^https:\/\/[a-z0-9-]+\.example\//);
      for (const action of offer.actions) {
        for (const place of action.places)
          expect(place.address.lines.join(' ')).toContain('(adresse fictive)');
      }
    }
    for (const contact of everyContact(catalogue)) {
      expect(contact.name).toMatch(/\(fictif\)$/);
      for (const phone of [...contact.phones, ...contact.mobiles])
        expect(phone).toMatch(/^05 36 49 \d{2} \d{2}$/);
      expect(contact.email).toMatch(/\.exemple\.invalid$/);
    }
  });

  it('spreads sessions over the twelve months from today, with permanent entries, mixte and distance actions', () => {
    const actions = catalogue.offers.flatMap((offer) => offer.actions);
    const starts = actions.flatMap((action) => action.sessions.map((session) => session.start ?? ''));
    expect(starts.every((start) => start >= TODAY && start <= '2027-11-23')).toBe(true);
    const months = new Set(starts.map((start) => start.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(12);
    expect(actions.some((action) => action.entries === 'permanent')).toBe(true);
    expect(actions.some((action) => action.teachingMode === 'mixte')).toBe(true);
    expect(actions.some((action) => action.teachingMode === 'distance')).toBe(true);
    expect(actions.some((action) => action.disabilityAccess !== undefined)).toBe(true);
    expect(actions.some((action) => action.funders.includes('2'))).toBe(true);
  });

  it('includes offers run in two départements, and shards re-assemble into the same catalogue', () => {
    expect(
      catalogue.offers.some(
        (offer) => new Set(offer.actions.map((a) => a.places[0]?.address.departement)).size > 1,
      ),
    ).toBe(true);
    const { shards, withoutDepartement } = splitCatalogue(catalogue);
    expect(withoutDepartement).toEqual([]);
    expect(mergeCatalogues(shards.map((shard) => shard.catalogue))).toEqual(catalogue);
  });

  it('generates for chosen départements only', () => {
    const gironde = generateDemoCatalogue({ today: TODAY, size: 200, departements: ['33'] });
    expect(gironde.meta.departements).toEqual(['33']);
    expect(
      gironde.offers.every((offer) => offer.actions.every((a) => a.places[0]?.address.departement === '33')),
    ).toBe(true);
  });

  it('refuses a département without known communes', () => {
    expect(() =>
      generateDemoCatalogue({ today: TODAY, size: 10, departements: ['33'], communes: [] }),
    ).toThrow('aucune commune connue pour le département 33');
  });
});

describe('demoCommunes', () => {
  it('draws from the generated territories when they exist, else from the built-in list', () => {
    const { communes, source } = demoCommunes(['87']);
    expect(communes.length).toBeGreaterThan(0);
    expect(communes.every((commune) => commune.departement === '87')).toBe(true);
    expect(['territories', 'built-in']).toContain(source);
  });

  it('has built-in communes in every Nouvelle-Aquitaine département', () => {
    const codes = new Set(builtInCommunes().map((commune) => commune.departement));
    expect([...codes].sort()).toEqual([...DEMO_DEPARTEMENTS]);
  });
});

describe('the built-in communes', () => {
  it('are real communes of the generated territories, at the same point', () => {
    const territory = territoryCommunes();
    expect(territory, 'lancez « pnpm build:data » pour générer les territoires').toBeDefined();
    const byCode = new Map((territory ?? []).map((commune) => [commune.inseeCode, commune]));
    for (const commune of builtInCommunes()) {
      const real = byCode.get(commune.inseeCode);
      expect(real?.name, commune.inseeCode).toBe(commune.name);
      expect(real?.postalCodes).toContain(commune.postalCodes[0]);
      expect(Math.abs((real?.lat ?? 0) - commune.lat)).toBeLessThan(0.001);
      expect(Math.abs((real?.lon ?? 0) - commune.lon)).toBeLessThan(0.001);
    }
  });
});
