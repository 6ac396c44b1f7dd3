import { describe, expect, it } from 'vitest';
import type { Problem } from '../result.js';
import { createCatalogueChecker } from './stream-check.js';

const offer = (id: string, title = 'Formation fictive') => ({
  id,
  title,
  formacodes: [],
  nsf: [],
  rome: [],
  certifications: [],
  contacts: [],
  organisation: { name: 'Organisme fictif', contacts: [] },
  programmes: [],
  actions: [
    {
      id: `${id}-A`,
      targetPublics: [],
      fundingPossible: true,
      places: [],
      informationDates: [],
      languages: [],
      funders: [],
      trainers: [],
      sessions: [{ id: `${id}-S`, start: '2027-01-11', end: null, contacts: [] }],
    },
  ],
});
const head =
  '{"format":"passerelle-catalogue","version":1,"meta":{"source":"essai","generatedAt":"2026-11-22","licence":"inconnue","demo":true},"offers":[\n';

function check(chunks: readonly string[]) {
  const problems: Problem[] = [];
  const checker = createCatalogueChecker((problem) => problems.push(problem));
  for (const chunk of chunks) checker.write(chunk);
  return { problems, summary: checker.end() };
}

describe('createCatalogueChecker', () => {
  it('reports a bad offer as soon as it is read, before the rest of the file arrives', () => {
    const problems: Problem[] = [];
    const checker = createCatalogueChecker((problem) => problems.push(problem));
    checker.write(`${head}${JSON.stringify(offer('F-1', ' '))},\n`);
    expect(problems).toEqual([
      { path: 'offers[0].title', message: 'ce texte ne doit pas être vide (offre F-1)' },
    ]);
    checker.write(`${JSON.stringify(offer('F-2'))}]}`);
    expect(checker.end()).toEqual({ offers: 2, validOffers: 1, actions: 1, sessions: 1, problems: 1 });
  });

  it('reports an offer holding 150,000 wrong values as one problem, and checks the offers after it (issue 14)', () => {
    const huge = { ...offer('F-1'), formacodes: new Array<number>(150_000).fill(7) };
    const { problems, summary } = check([
      `${head}${JSON.stringify(huge)},\n${JSON.stringify(offer('F-2'))}]}`,
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('offers[0].formacodes');
    expect(problems[0]?.message).toContain('bien trop de valeurs invalides');
    expect(problems[0]?.message).toContain('(offre F-1)');
    expect(summary).toMatchObject({ offers: 2, validOffers: 1 });
  });

  it('reports a syntax error inside an offer with its line and column, and checks the offers after it', () => {
    const text = `${head}${JSON.stringify(offer('F-1'))},\n{"id": "F-2", oups},\n${JSON.stringify(offer('F-3', 'javascript:x').valueOf())},\n${JSON.stringify({ ...offer('F-4'), url: 'javascript:alert(1)' })}\n]}`;
    const { problems, summary } = check([text]);
    expect(problems.map((problem) => `${problem.path} — ${problem.message}`)).toMatchInlineSnapshot(`
      [
        "ligne 3, colonne 15 — JSON invalide : le texte n'est pas un JSON bien formé : caractère « o » inattendu",
        "offers[3].url — adresse refusée : attendu une adresse commençant par http://, https://, mailto: ou tel: (reçu « javascript:alert(1) ») (offre F-4)",
      ]
    `);
    expect(summary).toMatchObject({ offers: 4, validOffers: 2 });
  });

  it('gives the same answer whatever the chunks, down to one character at a time', () => {
    const text = `\ufeff${head}${JSON.stringify(offer('F-1'))},\n${JSON.stringify(offer('F-2', ''))}\n]}\n`;
    const whole = check([text]);
    expect(check(text.split(''))).toEqual(whole);
    expect(whole.summary).toMatchObject({ offers: 2, validOffers: 1, problems: 1 });
  });

  it('checks format, version and meta, and says where a text that is not a catalogue goes wrong', () => {
    expect(
      check(['{"format":"autre","version":1,"meta":{},"offers":[]}']).problems.map((p) => p.path),
    ).toEqual(['format', 'meta.source', 'meta.generatedAt', 'meta.licence', 'meta.demo']);
    expect(check(['{\n  "format": "passerelle-catalogue",\n  oups\n}']).problems).toEqual([
      {
        path: 'ligne 3, colonne 3',
        message: "JSON invalide : le texte n'est pas un JSON bien formé : caractère « o » inattendu",
      },
    ]);
    expect(check([`${head}${JSON.stringify(offer('F-1'))}`]).problems[0]?.message).toContain(
      'fichier tronqué',
    );
  });
});
