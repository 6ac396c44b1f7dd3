import { describe, expect, it } from 'vitest';
import type { Offer } from '../catalogue/schema.js';
import { makeAction, makeCatalogue, makeOffer, makeSession } from '../test-support/catalogue-fixtures.js';
import { interpretPeopleWords, PEOPLE_WORDS } from './people-words.js';
import { createSearchIndex } from './search-index.js';

const LIMOGES = { lat: 45.8336, lon: 1.2611 };

function offer(id: string, title: string, overrides: Partial<Offer> = {}): Offer {
  return makeOffer({
    id,
    title,
    actions: [
      makeAction({
        id: `${id}-A`,
        sessions: [makeSession({ id: `${id}-S` })],
        places: [
          {
            address: {
              lines: [],
              city: 'Limoges',
              postalCode: '87000',
              departement: '87',
              coordinates: LIMOGES,
            },
          },
        ],
      }),
    ],
    ...overrides,
  });
}

const index = createSearchIndex(
  makeCatalogue([
    offer('alpha', 'Alphabétisation : apprendre à lire et écrire le français', { programmes: ['hsp-socle'] }),
    offer('fle', 'Français langue étrangère (FLE) niveau A2', { programmes: ['hsp-socle'] }),
    offer('base', 'Savoirs de base : remise à niveau en français et calcul', { programmes: ['hsp-socle'] }),
    offer('prequal', 'Prépa métiers : découvrir un métier', { programmes: ['prequalification'] }),
    offer('cap', 'CAP Cuisine', { programmes: ['qualifying-training'], rome: ['G1602'] }),
  ]),
);
const first = (text: string) => index.search({ text }).hits[0]?.offerId;

