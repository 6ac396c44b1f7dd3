import { describe, expect, it } from 'vitest';
import { Utf8ChunkDecoder, wholeSequencesEnd } from './lheo-input.js';

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
    for (const size of [1, 3, 64]) {
      expect(decode(bytes, size)).toBe('a[1]\uFFFDb[3]\uFFFD\uFFFDc[2]\uFFFD\uFFFDé');
    }
    expect(new TextDecoder().decode(bytes)).toBe('a\uFFFDb\uFFFD\uFFFDc\uFFFD\uFFFDé');
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
