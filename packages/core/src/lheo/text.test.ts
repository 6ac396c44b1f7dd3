import { describe, expect, it } from 'vitest';
import { plainText } from './text.js';

describe('plainText', () => {
  it.each([
    ['plain text stays as written', 'Cariste R489', 'Cariste R489'],
    ['paragraphs become lines', '<p>Lire</p><p>Écrire</p>', 'Lire\nÉcrire'],
    ['<br> variants become line breaks', 'un<br>deux<br/>trois<BR />quatre', 'un\ndeux\ntrois\nquatre'],
    ['list items become dashed lines', '<ul><li>Français</li><li>Calcul</li></ul>', '- Français\n- Calcul'],
    ['inline tags are stripped', 'Cariste <b>CACES</b> <a href="x">R489</a>', 'Cariste CACES R489'],
    [
      'HTML entities are decoded',
      'Calcul &eacute;l&eacute;mentaire&nbsp;: 5&euro; &#233;t&#xE9;',
      'Calcul élémentaire : 5€ été',
    ],
    ['twice-escaped HTML is decoded then stripped', '&lt;p&gt;Bonjour&lt;/p&gt;', 'Bonjour'],
    ['a lone « < » is not a tag', 'âge < 26 ans & plus', 'âge < 26 ans & plus'],
    ['source line breaks inside HTML are spaces', '<p>Bonjour\n  tout le monde</p>', 'Bonjour tout le monde'],
    [
      'line breaks of plain text are kept, blank runs squeezed',
      ' un \n\n\n\n deux\r\ntrois ',
      'un\n\ndeux\ntrois',
    ],
    ['comments are removed', 'a<!-- note -->b', 'ab'],
  ])('%s', (_name, input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});
