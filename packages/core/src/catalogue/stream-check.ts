/**
 * Checks a catalogue JSON as it streams in, one offer at a time, so that a catalogue of hundreds
 * of MB is checked with memory that does not grow with it: only the offer being read is held.
 * The text goes in by chunks (`write`); every problem comes out as soon as it is found, with its
 * path (`offers[3].title`, or `ligne 12, colonne 5` for a syntax error). Each offer is checked
 * against `offerSchema` and the content rules (`content-rules.ts`); `format`, `version` and `meta`
 * against the catalogue schema at the end. A syntax error inside one offer is reported and the
 * next offers are still checked; one between them stops the check.
 */
import type { Problem } from '../result.js';
import { toProblems } from '../validation/french-issues.js';
import { checkOfferContent } from './content-rules.js';
import { checkUntrusted } from './untrusted.js';
import { catalogueSchema, offerSchema } from './runtime-schema.js';
import type { Offer } from './schema.js';

/** What a streamed check found (`CatalogueChecker.end`): counts of offers, actions, sessions, problems. */
export interface CatalogueCheckSummary {
  /** Offers read. */
  readonly offers: number;
  /** Offers that passed every check. */
  readonly validOffers: number;
  /** Actions of the valid offers. */
  readonly actions: number;
  /** Sessions of the valid offers. */
  readonly sessions: number;
  /** Problems reported to `onProblem`. */
  readonly problems: number;
}

/** A catalogue check in progress (`createCatalogueChecker`): the text goes in by chunks. */
export interface CatalogueChecker {
  /** Reads the next chunk of the catalogue's text (any size, cut anywhere). */
  write(text: string): void;
  /** Ends the text: reports what is still open or missing, and returns the counts. */
  end(): CatalogueCheckSummary;
  /** Characters read so far (for a progress line). */
  readonly charactersRead: number;
}

const enum State {
  BeforeRoot,
  KeyOrEnd,
  Key,
  Colon,
  Value,
  CommaOrEnd,
  OfferOrEnd,
  Offer,
  OfferCommaOrEnd,
  AfterRoot,
  Stopped,
}

interface Capture {
  readonly parts: string[];
  start: number;
  depth: number;
  inString: boolean;
  escape: boolean;
  readonly primitive: boolean;
  readonly line: number;
  readonly column: number;
}

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;

/** Line and column of `offset` in `text`, counted from `line`/`column` where the text starts. */
function placeIn(text: string, offset: number, line: number, column: number): string {
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      column = 1;
    } else column += 1;
  }
  return `ligne ${line}, colonne ${column}`;
}

/**
 * Checks a catalogue JSON as it streams in, offer by offer, with memory that does not grow with the
 * file: `onProblem` gets each problem (path and French message) as soon as it is found.
 *
 * @example
 * ```ts
 * const checker = createCatalogueChecker((problem) => console.error(`${problem.path} — ${problem.message}`));
 * for await (const chunk of createReadStream('catalogue.json', 'utf8')) checker.write(chunk);
 * const { offers, validOffers } = checker.end();
 * console.log(`${validOffers} offre(s) valide(s) sur ${offers}`);
 * ```
 */
