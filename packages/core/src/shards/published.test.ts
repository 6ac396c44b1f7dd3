import { describe, expect, it } from 'vitest';
import type { Catalogue, Offer } from '../catalogue/schema.js';
import { createSearchIndex } from '../search/search-index.js';
import { serialiseSearchIndex } from '../search/persist.js';
import type { SearchQuery } from '../search/types.js';
import { makeAction, makeCatalogue, makeOffer, makeSession } from '../test-support/catalogue-fixtures.js';
import { parseManifest } from './manifest.js';
import { compactCatalogue, offerDetailsEntry, parseOfferDetails, parseSearchShard } from './published.js';
import type { SearchShardFile } from './published-types.js';
import { expectOneHugeListProblem, hugeList } from '../test-support/huge-list.js';

const HASH = 'b'.repeat(64);

function offer(id: string, title: string, extra: Partial<Offer> = {}): Offer {
  return makeOffer({
    id,
    title,
    objective: `Objectif détaillé de ${title} : un long texte que seule la fiche montre.`,
    content: 'Contenu : modules, stages en entreprise, accompagnement.',
    actions: [
      makeAction({
        id: `${id}-A`,
        prerequisites: 'Savoir lire un plan de rue.',
        sessions: [makeSession({ id: `${id}-S`, start: '2027-02-01' })],
      }),
    ],
    ...extra,
  });
}

const catalogue: Catalogue = makeCatalogue([
  offer('F-1', 'Cariste d’entrepôt - CACES R489'),
  offer('F-2', 'Aide-soignant : préparation au concours', { programmes: ['qualifiant'] }),
  offer('F-3', 'Boulanger - CAP en 10 mois', {
    organisation: { name: 'Fournil fictif', contacts: [], details: 'Un long historique de l’organisme.' },
    // Jeune 16-25 ans (a people's words public) and a public no filter asks for.
    actions: [makeAction({ id: 'F-3-A', targetPublics: ['81024', '15082'] })],
  }),
  offer('F-4', 'Français langue étrangère - niveau A2', {
    actions: [makeAction({ id: 'F-4-A', teachingMode: 'distance', entries: 'permanent' })],
  }),
]);

/** A search file as `passerelle publish` writes it: index built on the full catalogue, compact data. */
function searchFile(full: Catalogue): SearchShardFile {
  return {
    format: 'passerelle-search-shard',
    version: 1,
    departement: '33',
    catalogue: compactCatalogue(full),
    index: serialiseSearchIndex(createSearchIndex(full)),
    details: {
      files: [
        { url: 'details-33-0.aaaaaaaaaaaaaaaa.json', hash: HASH, bytes: 10 },
        { url: 'details-33-1.bbbbbbbbbbbbbbbb.json', hash: HASH, bytes: 10 },
      ],
      offers: full.offers.map((_, i) => i % 2),
    },
  };
}

const queries: SearchQuery[] = [
  { text: 'cariste' },
  { text: 'aide soignante' },
  { text: 'boulangrie' },
  { text: 'francais' },
  { text: 'objectif' },
  { text: 'caces', filters: { teachingModes: ['presentiel'] } },
  { filters: { programmes: ['qualifiant'] } },
  { text: 'jeune' },
  { filters: { publics: ['81024'] } },
  { filters: { near: { lat: 44.84, lon: -0.58 }, radiusKm: 10, permanentEntries: true } },
  {},
];

const ids = (
  hits: readonly { offerId: string; actionId: string; sessionId: string | null; score: number }[],
) => hits.map((hit) => [hit.offerId, hit.actionId, hit.sessionId, hit.score]);

