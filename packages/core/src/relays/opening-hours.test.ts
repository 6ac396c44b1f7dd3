import { describe, expect, it } from 'vitest';
import { checkOpeningHours } from './opening-hours.js';

describe('checkOpeningHours', () => {
  it.each([
    '24/7',
    'Mo-Fr 09:00-12:00,14:00-17:00',
    'Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00; PH off',
    'Mo,We,Fr 09:00-12:00; Tu,Th 14:00-17:30',
    'Mo 09:00-12:00, We 14:00-17:00',
    'Tu-Th 09:00-12:00 "sur rendez-vous l\'après-midi"',
    'Mo[1,3] 14:00-16:00',
    'Jan-Jul,Sep-Dec Mo-Fr 09:00-17:00; Aug off',
    'Dec 24-26 closed',
    'Mo-Fr 09:00-12:00 || "sur rendez-vous"',
    'Sa 09:00+',
    'Fr 22:00-26:00',
    'PH,Su off',
    '"sur rendez-vous uniquement"',
  ])('accepts « %s »', (value) => {
    expect(checkOpeningHours(value)).toEqual({ ok: true, value });
  });

  it('quotes what it found without cutting an emoji in half', () => {
    const result = checkOpeningHours('Mo-Fr 09:00-12:00 abcdefghijk😀😀');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('« abcdefghijk… »');
      // No half emoji: a high surrogate not followed by its low half.
      expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(result.error)).toBe(false);
    }
  });

  it('explains that days are written in English when French abbreviations are used', () => {
    expect(checkOpeningHours('Lu-Ve 09:00-12:00')).toEqual({
      ok: false,
      error:
        'au caractère 1, attendu une règle (ex. Mo-Fr 09:00-12:00, 24/7, PH off ou un "commentaire"), trouvé « Lu-Ve 09:00-… » (les jours s’écrivent en anglais : Mo, Tu, We, Th, Fr, Sa, Su)',
    });
  });

  it.each([
    ['Mo-Fr 9h-12h', 'au caractère 7, attendu une heure au format HH:MM (ex. 09:00), trouvé « 9h-12h »'],
    [
      'Mo-Fr 09:00',
      'au caractère 12, attendu « - » puis une heure de fin (ex. 09:00-12:00), trouvé la fin du texte',
    ],
    ['Mo-Fr 09:00-12:75', 'au caractère 13, attendu une heure valide (00:00 à 48:00), trouvé « 12:75 »'],
    [
      'Mo-Fr 09:00-12:00 Sa 09:00-12:00',
      'au caractère 19, attendu « ; » entre deux règles, trouvé « Sa 09:00-12:… »',
    ],
    [
      'Mo- 09:00-12:00',
      'au caractère 4, attendu un jour de fin (Mo, Tu, We, Th, Fr, Sa, Su), trouvé « 09:00-12:00 »',
    ],
    [
      'Mo "sur rendez-vous',
      'au caractère 4, attendu un guillemet fermant « " » pour terminer le commentaire, trouvé « "sur rendez-… »',
    ],
    ['', 'au caractère 1, attendu des horaires (ex. Mo-Fr 09:00-12:00,14:00-17:00), trouvé la fin du texte'],
    [
      'Mo-Fr 09:00-12:00;',
      'au caractère 19, attendu une règle (ex. Mo-Fr 09:00-12:00, 24/7, PH off ou un "commentaire"), trouvé la fin du texte',
    ],
  ])('rejects « %s » saying where and what was expected', (value, error) => {
    expect(checkOpeningHours(value)).toEqual({ ok: false, error });
  });
});
