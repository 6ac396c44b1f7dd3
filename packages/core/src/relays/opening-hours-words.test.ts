import { describe, expect, it } from 'vitest';
import { describeOpeningHours } from './opening-hours-words.js';

describe('describeOpeningHours', () => {
  it('says weekdays, times and public holidays in plain French', () => {
    expect(describeOpeningHours('Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off')).toBe(
      'Ouvert du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h ; le samedi de 9 h à 12 h ; fermé les jours fériés.',
    );
  });

  it('says a list of days, minutes and comments', () => {
    expect(describeOpeningHours('Mo,We,Fr 09:00-12:30 "sur rendez-vous"')).toBe(
      'Ouvert le lundi, mercredi et vendredi de 9 h à 12 h 30 (sur rendez-vous).',
    );
    expect(describeOpeningHours('Tu 09:00-12:00')).toBe('Ouvert le mardi de 9 h à 12 h.');
  });

  it('gives up, rather than guess, on a form it does not know', () => {
    expect(describeOpeningHours('Mo[1] 09:00-12:00')).toBeUndefined();
    expect(describeOpeningHours('Jan-Jun Mo 09:00-12:00')).toBeUndefined();
    expect(describeOpeningHours('')).toBeUndefined();
  });
});
