/**
 * One LHÉO `formation` between the parser and the mapping. The importer reads the XML and builds
 * each formation's element tree; mapping that tree onto an offer and checking it needs nothing from
 * the other records, so it can run elsewhere (the CLI runs it on worker threads). What needs the
 * other records (duplicate `numero`s, counts, the order of offers and problems) stays with the
 * importer, which settles each mapped record in file order (see `createDeferredLheoImporter`).
 *
 * Between threads a record travels as text (`encodeRecord`'s form), not as an object tree:
 * copying a tree between threads costs as much as mapping it, a string costs a copy.
 */
import { offerSchema } from '../catalogue/runtime-schema.js';
import type { Offer } from '../catalogue/schema.js';
import { toProblems } from '../validation/french-issues.js';
import { OfferMapper, type RecordTally, type UnknownElement } from './map-offer.js';
import { messages } from './messages.js';
import { isCatalogueOffer } from './offer-check.js';
import type { LheoProblem, LheoRecordKind } from './problems.js';
import { appendChild, appendText, newNode, type XmlNode } from './xml-node.js';

/** A formation as the parser read it. */
export interface LheoRawRecord {
  readonly formation: XmlNode;
  /** Elements LHÉO does not define, met among the children of a container. */
  readonly unknown: readonly UnknownElement[];
  /** Line of the first element past `MAX_RECORD_DEPTH` (0: within the limit; the tree is then cut). */
  readonly tooDeepLine: number;
}

/**
 * What mapping one formation gave, for the importer to settle in file order. Plain data (it
 * crosses threads); `T` is the offer, or what the caller made of it (the CLI's workers send its JSON).
 */
export interface LheoRecordResult<T> {
  /** Problems found while mapping, in order. */
  readonly problems: readonly LheoProblem[];
  /** LHÉO paths of the elements the catalogue does not carry, once per element met. */
  readonly unmapped: readonly string[];
  /** Actions and sessions read and kept; `null` when the formation was rejected unread (too deep). */
  readonly tally: RecordTally | null;
  /** The mapped offer's `numero`, and where a duplicate of it is reported; `null`: not mapped. */
  readonly mapped: {
    readonly id: string;
    readonly line: number;
    readonly numero: string | null;
    readonly record: LheoRecordKind;
    readonly offerId: string | null;
  } | null;
  /** The catalogue schema's problems with the mapped offer (reported unless it is a duplicate). */
  readonly checkProblems: readonly LheoProblem[];
  /** The offer when mapped and valid; `null` otherwise. */
  readonly offer: T | null;
}

/**
 * Deepest element nesting kept inside one `formation` (the formation is level 1). LHÉO itself needs
 * 7 levels, raw HTML in a text field a few more; past this the record is rejected alone, with its
 * numero and line, and the import goes on (see docs/import-limits.md).
 */
export const MAX_RECORD_DEPTH = 64;

/** Maps formations one by one; holds no state from one record to the next. */
export class LheoRecordMapper {
  #problems: LheoProblem[] = [];
  #unmapped: string[] = [];
  readonly #mapper = new OfferMapper(
    (problem) => this.#problems.push(problem),
    (path) => this.#unmapped.push(path),
  );
  readonly #programmesFor: ((offer: Offer) => readonly string[]) | undefined;

  /** `programmesFor`: programme ids of a ruleset for an offer (its matchers), set before the check. */
  constructor(programmesFor?: (offer: Offer) => readonly string[]) {
    this.#programmesFor = programmesFor;
  }

  map(record: LheoRawRecord): LheoRecordResult<Offer> {
    const { formation, unknown, tooDeepLine } = record;
    const problems: LheoProblem[] = [];
    const unmapped: string[] = [];
    this.#problems = problems;
    this.#unmapped = unmapped;
    const mapper = this.#mapper;
    if (tooDeepLine > 0) {
      // Never mapped: its tree was cut at the limit, so reading it would give a wrong record.
      mapper.rejectWhole(formation, tooDeepLine, messages.tooDeep(MAX_RECORD_DEPTH));
      return { problems, unmapped, tally: null, mapped: null, checkProblems: [], offer: null };
    }
    const result = mapper.map(formation, unknown);
    if (!result.ok) {
      return { problems, unmapped, tally: result.tally, mapped: null, checkProblems: [], offer: null };
    }
    const offer = result.offer;
    const mapped = { id: offer.id, line: formation.line, ...mapper.scope };
    if (this.#programmesFor) offer.programmes = [...this.#programmesFor(offer)];
    const checkProblems: LheoProblem[] = [];
    // The mapper should never build an offer the model refuses; if it does, the record is
    // rejected (reported with the model's path), never written out broken. The hand-written twin
    // of the schema is the fast path; zod decides, and words the problems, when it says no.
    if (!isCatalogueOffer(offer)) {
      const checked = offerSchema.safeParse(offer, { reportInput: true });
      if (!checked.success) {
        this.#problems = checkProblems;
        for (const problem of toProblems(checked.error.issues)) {
          mapper.problem(
            formation.line,
            'formation',
            messages.schemaRejected(problem.path, problem.message),
            'rejected',
          );
        }
        return { problems, unmapped, tally: result.tally, mapped, checkProblems, offer: null };
      }
    }
    return { problems, unmapped, tally: result.tally, mapped, checkProblems, offer };
  }
}

