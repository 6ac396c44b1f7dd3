import { describe, expect, it } from 'vitest';
import type { Action, Offer } from '../catalogue/schema.js';
import { makeAction, makeCatalogue, makeOffer, makeSession } from '../test-support/catalogue-fixtures.js';
import { createSearchIndex, QUERY_LIMITS } from './search-index.js';
import { loadSearchIndex, serialiseSearchIndex } from './persist.js';
import type { SearchFilters } from './types.js';

const BORDEAUX = { lat: 44.8378, lon: -0.5792 };
const PAU = { lat: 43.2951, lon: -0.3708 };
const LIMOGES = { lat: 45.8336, lon: 1.2611 };

function place(
  city: string,
  postalCode: string,
  departement: string,
  coordinates: { lat: number; lon: number },
) {
  return { address: { lines: [], city, postalCode, departement, coordinates } };
}

function action(id: string, overrides: Partial<Action> = {}): Action {
  return makeAction({ id, sessions: [makeSession({ id: `${id}-S1` })], ...overrides });
}

function offer(id: string, title: string, overrides: Partial<Offer> = {}): Offer {
  return makeOffer({ id, title, actions: [action(`${id}-A`)], ...overrides });
}

const catalogue = makeCatalogue([
  offer('boulanger', 'CAP Boulanger', {
    rome: ['D1102'],
    organisation: { name: 'Fournil école', contacts: [] },
  }),
  offer('soignant', 'Préparation au diplôme d’aide-soignant', { rome: ['J1501'] }),
  offer('proprete', "Agent de propreté et d'hygiène", {
    rome: ['K2204'],
    actions: [action('proprete-A', { places: [place('Pau', '64000', '64', PAU)] })],
  }),
  offer('cariste', 'Conduite de chariots élévateurs', {
    rome: ['N1101'],
    content: 'Préparation au CACES R489.',
  }),
  offer('fle', 'Français langue étrangère : niveau A1', {
    objective: "Comprendre l'accueil d'une administration",
  }),
  offer('vente', 'Vendeuse conseil en magasin', { programmes: ['hsp-qualif'] }),
  offer('creche', 'Accompagnant éducatif petite enfance', {
    actions: [
      action('creche-limoges', { places: [place('Limoges', '87000', '87', LIMOGES)], teachingMode: 'mixte' }),
      action('creche-pau', {
        places: [place('Pau', '64000', '64', PAU)],
        entries: 'permanent',
        disabilityAccess: 'Locaux accessibles',
        fundingPossible: false,
        sessions: [
          makeSession({ id: 'late', start: '2027-06-01' }),
          makeSession({ id: 'early', start: '2027-02-01' }),
        ],
      }),
    ],
  }),
  offer('numerique', "Initiation à l'informatique et à internet", { content: 'Utiliser un ordinateur.' }),
]);

const index = createSearchIndex(catalogue);
const ids = (text: string, filters = {}) => index.search({ text, filters }).hits.map((hit) => hit.actionId);
const offers = (text: string) => index.search({ text }).hits.map((hit) => hit.offerId);