describe("people's words", () => {
  it('keeps every phrase of the table meaningful (a phrase of stop words would match nothing)', () => {
    for (const word of PEOPLE_WORDS) {
      for (const phrase of word.phrases) expect(interpretPeopleWords(phrase), phrase).not.toBeNull();
    }
  });

  it('tells FLE, alphabétisation and illettrisme apart, as the orientation rules do', () => {
    expect(first('apprendre le francais limoges')).toBe('fle');
    expect(first('parler francais')).toBe('fle');
    expect(first('apprendre a lire')).toBe('alpha');
    expect(first('remise a niveau')).toBe('base');
    expect(first('illettrisme')).toBe('base');
  });

  it('answers « jeune » with trainings and the Mission locale as the first step, not nothing', () => {
    const results = index.search({ text: 'jeune' });
    expect(results.total).toBeGreaterThan(0);
    expect(results.relay).toBe('mission-locale');
    expect(results.understood).toMatchObject([
      { words: 'jeune', programmes: [], needs: ['school-guidance'], relay: 'mission-locale' },
    ]);
    // No training here says it is aimed at young people: the words select nothing, all are listed.
    expect(results.conditionsFromWords).toBeUndefined();
    expect(index.search({ text: 'JEUNES ' }).relay).toBe('mission-locale');
  });

  it('selects the programmes of a query made of people words, kept only when the catalogue has them', () => {
    const results = index.search({ text: 'sans diplome' });
    expect(results.programmesFromWords).toEqual(['hsp-premier-niveau', 'prequalification']);
    expect(results.hits.map((hit) => hit.offerId)).toEqual(['prequal']);
  });

  it('leaves the programmes alone when the person removed the chip or chose programmes', () => {
    const removed = index.search({ text: 'sans diplome', understandWords: false });
    expect(removed.programmesFromWords).toBeUndefined();
    const chosen = index.search({ text: 'sans diplome', filters: { programmes: ['qualifying-training'] } });
    expect(chosen.programmesFromWords).toBeUndefined();
    expect(chosen.hits.map((hit) => hit.offerId)).toEqual(['cap']);
  });

  it('keeps reading the words but selects no programme once the chip is removed (selectProgrammes: false)', () => {
    const vae = createSearchIndex(
      makeCatalogue([
        offer('vae', 'Accompagnement à la VAE', { programmes: ['vae'] }),
        offer('other', 'CAP Cuisine', { programmes: ['qualifying-training'] }),
      ]),
    );
    const chosen = vae.search({ text: 'vae' });
    expect(chosen.programmesFromWords).toEqual(['vae']);
    expect(chosen.total).toBe(1);
    // « sans diplôme » searches no word of its own: without its programmes, every training.
    const removed = index.search({ text: 'sans diplome', selectProgrammes: false });
    expect(removed.programmesFromWords).toBeUndefined();
    expect(removed.total).toBe(5);
    const relayKept = vae.search({ text: 'vae', selectProgrammes: false });
    expect(relayKept.programmesFromWords).toBeUndefined();
    expect(relayKept.relay).toBe('vae-point');
    expect(relayKept.hits.map((hit) => hit.offerId)).toEqual(['vae']);
  });

  describe('« handicap » selects accessible trainings, whatever else the query holds', () => {
    const accessible = (id: string, title: string) => {
      const made = offer(id, title, { rome: ['G1602'] });
      return {
        ...made,
        actions: made.actions.map((a) => ({ ...a, disabilityAccess: 'Locaux de plain-pied.' })),
      };
    };
    const access = createSearchIndex(
      makeCatalogue([
        accessible('cuisine-ok', 'CAP Cuisine'),
        offer('cuisine', 'CAP Cuisine', { rome: ['G1602'] }),
        offer('vente', 'Vendeur en magasin'),
      ]),
    );
    const ids = (results: { hits: readonly { offerId: string }[] }) => results.hits.map((hit) => hit.offerId);

    it('selects the condition for a query of people words and for one with other words', () => {
      const alone = access.search({ text: 'handicap' });
      expect(alone.conditionsFromWords).toEqual({ disabilityAccess: true });
      expect(alone.relay).toBe('cap-emploi');
      expect(ids(alone)).toEqual(['cuisine-ok']);
      const withJob = access.search({ text: 'cuisine rqth' });
      expect(withJob.conditionsFromWords).toEqual({ disabilityAccess: true });
      expect(ids(withJob)).toEqual(['cuisine-ok']);
    });

    it('drops the condition when no training meets it, or once the chip is removed', () => {
      const none = access.search({ text: 'vendeur handicap' });
      expect(none.conditionsFromWords).toBeUndefined();
      expect(ids(none)).toEqual(['vente']);
      const removed = access.search({ text: 'cuisine handicap', selectProgrammes: false });
      expect(removed.conditionsFromWords).toBeUndefined();
      expect(ids(removed).sort()).toEqual(['cuisine', 'cuisine-ok']);
      expect(removed.relay).toBe('cap-emploi');
    });

    it('suggests no training title that the words do not name', () => {
      expect(access.suggest('handicap', 5)).toEqual([]);
      expect(access.suggest('cuisine handicap', 5)).toContainEqual({
        kind: 'training',
        label: 'CAP Cuisine',
      });
      expect(index.suggest('sans diplome', 5)).toEqual([]);
    });

    it('leaves the condition to the caller who set it, and keeps it when programmes go', () => {
      const set = access.search({ text: 'handicap', filters: { disabilityAccess: true } });
      expect(set.conditionsFromWords).toBeUndefined();
      expect(ids(set)).toEqual(['cuisine-ok']);
      // No accessible training of « sans diplôme »'s programmes here: the programmes go, the need stays.
      const both = access.search({ text: 'sans diplome handicap' });
      expect(both.programmesFromWords).toBeUndefined();
      expect(both.conditionsFromWords).toEqual({ disabilityAccess: true });
      expect(ids(both)).toEqual(['cuisine-ok']);
    });
  });

  describe('« jeune », « RSA » select the trainings aimed at those publics (LHÉO code-public-vise)', () => {
    const aimedAt = (id: string, title: string, targetPublics: string[]) => {
      const made = offer(id, title);
      return { ...made, actions: made.actions.map((a) => ({ ...a, targetPublics })) };
    };
    const publics = createSearchIndex(
      makeCatalogue([
        aimedAt('jeunes', 'Premier niveau de qualification : cuisine', ['81024', '80006']),
        aimedAt('rsa', 'Parcours vers l’emploi', ['80010']),
        aimedAt('tous', 'CAP Cuisine', ['80006']),
      ]),
    );
    const ids = (results: { hits: readonly { offerId: string }[] }) => results.hits.map((hit) => hit.offerId);

    it('lists the trainings for young people under « jeune », with the Mission locale first', () => {
      const results = publics.search({ text: 'jeunes' });
      expect(ids(results)).toEqual(['jeunes']);
      expect(results.conditionsFromWords?.publics?.label).toBe('Pour les jeunes');
      expect(results.conditionsFromWords?.publics?.codes).toContain('81024');
      expect(results.relay).toBe('mission-locale');
      expect(ids(publics.search({ text: 'jeune cuisine' }))).toEqual(['jeunes']);
    });

    it('lists the trainings for RSA beneficiaries under « rsa »', () => {
      const results = publics.search({ text: 'rsa' });
      expect(ids(results)).toEqual(['rsa']);
      expect(results.conditionsFromWords?.publics).toEqual({
        codes: ['80010'],
        label: 'Pour les personnes au RSA',
      });
    });

    it('joins the publics of two phrases, and leaves them to a caller who chose publics', () => {
      const both = publics.search({ text: 'jeune rsa' });
      expect(ids(both).sort()).toEqual(['jeunes', 'rsa']);
      expect(both.conditionsFromWords?.publics?.label).toBe('Pour les jeunes, Pour les personnes au RSA');
      const chosen = publics.search({ text: 'jeune', filters: { publics: ['80006'] } });
      expect(chosen.conditionsFromWords).toBeUndefined();
      expect(ids(chosen).sort()).toEqual(['jeunes', 'tous']);
    });
  });

  it('selects no programme when the query also holds other words', () => {
    const results = index.search({ text: 'jeune cuisine' });
    expect(results.programmesFromWords).toBeUndefined();
    expect(results.relay).toBe('mission-locale');
    expect(results.hits[0]?.offerId).toBe('cap');
  });
});

