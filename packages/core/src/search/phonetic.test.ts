import { describe, expect, it } from 'vitest';
import { makeAction, makeCatalogue, makeOffer } from '../test-support/catalogue-fixtures.js';
import { phoneticKeys } from './phonetic.js';
import { createSearchIndex } from './search-index.js';

const meets = (a: string, b: string) => phoneticKeys(a).some((key) => phoneticKeys(b).includes(key));

describe('phonetic keys', () => {
  it.each([
    ['informatik', 'informatique'],
    ['masson', 'macon'],
    ['plonberie', 'plomberie'],
    ['fotographe', 'photographe'],
    ['komptabilite', 'comptabilite'],
    ['vandeur', 'vendeur'],
    ['cuizine', 'cuisine'],
    ['boulanjer', 'boulanger'],
    ['alfabetisassion', 'alphabetisation'],
    ['karist', 'cariste'],
    ['massonerie', 'maconnerie'],
  ])('lets %j meet %j', (spelt, word) => {
    expect(meets(spelt, word)).toBe(true);
  });

  it('keeps different words apart and gives short words no key', () => {
    expect(meets('marine', 'machine')).toBe(false);
    expect(meets('vente', 'soudure')).toBe(false);
    expect(phoneticKeys('abc')).toEqual([]);
    expect(meets('xyzzq', 'cariste')).toBe(false);
  });
});

describe('search by sound', () => {
  const index = createSearchIndex(
    makeCatalogue([
      makeOffer({ id: 'macon', title: 'Maçon du bâti ancien', actions: [makeAction({ id: 'macon-A' })] }),
      makeOffer({ id: 'info', title: 'Informatique : les bases', actions: [makeAction({ id: 'info-A' })] }),
    ]),
  );

  it('reaches a métier the catalogue never writes out, while it is being typed (« massonerie »)', () => {
    expect(index.search({ text: 'massonerie' }).hits.map((hit) => hit.offerId)).toEqual(['macon']);
  });

  it('finds « maçon » from « masson » and « informatique » from « informatik »', () => {
    expect(index.search({ text: 'masson ' }).hits.map((hit) => hit.offerId)).toEqual(['macon']);
    expect(index.search({ text: 'informatik ' }).hits.map((hit) => hit.offerId)).toEqual(['info']);
  });

  it('reaches the most used words of a sound that many rare words share (« karist » → cariste)', () => {
    const rare = [
      'carise',
      'karis',
      'caris',
      'carit',
      'karite',
      'carist',
      'kariz',
      'carits',
      'karisse',
      'carice',
    ];
    const crowded = createSearchIndex(
      makeCatalogue([
        ...['1', '2', '3'].map((n) =>
          makeOffer({
            id: `cariste-${n}`,
            title: `Cariste ${n}`,
            actions: [makeAction({ id: `cariste-${n}-A` })],
          }),
        ),
        ...rare.map((word) =>
          makeOffer({
            id: word,
            title: 'Atelier de couture',
            content: `Le mot ${word} dans le programme.`,
            actions: [makeAction({ id: `${word}-A` })],
          }),
        ),
      ]),
    );
    const found = crowded.search({ text: 'karist ' }).hits.map((hit) => hit.offerId);
    expect(found.slice(0, 3).sort()).toEqual(['cariste-1', 'cariste-2', 'cariste-3']);
  });

  it('still answers a nonsense word honestly', () => {
    const results = index.search({ text: 'xyzzq ' });
    expect(results.total).toBe(0);
    expect(results.missingWords).toEqual(['xyzzq']);
  });
});