// ── Records as text ──────────────────────────────────────────────────────────────────────────────

/** An element open in the formation being read: what the parser needs of it. */
export interface OpenElement {
  readonly name: string;
  readonly attrs: XmlNode['attrs'];
  readonly line: number;
}

/** Builds one formation at a time from the parser's events. */
export interface RecordBuilder<R> {
  /** The `formation` start tag. */
  begin(name: string, attrs: XmlNode['attrs'], line: number): OpenElement;
  /** A start tag inside it; `keepOrder`: its parent is a text field (mixed content, order kept). */
  open(name: string, attrs: XmlNode['attrs'], line: number, keepOrder: boolean): OpenElement;
  /** Text of the innermost open element. */
  text(text: string): void;
  /** An end tag inside the formation (not the formation's own). */
  close(): void;
  /** The formation's end tag: the record. */
  end(unknown: readonly UnknownElement[], tooDeepLine: number): R;
}

/** Builds the element tree (`XmlNode`) the mapping reads. */
export class NodeBuilder implements RecordBuilder<LheoRawRecord> {
  #stack: XmlNode[] = [];

  begin(name: string, attrs: XmlNode['attrs'], line: number): XmlNode {
    const node = newNode(name, attrs, line);
    this.#stack = [node];
    return node;
  }

  open(name: string, attrs: XmlNode['attrs'], line: number, keepOrder: boolean): XmlNode {
    const node = newNode(name, attrs, line);
    const stack = this.#stack;
    appendChild(stack[stack.length - 1] as XmlNode, node, keepOrder);
    stack.push(node);
    return node;
  }

  text(text: string): void {
    appendText(this.#stack[this.#stack.length - 1] as XmlNode, text);
  }

  close(): void {
    this.#stack.pop();
  }

  end(unknown: readonly UnknownElement[], tooDeepLine: number): LheoRawRecord {
    const formation = this.#stack[0] as XmlNode;
    this.#stack = [];
    return { formation, unknown, tooDeepLine };
  }
}

/**
 * Separates the parts of a record's text. NUL is no XML character (in 1.0 or 1.1, nor as a
 * character reference): the parser stops on it, so no name, value or text it hands on contains
 * it. Being under U+0100, it also keeps a record of Latin-1 text a one-byte string, half the
 * bytes to copy between threads.
 */
const SEP = '\u0000';
/** Flags of a start tag, in one character after `o`. */
const KEEP_ORDER = 1;
const HAS_ATTRS = 2;
const PLAIN_OBJECT = 4;

/**
 * Writes one formation as text while it is read: the parser's events in order, so that decoding
 * replays them through a `NodeBuilder` and gives the very tree the importer would have built.
 */
export class TextBuilder implements RecordBuilder<string> {
  #out = '';

  begin(name: string, attrs: XmlNode['attrs'], line: number): OpenElement {
    this.#out = '';
    return this.open(name, attrs, line, false);
  }

  open(name: string, attrs: XmlNode['attrs'], line: number, keepOrder: boolean): OpenElement {
    let flags = keepOrder ? KEEP_ORDER : 0;
    if (attrs !== null) flags |= Object.getPrototypeOf(attrs) === null ? HAS_ATTRS : HAS_ATTRS | PLAIN_OBJECT;
    let out = `${this.#out}${SEP}o${flags}${line} ${name}`;
    // Attribute names are XML names: never a `=`.
    if (attrs !== null) for (const key in attrs) out += `${SEP}a${key}=${attrs[key] as string}`;
    this.#out = out;
    return { name, attrs, line };
  }

