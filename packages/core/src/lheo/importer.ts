/**
 * Streaming LHÉO import. Text goes in by chunks (`write`), offers come out one by one (`onOffer`)
 * as soon as their `formation` element closes: only the element tree of the record being read is
 * in memory, so a file of hundreds of MB imports with memory that does not grow with its size
 * (the one thing kept per record is its `numero`, to reject duplicates: a few bytes per offer).
 *
 * The parser is saxes, its namespaces handled by `NamespaceScope`: LHÉO 2.2
 * (`http://www.lheo.org/2.2`), 2.3 (`http://lheo.gouv.fr/2.3`) and files without a namespace are
 * read the same way, by local name.
 * Core stays pure: no file system here, the caller feeds the text (see the `import` CLI command).
 */
import { SaxesParser } from 'saxes';
import type { Offer } from '../catalogue/schema.js';
import { silentLogger, type Logger } from '../result.js';
import { LHEO_NAMESPACES } from './codes.js';
import { knownElement } from './element-names.js';
import { offerIdOf, recordNumeroOf } from './field-reader.js';
import type { UnknownElement } from './map-offer.js';
import { frenchXmlError, messages } from './messages.js';
import { NamespaceScope } from './namespaces.js';
import type { LheoCount, LheoFatalError, LheoImportSummary, LheoOutcome, LheoProblem } from './problems.js';
import {
  LheoRecordMapper,
  MAX_RECORD_DEPTH,
  NodeBuilder,
  TextBuilder,
  type LheoRawRecord,
  type LheoRecordResult,
  type OpenElement,
  type RecordBuilder,
} from './record.js';
import { HTML_ENTITIES } from './text.js';

export { MAX_RECORD_DEPTH } from './record.js';

/** What `createLheoImporter` calls back with: each valid offer, each problem, the programmes of an offer. */
export interface LheoImportOptions {
  /** Receives each valid offer, already checked against the catalogue schema. */
  readonly onOffer: (offer: Offer) => void;
  /** Receives each problem as soon as it is found (rejected records, dropped or repaired fields). */
  readonly onProblem?: (problem: LheoProblem) => void;
  /** Programme ids of a ruleset for an offer (its matchers); called before the schema check. */
  readonly programmesFor?: (offer: Offer) => readonly string[];
  /** Warnings about the file as a whole (unknown namespace). */
  readonly logger?: Logger;
}

/** A streaming LHÉO import: feed it pieces of the document with `write`, then `end` it. */
export interface LheoImporter {
  /** Feeds the next piece of the document. Ignored once a fatal XML error stopped the import. */
  write(chunk: string): void;
  /**
   * Says that the next `count` characters to be written are U+FFFD standing for bytes the caller
   * could not decode as `encoding` (core reads text, the caller decodes the file). They are
   * reported as repaired, at the current line, with the record being read; consecutive calls on
   * one line and in one record make one problem.
   */
  invalidBytes(count: number, encoding?: string): void;
  /** Ends the document and returns the summary (counts add up: read = kept + rejected). */
  end(): LheoImportSummary;
}

/** What `createDeferredLheoImporter` calls back with. */
export interface DeferredLheoImportOptions<T> {
  /**
   * Receives each formation read, as text, for a mapper elsewhere (`createLheoRecordMapper`);
   * its result must come back through `settle`, in the order the records were handed out.
   */
  readonly onRecord: (record: string) => void;
  /** Receives each valid offer (as the mapper's caller made it), in file order. */
  readonly onOffer: (offer: T) => void;
  /** Receives each problem, in file order, as soon as everything before it is settled. */
  readonly onProblem?: (problem: LheoProblem) => void;
  /** Warnings about the file as a whole (unknown namespace). */
  readonly logger?: Logger;
}

/** An importer that reads the XML and hands each formation out to be mapped elsewhere. */
export interface DeferredLheoImporter<T> extends LheoImporter {
  /** The result of mapping the oldest record handed out and not yet settled. */
  settle(result: LheoRecordResult<T>): void;
  /** Records handed out whose result has not come back yet. */
  readonly unsettled: number;
  /**
   * Ends the document (it may hand out no more records): call it, settle what is still out, then
   * `end`. `end` throws while records are unsettled (a programming mistake).
   */
  finish(): void;
}

