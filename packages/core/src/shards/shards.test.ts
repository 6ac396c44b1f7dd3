import { describe, expect, it } from 'vitest';
import type { Action } from '../catalogue/schema.js';
import { makeAction, makeCatalogue, makeOffer, makeSession } from '../test-support/catalogue-fixtures.js';
import {
  documentKind,
  parseManifest,
  selectCommuneShards,
  selectShards,
  selectShardsNear,
  versionedUrl,
} from './manifest.js';
import type { Manifest } from './schema.js';
import { actionDepartement, mergeCatalogues, splitCatalogue, summariseCatalogue } from './split.js';

const HASH = 'a'.repeat(64);

function makeManifest(overrides: Partial<Manifest> = {}): Manifest {
  return {
    format: 'passerelle-manifest',
    version: 1,
    meta: { source: 'Jeu de test', generatedAt: '2026-11-22T00:00:00Z', licence: 'CC0-1.0', demo: true },
    shards: [
      {
        departement: '33',
        url: 'catalogue-33.json',
        offers: 1,
        actions: 1,
        sessions: 1,
        bbox: [-1, 44, 0, 45],
        hash: HASH,
        bytes: 10,
      },
      {
        departement: '87',
        url: 'catalogue-87.json',
        offers: 1,
        actions: 1,
        sessions: 1,
        hash: HASH,
        bytes: 10,
      },
    ],
    relays: { url: 'relais.json', hash: HASH },
    communes: [{ departement: '33', url: 'communes-33.json', hash: HASH }],
    ...overrides,
  };
}

function placedIn(departement: string, id: string, inseeCode: string): Action {
  return makeAction({
    id,
    sessions: [makeSession({ id: `${id}-S` })],
    places: [
      {
        address: {
          lines: ['1 rue Exemple (adresse fictive)'],
          departement,
          inseeCode,
          coordinates: { lat: 45, lon: 0.5 },
        },
      },
    ],
  });
}

describe('parseManifest', () => {
  it('accepts a valid manifest', () => {
    expect(parseManifest(makeManifest())).toEqual({ ok: true, value: makeManifest() });
    expect(parseManifest(JSON.stringify(makeManifest())).ok).toBe(true);
  });

  it('refuses URLs with a scheme other than http(s), and malformed hashes, in French', () => {
    const manifest = makeManifest();
    const broken = {
      ...manifest,
      shards: [{ ...manifest.shards[0], url: 'javascript:alert(1)', hash: 'ABC' }],
    };
    const result = parseManifest(broken);
    expect(result).toEqual({
      ok: false,
      error: [
        {
          path: 'shards[0].url',
          message:
            'format invalide : attendu une adresse relative (ex. catalogue-33.json) ou commençant par http:// ou https://, reçu le texte « javascript:alert(1) »',
        },
        {
          path: 'shards[0].hash',
          message:
            'format invalide : attendu une empreinte SHA-256 en hexadécimal (64 caractères 0-9 a-f), reçu le texte « ABC »',
        },
      ],
    });
  });

  it('refuses two shards for the same département', () => {
    const manifest = makeManifest();
    const result = parseManifest({ ...manifest, shards: [manifest.shards[0], manifest.shards[0]] });
    expect(result).toEqual({
      ok: false,
      error: [
        {
          path: 'shards[1].departement',
          message: 'département « 33 » déjà listé en shards[0] : un seul fichier par département',
        },
      ],
    });
  });
});

describe('documentKind', () => {
  it('tells a manifest from a catalogue by its format marker', () => {
    expect(documentKind(makeManifest())).toBe('manifest');
    expect(documentKind(makeCatalogue())).toBe('catalogue');
    expect(documentKind({ offers: [] })).toBe('unknown');
    expect(documentKind(null)).toBe('unknown');
  });
});

describe('selectShards', () => {
  it('returns every shard when no département is asked for', () => {
    expect(selectShards(makeManifest()).map((s) => s.departement)).toEqual(['33', '87']);
    expect(selectShards(makeManifest(), []).map((s) => s.departement)).toEqual(['33', '87']);
  });

  it('returns only the shards of the asked départements, ignoring unknown ones', () => {
    expect(selectShards(makeManifest(), ['87', '75']).map((s) => s.url)).toEqual(['catalogue-87.json']);
    expect(selectShards(makeManifest(), [' 33 '])).toHaveLength(1);
  });

  it('selects commune files the same way', () => {
    expect(selectCommuneShards(makeManifest(), ['33']).map((s) => s.url)).toEqual(['communes-33.json']);
    expect(selectCommuneShards(makeManifest(), ['87'])).toEqual([]);
  });
});