describe('createSearchIndex: French text', () => {
  it.each([
    ['a typo', 'boulangrie', 'boulanger'],
    ['a feminine form', 'aide soignante', 'soignant'],
    ['a missing accent', 'francais', 'fle'],
    ['an elision', "l'accueil", 'fle'],
    ['a synonym (ménage → propreté)', 'ménage', 'proprete'],
    ['a synonym (caces → cariste) with the ROME code', 'cariste', 'cariste'],
    ['a synonym (crèche → petite enfance)', 'crèche', 'creche'],
    ['a synonym (informatique → numérique)', 'numérique', 'numerique'],
    ['an acronym (FLE)', 'FLE', 'fle'],
    ['a feminine job word', 'vendeuse', 'vente'],
    ['a masculine job word for a feminine title', 'vendeur', 'vente'],
    ['the word being typed (prefix)', 'boulan', 'boulanger'],
    ['capitals', 'CAP BOULANGER', 'boulanger'],
  ])('finds an offer from %s: %j', (_case, text, expected) => {
    expect(offers(text)[0]).toBe(expected);
  });

  it('finds a métier phrase whose last word first appears after its first word was seen', () => {
    const ordered = makeCatalogue([
      offer('aide', 'Aide aux devoirs'),
      offer('langue', 'Langue des signes'),
      offer('soignant', 'Devenir aide-soignant'),
      offer('fle', 'Français langue étrangère'),
    ]);
    const search = createSearchIndex(ordered);
    expect(search.search({ text: 'auxiliaire de soins' }).hits.map((hit) => hit.offerId)).toEqual([
      'soignant',
    ]);
    expect(search.search({ text: 'FLE' }).hits.map((hit) => hit.offerId)).toEqual(['fle']);
  });

  it('needs every word of the query when some offer has them all', () => {
    expect(offers('petite enfance pau')).toEqual(['creche']);
    expect(ids('petite enfance pau')).toEqual(['creche-pau']);
  });

  it('falls back to the offers meeting most words when none meets them all', () => {
    expect(offers('boulanger zzzqqq')).toEqual(['boulanger']);
  });

  it('answers « nothing found » with an empty list, not an error', () => {
    expect(index.search({ text: 'xyzzyplouf' })).toEqual({
      total: 0,
      hits: [],
      missingWords: ['xyzzyplouf'],
    });
  });

  describe('honest matching', () => {
    it('says a full match when every word is met, by its forms or a synonym', () => {
      const results = index.search({ text: 'boulangere fournil' });
      expect(results.match).toBe('all');
      expect(results.missingWords).toBeUndefined();
      expect(index.search({ text: 'menage pau' }).match).toBe('all');
    });

    it('never counts a nonsense word as a hit, and names it', () => {
      const results = index.search({ text: 'xyzzq plomberie sous-marine' });
      expect(results.missingWords).toEqual(expect.arrayContaining(['xyzzq']));
      // No training of the fixture talks of plomberie: nothing at all, not 260 half-hits.
      expect(results.hits.every((hit) => hit.offerId !== 'boulanger')).toBe(true);
    });

    it('flags the best partial matches and lists the words they meet and those nobody wrote', () => {
      const results = index.search({ text: 'xyzzq boulanger' });
      expect(results.match).toBe('partial');
      expect(results.missingWords).toEqual(['xyzzq']);
      expect(results.matchedWords).toEqual(['boulanger']);
      expect(results.hits.map((hit) => hit.offerId)).toEqual(['boulanger']);
    });

    it('flags partial matches when each word exists but no training has them all', () => {
      const results = index.search({ text: 'boulanger caces' });
      expect(results.match).toBe('partial');
      expect(results.missingWords).toBeUndefined();
      expect([...(results.matchedWords ?? [])].sort()).toEqual(['boulanger', 'caces']);
    });

    it('names in `matched` only fields that contain a word of the query', () => {
      // « ménage » is a synonym of « propreté »: the title does not contain it, the métier does.
      const [hit] = index.search({ text: 'menage' }).hits;
      expect(hit?.offerId).toBe('proprete');
      expect(hit?.matched).not.toContain('title');
      expect(hit?.matched).toContain('metier');
      const [title] = index.search({ text: 'proprete' }).hits;
      expect(title?.matched).toContain('title');
    });
  });

  describe('bounded work', () => {
    it('cuts a query past its word limit at a word boundary and says so', () => {
      const words = Array.from({ length: 40 }, (_, i) => (i === 0 ? 'boulanger' : `mot${i}`));
      const results = index.search({ text: words.join(' ') });
      expect(results.cut?.reason).toBe('words');
      expect(results.cut?.kept.split(' ')).toHaveLength(QUERY_LIMITS.maxWords);
      expect(results.hits[0]?.offerId).toBe('boulanger');
    });

    it('cuts a pasted megabyte at its character limit', () => {
      const results = index.search({ text: `boulanger ${'x'.repeat(1_000_000)}` });
      expect(results.cut?.reason).toBe('chars');
      expect(results.cut!.kept.length).toBeLessThanOrEqual(QUERY_LIMITS.maxChars);
      expect(results.hits[0]?.offerId).toBe('boulanger');
      expect(index.suggest('b'.repeat(100_000), 5)).toEqual([]);
    });

    it('leaves a query within the limits uncut', () => {
      expect(index.search({ text: 'boulanger' }).cut).toBeUndefined();
    });
  });

  it('lists every action for an empty or blank text, with score 1', () => {
    const results = index.search({ text: '   ' });
    expect(results.total).toBe(index.size);
    expect(results.hits.every((hit) => hit.score === 1 && hit.matched.length === 0)).toBe(true);
  });

  it('treats a single letter as the start of a word', () => {
    expect(offers('b')).toContain('boulanger');
    expect(index.search({ text: 'b ' })).toEqual(index.search({ text: '' }));
  });

  it('explains which fields matched', () => {
    const [hit] = index.search({ text: 'boulanger fournil' }).hits;
    expect(hit?.matched).toEqual(['title', 'metier', 'organisation']);
    const [town] = index.search({ text: 'proprete pau' }).hits;
    expect(town?.matched).toContain('town');
  });

  it('scores relevance within 0 and 1, title matches above content matches', () => {
    const hits = index.search({ text: 'caces' }).hits;
    expect(hits.every((hit) => hit.score > 0 && hit.score <= 1)).toBe(true);
    const results = index.search({ text: 'ordinateur' }).hits;
    expect(results[0]?.offerId).toBe('numerique');
    expect(results[0]?.matched).toContain('content');
  });

  it('honours limit and offset while total counts every hit', () => {
    const all = index.search({ text: '' });
    const page = index.search({ text: '', limit: 3, offset: 2 });
    expect(page.total).toBe(all.total);
    expect(page.hits.map((hit) => hit.actionId)).toEqual(all.hits.slice(2, 5).map((hit) => hit.actionId));
  });
});

