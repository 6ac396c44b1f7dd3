/**
 * What a catalogue's texts, links, e-mails and phone numbers may be, shared by the import (which
 * repairs or drops what breaks them, and says so) and the catalogue schema (which `validate` and
 * the widget check). Catalogue text ends up on other people's pages: a `javascript:` link, a phone
 * number that dials someone else, or right-to-left override characters that disguise a text must
 * not get that far. The widget's own link filters stay as a second line.
 */

/** Longest texts, in characters (see docs/import-limits.md). */
export const TEXT_LIMITS = {
  /** LHÉO `numero`s and the other identifiers and attributes (`info`, `ref`). */
  id: 255,
  /** Titles, names, labels, address lines, short notes. */
  short: 255,
  /** Descriptions (objectives, content, conditions…): LHÉO's longest text is 3,000. */
  long: 3000,
  url: 400,
  email: 160,
  /** One `extra` value. */
  extraValue: 3000,
  /**
   * Beyond this, a text (or an identifier) is no mistake of length that a cut repairs: the import
   * rejects its whole formation, alone, with its numero and line.
   */
  record: 30_000,
} as const;

/**
 * The first `length` UTF-16 units of `text`, one fewer when the cut would fall between the two
 * halves of a surrogate pair (an emoji, a character past U+FFFF): half a pair is no character,
 * and written as UTF-8 it becomes « \uFFFD ». Texts cut to a limit go through here.
 */
export function cutText(text: string, length: number): string {
  if (length >= text.length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/**
 * Unicode bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the invisible marks (U+200E, U+200F, U+061C). An override makes
 * « moc.elpmaxe » read « example.com »: catalogue text has no use for them.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A text without any bidirectional control. */
export const NO_BIDI_CONTROLS = /^[^\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/;

/** The text without its bidirectional controls, and whether there were any. */
export function stripBidiControls(text: string): string {
  return NO_BIDI_CONTROLS.test(text) ? text : text.replace(BIDI_CONTROLS, '');
}

/**
 * A link a person can follow: http(s) with a host, `mailto:` or `tel:`, nothing else (no
 * `javascript:`, `data:`), and no spaces or control characters, which browsers skip when they
 * read a URL (how `java\tscript:` gets through).
 */
export const SAFE_URL =
  // Control characters are what this pattern exists to refuse.
  // eslint-disable-next-line no-control-regex
  /^(?:[hH][tT][tT][pP][sS]?:\/\/[^\s\u0000-\u001f\u007f/?#]+[^\s\u0000-\u001f\u007f]*|[mM][aA][iI][lL][tT][oO]:[^\s\u0000-\u001f\u007f]+|[tT][eE][lL]:\+?\d+)$/;

/** An e-mail address: a local part, `@`, and a domain with at least one dot (ASCII, as LHÉO exports are). */
export const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * A phone number as the catalogue keeps it, so that a `tel:` link made from its digits dials
 * exactly it: French « 05 56 00 00 01 » (10 digits in pairs), international « +3225550100 »
 * (+ and 7 to 15 digits), or a French short number « 3949 ».
 */
export const PHONE = /^(?:0[1-9](?: \d{2}){4}|\+[1-9]\d{6,14}|[13]\d{3})$/;

/** Characters a phone number is written with, besides its digits (« 05.56.00.00.01 », « +33 (0)5 … »). */
const PHONE_PUNCTUATION = /[\s\u00a0.\-/()]/g;

/**
 * A phone number as written (« 05.56.00.00.01 », « +33 (0)5 56 00 00 01 », « 0033 5… », « 39 49 »)
 * in the form `PHONE` describes, or `undefined` when it is not a French or international number:
 * a digit too many or too few, a letter, two numbers in one field.
 *
 * @example
 * ```ts
 * normalisePhone('+33 (0)5 56 00 00 01'); // '05 56 00 00 01'
 * normalisePhone('0032 2 555 01 00'); // '+3225550100'
 * normalisePhone('05 56'); // undefined
 * ```
 */
export function normalisePhone(written: string): string | undefined {
  let text = written.trim().replace(/^\+33\s*\(0\)/, '+33');
  if (!/^\+?[\d\s\u00a0.\-/()]+$/.test(text)) return undefined;
  text = text.replace(PHONE_PUNCTUATION, '');
  if (text.startsWith('00')) text = `+${text.slice(2)}`;
  if (/^\+33[1-9]\d{8}$/.test(text)) text = `0${text.slice(3)}`;
  if (/^0[1-9]\d{8}$/.test(text)) return text.replace(/(\d{2})(?=\d)/g, '$1 ');
  if (/^\+[1-9]\d{6,14}$/.test(text) && !text.startsWith('+33')) return text;
  if (/^[13]\d{3}$/.test(text)) return text;
  return undefined;
}
