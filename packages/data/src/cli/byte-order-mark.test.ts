import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run as orient } from './commands/orient.js';
import { run as publish } from './commands/publish.js';
import { run as search } from './commands/search.js';
import { run as validate } from './commands/validate.js';
import { decodeText } from './input-files.js';
import { fakeIo, useTempDir } from './test-support/fake-io.js';

const dir = useTempDir('passerelle-bom-');
const RELAYS = fileURLToPath(new URL('../relays/demo-relays.json', import.meta.url));

const catalogue = {
  format: 'passerelle-catalogue',
  version: 1,
  meta: { source: 'essai.xml', generatedAt: '2026-11-22T00:00:00Z', licence: 'inconnue', demo: false },
  offers: [
    {
      id: 'F-1',
      title: 'Remise à niveau',
      formacodes: ['15084'],
      nsf: [],
      rome: [],
      certifications: [],
      contacts: [],
      organisation: { name: 'Organisme fictif', contacts: [] },
      programmes: [],
      actions: [
        {
          id: 'A-1',
          targetPublics: [],
          fundingPossible: true,
          places: [],
          informationDates: [],
          languages: [],
          funders: [],
          trainers: [],
          sessions: [{ id: 'S-1', start: '2027-01-11', end: null, contacts: [] }],
        },
      ],
    },
  ],
};
const situation = { age: 19, employment: 'job-seeker', schooling: 'in-french', readingWriting: 'difficult' };

/** Writes `value` as JSON preceded by a UTF-8 byte order mark, as Windows' Notepad saves it. */
function withBom(name: string, value: unknown): string {
  writeFileSync(
    join(dir, name),
    `\uFEFF${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}`,
  );
  return name;
}

describe('JSON files that start with a byte order mark', () => {
  it('validate reads a catalogue', async () => {
    const io = fakeIo(dir);
    expect(await validate([withBom('catalogue.json', catalogue)], io)).toBe(0);
    expect(io.err()).toBe('');
  });

  it('search reads a catalogue', async () => {
    const io = fakeIo(dir);
    expect(await search([withBom('catalogue.json', catalogue), '--text', 'remise', '--json'], io)).toBe(0);
    expect((JSON.parse(io.out()) as { total: number }).total).toBe(1);
  });

  it('orient reads a situation', async () => {
    const io = fakeIo(dir);
    expect(await orient([withBom('situation.json', situation), '--json'], io)).toBe(0);
    expect(io.err()).toBe('');
  });

  it('publish reads a catalogue and a relay directory', async () => {
    const io = fakeIo(dir);
    const relays = withBom('relais.json', readFileSync(RELAYS, 'utf8'));
    const args = [withBom('catalogue.json', catalogue), '--out', 'publication', '--relays', relays];
    expect(await publish(args, io)).toBe(0);
    // (It warns, rightly, that the offer has no département; nothing about the files themselves.)
    expect(io.err()).not.toMatch(/JSON|invalide/);
  });
});

describe("JSON files saved as UTF-16 with a byte order mark (Notepad's « Unicode »)", () => {
  it('validate reads a catalogue and orient a situation', async () => {
    writeFileSync(
      join(dir, 'catalogue-16.json'),
      Buffer.from(`\uFEFF${JSON.stringify(catalogue)}`, 'utf16le'),
    );
    writeFileSync(
      join(dir, 'situation-16.json'),
      Buffer.from(Buffer.from(`\uFEFF${JSON.stringify(situation)}`, 'utf16le')).swap16(),
    );
    const io = fakeIo(dir);
    expect(await validate(['catalogue-16.json'], io)).toBe(0);
    expect(await orient(['situation-16.json', '--json'], io)).toBe(0);
    expect(io.err()).toBe('');
  });
});

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark and reads UTF-16 marked either way', () => {
    const text = '{"titre": "Remise à niveau"}';
    expect(decodeText(Buffer.from(`\uFEFF${text}`))).toBe(text);
    expect(decodeText(Buffer.from(text))).toBe(text);
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    expect(decodeText(le)).toBe(text);
    expect(decodeText(Buffer.from(le).swap16())).toBe(text);
  });
});