describe('filters', () => {
  it('keeps offers of a programme', () => {
    expect(ids('', { programmes: ['hsp-qualif'] })).toEqual(['vente-A']);
  });

  it('keeps actions in a département', () => {
    expect(ids('', { departements: ['87'] })).toEqual(['creche-limoges']);
  });

  it('keeps actions within a radius and says how far they are', () => {
    const hits = index.search({ text: '', filters: { near: PAU, radiusKm: 20 } }).hits;
    expect(hits.map((hit) => hit.actionId).sort()).toEqual(['creche-pau', 'proprete-A']);
    expect(hits.every((hit) => hit.distanceKm === 0)).toBe(true);
  });

  it('gives distances without excluding anything when there is no radius', () => {
    const results = index.search({ text: '', filters: { near: BORDEAUX } });
    expect(results.total).toBe(index.size);
    expect(results.hits[0]?.distanceKm).toBe(0);
  });

  it('keeps actions with a session in the date window and picks the soonest passing session', () => {
    const hits = index.search({ text: 'petite enfance', filters: { startFrom: '2027-03-01' } }).hits;
    expect(hits.map((hit) => [hit.actionId, hit.sessionId])).toEqual([['creche-pau', 'late']]);
    expect(ids('', { startTo: '2027-01-31' })).not.toContain('creche-pau');
  });

  it('keeps sessions of unknown start and actions without sessions in a date window', () => {
    const dated = makeCatalogue([
      offer('unknown', 'Cuisine', {
        actions: [action('unknown-A', { sessions: [makeSession({ id: 'u', start: null })] })],
      }),
      offer('none', 'Cuisine', { actions: [action('none-A', { sessions: [] })] }),
      offer('past', 'Cuisine', {
        actions: [action('past-A', { sessions: [makeSession({ id: 'p', start: '2020-01-01' })] })],
      }),
    ]);
    const hits = createSearchIndex(dated).search({
      text: 'cuisine',
      filters: { startFrom: '2027-01-01' },
    }).hits;
    expect(hits.map((hit) => [hit.actionId, hit.sessionId])).toEqual([
      ['unknown-A', 'u'],
      ['none-A', null],
    ]);
  });

  describe('joinableOn', () => {
    const joinable = makeCatalogue([
      offer('started', 'Cuisine', {
        actions: [action('started-A', { sessions: [makeSession({ id: 'st', start: '2026-11-02' })] })],
      }),
      offer('running', 'Cuisine', {
        actions: [
          action('running-A', {
            entries: 'permanent',
            sessions: [makeSession({ id: 'run', start: '2026-09-01', end: '2027-06-30' })],
          }),
        ],
      }),
      offer('ended', 'Cuisine', {
        actions: [
          action('ended-A', {
            entries: 'permanent',
            sessions: [makeSession({ id: 'end', start: '2026-01-05', end: '2026-11-30' })],
          }),
        ],
      }),
      offer('unknown', 'Cuisine', {
        actions: [
          action('unknown-start-A', { sessions: [makeSession({ id: 'us', start: null, end: null })] }),
          action('unknown-end-A', {
            entries: 'permanent',
            sessions: [makeSession({ id: 'ue', start: '2025-01-06', end: null })],
          }),
        ],
      }),
      offer('none', 'Cuisine', { actions: [action('none-A', { sessions: [] })] }),
      offer('later', 'Cuisine', {
        actions: [
          action('later-A', {
            sessions: [
              makeSession({ id: 'past', start: '2026-10-05' }),
              makeSession({ id: 'spring', start: '2027-04-12' }),
              makeSession({ id: 'winter', start: '2027-01-11' }),
            ],
          }),
        ],
      }),
    ]);
    const joinableIndex = createSearchIndex(joinable);
    const sessions = (filters: SearchFilters) =>
      joinableIndex.search({ text: 'cuisine', filters }).hits.map((hit) => [hit.actionId, hit.sessionId]);

    it('hides a fixed-date session already started and an ended permanent-entry session', () => {
      const found = sessions({ joinableOn: '2026-12-01' }).map(([actionId]) => actionId);
      expect(found).not.toContain('started-A');
      expect(found).not.toContain('ended-A');
    });

    it('keeps a running permanent-entry session and reports it', () => {
      expect(sessions({ joinableOn: '2026-12-01' })).toContainEqual(['running-A', 'run']);
    });

    it('keeps a session starting or ending on the day itself', () => {
      expect(sessions({ joinableOn: '2026-11-02' })).toContainEqual(['started-A', 'st']);
      expect(sessions({ joinableOn: '2026-11-30' })).toContainEqual(['ended-A', 'end']);
    });

    it('keeps sessions of unknown dates and actions without sessions', () => {
      const found = sessions({ joinableOn: '2026-12-01' });
      expect(found).toContainEqual(['unknown-start-A', 'us']);
      expect(found).toContainEqual(['unknown-end-A', 'ue']);
      expect(found).toContainEqual(['none-A', null]);
    });

    it('reports the soonest joinable session when an earlier one is past', () => {
      expect(sessions({ joinableOn: '2026-12-01' })).toContainEqual(['later-A', 'winter']);
      expect(sessions({})).toContainEqual(['later-A', 'past']);
    });

    it('gives the same sessions whatever filter set of the same window was searched before', () => {
      // The date window's sessions are shared by filter sets that differ in other filters.
      expect(sessions({ joinableOn: '2026-12-01', departements: ['99'] })).toEqual([]);
      expect(sessions({ joinableOn: '2026-12-01' })).toContainEqual(['later-A', 'winter']);
      expect(sessions({ joinableOn: '2026-12-01', teachingModes: ['presentiel'] })).toContainEqual([
        'later-A',
        'winter',
      ]);
    });

    it('combines with the start date window', () => {
      const found = sessions({ joinableOn: '2026-12-01', startTo: '2026-12-31' });
      expect(found).not.toContainEqual(['later-A', 'winter']);
      expect(found.map(([actionId]) => actionId).sort()).toEqual([
        'none-A',
        'running-A',
        'unknown-end-A',
        'unknown-start-A',
      ]);
      expect(sessions({ joinableOn: '2026-12-01', startFrom: '2027-02-01' })).toContainEqual([
        'later-A',
        'spring',
      ]);
    });
  });

  it('keeps actions by teaching mode', () => {
    expect(ids('', { teachingModes: ['mixte'] })).toEqual(['creche-limoges']);
  });

  it('keeps actions with permanent entries', () => {
    expect(ids('', { permanentEntries: true })).toEqual(['creche-pau']);
  });

  it('keeps actions whose cost can be covered', () => {
    expect(ids('', { fundingPossible: true })).not.toContain('creche-pau');
    expect(ids('', { fundingPossible: true })).toHaveLength(index.size - 1);
  });

  it('keeps actions accessible to people with disabilities', () => {
    expect(ids('', { disabilityAccess: true })).toEqual(['creche-pau']);
  });

  it('applies filters before text ranking', () => {
    expect(ids('petite enfance', { departements: ['64'] })).toEqual(['creche-pau']);
  });
});

