/**
 * Reads one LHÉO value element (a text, a code, a number, a date) against its XSD type or dict-*
 * table, and reports what it had to drop or repair in the record being mapped. Every part of the
 * mapping (addresses, contacts, extras, the records themselves) reads its values through one
 * `FieldReader`, so a problem always carries the right formation, record and `numero`.
 */
import {
  cutText,
  EMAIL,
  normalisePhone,
  SAFE_URL,
  stripBidiControls,
  TEXT_LIMITS,
} from '../catalogue/text-rules.js';
import { BOOLEAN_CODES } from './codes.js';
import { messages } from './messages.js';
import type { LheoOutcome, LheoProblem, LheoRecordKind } from './problems.js';
import { plainText } from './text.js';
import { isoDate, parseDecimal, compact, DIGITS_14, PLACEHOLDERS, UAI } from './values.js';
import { child, children, rawText, type XmlNode } from './xml-node.js';

/** The record a problem is reported against. */
export interface Scope {
  readonly record: LheoRecordKind;
  readonly numero: string | null;
}

/** A text or identifier too large for its formation to be kept (see `TEXT_LIMITS.record`). */
export interface Oversized {
  readonly line: number;
  readonly field: string;
  readonly length: number;
  readonly limit: number;
}

/** Phone placeholders exporters write (« 00 00 00 00 00 »): absent, not wrong. */
const ZERO_PHONE = /^[0\s\u00a0.-]+$/;
/** A web address written without its scheme (« www.exemple.fr/page »). */
const BARE_HOST = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#]\S*)?$/i;

/** An identifier too long to keep, as reports name it: its first 40 characters, then « … ». */
function abbreviated(raw: string): string {
  return `${cutText(raw, 40).trim()}…`;
}

/**
 * The `numero` the problems of a formation carry (`offerId`): trimmed, without bidirectional
 * controls, abbreviated past `TEXT_LIMITS.id`; `null` when missing or blank. The importer names
 * the record being read with it too (invalid bytes), so every problem of a record agrees.
 */
export function offerIdOf(formation: Pick<XmlNode, 'attrs'>): string | null {
  const raw = formation.attrs?.['numero']?.trim();
  if (raw === undefined || raw === '') return null;
  return stripBidiControls(raw.length > TEXT_LIMITS.id ? `${cutText(raw, 40)}…` : raw);
}

/** The `numero` of an action or session as its problems name it (what `attribute` reads), or `null`. */
export function recordNumeroOf(node: Pick<XmlNode, 'attrs'>): string | null {
  const raw = node.attrs?.['numero'];
  if (raw === undefined) return null;
  if (raw.length > TEXT_LIMITS.id) return abbreviated(raw);
  const value = raw.trim();
  return value === '' ? null : stripBidiControls(value);
}

export class FieldReader {
  #offerId: string | null = null;
  #scope: Scope = { record: 'formation', numero: null };
  #problems = 0;
  #oversized: Oversized | undefined;

  constructor(private readonly report: (problem: LheoProblem) => void) {}

  /** Starts a new formation: problems from now on belong to it. Returns its `numero`. */
  beginOffer(formation: XmlNode): string | undefined {
    this.#offerId = offerIdOf(formation);
    this.#scope = { record: 'formation', numero: this.#offerId };
    this.#problems = 0;
    this.#oversized = undefined;
    return this.attribute(formation, 'numero', 'formation');
  }

  /** The first text of the current formation past its size limit: the formation is then rejected. */
  get oversized(): Oversized | undefined {
    return this.#oversized;
  }

  /** False (and the formation marked oversized) when `length` is past `limit`. */
  private fits(line: number, field: string, length: number, limit: number = TEXT_LIMITS.record): boolean {
    if (length <= limit) return true;
    this.#oversized ??= { line, field, length, limit };
    return false;
  }

  /** Text without bidirectional controls; their removal is reported. */
  private clean(value: string, line: number, path: string): string {
    const cleaned = stripBidiControls(value);
    if (cleaned !== value)
      this.problem(line, path, messages.bidiStripped(value.length - cleaned.length), 'repaired');
    return cleaned;
  }

