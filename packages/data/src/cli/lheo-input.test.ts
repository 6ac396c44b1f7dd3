import { describe, expect, it } from 'vitest';
import {
  ENCODING_WINDOW_BYTES,
  LheoInputDecoder,
  Utf8ChunkDecoder,
  wholeSequencesEnd,
  type DecodedInput,
} from './lheo-input.js';

/** Decodes `bytes` cut into chunks of `size`, recording the text and each invalid place. */
function decode(bytes: Buffer, size: number): string {
  let out = '';
  const decoder = new Utf8ChunkDecoder({
    write: (text) => (out += text),
    invalidBytes: (count) => (out += `[${count}]`),
  });
  for (let i = 0; i < bytes.length; i += size) decoder.push(bytes.subarray(i, i + size));
  decoder.end();
  return out;
}

const TEXT = 'Remise à niveau – « ça marche » 😀 ok';

describe('Utf8ChunkDecoder', () => {
  it('decodes valid UTF-8 the same whatever the chunks, sequences cut between chunks included', () => {
    const bytes = Buffer.from(TEXT);
    for (const size of [1, 2, 3, 5, 7, bytes.length]) expect(decode(bytes, size)).toBe(TEXT);
  });

  it('drops a byte order mark, even cut between chunks', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    for (const size of [1, 2, 64]) expect(decode(bytes, size)).toBe(TEXT);
  });

  it('keeps a U+FEFF inside the text, even at the start of a chunk', () => {
    const bytes = Buffer.from('ab\uFEFFcd');
    for (const size of [1, 2, 64]) expect(decode(bytes, size)).toBe('ab\uFEFFcd');
  });

  it('replaces each invalid subpart by one U+FFFD and announces each place with its byte count', () => {
    // A Latin-1 « é », a lone continuation byte, a 3-byte sequence cut short, an overlong form.
    const bytes = Buffer.concat([
      Buffer.from('a'),
      Buffer.from([0xe9]),
      Buffer.from('b'),
      Buffer.from([0x80, 0xe2, 0x82]),
      Buffer.from('c'),
      Buffer.from([0xc0, 0xaf]),
      Buffer.from('é'),
    ]);
    expect(decode(bytes, 64)).toBe('a[1]\uFFFDb[3]\uFFFD\uFFFDc[2]\uFFFD\uFFFDé');
    // The same characters as the WHATWG decoder, whatever the chunks (small chunks may split a
    // place in two announcements; core merges those on one line).
    const text = new TextDecoder().decode(bytes);
    expect(text).toBe('a\uFFFDb\uFFFD\uFFFDc\uFFFD\uFFFDé');
    for (const size of [1, 2, 3, 5]) expect(decode(bytes, size).replace(/\[\d+\]/g, '')).toBe(text);
  });

  it('counts a run of invalid bytes as one place, even when chunks cut it', () => {
    const bytes = Buffer.concat([
      Buffer.from('a'),
      Buffer.from([0xff, 0xfe, 0xe9, 0x80, 0xe2, 0x82]),
      Buffer.from('b'),
      Buffer.from([0xe9, 0xe9]),
      Buffer.from('c'),
    ]);
    for (let size = 1; size <= bytes.length; size += 1) {
      const decoder = new Utf8ChunkDecoder({ write: () => undefined, invalidBytes: () => undefined });
      for (let i = 0; i < bytes.length; i += size) decoder.push(bytes.subarray(i, i + size));
      decoder.end();
      expect(decoder.invalidPlaces, `chunks of ${size}`).toBe(2);
    }
  });

  it('reports a sequence cut by the end of the file', () => {
    expect(decode(Buffer.from([0x61, 0xf0, 0x9f, 0x98]), 2)).toBe('a[3]\uFFFD');
  });

  it('finds where the last whole sequence ends', () => {
    expect(wholeSequencesEnd(Buffer.from('aé'))).toBe(3);
    expect(wholeSequencesEnd(Buffer.from([0x61, 0xc3]))).toBe(1);
    expect(wholeSequencesEnd(Buffer.from([0x61, 0xf0, 0x9f, 0x98]))).toBe(1);
    expect(wholeSequencesEnd(Buffer.from([0x61, 0x80]))).toBe(2);
  });
});

