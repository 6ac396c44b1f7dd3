import { describe, expect, it } from 'vitest';
import { makeCatalogue, makeOffer, makeAction, makeSession } from '../test-support/catalogue-fixtures.js';
import { parseCatalogue, parseJsonText } from './parse.js';

describe('parseCatalogue', () => {
  it('accepts a valid catalogue and returns it', () => {
    const catalogue = makeCatalogue();
    const result = parseCatalogue(catalogue);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.offers[0]?.id).toBe('F-1');
  });

  it('accepts JSON text', () => {
    expect(parseCatalogue(JSON.stringify(makeCatalogue())).ok).toBe(true);
  });

  it('reports a JSON syntax error with its line and column', () => {
    const result = parseCatalogue('{\n  "format": "passerelle-catalogue",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]?.path).toBe('ligne 3, colonne 3');
      expect(result.error[0]?.message).toBe(
        "JSON invalide : le texte n'est pas un JSON bien formé : caractère « o » inattendu",
      );
    }
  });

  it('places an unexpected end of the text at its last line, and says the file looks cut short', () => {
    const result = parseCatalogue('{\n  "format": "passerelle-catalogue",\n  "offers": [');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]?.path).toBe('ligne 3, colonne 14');
      expect(result.error[0]?.message).toBe(
        "JSON invalide : le texte s'arrête avant la fin (fichier tronqué ?)",
      );
    }
  });

  it('says an empty file is empty', () => {
    const result = parseCatalogue(' \n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.message).toBe('JSON invalide : le fichier est vide');
  });

  it('says a string never closed is a text cut short, in French only', () => {
    const result = parseCatalogue('{"format": "passerelle-cata');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]?.message).toBe(
        "JSON invalide : le texte s'arrête avant la fin (fichier tronqué ?)",
      );
    }
  });

  it('says so when a web page came back instead of JSON', () => {
    const result = parseCatalogue('<!DOCTYPE html><title>404</title>');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]?.message).toBe(
        "JSON invalide : le serveur a renvoyé une page HTML au lieu d'un fichier JSON (adresse erronée ?)",
      );
    }
  });

  it('reports every problem with its path, a French message and the offer id', () => {
    const broken = makeCatalogue([
      makeOffer(),
      makeOffer({
        id: 'F-2',
        title: '',
        actions: [makeAction({ sessions: [makeSession({ start: '11/01/2027' })] })],
      }),
    ]);
    const result = parseCatalogue(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual([
        { path: 'offers[1].title', message: 'ce texte ne doit pas être vide (offre F-2)' },
        {
          path: 'offers[1].actions[0].sessions[0].start',
          message: 'format invalide : attendu une date AAAA-MM-JJ, reçu le texte « 11/01/2027 » (offre F-2)',
        },
      ]);
    }
  });

  it('names a missing required field', () => {
    const { title: _title, ...untitled } = makeOffer();
    const result = parseCatalogue({ ...makeCatalogue(), offers: [untitled] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error[0]).toEqual({
        path: 'offers[0].title',
        message: 'champ obligatoire manquant : attendu du texte (offre F-1)',
      });
    }
  });

  it('rejects a catalogue of another format version', () => {
    const result = parseCatalogue({ ...makeCatalogue(), version: 2 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.path).toBe('version');
  });

  it('refuses a catalogue of 150,000 broken offers with one French problem at the list, without overflowing the stack (issue 14)', () => {
    const catalogue = { ...makeCatalogue(), offers: new Array<number>(150_000).fill(7) };
    expect(parseCatalogue(catalogue)).toEqual({
      ok: false,
      error: [
        {
          path: 'offers',
          message:
            "bien trop de valeurs invalides pour les énumérer une à une (liste de 150000 éléments) : document refusé ; corrigez d'abord l'erreur qui se répète",
        },
      ],
    });
  });
});

describe('parseJsonText', () => {
  it('reads a text that starts with a UTF-8 byte order mark, as Windows editors save it', () => {
    const result = parseJsonText('\uFEFF{"a":1}');
    expect(result).toEqual({ ok: true, value: { a: 1 } });
  });
});