  /**
   * An identifier attribute (`numero`, an extra's `info` or `ref`), trimmed; `undefined` when blank.
   * Past `TEXT_LIMITS.id` the formation is rejected; what is returned then is only a short form, to
   * name the record in reports.
   */
  attribute(node: XmlNode, name: string, path: string): string | undefined {
    const raw = node.attrs?.[name];
    if (raw === undefined) return undefined;
    if (!this.fits(node.line, `${path}/@${name}`, raw.length, TEXT_LIMITS.id)) return abbreviated(raw);
    const value = raw.trim();
    return value === '' ? undefined : this.clean(value, node.line, `${path}/@${name}`);
  }

  /** Free text (an `extra`): plain, at most `max` characters (cut, reported), possibly empty. */
  freeText(node: XmlNode, path: string, max: number): string {
    const raw = rawText(node);
    if (!this.fits(node.line, path, raw.length)) return '';
    const value = this.clean(plainText(raw), node.line, path);
    if (value.length <= max) return value;
    this.problem(node.line, path, messages.tooLong(value.length, max), 'repaired');
    return `${cutText(value, max - 1).trimEnd()}…`;
  }

  /** A link: http(s), mailto or tel only; a bare host (« www.exemple.fr ») gets `https://`, silently. */
  url(node: XmlNode, path: string): string | undefined {
    const raw = rawText(node);
    if (!this.fits(node.line, path, raw.length)) return undefined;
    let value = this.clean(compact(raw), node.line, path);
    if (PLACEHOLDERS.has(value)) return undefined;
    // LHÉO's own example writes « lyceedekerneuzec.fr »: a usual form, read without a report.
    if (BARE_HOST.test(value)) value = `https://${value}`;
    if (!SAFE_URL.test(value)) {
      this.problem(node.line, path, messages.unsafeUrl(value), 'dropped');
      return undefined;
    }
    if (value.length > TEXT_LIMITS.url) {
      this.problem(node.line, path, messages.tooLongDropped(value.length, TEXT_LIMITS.url), 'dropped');
      return undefined;
    }
    return value;
  }

  email(node: XmlNode, path: string): string | undefined {
    const raw = rawText(node);
    if (!this.fits(node.line, path, raw.length)) return undefined;
    const value = this.clean(compact(raw), node.line, path);
    if (PLACEHOLDERS.has(value)) return undefined;
    if (EMAIL.test(value) && value.length <= TEXT_LIMITS.email) return value;
    this.problem(
      node.line,
      path,
      messages.badPattern(value, 'une adresse électronique (nom@domaine.fr)'),
      'dropped',
    );
    return undefined;
  }

  /** A phone number in the catalogue's form (`PHONE`), or dropped: never a number that dials someone else. */
  phone(node: XmlNode, path: string): string | undefined {
    const raw = rawText(node);
    if (!this.fits(node.line, path, raw.length)) return undefined;
    const value = this.clean(plainText(raw), node.line, path);
    if (PLACEHOLDERS.has(value) || ZERO_PHONE.test(value)) return undefined;
    const phone = normalisePhone(value);
    if (phone === undefined) this.problem(node.line, path, messages.badPhone(value), 'dropped');
    return phone;
  }

  /** Problems from now on belong to this action or session (or, with `formation`, to the offer). */
  enter(record: LheoRecordKind, numero: string | null): void {
    this.#scope = { record, numero: record === 'formation' ? this.#offerId : numero };
  }

  get offerId(): string | null {
    return this.#offerId;
  }

  /** The record problems are reported against now. */
  get scope(): Scope {
    return this.#scope;
  }

  /** Number of problems reported for the current formation. */
  get problemCount(): number {
    return this.#problems;
  }

