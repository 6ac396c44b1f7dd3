/**
 * A light syntax check of OpenStreetMap `opening_hours` values, for the forms a relay directory
 * needs: `Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off`, `24/7`, month ranges, nth
 * weekdays (`Mo[1,3]`), `PH` / `SH`, `open` / `closed` / `off` and "comments".
 *
 * It is a recogniser, not an evaluator: it says whether the text follows the grammar and, if not,
 * where and what was expected, in French. The `opening_hours` npm package evaluates everything but
 * weighs far more than the widget's whole budget.
 */
import { cutText } from '../catalogue/text-rules.js';
import { err, ok, type Result } from '../result.js';

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const HOLIDAYS = ['PH', 'SH'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MODIFIERS = ['open', 'closed', 'off', 'unknown'] as const;
/** French day abbreviations people type by habit, to give a precise hint. */
const FRENCH_DAYS = /^(Lu|Ma|Me|Je|Ve|Sa|Di)\b/i;

class SyntaxProblem extends Error {}

class Cursor {
  position = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.position >= this.text.length;
  }

  skipSpaces(): void {
    while (this.text[this.position] === ' ') this.position += 1;
  }

  startsWith(token: string): boolean {
    return this.text.startsWith(token, this.position);
  }

  /** Consumes `token` when it comes next. */
  take(token: string): boolean {
    if (!this.startsWith(token)) return false;
    this.position += token.length;
    return true;
  }

  /** The first of `tokens` that comes next, not followed by a letter (so `Mo` does not match `Mon`). */
  peekWord<T extends string>(tokens: readonly T[]): T | undefined {
    return tokens.find(
      (token) => this.startsWith(token) && !/[A-Za-z]/.test(this.text[this.position + token.length] ?? ''),
    );
  }

  /** The next non-space character after the current position, without consuming anything. */
  peekAfterSpaces(): string {
    let i = this.position;
    while (this.text[i] === ' ') i += 1;
    return this.text.slice(i);
  }

  fail(expected: string): never {
    const rest = this.text.slice(this.position).trimStart();
    const found =
      rest === '' ? 'la fin du texte' : `« ${rest.length > 12 ? `${cutText(rest, 12)}…` : rest} »`;
    const hint =
      FRENCH_DAYS.test(rest) && !this.peekWord(WEEKDAYS)
        ? ' (les jours s’écrivent en anglais : Mo, Tu, We, Th, Fr, Sa, Su)'
        : '';
    throw new SyntaxProblem(`au caractère ${this.position + 1}, attendu ${expected}, trouvé ${found}${hint}`);
  }
}

function startsSelector(cursor: Cursor): boolean {
  return (
    cursor.peekWord(WEEKDAYS) !== undefined ||
    cursor.peekWord(HOLIDAYS) !== undefined ||
    cursor.peekWord(MONTHS) !== undefined ||
    /^\d/.test(cursor.text.slice(cursor.position))
  );
}

function parseTime(cursor: Cursor, maxHour: number): void {
  const match = /^(\d{2}):(\d{2})/.exec(cursor.text.slice(cursor.position));
  if (!match) cursor.fail('une heure au format HH:MM (ex. 09:00)');
  if (Number(match[1]) > maxHour || Number(match[2]) > 59)
    cursor.fail(`une heure valide (00:00 à ${maxHour}:00)`);
  cursor.position += 5;
}

function parseTimeSpan(cursor: Cursor): void {
  parseTime(cursor, 24);
  if (cursor.take('+')) return;
  if (!cursor.take('-')) cursor.fail('« - » puis une heure de fin (ex. 09:00-12:00)');
  // Hours past midnight are written 25:00… in OSM, up to 48:00.
  parseTime(cursor, 48);
}

function parseTimes(cursor: Cursor): void {
  parseTimeSpan(cursor);
  while (cursor.startsWith(',') && /^\d/.test(cursor.text.slice(cursor.position + 1).trimStart())) {
    cursor.take(',');
    cursor.skipSpaces();
    parseTimeSpan(cursor);
  }
}

function parseNth(cursor: Cursor): void {
  const match = /^\[(-?[1-5](-[1-5])?)(,(-?[1-5](-[1-5])?))*\]/.exec(cursor.text.slice(cursor.position));
  if (!match) cursor.fail('un rang entre crochets (ex. Mo[1] ou Mo[1,3] ou Mo[-1])');
  cursor.position += match[0].length;
}

function parseDayItem(cursor: Cursor): void {
  if (cursor.peekWord(HOLIDAYS)) {
    cursor.position += 2;
    return;
  }
  if (!cursor.peekWord(WEEKDAYS)) cursor.fail('un jour (Mo, Tu, We, Th, Fr, Sa, Su) ou PH / SH');
  cursor.position += 2;
  if (cursor.take('-')) {
    if (!cursor.peekWord(WEEKDAYS)) cursor.fail('un jour de fin (Mo, Tu, We, Th, Fr, Sa, Su)');
    cursor.position += 2;
  } else if (cursor.startsWith('[')) {
    parseNth(cursor);
  }
}