describe('ranking', () => {
  it('puts the closest action first among equally relevant ones', () => {
    expect(ids('petite enfance', { near: PAU })).toEqual(['creche-pau', 'creche-limoges']);
    expect(ids('petite enfance', { near: LIMOGES })).toEqual(['creche-limoges', 'creche-pau']);
  });

  it('then puts the soonest session first', () => {
    const soon = makeCatalogue([
      offer('later', 'Cuisine collective', {
        actions: [action('later-A', { sessions: [makeSession({ id: 'x', start: '2027-05-01' })] })],
      }),
      offer('sooner', 'Cuisine collective', {
        actions: [action('sooner-A', { sessions: [makeSession({ id: 'y', start: '2027-02-01' })] })],
      }),
    ]);
    expect(
      createSearchIndex(soon)
        .search({ text: 'cuisine' })
        .hits.map((hit) => hit.offerId),
    ).toEqual(['sooner', 'later']);
  });

  it('puts a title match above a content match whatever the distance', () => {
    const mixed = makeCatalogue([
      offer('content', 'Remise à niveau', { content: 'Module de cuisine.' }),
      offer('title', 'Cuisine', {
        actions: [action('far', { places: [place('Limoges', '87000', '87', LIMOGES)] })],
      }),
    ]);
    const hits = createSearchIndex(mixed).search({ text: 'cuisine', filters: { near: BORDEAUX } }).hits;
    expect(hits.map((hit) => hit.offerId)).toEqual(['title', 'content']);
  });
});