/** Runs the whole-file decoder over `bytes` in chunks of `size`. */
function decodeFile(bytes: Buffer, size: number): { text: string; decoded: DecodedInput } {
  let text = '';
  const decoder = new LheoInputDecoder('f.xml', {
    write: (part) => (text += part),
    invalidBytes: (count) => (text += `[${count}]`),
  });
  for (let i = 0; i < bytes.length; i += size) decoder.push(bytes.subarray(i, i + size));
  const decoded = decoder.end();
  return { text, decoded };
}

describe('LheoInputDecoder', () => {
  const xml = (declaration: string, body: string): string =>
    `<?xml version="1.0"${declaration}?>\n<lheo>\n<x>${body}</x>\n</lheo>\n`;

  it('decides at the first non-ASCII byte, even when a chunk cuts it', () => {
    const source = xml(' encoding="ISO-8859-1"', 'Remise à niveau');
    for (const size of [1, 2, 61, 4096]) {
      const { text, decoded } = decodeFile(Buffer.from(source, 'utf8'), size);
      expect(text).toBe(source);
      expect(decoded).toMatchObject({ encoding: 'utf-8', declared: 'ISO-8859-1', invalidPlaces: 0 });
      expect(decoded.repaired).toMatch(/^fichier déclaré en ISO-8859-1 mais écrit en UTF-8 \(vu ligne 3\)/);
    }
  });

  it('keeps reading UTF-8 when most of the text is UTF-8 and replaces a stray Latin-1 byte', () => {
    const bytes = Buffer.concat([
      Buffer.from(xml('', 'éèà çù ').slice(0, -13)),
      Buffer.from([0xe9]),
      Buffer.from('</x>\n</lheo>\n'),
    ]);
    const { text, decoded } = decodeFile(bytes, 4096);
    expect(text).toContain('éèà çù [1]\uFFFD</x>');
    expect(decoded).toMatchObject({ encoding: 'utf-8', repaired: null, invalidPlaces: 1 });
  });

  it('reads a file the same way whatever its chunks: the window from the first non-ASCII byte decides', () => {
    // One UTF-8 « é » first, then Latin-1 bytes further on: mostly Latin-1, read as such.
    const bytes = Buffer.concat([
      Buffer.from(xml('', 'é').slice(0, -13)),
      Buffer.from(` ${'x'.repeat(3000)} `),
      Buffer.from([0xe9, 0x20, 0xe8, 0x20, 0xe0]),
      Buffer.from('</x>\n</lheo>\n'),
    ]);
    const whole = decodeFile(bytes, bytes.length);
    expect(whole.decoded.encoding).toBe('windows-1252');
    for (const size of [1, 2, 3, 40, 64, 100, 4096]) {
      const { text, decoded } = decodeFile(bytes, size);
      expect(decoded, `chunks of ${size}`).toEqual(whole.decoded);
      expect(text).toBe(whole.text);
    }
  });

  it('decides on the window only: Latin-1 bytes after it are replaced, not read otherwise', () => {
    const bytes = Buffer.concat([
      Buffer.from(xml('', 'é').slice(0, -13)),
      Buffer.from('a'.repeat(ENCODING_WINDOW_BYTES)),
      Buffer.from([0xe9]),
      Buffer.from('</x>\n</lheo>\n'),
    ]);
    for (const size of [4096, 65536, bytes.length]) {
      const { text, decoded } = decodeFile(bytes, size);
      expect(decoded).toMatchObject({ encoding: 'utf-8', repaired: null, invalidPlaces: 1 });
      expect(text).toContain('a[1]\uFFFD</x>');
    }
  });

  it('reads an ASCII file as declared, with nothing to repair', () => {
    const { decoded } = decodeFile(Buffer.from(xml(' encoding="ISO-8859-1"', 'abc')), 8);
    expect(decoded).toEqual({
      encoding: 'windows-1252',
      declared: 'ISO-8859-1',
      repaired: null,
      invalidPlaces: 0,
    });
  });

  it('refuses an encoding it cannot read, in French', () => {
    expect(() => decodeFile(Buffer.from(xml(' encoding="Shift_JIS"', 'abc')), 64)).toThrow(
      'f.xml : encodage « Shift_JIS » non pris en charge (attendu UTF-8, UTF-16 ou ISO-8859-1 dans la déclaration XML)',
    );
  });
});