function parseWeekdays(cursor: Cursor): void {
  parseDayItem(cursor);
  while (cursor.startsWith(',')) {
    const after = cursor.text.slice(cursor.position + 1);
    const next = new Cursor(after);
    if (!next.peekWord(WEEKDAYS) && !next.peekWord(HOLIDAYS)) return;
    cursor.take(',');
    parseDayItem(cursor);
  }
}

function parseMonthItem(cursor: Cursor): void {
  if (!cursor.peekWord(MONTHS)) cursor.fail('un mois (Jan, Feb, … Dec)');
  cursor.position += 3;
  const day = /^ (\d{1,2})(?!:)/.exec(cursor.text.slice(cursor.position));
  if (day) cursor.position += day[0].length;
  if (cursor.take('-')) {
    if (cursor.peekWord(MONTHS)) {
      cursor.position += 3;
      const endDay = /^ (\d{1,2})(?!:)/.exec(cursor.text.slice(cursor.position));
      if (endDay) cursor.position += endDay[0].length;
    } else {
      const endDay = /^\d{1,2}(?!:)/.exec(cursor.text.slice(cursor.position));
      if (!endDay) cursor.fail('un mois ou un jour de fin (ex. Jan-Mar ou Dec 24-26)');
      cursor.position += endDay[0].length;
    }
  }
}

function parseMonths(cursor: Cursor): void {
  parseMonthItem(cursor);
  while (cursor.startsWith(',') && new Cursor(cursor.text.slice(cursor.position + 1)).peekWord(MONTHS)) {
    cursor.take(',');
    parseMonthItem(cursor);
  }
}

function parseComment(cursor: Cursor): void {
  const end = cursor.text.indexOf('"', cursor.position + 1);
  if (end < 0) cursor.fail('un guillemet fermant « " » pour terminer le commentaire');
  cursor.position = end + 1;
}

function parseRule(cursor: Cursor): void {
  const start = cursor.position;
  if (cursor.take('24/7')) {
    cursor.skipSpaces();
  } else {
    if (cursor.peekWord(MONTHS)) {
      parseMonths(cursor);
      cursor.skipSpaces();
    }
    if (cursor.peekWord(WEEKDAYS) || cursor.peekWord(HOLIDAYS)) {
      parseWeekdays(cursor);
      cursor.skipSpaces();
    }
    if (/^\d/.test(cursor.text.slice(cursor.position))) {
      parseTimes(cursor);
      cursor.skipSpaces();
    }
  }
  const modifier = cursor.peekWord(MODIFIERS);
  if (modifier) {
    cursor.position += modifier.length;
    cursor.skipSpaces();
  }
  if (cursor.startsWith('"')) {
    parseComment(cursor);
    cursor.skipSpaces();
  }
  if (cursor.position === start) {
    cursor.fail('une règle (ex. Mo-Fr 09:00-12:00, 24/7, PH off ou un "commentaire")');
  }
}

/**
 * Checks an OSM `opening_hours` value. Returns the value, or a French message saying where the
 * syntax breaks and what was expected.
 *
 * @example
 * ```ts
 * checkOpeningHours('Mo-Fr 09:00-12:00,14:00-17:00; PH off').ok; // true
 * const wrong = checkOpeningHours('Mo-Fr 9h-12h');
 * wrong.ok ? '' : wrong.error; // 'au caractère 7, attendu une heure au format HH:MM (ex. 09:00), trouvé « 9h-12h »'
 * ```
 */
export function checkOpeningHours(value: string): Result<string, string> {
  const cursor = new Cursor(value.trim());
  try {
    if (cursor.done) cursor.fail('des horaires (ex. Mo-Fr 09:00-12:00,14:00-17:00)');
    cursor.skipSpaces();
    parseRule(cursor);
    while (!cursor.done) {
      if (cursor.take(';') || cursor.take('||')) {
        cursor.skipSpaces();
        parseRule(cursor);
      } else if (
        cursor.startsWith(',') &&
        startsSelector(new Cursor(cursor.peekAfterSpaces().slice(1).trimStart()))
      ) {
        // `Mo 09:00-12:00, We 14:00-17:00`: the comma adds a rule instead of replacing one.
        cursor.take(',');
        cursor.skipSpaces();
        parseRule(cursor);
      } else {
        cursor.fail('« ; » entre deux règles');
      }
    }
    return ok(value);
  } catch (error) {
    if (error instanceof SyntaxProblem) return err(error.message);
    throw error;
  }
}
