/**
 * Small, hand-written, fictitious catalogues for the widget's tests, served as `blob:` URLs so each
 * test controls exactly what the widget fetches.
 */
import type { Action, Catalogue, Offer, Session } from '@passerelle/core';

/**
 * The day the finder under test takes as today: fixtures use 2027 dates, so tests never rot with
 * the calendar as long as they pin it.
 */
export const fixtureToday = '2026-12-01';

export function session(overrides: Partial<Session> = {}): Session {
  return { id: 'S-1', start: '2027-01-11', end: '2027-03-26', contacts: [], ...overrides };
}

interface PlaceSpec {
  city: string;
  postalCode: string;
  inseeCode: string;
  departement: string;
  lat: number;
  lon: number;
}

export const towns = {
  bordeaux: {
    city: 'Bordeaux',
    postalCode: '33000',
    inseeCode: '33063',
    departement: '33',
    lat: 44.8378,
    lon: -0.5792,
  },
  merignac: {
    city: 'Mérignac',
    postalCode: '33700',
    inseeCode: '33281',
    departement: '33',
    lat: 44.8386,
    lon: -0.6436,
  },
  libourne: {
    city: 'Libourne',
    postalCode: '33500',
    inseeCode: '33243',
    departement: '33',
    lat: 44.9153,
    lon: -0.2439,
  },
  perigueux: {
    city: 'Périgueux',
    postalCode: '24000',
    inseeCode: '24322',
    departement: '24',
    lat: 45.1846,
    lon: 0.7214,
  },
} satisfies Record<string, PlaceSpec>;

export function action(place: PlaceSpec, overrides: Partial<Action> = {}): Action {
  return {
    id: 'A-1',
    targetPublics: ['15082'],
    fundingPossible: true,
    places: [
      {
        address: {
          lines: ['12 rue des Exemples'],
          postalCode: place.postalCode,
          city: place.city,
          inseeCode: place.inseeCode,
          departement: place.departement,
          region: '75',
          coordinates: { lat: place.lat, lon: place.lon },
        },
      },
    ],
    entries: 'fixed-dates',
    teachingMode: 'presentiel',
    informationDates: [],
    languages: ['fr'],
    funders: ['2'],
    trainers: [],
    sessions: [session()],
    ...overrides,
  };
}

export function offer(overrides: Partial<Offer> = {}): Offer {
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
    actions: [action(towns.bordeaux)],
    ...overrides,
  };
}

export function catalogue(offers: Offer[], demo = true): Catalogue {
  return {
    format: 'passerelle-catalogue',
    version: 1,
    meta: {
      source: 'Jeu de test écrit à la main',
      generatedAt: '2026-11-22T00:00:00Z',
      licence: 'CC0-1.0',
      demo,
    },
    offers,
  };
}

/** Four trainings in Gironde and Dordogne, enough to search, filter and measure distances. */
export function smallCatalogue(demo = true): Catalogue {
  return catalogue(
    [
      offer({
        id: 'F-LIRE',
        title: 'Remise à niveau : lire, écrire, compter',
        objective: 'Lire et écrire les documents de tous les jours.',
        content: 'Lecture de courriers.\nCalcul de la monnaie.',
        actions: [
          action(towns.bordeaux, {
            id: 'A-LIRE',
            publiclyFunded: true,
            prerequisites: 'Avoir 16 ans ou plus.',
            sessions: [session({ id: 'S-LIRE-1', start: '2027-01-11', end: '2027-03-26' })],
          }),
        ],
        contacts: [
          {
            phones: ['05 56 00 00 01'],
            mobiles: [],
            urls: ['https://exemple.org/lire'],
            email: 'accueil@exemple.org',
          },
        ],
      }),
      offer({
        id: 'F-CARISTE',
        title: 'Cariste : conduite de chariots élévateurs',
        objective: 'Conduire un chariot en sécurité.',
        programmes: ['qualifying-training'],
        actions: [
          action(towns.merignac, {
            id: 'A-CARISTE',
            entries: 'permanent',
            disabilityAccess: 'Locaux de plain-pied.',
            sessions: [session({ id: 'S-CARISTE-1', start: '2027-02-01', end: '2027-04-30' })],
          }),
        ],
      }),
      offer({
        id: 'F-FLE',
        title: 'Français langue étrangère : parler au quotidien',
        programmes: ['hsp-socle'],
        actions: [
          action(towns.perigueux, {
            id: 'A-FLE',
            teachingMode: 'distance',
            publiclyFunded: true,
            sessions: [session({ id: 'S-FLE-1', start: '2027-03-01', end: '2027-06-30' })],
          }),
        ],
      }),
      offer({
        id: 'F-AIDE',
        title: 'Découvrir les métiers de l’aide à domicile',
        programmes: ['prequalification'],
        actions: [
          action(towns.libourne, {
            id: 'A-AIDE',
            sessions: [session({ id: 'S-AIDE-1', start: '2027-05-03', end: '2027-06-25' })],
          }),
        ],
      }),
    ],
    demo,
  );
}

/** A training whose texts and links try HTML and script injection. */
export function hostileCatalogue(): Catalogue {
  return catalogue([
    offer({
      id: 'F-HOSTILE',
      title: '<img src=x onerror="window.__pwned=1">Atelier <b>cuisine</b>',
      objective: '<script>window.__pwned=2</script>Apprendre à cuisiner.',
      url: 'javascript:window.__pwned=3',
      contacts: [
        {
          phones: ['05 56 00 00 02'],
          mobiles: [],
          urls: [
            ' JaVaScRiPt:window.__pwned=4',
            'data:text/html,<script>alert(1)</script>',
            'https://exemple.org/ok',
          ],
          email: 'javascript:alert(1)',
        },
      ],
      actions: [action(towns.bordeaux, { id: 'A-HOSTILE', url: 'java\tscript:window.__pwned=5' })],
    }),
  ]);
}

const blobUrls: string[] = [];

/** Serves a value as JSON from a `blob:` URL (revoked by `revokeServed`). */
export function serveJson(value: unknown): string {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
  blobUrls.push(url);
  return url;
}

export function serveText(text: string): string {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  blobUrls.push(url);
  return url;
}

export function revokeServed(): void {
  for (const url of blobUrls.splice(0)) URL.revokeObjectURL(url);
}
