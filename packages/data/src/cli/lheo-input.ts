/**
 * The byte layer of `passerelle import`: turns the file's bytes into the text core's importer
 * reads. Core reads text only (no I/O, no decoding); this is where the encoding is chosen and
 * where bytes that are not valid UTF-8 are replaced by U+FFFD, each place told to the importer so
 * that it is reported at its line with its record, while every record is kept.
 *
 * UTF-8 is checked and decoded chunk by chunk with Node's native `isUtf8` and `toString`: a
 * sequence cut at the end of a chunk is carried to the next one, so a chunk is decoded only when
 * whole. Only a chunk that is not valid takes the slow path, byte by byte.
 */
import { isUtf8 } from 'node:buffer';

/** Where the decoded text goes: core's importer. */
export interface DecodedTextSink {
  write(text: string): void;
  invalidBytes(count: number, encoding: string): void;
}

/**
 * Length of the longest prefix of `bytes` that does not end inside a UTF-8 sequence: the rest
 * (at most 3 bytes) waits for the next chunk.
 */
export function wholeSequencesEnd(bytes: Uint8Array): number {
  const length = bytes.length;
  let start = length - 1;
  // Back over continuation bytes (10xxxxxx) to the byte that starts the last sequence.
  while (start >= 0 && length - start <= 3 && ((bytes[start] as number) & 0xc0) === 0x80) start -= 1;
  if (start < 0) return length;
  const lead = bytes[start] as number;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return length - start < needed ? start : length;
}

/**
 * Length of the valid UTF-8 sequence starting at `at`, or minus the number of bytes the WHATWG
 * decoder replaces by one U+FFFD there (the "maximal subpart": a lead byte and the continuation
 * bytes that still fit it).
 */
function sequenceAt(bytes: Uint8Array, at: number, end: number): number {
  const lead = bytes[at] as number;
  if (lead < 0x80) return 1;
  let needed: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    needed = 2;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    needed = 3;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return -1;
  for (let i = 1; i <= needed; i += 1) {
    const next = at + i < end ? (bytes[at + i] as number) : -1;
    if (next < low || next > high) return -i;
    low = 0x80;
    high = 0xbf;
  }
  return needed + 1;
}

/**
 * Decodes UTF-8 that is not valid: valid runs are decoded natively, each invalid subpart becomes
 * one U+FFFD, announced to the sink first (so core knows the line it is on). Returns the number
 * of places announced (neighbouring bad bytes are one place, each still its own U+FFFD).
 */
function decodeLoosely(bytes: Buffer, sink: DecodedTextSink): number {
  let places = 0;
  let runStart = 0;
  let at = 0;
  const end = bytes.length;
  while (at < end) {
    const length = sequenceAt(bytes, at, end);
    if (length > 0) {
      at += length;
      continue;
    }
    if (at > runStart) sink.write(bytes.toString('utf8', runStart, at));
    let bad = -length;
    let replaced = 1;
    while (at + bad < end) {
      const next = sequenceAt(bytes, at + bad, end);
      if (next > 0) break;
      bad -= next;
      replaced += 1;
    }
    sink.invalidBytes(bad, 'UTF-8');
    sink.write('\uFFFD'.repeat(replaced));
    places += 1;
    at += bad;
    runStart = at;
  }
  if (end > runStart) sink.write(bytes.toString('utf8', runStart, end));
  return places;
}

/** Streams UTF-8 bytes to the sink, replacing and announcing invalid sequences. */
export class Utf8ChunkDecoder {
  readonly #sink: DecodedTextSink;
  /** Bytes of a sequence cut by the end of the previous chunk. */
  #carry: Buffer | null = null;
  #started = false;
  /** Number of places with invalid bytes met (each announced to the sink). */
  invalidPlaces = 0;

  constructor(sink: DecodedTextSink) {
    this.#sink = sink;
  }

  push(chunk: Buffer): void {
    let bytes = this.#carry === null ? chunk : Buffer.concat([this.#carry, chunk]);
    if (!this.#started) {
      if (bytes.length < 3 && bytes.every((byte, i) => byte === UTF8_BOM[i])) {
        this.#carry = bytes;
        return;
      }
      this.#started = true;
      // The byte order mark is no text: saxes would read it as a character before the root.
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    const end = wholeSequencesEnd(bytes);
    this.#carry = end === bytes.length ? null : Buffer.from(bytes.subarray(end));
    const whole = bytes.subarray(0, end);
    if (isUtf8(whole)) this.#sink.write(whole.toString('utf8'));
    else this.invalidPlaces += decodeLoosely(whole, this.#sink);
  }

  /** The end of the file: a sequence still cut is invalid. */
  end(): void {
    if (this.#carry !== null) this.invalidPlaces += decodeLoosely(this.#carry, this.#sink);
    this.#carry = null;
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
