/**
 * The small, pure value helpers of the LHÉO mapping: the XSD's patterns, the placeholders exporters
 * write in mandatory fields, and how codes, decimals and dates are read. Nothing here reports: the
 * field reader (`field-reader.ts`) decides what a bad value becomes.
 */

export const DIGITS_14 = /^\d{14}$/;
export const POSTAL_CODE = /^\d{5}$/;
export const INSEE_CODE = /^(\d{2}|2[AB])\d{3}$/;
export const DEPARTEMENT = /^(\d{2}|2[AB]|97\d)$/;
export const FORMACODE = /^\d{5}$/;
export const NSF = /^\d{3}$/;
export const ROME = /^[A-N]\d{4}$/;
export const UAI = /^\d{7}[A-Z]$/;
export const LANGUAGE = /^[a-z]{2}$/;
export const COUNTRY = /^[A-Z]{2}$/;
const LHEO_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Placeholders exporters write in mandatory text fields they have nothing for. */
export const PLACEHOLDERS: ReadonlySet<string> = new Set(['', '-', '.', '--', 'NC', 'nc', 'N/A', 'n/a']);

/** Sets an optional property only when there is a value (the model uses exactOptionalPropertyTypes). */
export function assign<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined) target[key] = value;
}

export function nonBlank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

const HAS_SPACE = /[\s\u00a0]/;
const SPACES = /[\s\u00a0]+/g;
const DECIMAL = /^[+-]?(?:\d+[.,]?\d*|[.,]\d+)$/;

/** Codes and identifiers: no spaces at all (« 824 228 142 01874 » is a SIRET written for humans). */
export function compact(value: string): string {
  // Fast path: most codes come without any space.
  return HAS_SPACE.test(value) ? value.replace(SPACES, '') : value;
}

/** A decimal written the French way (« 12,50 ») or the English way (« 12.50 »). */
export function parseDecimal(raw: string): number | undefined {
  const text = compact(raw);
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** `AAAAMMJJ` → `AAAA-MM-JJ` when it is a real calendar date. */
export function isoDate(raw: string): string | undefined {
  const match = LHEO_DATE.exec(raw);
  if (match === null) return undefined;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  if (daysInMonth === undefined || day > daysInMonth) return undefined;
  return `${y}-${m}-${d}`;
}