export function createCatalogueChecker(onProblem: (problem: Problem) => void): CatalogueChecker {
  let state = State.BeforeRoot;
  let line = 1;
  let column = 1;
  let read = 0;
  let first = true;
  let capture: Capture | null = null;
  let key = '';
  const top: Record<string, unknown> = {};
  let offersSeen = false;
  let offers = 0;
  let validOffers = 0;
  let actions = 0;
  let sessions = 0;
  let problems = 0;

  const report = (problem: Problem): void => {
    problems += 1;
    onProblem(problem);
  };
  const stop = (found: string): void => {
    report({
      path: `ligne ${line}, colonne ${column}`,
      message: `JSON invalide : le texte n'est pas un JSON bien formé${found === '' ? " : il s'arrête avant la fin (fichier tronqué ?)" : ` : caractère « ${found} » inattendu`}`,
    });
    state = State.Stopped;
  };

  const begin = (primitive: boolean, start: number): void => {
    capture = { parts: [], start, depth: 0, inString: false, escape: false, primitive, line, column };
  };

  function parseCaptured(done: Capture): { ok: true; value: unknown } | { ok: false } {
    const text = done.parts.join('');
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (error) {
      // V8 names the position for most errors, not all: then the value's own start is the place.
      const position = /position (\d+)/.exec(String(error))?.[1];
      const offset = position === undefined ? 0 : Number(position);
      const found = position === undefined ? undefined : text[offset];
      report({
        path: placeIn(text, offset, done.line, done.column),
        message: `JSON invalide : le texte n'est pas un JSON bien formé${found === undefined ? '' : ` : caractère « ${found} » inattendu`}`,
      });
      return { ok: false };
    }
  }

  function checkOffer(value: unknown): void {
    const index = offers;
    offers += 1;
    const id = (value as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' ? ` (offre ${id})` : '';
    // A huge list of wrong values inside one offer is one problem, not a stack overflow.
    const guarded = checkUntrusted(value, () => offerSchema.safeParse(value, { reportInput: true }));
    const checked = guarded.ok && guarded.value.success ? (guarded.value.data as Offer) : undefined;
    let found: Problem[];
    if (checked) found = checkOfferContent(checked, `offers[${index}]`);
    else {
      const problems = guarded.ok
        ? guarded.value.success
          ? []
          : toProblems(guarded.value.error.issues)
        : guarded.error;
      found = problems.map((problem) => ({
        path:
          problem.path === '(racine)'
            ? `offers[${index}]`
            : `offers[${index}]${problem.path.startsWith('[') ? '' : '.'}${problem.path}`,
        message: problem.message,
      }));
    }
    for (const problem of found) report({ path: problem.path, message: `${problem.message}${label}` });
    if (found.length > 0 || !checked) return;
    validOffers += 1;
    actions += checked.actions.length;
    for (const action of checked.actions) sessions += action.sessions.length;
  }

  /** Called when a capture ends: the key, a top-level value or an offer. */
  function finished(done: Capture): void {
    const parsed = parseCaptured(done);
    if (state === State.Key) {
      key = parsed.ok ? String(parsed.value) : '';
      state = State.Colon;
    } else if (state === State.Value) {
      if (parsed.ok) top[key] = parsed.value;
      state = State.CommaOrEnd;
    } else {
      if (parsed.ok) checkOffer(parsed.value);
      else offers += 1;
      state = State.OfferCommaOrEnd;
    }
  }

  function write(chunk: string): void {
    if (state === State.Stopped) return;
    let text = chunk;
    if (first && text.length > 0) {
      first = false;
      // Windows editors save « UTF-8 with BOM »: JSON.parse refuses it, a person would not see it.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    read += chunk.length;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      const open: Capture | null = capture;
      if (open !== null) {
        let ends = false;
        if (open.primitive) {
          if (isSpace(code) || code === 44 || code === 125 || code === 93) {
            open.parts.push(text.slice(open.start, i));
            capture = null;
            finished(open);
            // The delimiter belongs to the state after the value.
          } else {
            column += 1;
            continue;
          }
        } else {
          if (open.inString) {
            if (open.escape) open.escape = false;
            else if (code === 92) open.escape = true;
            else if (code === 34) {
              open.inString = false;
              ends = open.depth === 0;
            }
          } else if (code === 34) open.inString = true;
          else if (code === 123 || code === 91) open.depth += 1;
          else if (code === 125 || code === 93) {
            open.depth -= 1;
            ends = open.depth === 0;
          }
          if (code === 10) {
            line += 1;
            column = 1;
          } else column += 1;
          if (ends) {
            open.parts.push(text.slice(open.start, i + 1));
            capture = null;
            finished(open);
          }
          continue;
        }
      }
      if (isSpace(code)) {
        if (code === 10) {
          line += 1;
          column = 1;
        } else column += 1;
        continue;
      }
      const char = text[i] as string;
      switch (state) {
        case State.BeforeRoot:
          if (code !== 123) return stop(char);
          state = State.KeyOrEnd;
          break;
        case State.KeyOrEnd:
        case State.Key:
          if (code === 125 && state === State.KeyOrEnd) {
            state = State.AfterRoot;
            break;
          }
          if (code !== 34) return stop(char);
          state = State.Key;
          begin(false, i);
          (capture as Capture | null)!.inString = true;
          break;
        case State.Colon:
          if (code !== 58) return stop(char);
          state = State.Value;
          break;
        case State.Value:
          if (key === 'offers' && code === 91) {
            offersSeen = true;
            state = State.OfferOrEnd;
            break;
          }
          if (code === 125 || code === 93 || code === 44 || code === 58) return stop(char);
          begin(code !== 123 && code !== 91 && code !== 34, i);
          if (code === 34) (capture as Capture | null)!.inString = true;
          else if (code === 123 || code === 91) (capture as Capture | null)!.depth = 1;
          break;
        case State.CommaOrEnd:
          if (code === 44) state = State.Key;
          else if (code === 125) state = State.AfterRoot;
          else return stop(char);
          break;
        case State.OfferOrEnd:
        case State.Offer:
          if (code === 93 && state === State.OfferOrEnd) {
            state = State.CommaOrEnd;
            break;
          }
          if (code === 93 || code === 44 || code === 125 || code === 58) return stop(char);
          state = State.Offer;
          begin(code !== 123 && code !== 91 && code !== 34, i);
          if (code === 34) (capture as Capture | null)!.inString = true;
          else if (code === 123 || code === 91) (capture as Capture | null)!.depth = 1;
          break;
        case State.OfferCommaOrEnd:
          if (code === 44) state = State.Offer;
          else if (code === 93) state = State.CommaOrEnd;
          else return stop(char);
          break;
        case State.AfterRoot:
          return stop(char);
      }
      column += 1;
    }
    const pendingCapture: Capture | null = capture;
    if (pendingCapture !== null) {
      pendingCapture.parts.push(text.slice(pendingCapture.start));
      pendingCapture.start = 0;
    }
  }

  return {
    write,
    get charactersRead() {
      return read;
    },
    end(): CatalogueCheckSummary {
      const open: Capture | null = capture;
      if (open !== null && open.primitive && state !== State.Stopped) {
        capture = null;
        finished(open);
      }
      if (state !== State.AfterRoot && state !== State.Stopped) stop('');
      if (state !== State.Stopped) {
        const shell = catalogueSchema.safeParse(
          { ...top, offers: offersSeen ? [] : top['offers'] },
          { reportInput: true },
        );
        if (!shell.success) for (const problem of toProblems(shell.error.issues)) report(problem);
      }
      return { offers, validOffers, actions, sessions, problems };
    },
  };
}