describe('selectShardsNear', () => {
  // Gironde's box from Bordeaux's surroundings; Haute-Vienne's box around Limoges; 87 has none here.
  const manifest = makeManifest({
    shards: [
      {
        departement: '33',
        url: 'catalogue-33.json',
        offers: 1,
        actions: 1,
        sessions: 1,
        bbox: [-1.26, 44.2, 0.3, 45.57],
        hash: HASH,
        bytes: 10,
      },
      {
        departement: '87',
        url: 'catalogue-87.json',
        offers: 1,
        actions: 1,
        sessions: 1,
        bbox: [0.8, 45.44, 1.8, 46.4],
        hash: HASH,
        bytes: 10,
      },
      {
        departement: '23',
        url: 'catalogue-23.json',
        offers: 1,
        actions: 1,
        sessions: 1,
        hash: HASH,
        bytes: 10,
      },
    ],
  });

  it('keeps the shards whose box lies within the radius, and those without a box', () => {
    const bordeaux = { lat: 44.8404, lon: -0.5805 };
    expect(selectShardsNear(manifest, bordeaux, 30).map((s) => s.departement)).toEqual(['33', '23']);
    expect(selectShardsNear(manifest, bordeaux, 200).map((s) => s.departement)).toEqual(['33', '87', '23']);
  });

  it('measures to the nearest edge of a box, not to its centre', () => {
    // Angoulême is about 50 km west of the Haute-Vienne box's western edge (0.65° of longitude at 45.6° N).
    const angouleme = { lat: 45.65, lon: 0.1535 };
    expect(selectShardsNear(manifest, angouleme, 55).map((s) => s.departement)).toContain('87');
    expect(selectShardsNear(manifest, angouleme, 45).map((s) => s.departement)).not.toContain('87');
  });
});

describe('versionedUrl', () => {
  it('appends the start of the content hash as a version parameter', () => {
    expect(versionedUrl({ url: 'catalogue-33.json', hash: '0123456789abcdef'.repeat(4) })).toBe(
      'catalogue-33.json?v=0123456789abcdef',
    );
    expect(versionedUrl({ url: 'data?x=1#top', hash: HASH })).toBe(`data?x=1&v=${'a'.repeat(16)}#top`);
  });
});

describe('splitCatalogue and mergeCatalogues', () => {
  const single16 = makeOffer({ id: 'F-16', actions: [placedIn('16', 'A-16', '16015')] });
  const spanning = makeOffer({
    id: 'F-multi',
    actions: [
      placedIn('16', 'A-m16', '16102'),
      placedIn('33', 'A-m33a', '33063'),
      placedIn('33', 'A-m33b', '33281'),
    ],
  });
  const single33 = makeOffer({ id: 'F-33', actions: [placedIn('33', 'A-33', '33063')] });
  const catalogue = makeCatalogue([single16, spanning, single33]);
  catalogue.meta.departements = ['16', '33'];

  it('puts an offer spanning two départements in both shards, each with its own actions', () => {
    const { shards, withoutDepartement } = splitCatalogue(catalogue);
    expect(withoutDepartement).toEqual([]);
    expect(shards.map((s) => s.departement)).toEqual(['16', '33']);
    expect(shards[0]?.catalogue.offers.map((o) => [o.id, o.actions.map((a) => a.id)])).toEqual([
      ['F-16', ['A-16']],
      ['F-multi', ['A-m16']],
    ]);
    expect(shards[1]?.catalogue.offers.map((o) => [o.id, o.actions.map((a) => a.id)])).toEqual([
      ['F-multi', ['A-m33a', 'A-m33b']],
      ['F-33', ['A-33']],
    ]);
    expect(shards[1]?.catalogue.meta.departements).toEqual(['33']);
  });

  it('re-assembles the shards into the same catalogue', () => {
    const { shards } = splitCatalogue(catalogue);
    expect(mergeCatalogues(shards.map((s) => s.catalogue))).toEqual(catalogue);
  });

  it('keeps an action met in two shards only once', () => {
    const { shards } = splitCatalogue(catalogue);
    const [first] = shards;
    const merged = mergeCatalogues([first!.catalogue, first!.catalogue]);
    expect(merged?.offers.flatMap((o) => o.actions.map((a) => a.id))).toEqual(['A-16', 'A-m16']);
  });

  it('merges nothing into nothing', () => {
    expect(mergeCatalogues([])).toBeUndefined();
  });

  it('sets aside offers whose actions name no département', () => {
    const nowhere = makeOffer({ id: 'F-x', actions: [makeAction({ id: 'A-x', places: [] })] });
    const { shards, withoutDepartement } = splitCatalogue(makeCatalogue([nowhere]));
    expect(shards).toEqual([]);
    expect(withoutDepartement.map((o) => o.id)).toEqual(['F-x']);
  });

  it('derives the département from the INSEE code when the place does not name it', () => {
    const action = makeAction({ places: [{ address: { lines: [], inseeCode: '97411' } }] });
    expect(actionDepartement(action)).toBe('974');
    expect(actionDepartement(makeAction({ places: [{ address: { lines: [], inseeCode: '2A004' } }] }))).toBe(
      '2A',
    );
  });
});

describe('summariseCatalogue', () => {
  it('counts offers, actions and sessions and bounds the training places', () => {
    const catalogue = makeCatalogue([
      makeOffer({ actions: [makeAction(), makeAction({ id: 'A-2', sessions: [] })] }),
      makeOffer({ id: 'F-2', actions: [placedIn('16', 'A-3', '16015')] }),
    ]);
    expect(summariseCatalogue(catalogue)).toEqual({
      offers: 2,
      actions: 3,
      sessions: 2,
      bbox: [-0.5792, 44.8378, 0.5, 45],
    });
    expect(
      summariseCatalogue(makeCatalogue([makeOffer({ actions: [makeAction({ places: [] })] })])).bbox,
    ).toBeUndefined();
  });
});