describe('suggest', () => {
  it('suggests métiers of the table present in the catalogue, then training titles', () => {
    expect(index.suggest('cari', 4)).toEqual([
      { kind: 'metier', label: 'Cariste' },
      { kind: 'training', label: 'Conduite de chariots élévateurs' },
    ]);
  });

  it('suggests a métier from a synonym', () => {
    expect(index.suggest('menage', 3)[0]).toEqual({ kind: 'metier', label: 'Agent de propreté' });
  });

  it('never suggests a métier the catalogue cannot lead to', () => {
    expect(index.suggest('soudeur', 5).filter((s) => s.kind === 'metier')).toEqual([]);
  });

  it('returns nothing for empty input or a zero limit', () => {
    expect(index.suggest('', 5)).toEqual([]);
    expect(index.suggest('boulanger', 0)).toEqual([]);
  });
});

describe('serialise and load', () => {
  it('round-trips through JSON and answers exactly like the built index', () => {
    const data: unknown = JSON.parse(JSON.stringify(serialiseSearchIndex(index)));
    const loaded = loadSearchIndex(catalogue, data);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const text of ['boulangrie', 'petite enfance pau', 'b', '', 'caces']) {
      expect(loaded.value.search({ text })).toEqual(index.search({ text }));
    }
  });

  it('refuses an index built for another catalogue, in French', () => {
    const result = loadSearchIndex(makeCatalogue(), serialiseSearchIndex(index));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.path).toBe('index.catalogue');
  });

  it.each([
    ['not an object', 42, 'index'],
    ['a wrong format', { ...serialiseSearchIndex(index), format: 'autre' }, 'index.format'],
    ['a wrong version', { ...serialiseSearchIndex(index), version: 2 }, 'index.version'],
    ['a damaged posting list', { ...serialiseSearchIndex(index), docs: 'AAAA' }, 'index.docs'],
    [
      'unsorted terms',
      {
        ...serialiseSearchIndex(index),
        terms: serialiseSearchIndex(index).terms.split('\n').reverse().join('\n'),
      },
      'index.terms',
    ],
    ['a missing field', { ...serialiseSearchIndex(index), fields: undefined }, 'index.fields'],
  ])('refuses %s with a problem at its path', (_case, data, path) => {
    const result = loadSearchIndex(catalogue, data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]?.path).toBe(path);
      expect(result.error[0]?.message).toMatch(/[a-zé]/);
    }
  });

  it('pins the French message of a stale index', () => {
    const result = loadSearchIndex(catalogue, { ...serialiseSearchIndex(index), version: 0 });
    expect(result.ok ? null : result.error[0]?.message).toMatchInlineSnapshot(
      `"version 1 attendue, 0 trouvée : reconstruisez l'index"`,
    );
  });
});

describe('SearchIndex.prepare', () => {
  it('builds the typo and sound tables ahead of need without changing any answer', () => {
    const lazy = createSearchIndex(catalogue);
    const prepared = createSearchIndex(catalogue);
    prepared.prepare();
    for (const text of ['boulanjer', 'karist ', 'soignnat', 'xyzzq', 'propreté pau'])
      expect(prepared.search({ text })).toEqual(lazy.search({ text }));
  });
});
