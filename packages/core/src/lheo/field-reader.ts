/**
 * Reads one LHÉO value element (a text, a code, a number, a date) against its XSD type or dict-*
 * table, and reports what it had to drop or repair in the record being mapped. Every part of the
 * mapping (addresses, contacts, extras, the records themselves) reads its values through one
 * `FieldReader`, so a problem always carries the right formation, record and `numero`.
 */
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

export class FieldReader {
  #offerId: string | null = null;
  #scope: Scope = { record: 'formation', numero: null };
  #problems = 0;

  constructor(private readonly report: (problem: LheoProblem) => void) {}

  /** Starts a new formation: problems from now on belong to it. */
  beginOffer(numero: string | null): void {
    this.#offerId = numero;
    this.#scope = { record: 'formation', numero };
    this.#problems = 0;
  }

  /** Problems from now on belong to this action or session (or, with `formation`, to the offer). */
  enter(record: LheoRecordKind, numero: string | null): void {
    this.#scope = { record, numero: record === 'formation' ? this.#offerId : numero };
  }

  get offerId(): string | null {
    return this.#offerId;
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
    const value = plainText(rawText(node));
    if (PLACEHOLDERS.has(value)) return undefined;
    if (value.length > max) {
      if (!quiet) this.problem(node.line, path, messages.tooLong(value.length, max), 'repaired');
      return `${value.slice(0, max - 1).trimEnd()}…`;
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
