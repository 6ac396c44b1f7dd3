import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLheo, MAX_RECORD_DEPTH } from './importer.js';

const VALID = readFileSync(new URL('./fixtures/valide.xml', import.meta.url), 'utf8');

/** The valid fixture with `inside` placed at the start of formation F-NA-001. */
function withInFirstOffer(inside: string): string {
  const open = '<formation numero="F-NA-001" datecrea="20260105" datemaj="20260301">';
  return VALID.replace(open, `${open}\n${inside}`);
}

const nested = (name: string, depth: number, inner = 'x'): string =>
  `${`<${name}>`.repeat(depth)}${inner}${`</${name}>`.repeat(depth)}`;

describe('LHÉO import of records nested too deep', () => {
  it('rejects alone a record whose extras nest 5,000 deep, with its numero, line and reason', () => {
    const { offers, problems, summary } = importLheo(
      withInFirstOffer(`<extras>${nested('extra', 5000)}</extras>`),
    );
    expect(offers.map((offer) => offer.id)).toEqual(['F-NA-002']);
    expect(summary.offers).toEqual({ read: 2, kept: 1, rejected: 1 });
    expect(summary.fatal).toBeUndefined();
    const deep = problems.filter((problem) => problem.outcome === 'rejected');
    expect(deep).toHaveLength(1);
    expect(deep[0]).toMatchObject({ numero: 'F-NA-001', record: 'formation', line: 6 });
    expect(deep[0]?.reason).toContain(`plus de ${MAX_RECORD_DEPTH} niveaux`);
  });

  it('rejects alone a record with raw HTML nested 5,000 deep in a text field', () => {
    const xml = withInFirstOffer(`<contenu-formation>${nested('div', 5000)}</contenu-formation>`);
    const { offers, summary } = importLheo(xml);
    expect(offers.map((offer) => offer.id)).toEqual(['F-NA-002']);
    expect(summary.offers).toEqual({ read: 2, kept: 1, rejected: 1 });
  });

  it('keeps a record nested just within the limit', () => {
    const { offers } = importLheo(withInFirstOffer(`<extras info="a">${nested('extra', 10)}</extras>`));
    expect(offers.map((offer) => offer.id)).toEqual(['F-NA-001', 'F-NA-002']);
  });
});