describe('one card per training', () => {
  const at = (id: string, start: string) =>
    makeAction({
      id,
      sessions: [makeSession({ id: `${id}-S`, start })],
      places: [{ address: { lines: [], city: 'Pau', postalCode: '64000', departement: '64' } }],
    });
  const grouped = createSearchIndex(
    makeCatalogue([
      makeOffer({
        id: 'adom',
        title: 'Aide à domicile',
        actions: [at('mars', '2027-03-01'), at('janvier', '2027-01-10'), at('mai', '2027-05-02')],
      }),
      makeOffer({
        id: 'other',
        title: 'Aide à domicile : découvrir le métier',
        actions: [at('x', '2027-02-01')],
      }),
    ]),
  );

  it('folds identical actions of one offer into one hit with their sessions, soonest first', () => {
    const results = grouped.search({ text: 'aide a domicile' });
    expect(results.total).toBe(2);
    const [first] = results.hits.filter((hit) => hit.offerId === 'adom');
    expect(first?.actionId).toBe('janvier');
    expect(first?.group?.actionIds).toHaveLength(3);
    expect(first?.group?.sessions.map((session) => session.start)).toEqual([
      '2027-01-10',
      '2027-03-01',
      '2027-05-02',
    ]);
    expect(results.hits.find((hit) => hit.offerId === 'other')?.group).toBeUndefined();
  });

  it('counts trainings when there is no text too', () => {
    expect(grouped.search({}).total).toBe(2);
  });
});
