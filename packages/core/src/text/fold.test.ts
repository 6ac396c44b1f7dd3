import { describe, expect, it } from 'vitest';
import { foldText } from './fold.js';

describe('foldText', () => {
  it.each([
    ['Saint-Étienne', 'saint etienne'],
    ["L'Île-d'Yeu", 'l ile d yeu'],
    ['Œuvre ÆTHER', 'oeuvre aether'],
    ['  Aide   soignant(e)  ', 'aide soignant e'],
    ['Français langue étrangère', 'francais langue etrangere'],
    ['CACES® R489', 'caces r489'],
    ['Lʼaccueil', 'l accueil'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('returns an empty string for punctuation only', () => {
    expect(foldText(" -- ' ")).toBe('');
  });
});
