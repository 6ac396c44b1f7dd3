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
import { offerSchema } from '../catalogue/runtime-schema.js';
import type { Offer } from '../catalogue/schema.js';
import { silentLogger, type Logger } from '../result.js';
import { toProblems } from '../validation/french-issues.js';
import { LHEO_NAMESPACES } from './codes.js';
import { knownElement } from './element-names.js';
import { OfferMapper, type UnknownElement } from './map-offer.js';
import { frenchXmlError, messages } from './messages.js';
import { NamespaceScope } from './namespaces.js';
import { isCatalogueOffer } from './offer-check.js';
import type { LheoCount, LheoFatalError, LheoImportSummary, LheoOutcome, LheoProblem } from './problems.js';
import { HTML_ENTITIES } from './text.js';
import { appendChild, appendText, newNode, type XmlNode } from './xml-node.js';

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

/** Thrown inside the parser's error handler so that saxes stops at the first well-formedness error. */
class StopParsing extends Error {}

/** Parser state the handlers need: the tree of the record being read, and where we are. */
interface Building {
  /** Open elements inside the current `formation` (index 0 is the formation itself). */
  readonly stack: XmlNode[];
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

/**
 * Deepest element nesting kept inside one `formation` (the formation is level 1). LHÉO itself needs
 * 7 levels, raw HTML in a text field a few more; past this the record is rejected alone, with its
 * numero and line, and the import goes on (see docs/import-limits.md).
 */
export const MAX_RECORD_DEPTH = 64;

/** The innermost action or session among the open elements (`undefined`: the formation itself). */
function scopeOf(stack: readonly XmlNode[]): UnknownElement['scope'] {
  let scope: UnknownElement['scope'];
  for (const open of stack) {
    if (open.name === 'action' || open.name === 'session') {
      scope = { record: open.name, numero: open.attrs?.['numero']?.trim() || null };
    }
  }
  return scope;
}

/** The path and record of an unknown element, from the open elements (rare: computed on demand). */
function unknownElement(stack: readonly XmlNode[], node: XmlNode): UnknownElement {
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
  const logger = options.logger ?? silentLogger;
  const offers = count();
  const actions = count();
  const sessions = count();
  const outcomes: Record<LheoOutcome, number> = { rejected: 0, dropped: 0, repaired: 0, ignored: 0 };
  const seenOffers = new Map<string, number>();
  const report = (problem: LheoProblem): void => {
    outcomes[problem.outcome] += 1;
    options.onProblem?.(problem);
  };
  const mapper = new OfferMapper(report);

  const parser = new SaxesParser({ xmlns: false, position: true });
  // Exports sometimes leave HTML entities unescaped (`&eacute;`); read them instead of failing.
  Object.assign(parser.ENTITIES, HTML_ENTITIES);

  let namespace: string | null = null;
  let fatal: LheoFatalError | undefined;
  let ended = false;
  /** Element depth outside any formation (0 before the root). */
  let depth = 0;
  let building: Building | null = null;
  /**
   * A formation whose end tag was read but not yet processed: saxes calls the close-tag handler
   * before it reports a mismatched end tag, so a record is only trusted once the parser moved on.
   */
  let pending: { formation: XmlNode; unknown: UnknownElement[]; tooDeepLine: number } | null = null;

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
    const { formation, unknown, tooDeepLine } = pending;
    pending = null;
    finishFormation(formation, unknown, tooDeepLine);
  };