describe('parseSearchShard', () => {
  it('loads a search file (text or JSON) that answers every query as an index built on the full catalogue', () => {
    const full = createSearchIndex(catalogue);
    const loaded = parseSearchShard(JSON.stringify(searchFile(catalogue)));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.departement).toBe('33');
    for (const query of queries) {
      const expected = full.search(query);
      const actual = loaded.value.index.search(query);
      expect(actual.total, JSON.stringify(query)).toBe(expected.total);
      expect(ids(actual.hits), JSON.stringify(query)).toEqual(ids(expected.hits));
    }
    expect(parseSearchShard(searchFile(catalogue)).ok).toBe(true);
  });

  it('keeps what cards and filters need and leaves the long texts for the details files', () => {
    const [first] = compactCatalogue(catalogue).offers;
    expect(first).toMatchObject({
      id: 'F-1',
      title: 'Cariste d’entrepôt - CACES R489',
      programmes: ['hsp-socle'],
    });
    expect(first?.organisation).toEqual({ name: 'Organisme fictif de démonstration', contacts: [] });
    expect(first?.objective).toBeUndefined();
    expect(first?.content).toBeUndefined();
    expect(first?.actions[0]?.prerequisites).toBeUndefined();
    expect(first?.actions[0]?.places[0]?.address).toEqual({
      lines: [],
      city: 'Bordeaux',
      inseeCode: '33063',
      departement: '33',
      coordinates: { lat: 44.8378, lon: -0.5792 },
    });
    expect(first?.actions[0]?.sessions[0]).toEqual({
      id: 'F-1-S',
      start: '2027-02-01',
      end: '2027-03-26',
      contacts: [],
    });
    expect(compactCatalogue(catalogue).offers[2]?.actions[0]?.targetPublics).toEqual(['81024']);
  });

  it('says which details file holds an offer', () => {
    const loaded = parseSearchShard(searchFile(catalogue));
    if (!loaded.ok) throw new Error(loaded.error[0]?.message);
    expect(offerDetailsEntry(loaded.value, 'F-2')?.url).toBe('details-33-1.bbbbbbbbbbbbbbbb.json');
    expect(offerDetailsEntry(loaded.value, 'F-3')?.url).toBe('details-33-0.aaaaaaaaaaaaaaaa.json');
    expect(offerDetailsEntry(loaded.value, 'F-inconnue')).toBeUndefined();
  });

  it('refuses, in French and with its path, a file of another kind, bad details and an index of another catalogue', () => {
    const file = searchFile(catalogue);
    expect(parseSearchShard({ ...file, format: 'passerelle-catalogue' })).toMatchObject({
      ok: false,
      error: [{ path: 'format' }],
    });
    expect(parseSearchShard({ ...file, details: { ...file.details, offers: [0] } })).toEqual({
      ok: false,
      error: [
        {
          path: 'details.offers',
          message:
            'longueur inattendue : attendu un numéro de fichier de détails par offre du catalogue (4), reçu 1',
        },
      ],
    });
    expect(parseSearchShard({ ...file, details: { ...file.details, offers: [0, 1, 2, 0] } })).toEqual({
      ok: false,
      error: [
        {
          path: 'details.offers[2]',
          message: 'fichier de détails inconnu : 2, alors que details.files en liste 2',
        },
      ],
    });
    const other = serialiseSearchIndex(createSearchIndex(makeCatalogue([offer('F-9', 'Maçon')])));
    const mismatch = parseSearchShard({ ...file, index: other });
    expect(mismatch.ok).toBe(false);
    if (!mismatch.ok) expect(mismatch.error[0]?.path).toBe('index.catalogue');
    const badOffer = parseSearchShard({ ...file, catalogue: { ...file.catalogue, offers: [{ id: 'F-1' }] } });
    expect(badOffer.ok).toBe(false);
    if (!badOffer.ok) expect(badOffer.error[0]?.path).toMatch(/^catalogue\.offers\[0\]\./);
    expect(parseSearchShard('{"format": ')).toMatchObject({
      ok: false,
      error: [{ path: 'ligne 1, colonne 12' }],
    });
  });
});

describe('parseOfferDetails', () => {
  it('reads the full offers of a details file', () => {
    const details = {
      format: 'passerelle-offer-details',
      version: 1,
      departement: '33',
      offers: catalogue.offers,
    };
    expect(parseOfferDetails(JSON.stringify(details))).toEqual({ ok: true, value: details });
  });

  it('refuses an offer missing its title, with the path', () => {
    const details = {
      format: 'passerelle-offer-details',
      version: 1,
      departement: '33',
      offers: [{ ...catalogue.offers[0], title: undefined }],
    };
    expect(parseOfferDetails(details)).toEqual({
      ok: false,
      error: [{ path: 'offers[0].title', message: 'champ obligatoire manquant : attendu du texte' }],
    });
  });
});

describe('parseManifest and the fields publish adds', () => {
  it('reads the published catalogue totals and each shard’s search file, and still reads manifests without them', () => {
    const shard = {
      departement: '33',
      url: 'catalogue-33.0123456789abcdef.json',
      offers: 4,
      actions: 4,
      sessions: 4,
      hash: HASH,
      bytes: 10,
    };
    const old = {
      format: 'passerelle-manifest',
      version: 1,
      meta: { source: 'Jeu de test', generatedAt: '2026-11-22', licence: 'CC0-1.0', demo: true },
      shards: [shard],
      communes: [],
    };
    expect(parseManifest(old)).toEqual({ ok: true, value: old });
    const published = {
      ...old,
      catalogue: { format: 'passerelle-catalogue', version: 1, offers: 4, actions: 4, sessions: 4 },
      shards: [{ ...shard, search: { url: 'recherche-33.0123456789abcdef.json', hash: HASH, bytes: 9 } }],
    };
    expect(parseManifest(published)).toEqual({ ok: true, value: published });
    const broken = parseManifest({
      ...published,
      shards: [{ ...shard, search: { url: 'javascript:x', hash: HASH } }],
    });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error[0]?.path).toBe('shards[0].search.url');
  });
});

describe('published files with a huge list of wrong values (issue 14)', () => {
  it.each([
    ['parseManifest', () => parseManifest({ shards: hugeList() }), 'shards'],
    ['parseOfferDetails', () => parseOfferDetails({ offers: hugeList() }), 'offers'],
  ])(
    '%s refuses it with one French problem at the list, without overflowing the stack',
    (_name, parse, path) => expectOneHugeListProblem(parse(), path),
  );
});
