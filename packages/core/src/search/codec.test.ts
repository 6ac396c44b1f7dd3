import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  base64ToUint32,
  bytesToBase64,
  decodePostings,
  encodePostings,
  uint32ToBase64,
} from './codec.js';

function pseudoRandomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('base64', () => {
  it.each([0, 1, 2, 3, 4, 5, 36_863, 36_864, 36_865, 100_001])('round-trips %i bytes', (length) => {
    const bytes = pseudoRandomBytes(length);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('writes standard base64 with padding', () => {
    expect(bytesToBase64(new TextEncoder().encode('Passerelle'))).toBe('UGFzc2VyZWxsZQ==');
  });

  it('rejects text that is not base64', () => {
    expect(base64ToBytes('abc')).toBeNull();
    expect(base64ToBytes('ab!d')).toBeNull();
  });

  it('round-trips 32-bit integers', () => {
    const values = Uint32Array.from([0, 1, 0xffffffff, 123456789]);
    expect(base64ToUint32(uint32ToBase64(values))).toEqual(values);
  });
});

describe('posting lists', () => {
  it('round-trips ascending lists with large gaps as delta varints', () => {
    const offsets = Uint32Array.from([0, 3, 3, 6]);
    const values = Uint32Array.from([0, 200, 300_000, 5, 6, 4_000_000_000]);
    expect(decodePostings(offsets, encodePostings(offsets, values))).toEqual(values);
  });

  it('refuses bytes that do not fit the offsets', () => {
    const offsets = Uint32Array.from([0, 2]);
    const encoded = encodePostings(Uint32Array.from([0, 3]), Uint32Array.from([1, 2, 3]));
    expect(decodePostings(offsets, encoded)).toBeNull();
  });
});
