/**
 * Compact, JSON-safe encodings for the typed arrays of a serialised index: base64 of raw bytes,
 * and sorted posting lists stored as delta varints (most gaps fit in one byte). Hand-written
 * because core runs in browsers and Node alike with no `Buffer` and no DOM `atob` types.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) DECODE[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 0x3000; // a multiple of 3: only the last chunk may need padding
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let out = '';
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
    }
    if (i < end) {
      // Only the last chunk can end off a multiple of 3 (CHUNK is a multiple of 3).
      const rest = end - i;
      const n = (bytes[i]! << 16) | (rest > 1 ? bytes[i + 1]! << 8 : 0);
      out +=
        ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + (rest > 1 ? ALPHABET[(n >> 6) & 63]! : '=') + '=';
    }
    parts.push(out);
  }
  return parts.join('');
}

/** Decodes base64; returns null when the text is not well-formed base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const a = DECODE[text.charCodeAt(i)] ?? -1;
    const b = DECODE[text.charCodeAt(i + 1)] ?? -1;
    const c = text.charCodeAt(i + 2) === 61 ? 0 : (DECODE[text.charCodeAt(i + 2)] ?? -1);
    const d = text.charCodeAt(i + 3) === 61 ? 0 : (DECODE[text.charCodeAt(i + 3)] ?? -1);
    if ((a | b | c | d) < 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[o++] = n >> 16;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  return bytes;
}

export function uint32ToBase64(values: Uint32Array): string {
  return bytesToBase64(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

export function base64ToUint32(text: string): Uint32Array | null {
  const bytes = base64ToBytes(text);
  if (bytes === null || bytes.length % 4 !== 0) return null;
  // Little-endian on every platform we target (x86, ARM); the copy realigns the buffer.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/**
 * Encodes posting lists (each ascending, delimited by `offsets`) as delta varints in base64.
 */
export function encodePostings(offsets: Uint32Array, values: Uint32Array): string {
  const out = new Uint8Array(values.length * 5 + 8);
  let o = 0;
  for (let list = 0; list + 1 < offsets.length; list += 1) {
    let previous = 0;
    for (let p = offsets[list]!; p < offsets[list + 1]!; p += 1) {
      let gap = values[p]! - previous;
      previous = values[p]!;
      while (gap >= 0x80) {
        out[o++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      out[o++] = gap;
    }
  }
  return bytesToBase64(out.subarray(0, o));
}

/**
 * Decodes what `encodePostings` wrote; null when the bytes do not fit `offsets` or a value
 * reaches `limit`.
 */
export function decodePostings(offsets: Uint32Array, text: string, limit = Infinity): Uint32Array | null {
  const bytes = base64ToBytes(text);
  if (bytes === null) return null;
  const total = offsets[offsets.length - 1] ?? 0;
  const values = new Uint32Array(total);
  let i = 0;
  for (let list = 0; list + 1 < offsets.length; list += 1) {
    let previous = 0;
    for (let p = offsets[list]!; p < offsets[list + 1]!; p += 1) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        if (i >= bytes.length || shift > 28) return null;
        byte = bytes[i++]!;
        gap += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      previous += gap;
      if (previous >= limit) return null;
      values[p] = previous;
    }
  }
  return i === bytes.length ? values : null;
}
