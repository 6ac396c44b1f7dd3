/**
 * The byte layer of `passerelle import`: turns the file's bytes into the text core's importer
 * reads. Core reads text only (no I/O, no decoding); this is where the encoding is chosen and
 * where bytes that are not valid UTF-8 are replaced by U+FFFD, each place told to the importer so
 * that it is reported at its line with its record, while every record is kept.
 *
 * UTF-8 is checked and decoded chunk by chunk by Node's native strict decoder: a
 * sequence cut at the end of a chunk is carried to the next one, so a chunk is decoded only when
 * whole. Only a chunk that is not valid takes the slow path, byte by byte.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { CliError } from './command.js';

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
 * one U+FFFD, announced to the sink first (so core knows the line it is on). Neighbouring bad
 * bytes are one place, each still its own U+FFFD; `continuing` says the bytes before these ended
 * in a bad run, so a run cut by a chunk's end is one place, not two.
 */
function decodeLoosely(
  bytes: Buffer,
  sink: DecodedTextSink,
  continuing: boolean,
): { places: number; endsBad: boolean } {
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
    if (at > 0 || !continuing) places += 1;
    at += bad;
    runStart = at;
  }
  if (end > runStart) sink.write(bytes.toString('utf8', runStart, end));
  return { places, endsBad: end > 0 ? runStart === end : continuing };
}