/** Thrown inside the parser's error handler so that saxes stops at the first well-formedness error. */
class StopParsing extends Error {}

/** Parser state the handlers need: the tree of the record being read, and where we are. */
interface Building {
  /** Open elements inside the current `formation` (index 0 is the formation itself). */
  readonly stack: OpenElement[];
  /** Per open element: whether its text matters (not for containers, whose text is indentation). */
  readonly keepsText: boolean[];
  /** Elements LHÉO does not define, met among the children of a container. */
  readonly unknown: UnknownElement[];
  /**
   * Open elements past `MAX_RECORD_DEPTH`, counted but not built: the record is then rejected alone,
   * and no later step (HTML written back, extras) ever walks a tree deeper than the limit.
   */
  tooDeep: number;
  /** Line of the first element past the limit (0 while the record is within it). */
  tooDeepLine: number;
}

/** The innermost action or session among the open elements (`undefined`: the formation itself). */
function scopeOf(stack: readonly OpenElement[]): UnknownElement['scope'] {
  let scope: UnknownElement['scope'];
  for (const open of stack) {
    if (open.name === 'action' || open.name === 'session') {
      scope = { record: open.name, numero: recordNumeroOf(open) };
    }
  }
  return scope;
}

/** The path and record of an unknown element, from the open elements (rare: computed on demand). */
function unknownElement(stack: readonly OpenElement[], node: OpenElement): UnknownElement {
  const field = [...stack.map((open) => open.name), node.name].join('/');
  return { name: node.name, line: node.line, field, scope: scopeOf(stack) };
}

/**
 * A copy of a string that shares no memory with the text it was read from. Strings saxes reads
 * can be slices of the whole chunk being parsed (V8 slices strings of 13 characters or more), so
 * keeping a 16-character `numero` for the whole import would keep its 1 MiB chunk too: memory
 * would grow with the file. Concatenating then slicing makes V8 copy the characters.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

/** Namespaces of LHÉO 1.x (`http://www.lheo.org/1.3.0`…), whose records have another structure. */
const OLD_LHEO = /^https?:\/\/(?:www\.)?lheo\.org\/(1(?:\.\d+)*)\/?$/;

/** Why a root other than `<lheo>` is refused, naming what the file is when we can tell. */
function rootMessage(line: number, column: number, local: string, written: string): string {
  if (local === 'lheo-index') return messages.lheoIndex(line, column);
  if (local === 'html') return messages.htmlRoot(line, column);
  return messages.notLheo(line, column, written);
}

/** The `file:line:column: ` saxes puts before its messages. */
const POSITION = /^(?:[^:]*:)?\d+:\d+: /;

const count = (): LheoCount => ({ read: 0, kept: 0, rejected: 0 });

/** A record handed out and not settled yet, in the queue of what is to be reported in order. */
const UNSETTLED = Symbol('unsettled');

/**
 * Creates a streaming importer: the text goes in by chunks (`write`), each offer and each problem
 * comes out as soon as it is read, so an export of hundreds of MB never sits in memory.
 *
 * @example
 * ```ts
 * const offers: Offer[] = [];
 * const importer = createLheoImporter({ onOffer: (offer) => offers.push(offer) });
 * for await (const chunk of createReadStream('export.xml', 'utf8')) importer.write(chunk);
 * const summary = importer.end(); // summary.fatal is set when the XML is malformed
 * ```
 */
