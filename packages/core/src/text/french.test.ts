import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './fold.js';
import {
  dropElisions,
  foldedWords,
  forEachRawWord,
  frenchTokens,
  isMeaningfulWord,
  scanRawWords,
  stemFrench,
} from './french.js';

describe('frenchTokens', () => {
  it.each([
    ['case', 'BOULANGER', ['boulanger']],
    ['accents', 'Électricité Pâtisserie', ['electricite', 'patisserie']],
    ['ligatures', 'Œuvre Cœur', ['oeuvre', 'coeur']],
    ['elision l’', "l'accueil", ['accueil']],
    ['elision d’ (typographic apostrophe)', 'agent d’entretien', ['agent', 'entretien']],
    ['elision qu’', "qu'un apprenti", ['apprenti']],
    ['elision jusqu’', "jusqu'au bout", ['bout']],
    ['hyphens', 'aide-soignant', ['aide', 'soignant']],
    ['plurals in s', 'formations cuisiniers', ['formation', 'cuisinier']],
    ['plurals in aux', 'travailleurs sociaux', ['travailleur', 'social']],
    ['feminine -ante', 'aide soignante', ['aide', 'soignant']],
    ['feminine -euse', 'vendeuse', ['vendeur']],
    ['feminine -trice', 'animatrice', ['animateur']],
    ['feminine -ère', 'boulangère', ['boulanger']],
    ['feminine -ienne', 'technicienne', ['technicien']],
    ['feminine -elle', 'professionnelle', ['professionnel']],
    ['feminine -ive', 'éducative', ['educatif']],
    ['feminine -ée', 'employée', ['employe']],
    ['feminine plural', 'aides-soignantes', ['aide', 'soignant']],
    ['stop words', 'le permis de conduire pour les jeunes', ['permi', 'conduire', 'jeune']],
    ['lone letters', 'soignant(e) a b', ['soignant']],
    ['digits kept as they are', 'CACES R489 niveau 3', ['cace', 'r489', 'niveau', '3']],
  ])('applies the %s rule: %j', (_rule, input, expected) => {
    expect(frenchTokens(input)).toEqual(expected);
  });

  it('gives the same tokens for a word with and without accents or capitals', () => {
    expect(frenchTokens('Français')).toEqual(frenchTokens('francais'));
    expect(frenchTokens('française')).toEqual(frenchTokens('FRANCAIS'));
  });

  it('returns no token for empty, blank or stop-word-only text', () => {
    expect(frenchTokens('')).toEqual([]);
    expect(frenchTokens('   ')).toEqual([]);
    expect(frenchTokens("de la l' d'")).toEqual([]);
  });
});

describe('stemFrench', () => {
  it('keeps short words and words with digits unchanged', () => {
    expect(stemFrench('bus')).toBe('bus');
    expect(stemFrench('r489s')).toBe('r489s');
  });

  it('does not strip a double s', () => {
    expect(stemFrench('bureautiquess')).toBe('bureautiquess');
    expect(stemFrench('process')).toBe('process');
  });

  it('maps masculine and feminine, singular and plural to one stem', () => {
    const forms = ['vendeur', 'vendeurs', 'vendeuse', 'vendeuses'];
    expect(new Set(forms.map(stemFrench))).toEqual(new Set(['vendeur']));
  });
});

describe('dropElisions', () => {
  it('removes elided articles but not letters inside words', () => {
    expect(dropElisions("l'atelier d'aujourd'hui")).toBe(" atelier  aujourd'hui");
  });
});

describe('isMeaningfulWord', () => {
  it('rejects stop words and lone letters, keeps lone digits', () => {
    expect(isMeaningfulWord('les')).toBe(false);
    expect(isMeaningfulWord('x')).toBe(false);
    expect(isMeaningfulWord('3')).toBe(true);
    expect(isMeaningfulWord('cap')).toBe(true);
  });
});

describe('foldedWords', () => {
  it('cuts and folds word by word exactly as folding the whole text would', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '9',
      'é',
      'É',
      'e\u0301',
      'œ',
      'Æ',
      'ß',
      'İ',
      'α',
      'Ω',
      '😀',
      'ʼ',
      '’',
      "'",
      '-',
      ' ',
      '\n',
      '.',
      '«',
      '\u00a0',
      '×',
      'ç',
      'ﬁ',
      '²',
      '٣',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const whole = foldText(text);
        expect(foldedWords(text)).toEqual(whole === '' ? [] : whole.split(' '));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scanRawWords', () => {
  it('finds the same words as forEachRawWord, with equal hashes for equal words', () => {
    const text = "L'aide-soignante et l'aide soignante, Œuvre É\u0301té 2027";
    const raws: string[] = [];
    forEachRawWord(text, (raw) => raws.push(raw));
    const scanned: [string, number][] = [];
    scanRawWords(text, (start, end, hash) => scanned.push([text.slice(start, end), hash]));
    expect(scanned.map(([word]) => word)).toEqual(raws);
    const hashes = new Map<string, number>();
    for (const [word, hash] of scanned) {
      expect(hashes.get(word) ?? hash).toBe(hash);
      hashes.set(word, hash);
    }
    expect(hashes.get('aide')).not.toBe(hashes.get('soignante'));
  });
});
