import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../catalogue/schema.js';
import { createDeferredLheoImporter, createLheoImporter } from './importer.js';
import type { LheoProblem } from './problems.js';
import { createLheoRecordMapper, decodeRecord, NodeBuilder, TextBuilder } from './record.js';
import type { LheoImportSummary } from './problems.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const VALID = fixture('valide.xml');
const REJECTS = fixture('rejets.xml');

/** Text fed in pieces, with `\uFFFD` announced as invalid bytes the way the CLI's decoder does. */
type Feed = (importer: { write(chunk: string): void; invalidBytes(count: number): void }) => void;

const feedInPieces =
  (xml: string, size: number): Feed =>
  (importer) => {
    for (let i = 0; i < xml.length; i += size) {
      const piece = xml.slice(i, i + size);
      const parts = piece.split('\uFFFD');
      parts.forEach((part, j) => {
        if (j > 0) {
          importer.invalidBytes(1);
          importer.write('\uFFFD');
        }
        if (part !== '') importer.write(part);
      });
    }
  };

interface Outcome {
  readonly events: Array<['offer', Offer] | ['problem', LheoProblem]>;
  readonly summary: LheoImportSummary;
}

function direct(feed: Feed): Outcome {
  const events: Outcome['events'] = [];
  const importer = createLheoImporter({
    onOffer: (offer) => events.push(['offer', offer]),
    onProblem: (problem) => events.push(['problem', problem]),
    programmesFor: (offer) => (offer.generalObjective === '5' ? ['hsp-socle'] : []),
  });
  feed(importer);
  return { events, summary: importer.end() };
}

/** Records mapped "elsewhere": settled late, `lag` records behind, as worker threads would. */
function deferred(feed: Feed, lag: number): Outcome {
  const events: Outcome['events'] = [];
  const mapper = createLheoRecordMapper({
    programmesFor: (offer) => (offer.generalObjective === '5' ? ['hsp-socle'] : []),
  });
  const waiting: string[] = [];
  const importer = createDeferredLheoImporter<string>({
    onRecord: (record) => {
      waiting.push(record);
      while (waiting.length > lag) settle();
    },
    onOffer: (json) => events.push(['offer', JSON.parse(json) as Offer]),
    onProblem: (problem) => events.push(['problem', problem]),
  });
  const settle = (): void => {
    const result = mapper.map(waiting.shift() as string);
    importer.settle({ ...result, offer: result.offer === null ? null : JSON.stringify(result.offer) });
  };
  feed(importer);
  importer.finish();
  expect(importer.unsettled).toBe(waiting.length);
  while (waiting.length > 0) settle();
  return { events, summary: importer.end() };
}

const invalidBytes = VALID.replace('Remise à niveau', 'Remise \uFFFD niveau').replace(
  '</formation>',
  '</formation>\n\uFFFD\uFFFD<!-- entre deux formations -->',
);
const duplicated = VALID.replace('numero="F-NA-002"', 'numero="F-NA-001"');
const deep = VALID.replace(
  '<intitule-formation>',
  `<extras>${'<extra>'.repeat(100)}x${'</extra>'.repeat(100)}</extras><intitule-formation>`,
);
const truncated = REJECTS.slice(0, Math.floor(REJECTS.length * 0.7));
const mixed = VALID.replace(
  'Remise à niveau',
  'Remise <b>à</b> niveau <![CDATA[<i>x</i>]]> <p lang="fr" __proto__="y">z</p>',
);

describe('createDeferredLheoImporter', () => {
  it.each([
    ['the valid fixture', VALID],
    ['the fixture of rejected records', REJECTS],
    ['invalid bytes inside and between records', invalidBytes],
    ['a duplicate numero', duplicated],
    ['a record nested too deep', deep],
    ['a file cut short (fatal error)', truncated],
    ['raw HTML, CDATA and odd attributes in a text field', mixed],
  ])('gives the offers, problems and summary of createLheoImporter, in the same order: %s', (_name, xml) => {
    for (const size of [xml.length, 4096, 97, 7]) {
      const expected = direct(feedInPieces(xml, size));
      for (const lag of [0, 1, 3, 1000]) {
        expect(deferred(feedInPieces(xml, size), lag)).toEqual(expected);
      }
    }
  });

  it('refuses to end while records are not settled, and a result nobody waits for', () => {
    const importer = createDeferredLheoImporter<string>({
      onRecord: () => undefined,
      onOffer: () => undefined,
    });
    importer.write(VALID);
    importer.finish();
    expect(importer.unsettled).toBe(2);
    expect(() => importer.end()).toThrow(/2 record/);
    const empty = createDeferredLheoImporter<string>({ onRecord: () => undefined, onOffer: () => undefined });
    expect(() =>
      empty.settle({ problems: [], unmapped: [], tally: null, mapped: null, checkProblems: [], offer: null }),
    ).toThrow(/no record/);
  });
});

describe('records as text', () => {
  it('decode to the very tree the importer builds, attributes and mixed content included', () => {
    const nodes = new NodeBuilder();
    const text = new TextBuilder();
    const plain: Record<string, string> = { numero: 'F-1', info: 'a=b "c"' };
    const bare = Object.assign(Object.create(null) as Record<string, string>, { numero: 'A-1' });
    for (const builder of [nodes, text] as const) {
      builder.begin('formation', plain, 3);
      builder.open('intitule-formation', null, 4, false);
      builder.text('Remise ');
      builder.open('b', bare, 4, true);
      builder.text('à');
      builder.close();
      builder.text(' niveau\n\tsuite');
      builder.close();
      builder.open('action', {}, 5, false);
      builder.close();
    }
    const unknown = [{ name: 'x', line: 6, field: 'formation/x', scope: undefined }];
    const tree = nodes.end(unknown, 0);
    const decoded = decodeRecord(text.end(unknown, 0));
    expect(decoded).toEqual(JSON.parse(JSON.stringify(tree)));
    expect(decoded.formation).toEqual(tree.formation);
    const child = decoded.formation.children?.[0]?.children?.[0];
    expect(Object.getPrototypeOf(child?.attrs)).toBeNull();
    expect(Object.getPrototypeOf(decoded.formation.attrs)).toBe(Object.prototype);
    expect(decoded.formation.children?.[1]?.attrs).toEqual({});
  });
});