  function finishFormation(
    formation: XmlNode,
    unknown: readonly UnknownElement[],
    tooDeepLine: number,
  ): void {
    reportBadBytes();
    if (tooDeepLine > 0) {
      // Never mapped: its tree was cut at the limit, so reading it would give a wrong record.
      offers.read += 1;
      offers.rejected += 1;
      mapper.rejectWhole(formation, tooDeepLine, messages.tooDeep(MAX_RECORD_DEPTH));
      return;
    }
    const result = mapper.map(formation, unknown);
    offers.read += 1;
    actions.read += result.tally.actionsRead;
    sessions.read += result.tally.sessionsRead;
    let offer = result.ok ? result.offer : undefined;
    if (offer !== undefined) {
      const firstLine = seenOffers.get(offer.id);
      if (firstLine !== undefined) {
        mapper.problem(
          formation.line,
          'formation/@numero',
          messages.duplicateOffer(offer.id, firstLine),
          'rejected',
        );
        offer = undefined;
      } else {
        seenOffers.set(detached(offer.id), formation.line);
      }
    }
    if (offer !== undefined && options.programmesFor) offer.programmes = [...options.programmesFor(offer)];
    // The mapper should never build an offer the model refuses; if it does, the record is
    // rejected (reported with the model's path), never written out broken. The hand-written twin
    // of the schema is the fast path; zod decides, and words the problems, when it says no.
    if (offer !== undefined && !isCatalogueOffer(offer)) {
      const checked = offerSchema.safeParse(offer, { reportInput: true });
      if (!checked.success) {
        for (const problem of toProblems(checked.error.issues)) {
          mapper.problem(
            formation.line,
            'formation',
            messages.schemaRejected(problem.path, problem.message),
            'rejected',
          );
        }
        offer = undefined;
      }
    }
    if (offer === undefined) {
      offers.rejected += 1;
      actions.rejected += result.tally.actionsRead;
      sessions.rejected += result.tally.sessionsRead;
      return;
    }
    offers.kept += 1;
    actions.kept += result.tally.actionsKept;
    actions.rejected += result.tally.actionsRead - result.tally.actionsKept;
    sessions.kept += result.tally.sessionsKept;
    sessions.rejected += result.tally.sessionsRead - result.tally.sessionsKept;
    options.onOffer(offer);
  }

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
      const node = newNode(name, namespaces.attributes, parser.line);
      const { stack, keepsText } = building;
      const parent = stack[stack.length - 1] as XmlNode;
      // Where LHÉO expects elements, an unknown name is a typo or an extension: reported, not mapped.
      const kind = known?.text;
      if (kind === undefined && keepsText[keepsText.length - 1] === false && parent.name !== 'extras') {
        building.unknown.push(unknownElement(stack, node));
      }
      // In a text field, child elements are raw HTML: their order with the text matters.
      appendChild(parent, node, keepsText[keepsText.length - 1] === true);
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
      const node = newNode(name, namespaces.attributes, parser.line);
      building = { stack: [node], keepsText: [false], unknown: [], tooDeep: 0, tooDeepLine: 0 };
    }
  });

  parser.on('text', (text) => {
    if (pending !== null) flush();
    if (building === null || building.tooDeep > 0) return;
    if (building.keepsText[building.keepsText.length - 1] !== true) return;
    appendText(building.stack[building.stack.length - 1] as XmlNode, text);
  });

  parser.on('cdata', (text) => {
    if (pending !== null) flush();
    if (building === null || building.tooDeep > 0) return;
    appendText(building.stack[building.stack.length - 1] as XmlNode, text);
  });

  parser.on('closetag', () => {
    namespaces.close();
    if (pending !== null) flush();
    if (building !== null && building.tooDeep > 0) {
      building.tooDeep -= 1;
      return;
    }
    if (building !== null) {
      const node = building.stack.pop() as XmlNode;
      building.keepsText.pop();
      if (building.stack.length === 0) {
        pending = { formation: node, unknown: building.unknown, tooDeepLine: building.tooDeepLine };
        building = null;
        depth -= 1;
      }
      return;
    }
    depth -= 1;
  });

  return {
    write(chunk: string): void {
      if (fatal !== undefined || ended) return;
      try {
        parser.write(chunk);
        flush();
      } catch (error) {
        if (!(error instanceof StopParsing)) throw error;
      }
    },
    invalidBytes(count: number, encoding = 'UTF-8'): void {
      if (fatal !== undefined || ended || count <= 0) return;
      flush();
      const line = parser.line;
      const stack = building?.stack;
      const formation = stack?.[0];
      const offerId = formation === undefined ? null : formation.attrs?.['numero']?.trim() || null;
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
    end(): LheoImportSummary {
      if (!ended && fatal === undefined) {
        try {
          parser.close();
          flush();
        } catch (error) {
          if (!(error instanceof StopParsing)) throw error;
        }
      }
      reportBadBytes();
      ended = true;
      return {
        offers: { ...offers },
        actions: { ...actions },
        sessions: { ...sessions },
        problems: { ...outcomes },
        unmapped: mapper.unmapped,
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
