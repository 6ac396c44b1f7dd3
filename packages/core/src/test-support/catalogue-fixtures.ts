/**
 * Small, hand-written catalogue builders for tests. Fictitious organisations only.
 */
import type { Action, Catalogue, Offer, Session } from '../catalogue/schema.js';

export function makeSession(overrides: Partial<Session> = {}): Session {
  return { id: 'S-1', start: '2027-01-11', end: '2027-03-26', contacts: [], ...overrides };
}

export function makeAction(overrides: Partial<Action> = {}): Action {
  return {
    id: 'A-1',
    targetPublics: ['15082'],
    fundingPossible: true,
    places: [
      {
        address: {
          lines: ['12 rue des Exemples'],
          postalCode: '33000',
          city: 'Bordeaux',
          inseeCode: '33063',
          departement: '33',
          region: '75',
          coordinates: { lat: 44.8378, lon: -0.5792 },
        },
      },
    ],
    entries: 'fixed-dates',
    teachingMode: 'presentiel',
    informationDates: [],
    languages: ['fr'],
    funders: ['2'],
    trainers: [],
    sessions: [makeSession()],
    ...overrides,
  };
}

export function makeOffer(overrides: Partial<Offer> = {}): Offer {
  return {
    id: 'F-1',
    title: 'Remise à niveau : lire, écrire, compter',
    formacodes: ['15084'],
    nsf: [],
    rome: [],
    certifications: [],
    contacts: [],
    organisation: { name: 'Organisme fictif de démonstration', contacts: [] },
    programmes: ['hsp-socle'],
    actions: [makeAction()],
    ...overrides,
  };
}

export function makeCatalogue(offers: Offer[] = [makeOffer()]): Catalogue {
  return {
    format: 'passerelle-catalogue',
    version: 1,
    meta: {
      source: 'Jeu de test écrit à la main',
      generatedAt: '2026-11-22T00:00:00Z',
      licence: 'CC0-1.0',
      demo: true,
    },
    offers,
  };
}