  text(text: string): void {
    this.#out += `${SEP}t${text}`;
  }

  close(): void {
    this.#out += `${SEP}c`;
  }

  end(unknown: readonly UnknownElement[], tooDeepLine: number): string {
    const tail = unknown.length === 0 ? '' : ` ${JSON.stringify(unknown)}`;
    const out = `${this.#out}${SEP}e${tooDeepLine}${tail}`;
    this.#out = '';
    return out;
  }
}

/** The record `TextBuilder` wrote, as the tree the importer would have built. */
export function decodeRecord(text: string): LheoRawRecord {
  const records = decodeRecords(text);
  if (records.length !== 1) throw new Error(`decodeRecord: ${records.length} records in the text`);
  return records[0] as LheoRawRecord;
}

/** Records `TextBuilder` wrote, one after the other in one text (a batch). */
export function decodeRecords(text: string): LheoRawRecord[] {
  const builder = new NodeBuilder();
  const parts = text.split(SEP);
  if (parts[0] !== '') throw new Error('decodeRecords: not a record');
  const records: LheoRawRecord[] = [];
  let started = false;
  for (let i = 1; i < parts.length; i += 1) {
    const part = parts[i] as string;
    switch (part.charCodeAt(0)) {
      case 111 /* o */: {
        const flags = part.charCodeAt(1) - 48;
        const space = part.indexOf(' ', 2);
        const line = Number(part.slice(2, space));
        const name = part.slice(space + 1);
        let attrs: Record<string, string> | null = null;
        if ((flags & HAS_ATTRS) !== 0) {
          attrs = (flags & PLAIN_OBJECT) !== 0 ? {} : (Object.create(null) as Record<string, string>);
          while (i + 1 < parts.length && (parts[i + 1] as string).charCodeAt(0) === 97 /* a */) {
            const attribute = parts[(i += 1)] as string;
            const equals = attribute.indexOf('=');
            attrs[attribute.slice(1, equals)] = attribute.slice(equals + 1);
          }
        }
        if (started) builder.open(name, attrs, line, (flags & KEEP_ORDER) !== 0);
        else builder.begin(name, attrs, line);
        started = true;
        break;
      }
      case 116 /* t */:
        builder.text(part.slice(1));
        break;
      case 99 /* c */:
        builder.close();
        break;
      case 101 /* e */: {
        const space = part.indexOf(' ');
        const tooDeepLine = Number(space === -1 ? part.slice(1) : part.slice(1, space));
        const unknown = space === -1 ? [] : (JSON.parse(part.slice(space + 1)) as UnknownElement[]);
        records.push(builder.end(unknown, tooDeepLine));
        started = false;
        break;
      }
      default:
        throw new Error(`decodeRecords: unexpected part ${JSON.stringify(part.slice(0, 20))}`);
    }
  }
  if (started) throw new Error('decodeRecords: record without its end');
  return records;
}

/** Maps the records of a deferred importer, from their text (see `createLheoRecordMapper`). */
export interface LheoTextRecordMapper {
  /** Maps one record. */
  map(record: string): LheoRecordResult<Offer>;
  /** Maps records handed out one after the other and joined into one text (a batch), in order. */
  mapAll(records: string): Array<LheoRecordResult<Offer>>;
}

/**
 * Maps records written by a deferred importer (`createDeferredLheoImporter`), anywhere: each call
 * needs only the records' text. `programmesFor` tags offers with a ruleset's programmes.
 *
 * @example
 * ```ts
 * const mapper = createLheoRecordMapper();
 * const records: string[] = []; // filled by a deferred importer's onRecord
 * const results = records.map((record) => mapper.map(record)); // then importer.settle(each), in file order
 * ```
 */
export function createLheoRecordMapper(
  options: {
    readonly programmesFor?: (offer: Offer) => readonly string[];
  } = {},
): LheoTextRecordMapper {
  const mapper = new LheoRecordMapper(options.programmesFor);
  return {
    map: (record) => mapper.map(decodeRecord(record)),
    mapAll: (records) => decodeRecords(records).map((record) => mapper.map(record)),
  };
}