  /** Reports a problem in the current scope (formation, action or session). */
  problem(
    line: number,
    field: string,
    reason: string,
    outcome: LheoOutcome,
    scope: Scope = this.#scope,
  ): void {
    this.#problems += 1;
    this.report({
      numero: scope.numero,
      record: scope.record,
      offerId: this.#offerId,
      line,
      field,
      reason,
      outcome,
    });
  }

  /** A text field as plain text; `undefined` when empty or a placeholder such as « - ». */
  text(node: XmlNode, path: string, max: number, quiet = false): string | undefined {
    const raw = rawText(node);
    if (!this.fits(node.line, path, raw.length)) return undefined;
    const value = this.clean(plainText(raw), node.line, path);
    if (PLACEHOLDERS.has(value)) return undefined;
    if (value.length > max) {
      if (!quiet) this.problem(node.line, path, messages.tooLong(value.length, max), 'repaired');
      return `${cutText(value, max - 1).trimEnd()}…`;
    }
    return value;
  }

  textOf(parent: XmlNode, name: string, path: string, max: number): string | undefined {
    const node = child(parent, name);
    return node && this.text(node, `${path}/${name}`, max);
  }

  pattern(
    node: XmlNode,
    path: string,
    pattern: RegExp,
    expected: string,
    zeroIsBlank = false,
  ): string | undefined {
    const value = compact(rawText(node));
    if (PLACEHOLDERS.has(value) || (zeroIsBlank && /^0+$/.test(value))) return undefined;
    if (pattern.test(value)) return value;
    this.problem(node.line, path, messages.badPattern(value, expected), 'dropped');
    return undefined;
  }

  /** Every `name` child matching `pattern`, duplicates removed. */
  codes(parent: XmlNode, name: string, path: string, pattern: RegExp, expected: string): string[] {
    const out = new Set<string>();
    for (const node of children(parent, name)) {
      const code = this.pattern(node, path, pattern, expected);
      if (code !== undefined) out.add(code);
    }
    return [...out];
  }

  codeText(node: XmlNode | undefined, path: string, min: number, max: number): string | undefined {
    if (node === undefined) return undefined;
    const value = compact(rawText(node));
    if (PLACEHOLDERS.has(value)) return undefined;
    if (value.length >= min && value.length <= max) return value;
    this.problem(node.line, path, messages.badPattern(value, `de ${min} à ${max} caractères`), 'dropped');
    return undefined;
  }

  siret(wrapper: XmlNode, path: string): string | undefined {
    const node = child(wrapper, 'SIRET');
    if (node === undefined) return undefined;
    const value = compact(rawText(node));
    if (PLACEHOLDERS.has(value)) return undefined;
    if (DIGITS_14.test(value)) return value;
    this.problem(node.line, path, messages.badSiret(value), 'dropped');
    return undefined;
  }

  uai(wrapper: XmlNode, path: string): string | undefined {
    const node = child(wrapper, 'code-UAI');
    if (node === undefined) return undefined;
    const value = compact(rawText(node)).toUpperCase();
    if (PLACEHOLDERS.has(value)) return undefined;
    if (UAI.test(value)) return value;
    this.problem(
      node.line,
      path,
      messages.badPattern(value, 'un code UAI (7 chiffres et une lettre)'),
      'dropped',
    );
    return undefined;
  }

  codeOf<T extends string>(
    parent: XmlNode,
    name: string,
    path: string,
    table: ReadonlySet<T>,
    tableName: string,
  ): T | undefined {
    const node = child(parent, name);
    if (node === undefined) return undefined;
    const value = compact(rawText(node));
    if (table.has(value as T)) return value as T;
    if (PLACEHOLDERS.has(value)) return undefined;
    this.problem(node.line, `${path}/${name}`, messages.badCode(value, tableName), 'dropped');
    return undefined;
  }

  mapped<T>(
    parent: XmlNode,
    name: string,
    path: string,
    table: Readonly<Record<string, T>>,
    tableName: string,
  ): T | undefined {
    const node = child(parent, name);
    return node && this.mappedValue(node, `${path}/${name}`, table, tableName);
  }