/** Streams UTF-8 bytes to the sink, replacing and announcing invalid sequences. */
export class Utf8ChunkDecoder {
  readonly #sink: DecodedTextSink;
  /** Bytes of a sequence cut by the end of the previous chunk. */
  #carry: Buffer | null = null;
  #started = false;
  /** The bytes decoded last ended in invalid bytes (a run the next chunk may go on with). */
  #endsBad = false;
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
    let text: string;
    try {
      text = STRICT_UTF8.decode(whole);
    } catch {
      this.#decodeLoosely(whole);
      return;
    }
    if (whole.length > 0) this.#endsBad = false;
    this.#sink.write(text);
  }

  /** The end of the file: a sequence still cut is invalid. */
  end(): void {
    if (this.#carry !== null) this.#decodeLoosely(this.#carry);
    this.#carry = null;
  }

  #decodeLoosely(bytes: Buffer): void {
    const { places, endsBad } = decodeLoosely(bytes, this.#sink, this.#endsBad);
    this.invalidPlaces += places;
    this.#endsBad = endsBad;
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/**
 * Checks and decodes in one pass (Node's simdutf path: faster than `isUtf8` then `toString`).
 * Not in streaming mode: the decoder keeps no state, `Utf8ChunkDecoder` carries cut sequences
 * itself; `ignoreBOM` keeps a U+FEFF that happens to start a chunk (the file's mark is dropped
 * once, above).
 */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// ── Which file is it, and in which encoding ────────────────────────────────────────────────────

/** Encodings an XML declaration may name that are read one byte per character, as TextDecoder labels. */
const SINGLE_BYTE: Readonly<Record<string, string>> = {
  'iso-8859-1': 'latin1',
  'iso8859-1': 'latin1',
  latin1: 'latin1',
  'iso-8859-15': 'iso-8859-15',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
};
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
const UTF16_NAMES = new Set(['utf-16', 'utf-16le', 'utf-16be', 'ucs-2']);

/** How a label is shown to people. */
const SHOWN: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (petit-boutiste)',
  'utf-16be': 'UTF-16 (gros-boutiste)',
  latin1: 'ISO-8859-1 (Latin-1)',
  'windows-1252': 'windows-1252 (Latin-1)',
  'iso-8859-15': 'ISO-8859-15 (Latin-9)',
};
export const shownEncoding = (label: string): string => SHOWN[label] ?? label;

/** Files that are no XML at all, by their first bytes, and what to tell the person. */
const SIGNATURES: ReadonlyArray<readonly [readonly number[], (file: string) => string]> = [
  [
    [0x50, 0x4b, 0x03, 0x04],
    (file) =>
      `${file} est une archive ZIP (un fichier compressé ; un classeur Excel ou LibreOffice en est une aussi), pas un fichier XML : ouvrez-la (clic droit, « Extraire tout ») et importez le fichier .xml qu'elle contient`,
  ],
  [[0x50, 0x4b, 0x05, 0x06], (file) => `${file} est une archive ZIP vide, pas un fichier XML`],
  [
    [0x1f, 0x8b],
    (file) =>
      `${file} est compressé au format gzip, pas un fichier XML : décompressez-le d'abord (gunzip, ou 7-Zip sous Windows) puis importez le fichier obtenu`,
  ],
  [
    [0x42, 0x5a, 0x68],
    (file) => `${file} est compressé au format bzip2, pas un fichier XML : décompressez-le d'abord`,
  ],
  [
    [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    (file) =>
      `${file} est une archive 7-Zip, pas un fichier XML : ouvrez-la et importez le fichier .xml qu'elle contient`,
  ],
  [
    [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
    (file) => `${file} est compressé au format xz, pas un fichier XML : décompressez-le d'abord`,
  ],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], (file) => `${file} est un document PDF, pas un export LHÉO (XML)`],
];

/** How many bytes `sniffInput` looks at. */
const SNIFFED_BYTES = 1024;

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
const DECLARED = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/;

/** What the first bytes say: the encoding to start with, and the one the XML declaration names. */
export interface SniffedInput {
  /** `utf-8` (checked against the bytes), `utf-16le`, `utf-16be`, or a single-byte TextDecoder label. */
  readonly encoding: string;
  /** The encoding the XML declaration names, as written (`null`: none). */
  readonly declared: string | null;
  /** The file starts with a byte order mark (then the mark decides, not the declaration). */
  readonly bom: boolean;
}

/**
 * Recognises the file from its first bytes. Throws a French `CliError` for what is no LHÉO text
 * at all (an archive, a compressed file, a PDF, a web page, JSON, binary data), naming it.
 */
export function sniffInput(head: Buffer, file: string): SniffedInput {
  for (const [signature, message] of SIGNATURES) {
    if (signature.every((byte, i) => head[i] === byte)) throw new CliError(message(file));
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', declared: null, bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', declared: null, bom: true };
  // Without a mark, UTF-16 shows as `<` next to a zero byte (XML 1.0, appendix F).
  if (head[0] === 0x3c && head[1] === 0x00) return { encoding: 'utf-16le', declared: null, bom: false };
  if (head[0] === 0x00 && head[1] === 0x3c) return { encoding: 'utf-16be', declared: null, bom: false };
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const text = head.subarray(bom ? 3 : 0, 1024).toString('latin1');
  if (HTML_START.test(text)) {
    throw new CliError(
      `${file} est une page web (HTML), pas un export LHÉO : le téléchargement a sans doute renvoyé une page d'erreur ou de connexion. Téléchargez de nouveau l'export XML`,
    );
  }
  if (/^\s*[{[]/.test(text)) {
    throw new CliError(
      `${file} est un fichier JSON, pas un export LHÉO (XML) ; un catalogue Passerelle se vérifie avec « passerelle validate »`,
    );
  }
  const zero = head.subarray(0, 1024).indexOf(0);
  if (zero !== -1) {
    throw new CliError(
      `${file} contient des données binaires (octet nul à la position ${zero}) : ce n'est pas un fichier texte XML`,
    );
  }
  const declared = DECLARED.exec(text)?.[1] ?? null;
  if (declared === null || bom) return { encoding: 'utf-8', declared, bom };
  const name = declared.toLowerCase();
  const single = SINGLE_BYTE[name];
  if (single !== undefined) return { encoding: single, declared, bom };
  // A declaration readable one byte per character is not written in UTF-16, whatever it says.
  if (UTF8_NAMES.has(name) || UTF16_NAMES.has(name)) return { encoding: 'utf-8', declared, bom };
  throw new CliError(
    `${file} : encodage « ${declared} » non pris en charge (attendu UTF-8, UTF-16 ou ISO-8859-1 dans la déclaration XML)`,
  );
}

/** What the bytes turned out to be. */
export interface DecodedInput {
  /** TextDecoder label of the encoding the file was read with. */
  readonly encoding: string;
  /** The encoding the XML declaration names, as written (`null`: none). */
  readonly declared: string | null;
  /** French note when the bytes contradicted the declaration and were read otherwise. */
  readonly repaired: string | null;
  /** Places where invalid bytes were replaced (each reported with its record). */
  readonly invalidPlaces: number;
}

/**
 * How many bytes from the first non-ASCII one decide between UTF-8 and Latin-1: a fixed window,
 * so that the same file is read the same way whatever the size of the chunks it comes in.
 */
export const ENCODING_WINDOW_BYTES = 64 * 1024;

/**
 * Decodes an LHÉO file chunk by chunk for core's importer. The first bytes decide what the file
 * is (`sniffInput`). A file in UTF-8 or a Latin-1 encoding is then checked against its bytes over
 * `ENCODING_WINDOW_BYTES` from its first non-ASCII byte: bytes that are mostly valid UTF-8 are
 * read as UTF-8 whatever the declaration says (a Latin-1 reading would turn « à » into « Ã  »),
 * and mostly invalid UTF-8 is read as windows-1252 (what an undeclared Latin-1 export is); either
 * contradiction is reported. Before that byte the text is ASCII, the same in all of them.
 */
export class LheoInputDecoder {
  readonly #file: string;
  readonly #sink: DecodedTextSink;
  #sniffed: SniffedInput | null = null;
  #state: 'probing' | 'utf-8' | 'single-byte' | 'utf-16' = 'probing';
  #utf8: Utf8ChunkDecoder;
  #other: TextDecoder | null = null;
  #repaired: string | null = null;
  /** Lines read while probing (to say where the contradiction was found). */
  #lines = 1;
  /** The first chunks, until there are enough to tell what the file is. */
  #head: Buffer[] = [];
  #headLength = 0;
  /** While probing: the bytes from the first non-ASCII one, until they fill the window. */
  #window: Buffer[] = [];
  #windowLength = 0;

  constructor(file: string, sink: DecodedTextSink) {
    this.#file = file;
    this.#sink = sink;
    this.#utf8 = new Utf8ChunkDecoder(sink);
  }

  push(chunk: Buffer): void {
    if (this.#sniffed === null) {
      // The first bytes decide what the file is: wait for enough of them (one read gives 64 KiB).
      this.#head.push(chunk);
      this.#headLength += chunk.length;
      if (this.#headLength < SNIFFED_BYTES) return;
      chunk = Buffer.concat(this.#head);
      this.#head = [];
      this.#start(chunk);
    }
    switch (this.#state) {
      case 'utf-8':
        return this.#utf8.push(chunk);
      case 'single-byte':
      case 'utf-16':
        return this.#sink.write((this.#other as TextDecoder).decode(chunk, { stream: true }));
      case 'probing':
        return this.#probe(chunk);
    }
  }

  end(): DecodedInput {
    if (this.#sniffed === null) {
      const head = Buffer.concat(this.#head);
      this.#head = [];
      this.#headLength = SNIFFED_BYTES;
      if (head.length > 0) this.push(head);
    }
    if (this.#state === 'probing' && this.#windowLength > 0) this.#decideOnWindow();
    if (this.#state === 'single-byte' || this.#state === 'utf-16') {
      this.#sink.write((this.#other as TextDecoder).decode());
    } else this.#utf8.end();
    const sniffed = this.#sniffed ?? { encoding: 'utf-8', declared: null, bom: false };
    let encoding = 'utf-8';
    if (this.#other !== null) encoding = this.#other.encoding;
    else if (this.#state === 'probing' && sniffed.encoding !== 'utf-8') {
      // ASCII throughout: read as declared (the same text).
      encoding = new TextDecoder(sniffed.encoding).encoding;
    }
    return {
      encoding,
      declared: sniffed.declared,
      repaired: this.#repaired,
      invalidPlaces: this.#utf8.invalidPlaces,
    };
  }

  /** Text so far all ASCII: passes it on, and gathers the window from the first other byte. */
  #probe(chunk: Buffer): void {
    if (this.#windowLength === 0) {
      const first = isAscii(chunk) ? -1 : chunk.findIndex((byte) => byte >= 0x80);
      const ascii = first === -1 ? chunk : chunk.subarray(0, first);
      if (ascii.length > 0) {
        this.#countLines(ascii);
        this.#utf8.push(ascii);
      }
      if (first === -1) return;
      chunk = chunk.subarray(first);
    }
    this.#window.push(chunk);
    this.#windowLength += chunk.length;
    if (this.#windowLength >= ENCODING_WINDOW_BYTES) this.#decideOnWindow();
  }

  #countLines(bytes: Buffer): void {
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) this.#lines += 1;
  }

  #decideOnWindow(): void {
    const gathered = Buffer.concat(this.#window);
    this.#window = [];
    this.#windowLength = 0;
    this.#decide(gathered.subarray(0, ENCODING_WINDOW_BYTES));
    this.push(gathered);
  }

  #start(head: Buffer): void {
    const sniffed = sniffInput(head, this.#file);
    this.#sniffed = sniffed;
    if (sniffed.encoding.startsWith('utf-16')) {
      this.#state = 'utf-16';
      this.#other = new TextDecoder(sniffed.encoding);
    } else if (sniffed.bom) {
      this.#state = 'utf-8';
      if (sniffed.declared !== null && SINGLE_BYTE[sniffed.declared.toLowerCase()] !== undefined) {
        this.#repaired = this.#note('marqué UTF-8 (BOM)', 'UTF-8', 'UTF-8');
      }
    }
  }

  /** Which encoding the window's bytes (from the first non-ASCII one) are in. */
  #decide(window: Buffer): void {
    const sniffed = this.#sniffed as SniffedInput;
    const whole = window.subarray(0, wholeSequencesEnd(window));
    const { valid, invalid } = isUtf8(whole) ? { valid: 1, invalid: 0 } : countSequences(window);
    const utf8 = valid > invalid;
    const declaredUtf8 = sniffed.encoding === 'utf-8';
    this.#state = utf8 ? 'utf-8' : 'single-byte';
    if (!utf8) this.#other = new TextDecoder(declaredUtf8 ? 'windows-1252' : sniffed.encoding);
    if (utf8 && !declaredUtf8) {
      this.#repaired = this.#note(`écrit en UTF-8`, 'UTF-8', 'UTF-8');
    } else if (!utf8 && declaredUtf8) {
      this.#repaired = this.#note(`écrit en Latin-1`, 'windows-1252 (Latin-1)', 'ISO-8859-1');
    }
  }

  #note(found: string, readAs: string, fix: string): string {
    const declared = this.#sniffed?.declared;
    const said =
      declared === null || declared === undefined
        ? "sans déclaration d'encodage (donc UTF-8 pour XML)"
        : `déclaré en ${declared}`;
    return `fichier ${said} mais ${found} (vu ligne ${this.#lines}) : lu en ${readAs}, accents réparés. Corrigez sa déclaration XML : <?xml version="1.0" encoding="${fix}"?>`;
  }
}

/** Valid multi-byte sequences and invalid places in a chunk (the slow path of the decision). */
function countSequences(bytes: Buffer): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  // The last few bytes may be a sequence cut by the chunk: left out of the count.
  const end = wholeSequencesEnd(bytes);
  for (let at = 0; at < end;) {
    const length = sequenceAt(bytes, at, end);
    if (length > 1) valid += 1;
    else if (length < 0) invalid += 1;
    at += Math.abs(length);
  }
  return { valid, invalid };
}
