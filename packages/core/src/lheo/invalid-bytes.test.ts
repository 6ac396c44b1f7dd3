import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../catalogue/schema.js';
import { createLheoImporter } from './importer.js';
import type { LheoProblem } from './problems.js';

const VALID = readFileSync(new URL('./fixtures/valide.xml', import.meta.url), 'utf8');

/**
 * Feeds the document as the CLI does when a file holds bytes it cannot decode: the text up to
 * each `\uFFFD`, then `invalidBytes`, then the replacement character itself.
 */
function importWithBadBytes(xml: string): { offers: Offer[]; problems: LheoProblem[] } {
  const offers: Offer[] = [];
  const problems: LheoProblem[] = [];
  const importer = createLheoImporter({
    onOffer: (offer) => offers.push(offer),
    onProblem: (problem) => problems.push(problem),
  });
  const parts = xml.split('\uFFFD');
  parts.forEach((part, i) => {
    if (i > 0) {
      importer.invalidBytes(1);
      importer.write('\uFFFD');
    }
    importer.write(part);
  });
  importer.end();
  return { offers, problems };
}

const lineOf = (xml: string, text: string): number => xml.slice(0, xml.indexOf(text)).split('\n').length;

describe('LHÉO import of text with invalid bytes (replaced by the caller)', () => {
  const xml = VALID.replace('Remise à niveau', 'Remise \uFFFD niveau').replace(
    'Temps partiel, 3 jours',
    'Temps partiel, 3 jours \uFFFD\uFFFD',
  );
  const { offers, problems } = importWithBadBytes(xml);

  it('keeps the record, and the records around it, with the replacement character', () => {
    expect(offers.map((offer) => offer.id)).toEqual(['F-NA-001', 'F-NA-002']);
    expect(offers[0]?.title).toBe('Remise \uFFFD niveau & savoirs de base');
  });

  it('reports each place at its line, with its record, field and a French reason', () => {
    expect(problems).toEqual([
      {
        numero: 'F-NA-001',
        record: 'formation',
        offerId: 'F-NA-001',
        line: lineOf(xml, 'Remise \uFFFD'),
        field: 'formation/intitule-formation',
        reason:
          'un octet illisible en UTF-8 (fichier abîmé ou mal encodé) : remplacé par « \uFFFD », le reste est gardé ; vérifiez ce texte',
        outcome: 'repaired',
      },
      {
        numero: 'A-NA-001-1',
        record: 'action',
        offerId: 'F-NA-001',
        line: lineOf(xml, '3 jours \uFFFD'),
        field: 'formation/action/rythme-formation',
        reason:
          '2 octets illisibles en UTF-8 (fichier abîmé ou mal encodé) : remplacés par « \uFFFD », le reste est gardé ; vérifiez ce texte',
        outcome: 'repaired',
      },
    ]);
  });

  it('reports bytes outside any formation without a record numero', () => {
    const outside = VALID.replace('<offres>', '<offres>\n<!-- \uFFFD -->');
    const result = importWithBadBytes(outside);
    expect(result.offers).toHaveLength(2);
    expect(result.problems).toMatchObject([
      { numero: null, offerId: null, line: lineOf(outside, '\uFFFD'), field: 'lheo', outcome: 'repaired' },
    ]);
  });

  it('names a record whose numero is too long to keep as its other problems do, by its first characters (issue 14)', () => {
    const numero = `F-${'9'.repeat(300)}`;
    const action = `A-${'8'.repeat(300)}`;
    const xml = VALID.replace('<formation numero="F-NA-001"', `<formation numero="${numero}"`)
      .replace('<action numero="A-NA-001-1">', `<action numero="${action}">`)
      .replace('Remise à niveau', 'Remise \uFFFD niveau')
      .replace('Temps partiel, 3 jours', 'Temps partiel, 3 jours \uFFFD');
    const { offers, problems } = importWithBadBytes(xml);
    expect(offers.map((offer) => offer.id)).toEqual(['F-NA-002']);
    const shortNumero = `F-${'9'.repeat(38)}…`;
    expect(problems.map((p) => [p.record, p.numero, p.offerId, p.field, p.outcome])).toEqual([
      ['formation', shortNumero, shortNumero, 'formation/intitule-formation', 'repaired'],
      ['action', `A-${'8'.repeat(38)}…`, shortNumero, 'formation/action/rythme-formation', 'repaired'],
      ['formation', shortNumero, shortNumero, 'formation/@numero', 'rejected'],
    ]);
  });
});