export function createLheoImporter(options: LheoImportOptions): LheoImporter {
  const mapper = new LheoRecordMapper(options.programmesFor);
  const importer: DeferredLheoImporter<Offer> = readLheo<LheoRawRecord, Offer>(new NodeBuilder(), {
    onRecord: (record) => importer.settle(mapper.map(record)),
    onOffer: options.onOffer,
    ...(options.onProblem === undefined ? {} : { onProblem: options.onProblem }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  return {
    write: (chunk) => importer.write(chunk),
    invalidBytes: (count, encoding) => importer.invalidBytes(count, encoding),
    end: () => importer.end(),
  };
}

/**
 * Creates a streaming importer that reads the XML but maps no record itself: each formation is
 * handed out as text (`onRecord`) to be mapped elsewhere, on another thread for instance, by
 * `createLheoRecordMapper`, and its result given back with `settle`, in the same order. Offers,
 * problems and the summary are then exactly those of `createLheoImporter`, in the same order.
 *
 * @example
 * ```ts
 * const mapper = createLheoRecordMapper(); // in a worker, say
 * const records: string[] = [];
 * const offers: Offer[] = [];
 * const importer = createDeferredLheoImporter<Offer>({
 *   onRecord: (record) => records.push(record),
 *   onOffer: (offer) => offers.push(offer),
 * });
 * importer.write(text);
 * importer.finish();
 * for (const record of records) importer.settle(mapper.map(record));
 * const summary = importer.end();
 * ```
 */
export function createDeferredLheoImporter<T>(
  options: DeferredLheoImportOptions<T>,
): DeferredLheoImporter<T> {
  return readLheo(new TextBuilder(), options);
}

/** The importer: parsing, with records built by `builder` and handed to `onRecord`, and their settling. */
function readLheo<R, T>(
  builder: RecordBuilder<R>,
  options: Omit<DeferredLheoImportOptions<T>, 'onRecord'> & { readonly onRecord: (record: R) => void },
): DeferredLheoImporter<T> {
  const logger = options.logger ?? silentLogger;
  const offers = count();
  const actions = count();
  const sessions = count();
  const outcomes: Record<LheoOutcome, number> = { rejected: 0, dropped: 0, repaired: 0, ignored: 0 };
  const unmapped = new Map<string, number>();
  const seenOffers = new Map<string, number>();
  const emit = (problem: LheoProblem): void => {
    outcomes[problem.outcome] += 1;
    options.onProblem?.(problem);
  };
  /**
   * Problems and records in file order, from the oldest unsettled record on: a problem found while
   * reading (invalid bytes) waits there until the records before it are settled.
   */
  const queue: Array<LheoProblem | typeof UNSETTLED> = [];
  let unsettled = 0;
  const report = (problem: LheoProblem): void => {
    if (unsettled === 0) emit(problem);
    else queue.push(problem);
  };

  function settle(result: LheoRecordResult<T>): void {
    if (queue[0] !== UNSETTLED) throw new Error('settle: no record is waiting for its result');
    queue.shift();
    unsettled -= 1;
    settleRecord(result);
    while (queue.length > 0 && queue[0] !== UNSETTLED) emit(queue.shift() as LheoProblem);
  }

  function settleRecord(result: LheoRecordResult<T>): void {
    for (const problem of result.problems) emit(problem);
    for (const path of result.unmapped) unmapped.set(path, (unmapped.get(path) ?? 0) + 1);
    offers.read += 1;
    const tally = result.tally;
    if (tally === null) {
      offers.rejected += 1;
      return;
    }
    actions.read += tally.actionsRead;
    sessions.read += tally.sessionsRead;
    let kept = result.mapped !== null;
    if (result.mapped !== null) {
      const { id, line, numero, record, offerId } = result.mapped;
      const firstLine = seenOffers.get(id);
      if (firstLine !== undefined) {
        const reason = messages.duplicateOffer(id, firstLine);
        emit({ numero, record, offerId, line, field: 'formation/@numero', reason, outcome: 'rejected' });
        kept = false;
      } else {
        seenOffers.set(detached(id), line);
        for (const problem of result.checkProblems) emit(problem);
        kept = result.offer !== null;
      }
    }
    if (!kept) {
      offers.rejected += 1;
      actions.rejected += tally.actionsRead;
      sessions.rejected += tally.sessionsRead;
      return;
    }
    offers.kept += 1;
    actions.kept += tally.actionsKept;
    actions.rejected += tally.actionsRead - tally.actionsKept;
    sessions.kept += tally.sessionsKept;
    sessions.rejected += tally.sessionsRead - tally.sessionsKept;
    options.onOffer(result.offer as T);
  }

  const parser = new SaxesParser({ xmlns: false, position: true });
  // Exports sometimes leave HTML entities unescaped (`&eacute;`); read them instead of failing.
  Object.assign(parser.ENTITIES, HTML_ENTITIES);

  let namespace: string | null = null;
  let fatal: LheoFatalError | undefined;
  let finished = false;
  /** Element depth outside any formation (0 before the root). */
  let depth = 0;
  let building: Building | null = null;
  /**
   * A formation whose end tag was read but not yet handed out: saxes calls the close-tag handler
   * before it reports a mismatched end tag, so a record is only trusted once the parser moved on.
   */
  let pending: R | null = null;

  /** Invalid bytes met on one line of one record, reported once the line or the record changes. */
  let badBytes: {
    line: number;
    field: string;
    scope: UnknownElement['scope'];
    offerId: string | null;
    count: number;
    encoding: string;
  } | null = null;
  const reportBadBytes = (): void => {
    if (badBytes === null) return;
    const { line, field, scope, offerId, count, encoding } = badBytes;
    badBytes = null;
    report({
      numero: scope === undefined ? offerId : scope.numero,
      record: scope?.record ?? 'formation',
      offerId,
      line,
      field,
      reason: messages.invalidBytes(count, encoding),
      outcome: 'repaired',
    });
  };

  const flush = (): void => {
    if (pending === null) return;
    const record = pending;
    pending = null;
    reportBadBytes();
    queue.push(UNSETTLED);
    unsettled += 1;
    options.onRecord(record);
  };

  function stop(line: number, column: number, message: string): never {
    pending = null;
    building = null;
    fatal = { line, column, message };
    throw new StopParsing(message);
  }

  const namespaces = new NamespaceScope(
    (message) => parser.fail(message),
    () => parser.xmlDecl.version ?? '1.0',
  );

  parser.on('error', (error) => {
    const [line, column] = [parser.line, parser.column + 1];
    let reason = error.message.replace(POSITION, '');
    if (reason.startsWith('duplicate attribute: ')) reason = namespaces.repeatedAttribute(reason);
    stop(line, column, messages.malformed(line, column, frenchXmlError(reason)));
  });

  parser.on('attribute', (attribute) => namespaces.attribute(attribute.name, attribute.value));
  parser.on('processinginstruction', (instruction) => namespaces.processingInstruction(instruction.target));

  parser.on('opentag', (tag) => {
    // Namespace errors come first: the namespace-aware parser found them before this handler.
    let known = knownElement(tag.name);
    let name: string;
    if (known !== undefined) {
      namespaces.open(tag.name, tag.attributes, true);
      name = known.name;
    } else {
      name = namespaces.open(tag.name, tag.attributes, false);
      known = knownElement(name);
      if (known !== undefined) name = known.name;
    }
    if (pending !== null) flush();
    if (building !== null && (building.tooDeep > 0 || building.stack.length >= MAX_RECORD_DEPTH)) {
      if (building.tooDeep === 0) building.tooDeepLine = parser.line;
      building.tooDeep += 1;
      return;
    }
    if (building !== null) {
      const { stack, keepsText } = building;
      const inText = keepsText[keepsText.length - 1] === true;
      // In a text field, child elements are raw HTML: their order with the text matters.
      const node = builder.open(name, namespaces.attributes, parser.line, inText);
      // Where LHÉO expects elements, an unknown name is a typo or an extension: reported, not mapped.
      const kind = known?.text;
      if (kind === undefined && !inText && (stack[stack.length - 1] as OpenElement).name !== 'extras') {
        building.unknown.push(unknownElement(stack, node));
      }
      stack.push(node);
      // Containers' own text is indentation: dropping it saves memory and garbage. Raw HTML tags
      // inside a text field (`<p>`, `<li>`) are no LHÉO containers: their text is kept.
      keepsText.push(kind !== 'dropped');
      return;
    }
    depth += 1;
    if (depth === 1) {
      namespace = namespaces.rootNamespace;
      const [line, column] = [parser.line, parser.column + 1];
      const version = OLD_LHEO.exec(namespace)?.[1];
      if (version !== undefined) stop(line, column, messages.oldLheo(line, column, version, namespace));
      if (name !== 'lheo') stop(line, column, rootMessage(line, column, name, tag.name));
      if (!LHEO_NAMESPACES.has(namespace)) logger.warn(messages.unknownNamespace(namespace));
    } else if (name === 'offre-formation') {
      // LHÉO 1.x without its namespace: its records would all be skipped, silently.
      const [line, column] = [parser.line, parser.column + 1];
      stop(line, column, messages.oldLheo(line, column, '1', namespace ?? ''));
    } else if (name === 'formation') {
      // Normally lheo/offres/formation; read wherever it is, as long as it is not inside another one.
      const node = builder.begin(name, namespaces.attributes, parser.line);
      building = { stack: [node], keepsText: [false], unknown: [], tooDeep: 0, tooDeepLine: 0 };
    }
  });

  parser.on('text', (text) => {
    if (pending !== null) flush();
    if (building === null || building.tooDeep > 0) return;
    if (building.keepsText[building.keepsText.length - 1] !== true) return;
    builder.text(text);
  });

  parser.on('cdata', (text) => {
    if (pending !== null) flush();
    if (building === null || building.tooDeep > 0) return;
    builder.text(text);
  });

  parser.on('closetag', () => {
    namespaces.close();
    if (pending !== null) flush();
    if (building !== null && building.tooDeep > 0) {
      building.tooDeep -= 1;
      return;
    }
    if (building !== null) {
      building.stack.pop();
      building.keepsText.pop();
      if (building.stack.length === 0) {
        pending = builder.end(building.unknown, building.tooDeepLine);
        building = null;
        depth -= 1;
      } else builder.close();
      return;
    }
    depth -= 1;
  });

  function finish(): void {
    if (finished) return;
    if (fatal === undefined) {
      try {
        parser.close();
        flush();
      } catch (error) {
        if (!(error instanceof StopParsing)) throw error;
      }
    }
    reportBadBytes();
    finished = true;
  }

  return {
    write(chunk: string): void {
      if (fatal !== undefined || finished) return;
      try {
        parser.write(chunk);
        flush();
      } catch (error) {
        if (!(error instanceof StopParsing)) throw error;
      }
    },
    invalidBytes(count: number, encoding = 'UTF-8'): void {
      if (fatal !== undefined || finished || count <= 0) return;
      flush();
      const line = parser.line;
      const stack = building?.stack;
      const formation = stack?.[0];
      const offerId = formation === undefined ? null : offerIdOf(formation);
      const field = stack === undefined ? 'lheo' : stack.map((open) => open.name).join('/');
      if (
        badBytes !== null &&
        badBytes.line === line &&
        badBytes.offerId === offerId &&
        badBytes.field === field
      ) {
        badBytes.count += count;
        return;
      }
      reportBadBytes();
      badBytes = { line, field, scope: stack && scopeOf(stack), offerId, count, encoding };
    },
    settle,
    get unsettled(): number {
      return unsettled;
    },
    finish,
    end(): LheoImportSummary {
      finish();
      if (unsettled > 0) throw new Error(`end: ${unsettled} record(s) still to settle`);
      return {
        offers: { ...offers },
        actions: { ...actions },
        sessions: { ...sessions },
        problems: { ...outcomes },
        unmapped: Object.fromEntries(unmapped),
        namespace,
        ...(fatal === undefined ? {} : { fatal }),
      };
    },
  };
}

/** Everything a whole-document import produced (for small files and tests). */
export interface LheoImportResult {
  readonly offers: Offer[];
  readonly problems: LheoProblem[];
  readonly summary: LheoImportSummary;
}

/**
 * Imports a whole LHÉO document held in memory. Prefer `createLheoImporter` for files.
 *
 * @example
 * ```ts
 * const { offers, problems, summary } = importLheo(xmlText);
 * console.log(`${summary.offers.kept} offre(s) gardée(s), ${problems.length} problème(s)`);
 * ```
 */
export function importLheo(
  xml: string,
  options: Omit<LheoImportOptions, 'onOffer' | 'onProblem'> = {},
): LheoImportResult {
  const offers: Offer[] = [];
  const problems: LheoProblem[] = [];
  const importer = createLheoImporter({
    ...options,
    onOffer: (offer) => offers.push(offer),
    onProblem: (problem) => problems.push(problem),
  });
  importer.write(xml);
  return { offers, problems, summary: importer.end() };
}