  /** A dict-* code read through `table` onto the model's value. */
  mappedValue<T>(
    node: XmlNode,
    path: string,
    table: Readonly<Record<string, T>>,
    tableName: string,
  ): T | undefined {
    const value = compact(rawText(node));
    const mapped = Object.hasOwn(table, value) ? table[value] : undefined;
    if (mapped !== undefined) return mapped;
    if (!PLACEHOLDERS.has(value))
      this.problem(node.line, path, messages.badCode(value, tableName), 'dropped');
    return undefined;
  }

  bool(node: XmlNode, path: string, quiet = false): boolean | undefined {
    const value = compact(rawText(node));
    const mapped = Object.hasOwn(BOOLEAN_CODES, value) ? BOOLEAN_CODES[value] : undefined;
    if (mapped === undefined && !quiet && !PLACEHOLDERS.has(value)) {
      this.problem(node.line, path, messages.badCode(value, 'dict-boolean'), 'dropped');
    }
    return mapped;
  }

  boolOf(parent: XmlNode, name: string, path: string): boolean | undefined {
    const node = child(parent, name);
    return node && this.bool(node, `${path}/${name}`);
  }

  intOf(parent: XmlNode, name: string, path: string, min: number, max: number): number | undefined {
    const node = child(parent, name);
    return node && this.int(node, `${path}/${name}`, min, max);
  }

  int(node: XmlNode, path: string, min: number, max: number): number | undefined {
    const raw = compact(rawText(node));
    if (PLACEHOLDERS.has(raw)) return undefined;
    if (!/^[+-]?\d+$/.test(raw)) {
      this.problem(node.line, path, messages.badNumber(raw), 'dropped');
      return undefined;
    }
    const value = Number(raw);
    if (value < min || value > max) {
      this.problem(node.line, path, messages.outOfRange(raw, min, max), 'dropped');
      return undefined;
    }
    return value;
  }

  /** Prices are text in LHÉO: « 12,50 », « 1 200 € » are read as numbers. */
  priceOf(parent: XmlNode, name: string, path: string): number | undefined {
    const node = child(parent, name);
    if (node === undefined) return undefined;
    const raw = compact(rawText(node));
    if (PLACEHOLDERS.has(raw)) return undefined;
    const value = parseDecimal(raw.replace(/(?:€|EUR|euros?)$/i, ''));
    if (value === undefined || value < 0) {
      this.problem(node.line, `${path}/${name}`, messages.badNumber(raw), 'dropped');
      return undefined;
    }
    return value;
  }

  /** A coordinate in degrees, within ±`limit`. */
  coordinate(node: XmlNode | undefined, path: string, limit: number): number | undefined {
    if (node === undefined) return undefined;
    const raw = compact(rawText(node));
    if (PLACEHOLDERS.has(raw)) return undefined;
    const value = parseDecimal(raw);
    if (value === undefined) {
      this.problem(node.line, path, messages.badNumber(raw), 'dropped');
      return undefined;
    }
    if (Math.abs(value) > limit) {
      this.problem(node.line, path, messages.outOfRange(raw, -limit, limit), 'dropped');
      return undefined;
    }
    return value;
  }

  /** A session date: 00000000 and 99999999 mean unknown (`null`); an impossible date is reported. */
  date(node: XmlNode | undefined, path: string): string | null {
    if (node === undefined) return null;
    const raw = compact(rawText(node));
    if (raw === '00000000' || raw === '99999999') return null;
    const iso = isoDate(raw);
    if (iso === undefined) {
      this.problem(node.line, path, messages.badDate(raw), 'repaired');
      return null;
    }
    return iso;
  }

  /** A date that may be left out (`date-information`): unknown or impossible means none. */
  optionalDate(node: XmlNode, path: string): string | undefined {
    const raw = compact(rawText(node));
    if (raw === '00000000' || raw === '99999999' || PLACEHOLDERS.has(raw)) return undefined;
    const iso = isoDate(raw);
    if (iso === undefined) this.problem(node.line, path, messages.badDateDropped(raw), 'dropped');
    return iso;
  }
}
