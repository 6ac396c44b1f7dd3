import { describe, expect, it } from 'vitest';
import { parseRelayDirectory } from './parse.js';
import type { Relay, RelayDirectory } from './schema.js';

function makeRelay(overrides: Partial<Relay> = {}): Relay {
  return {
    id: 'ml-demo-33',
    kind: 'mission-locale',
    name: 'Mission locale Démo Garonne (fictif)',
    address: {
      lines: ['1 place Exemple (adresse fictive)'],
      postalCode: '33000',
      city: 'Bordeaux',
      inseeCode: '33063',
    },
    departement: '33',
    phone: '05 36 49 00 01',
    website: 'https://mission-locale-demo.example',
    openingHours: 'Mo-Fr 09:00-12:00,14:00-17:00; PH off',
    whatToBring: ["Une pièce d'identité"],
    ...overrides,
  };
}

function makeDirectory(relays: Relay[] = [makeRelay()]): RelayDirectory {
  return {
    format: 'passerelle-relays',
    version: 1,
    meta: {
      source: 'Jeu de test écrit à la main',
      generatedAt: '2026-11-22',
      licence: 'CC0-1.0',
      demo: true,
    },
    relays,
  };
}

describe('parseRelayDirectory', () => {
  it('accepts a valid directory and returns it', () => {
    const result = parseRelayDirectory(makeDirectory());
    expect(result).toEqual({ ok: true, value: makeDirectory() });
  });

  it('accepts JSON text', () => {
    expect(parseRelayDirectory(JSON.stringify(makeDirectory())).ok).toBe(true);
  });

  it('reports each broken field with its path, a French message and the relay id', () => {
    const result = parseRelayDirectory(
      makeDirectory([
        makeRelay(),
        makeRelay({
          id: 'cria-1',
          kind: 'cria',
          website: 'javascript:alert(1)',
          openingHours: 'Lu-Ve 9h-12h',
          phone: 'appelez-nous',
        }),
      ]),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual([
        {
          path: 'relays[1].phone',
          message:
            'format invalide : attendu un numéro de téléphone, reçu le texte « appelez-nous » (relais cria-1)',
        },
        {
          path: 'relays[1].website',
          message:
            'format invalide : attendu une adresse web commençant par http:// ou https://, reçu le texte « javascript:alert(1) » (relais cria-1)',
        },
        {
          path: 'relays[1].openingHours',
          message:
            'horaires au format OpenStreetMap invalides : au caractère 1, attendu une règle (ex. Mo-Fr 09:00-12:00, 24/7, PH off ou un "commentaire"), trouvé « Lu-Ve 9h-12h » (les jours s’écrivent en anglais : Mo, Tu, We, Th, Fr, Sa, Su) (relais cria-1)',
        },
      ]);
    }
  });

  it('rejects an unknown relay kind and lists the permitted ones', () => {
    const result = parseRelayDirectory(makeDirectory([makeRelay({ kind: 'pole-emploi' as Relay['kind'] })]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]?.path).toBe('relays[0].kind');
      expect(result.error[0]?.message).toMatch(
        /^valeur non reconnue : le texte « pole-emploi » ; valeurs permises : « cio », « mission-locale »/,
      );
    }
  });

  it('rejects two relays with the same id', () => {
    const result = parseRelayDirectory(makeDirectory([makeRelay(), makeRelay({ name: 'Autre (fictif)' })]));
    expect(result).toEqual({
      ok: false,
      error: [
        {
          path: 'relays[1].id',
          message:
            'identifiant « ml-demo-33 » déjà utilisé par relays[0] : chaque relais doit avoir un identifiant unique',
        },
      ],
    });
  });

  it('reports a missing format marker instead of guessing', () => {
    const { format: _format, ...rest } = makeDirectory();
    const result = parseRelayDirectory(rest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.path).toBe('format');
  });

  it('refuses a directory of 150,000 broken relays with one French problem at the list, without overflowing the stack (issue 14)', () => {
    const directory = { ...makeDirectory(), relays: new Array<number>(150_000).fill(7) };
    const result = parseRelayDirectory(directory);
    expect(result.ok ? [] : result.error.map((problem) => problem.path)).toEqual(['relays']);
    expect(result.ok ? '' : result.error[0]?.message).toContain('liste de 150000 éléments');
  });
});
