/**
 * Issue 14, « rien de perdu, rien d'abîmé, rien qui entre », for the LHÉO import: documents
 * generated from a small valid template (French text with accents and emoji, `<` and `&` escaped,
 * CDATA, character references, long and oddly spaced text) mixed with broken records (missing
 * required fields, wrong codes, nesting thousands deep, invalid bytes, unknown elements, duplicate
 * numeros), fed as bytes the way `passerelle import` feeds them, cut at random chunk boundaries
 * (inside multi-byte characters too), whole or truncated at a random point.
 *
 * The byte layer is the CLI's own (`LheoInputDecoder`, not exported by `@passerelle/data`, as the
 * CLI's file import that `lheo-samples.test.ts` reaches): it decodes the bytes, replaces what is no
 * UTF-8 and tells core's importer where.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDeferredLheoImporter,
  createLheoImporter,
  createLheoRecordMapper,
  lheoPlainText,
  parseCatalogue,
  type LheoImportSummary,
  type LheoProblem,
  type Offer,
} from '@passerelle/core';
import { LheoInputDecoder, type DecodedInput } from '../../../packages/data/src/cli/lheo-input.js';
import { fuzzRuns, SEED } from './fuzz-settings.js';

const RUNS = fuzzRuns(200);

// ── Text ─────────────────────────────────────────────────────────────────────────────────────────

/** Characters of generated words: French letters, emoji (with ZWJ and flags), other scripts, oddities. */
const LETTERS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'éèêëàâäîïôöùûüÿçœæÉÈÊËÀÂÎÏÔÙÛÜÇŒÆ',
  '€',
  '°',
  '’',
  '…',
  '–',
  '😀',
  '👩‍🍳',
  '🇫🇷',
  '❤️',
  'e\u0301',
  '職',
  'عمل',
  'Ω',
  '\u00ad',
  '\u200b',
  '\u0085',
  '\u{10fffd}',
  '\ufffd',
];
/**
 * What goes between two words. `<` is never followed by a letter, `/` or `!`, and `&` never by a
 * name: such text is HTML, which LHÉO exports carry escaped and the import turns into plain text.
 */
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  ', ',
  ' < ',
  ' > ',
  ' & ',
  ' <3 ',
  ' <= ',
  "'",
  '-',
  ' : ',
  ' « ',
  ' » ',
  ' "',
  '/',
];
/** Whitespace a careless export leaves around and between words. */
const ODD_SPACES = [' ', '  ', '\t', '\u00a0', '\n', '\r\n', ' \n\n\n ', '\u00a0 \t', '\n\t  '];
/** Values the import reads as « absent » (see PLACEHOLDERS in core). */
const PLACEHOLDERS = new Set(['', '-', '.', '--', 'NC', 'nc', 'N/A', 'n/a']);
const LONE_SURROGATE = /\p{Cs}/u;
const BIDI = ['\u202e', '\u202d', '\u2066', '\u200f', '\u061c'];

/** Characters past U+FFFF (two UTF-16 units each), emoji sequences, in words of their own too. */
const ASTRAL = ['😀', '👩‍🍳', '🇫🇷', '🧑🏽‍🔧', '𝔘', '\u{10fffd}', '❤️'];
const word = fc
  .oneof(
    { weight: 3, arbitrary: fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...ASTRAL, 'é'), { minLength: 1, maxLength: 5 }) },
  )
  .map((l) => l.join(''));

/** Words with single separators: the import gives it back exactly. */
const exactText = fc
  .tuple(word, fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), word), { maxLength: 10 }))
  .map(([first, rest]) => first + rest.map(([s, w]) => s + w).join(''))
  .filter((text) => text.length <= 200 && !PLACEHOLDERS.has(text));

/** Words among runs of odd whitespace: the import gives them back, spaces tidied. */
const oddText = fc
  .tuple(
    fc.constantFrom(...ODD_SPACES),
    word,
    fc.array(fc.tuple(fc.constantFrom(...ODD_SPACES), word), { maxLength: 10 }),
    fc.constantFrom(...ODD_SPACES),
  )
  .map(([before, first, rest, after]) => before + first + rest.map(([s, w]) => s + w).join('') + after)
  .filter((text) => text.length <= 200);

/** Words until at least `min` characters, never cut inside a word. */
const longText = (min: number, max: number) =>
  fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min, max }))
    .map(([words, length]) => {
      let text = words[0] as string;
      for (let i = 1; text.length < length; i += 1) text += ` ${words[i % words.length] as string}`;
      return text;
    });

/** How a text is written in XML: escaped, as character references, or in CDATA, by runs. */
type Writing = 'escaped' | 'references' | 'cdata' | 'entities';
const writingPlan = fc.array(
  fc.record({
    length: fc.integer({ min: 1, max: 40 }),
    how: fc.constantFrom<Writing>('escaped', 'escaped', 'references', 'cdata', 'entities'),
  }),
  { minLength: 1, maxLength: 6 },
);
type WritingPlan = ReadonlyArray<{ readonly length: number; readonly how: Writing }>;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** HTML entities that exports leave unescaped in the XML (`&eacute;`), each read as its character. */
const ENTITIES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'eacute',
    'egrave',
    'ecirc',
    'agrave',
    'ccedil',
    'ocirc',
    'oelig',
    'Eacute',
    'laquo',
    'raquo',
    'euro',
    'hellip',
    'rsquo',
    'deg',
    'ndash',
  ].map((name) => [lheoPlainText(`&${name};`), `&${name};`]),
);

function writeXmlText(text: string, plan: WritingPlan): string {
  const chars = [...text];
  let out = '';
  for (let i = 0, step = 0; i < chars.length; step += 1) {
    const run = plan[step % plan.length] as WritingPlan[number];
    const piece = chars.slice(i, i + run.length);
    i += run.length;
    if (run.how === 'cdata') out += `<![CDATA[${piece.join('')}]]>`;
    else if (run.how === 'escaped') out += piece.map((c) => ESCAPES[c] ?? c).join('');
    else if (run.how === 'entities') out += piece.map((c) => ENTITIES[c] ?? ESCAPES[c] ?? c).join('');
    else {
      out += piece
        .map((c, j) => {
          const code = c.codePointAt(0) as number;
          return j % 2 === 0 ? `&#x${code.toString(16)};` : `&#${code};`;
        })
        .join('');
    }
  }
  return out;
}

const escapeAttribute = (value: string): string => value.replace(/[&<"]/g, (c) => ESCAPES[c] as string);

/** Whitespace runs as one space, ends trimmed: what both sides of an « odd » text are compared on. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A generated text field: its value, and how it comes back. */
interface TextSpec {
  readonly text: string;
  readonly odd: boolean;
  readonly plan: WritingPlan;
}
const textSpec: fc.Arbitrary<TextSpec> = fc
  .record({
    text: fc.oneof({ weight: 3, arbitrary: exactText }, { weight: 1, arbitrary: oddText }),
    plan: writingPlan,
  })
  .map(({ text, plan }) => ({ text, plan, odd: text !== text.trim() || /\s\s|[\t\n\r\u00a0]/.test(text) }));

// ── Records ──────────────────────────────────────────────────────────────────────────────────────

/** A fault that leaves the record kept: the field is dropped, repaired or ignored, and reported. */
type Damage =
  | { readonly type: 'code'; readonly which: number }
  | { readonly type: 'unknown'; readonly name: string; readonly inAction: boolean }
  | {
      readonly type: 'bytes';
      readonly bad: readonly number[];
      readonly before: string;
      readonly after: string;
    }
  | { readonly type: 'bidi'; readonly mark: string; readonly before: string; readonly after: string }
  | { readonly type: 'long-title'; readonly text: string }
  | { readonly type: 'long-content'; readonly text: string }
  | { readonly type: 'html'; readonly depth: number };

/** Broken records: each is rejected alone. */
type Breakage =
  | { readonly type: 'no-numero' | 'blank-numero' | 'no-title' | 'no-organisation' }
  | { readonly type: 'blank-title'; readonly blank: string }
  | { readonly type: 'no-period' | 'action-without-numero' }
  | { readonly type: 'duplicate'; readonly of: number }
  | { readonly type: 'too-deep'; readonly depth: number; readonly element: string }
  | { readonly type: 'oversized'; readonly where: 'title' | 'content' }
  | { readonly type: 'long-numero'; readonly numero: string };

interface ValidSpec {
  readonly kind: 'valid';
  readonly name: string;
  readonly title: TextSpec;
  readonly objective: TextSpec;
  readonly content: TextSpec;
  readonly prerequisites: TextSpec;
  readonly organisation: TextSpec;
  /** Around the `numero` attribute's value (XML turns the tab into a space; the import trims). */
  readonly pad: string;
  readonly damage: Damage | null;
}
interface BrokenSpec {
  readonly kind: 'broken';
  readonly name: string;
  readonly base: ValidSpec;
  readonly breakage: Breakage;
}
/** Things between records that must change nothing. */
interface NoiseSpec {
  readonly kind: 'noise';
  readonly what: 'comment' | 'instruction' | 'unknown' | 'bytes' | 'spaces';
}
type Piece = ValidSpec | BrokenSpec | NoiseSpec;

/** Codes out of their dict-* table (or pattern): dropped, record kept. */
const WRONG_CODES = [
  { field: 'formation/certifiante' },
  { field: 'formation/code-niveau-entree' },
  { field: 'formation/domaine-formation/code-FORMACODE' },
  { field: 'formation/action/modalites-enseignement' },
  { field: 'formation/action/lieu-de-formation/coordonnees/adresse/codepostal' },
  { field: 'formation/action/session/etat-recrutement' },
  { field: 'formation/organisme-formation-responsable/SIRET-organisme-formation/SIRET' },
] as const;
/** Invalid UTF-8: a lone byte, an overlong form, an encoded surrogate, a cut sequence, past U+10FFFF. */
const BAD_BYTES = [
  [0xff],
  [0xfe, 0xfe],
  [0x80],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf4, 0x90, 0x80, 0x80],
];
const UNKNOWN_NAMES = [
  'element-inconnu',
  'coordonneFs',
  'constructor',
  '__proto__',
  'toString',
  'debut',
  'ville',
];

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ type: fc.constant('code' as const), which: fc.nat(WRONG_CODES.length - 1) }),
  fc.record({
    type: fc.constant('unknown' as const),
    name: fc.constantFrom(...UNKNOWN_NAMES),
    inAction: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('bytes' as const),
    bad: fc.constantFrom(...BAD_BYTES),
    before: word,
    after: word,
  }),
  fc.record({
    type: fc.constant('bidi' as const),
    mark: fc.constantFrom(...BIDI),
    before: word,
    after: word,
  }),
  fc.record({ type: fc.constant('long-title' as const), text: longText(256, 700) }),
  fc.record({ type: fc.constant('long-content' as const), text: longText(3001, 6000) }),
  fc.record({ type: fc.constant('html' as const), depth: fc.integer({ min: 1, max: 60 }) }),
);

const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  fc.record({ type: fc.constantFrom('no-numero' as const, 'blank-numero' as const, 'no-title' as const) }),
  fc.record({ type: fc.constant('no-organisation' as const) }),
  fc.record({
    type: fc.constant('blank-title' as const),
    blank: fc.constantFrom('', '   ', '-', ' \n NC \t', '<br/>'),
  }),
  fc.record({ type: fc.constantFrom('no-period' as const, 'action-without-numero' as const) }),
  fc.record({ type: fc.constant('duplicate' as const), of: fc.nat() }),
  fc.record({
    type: fc.constant('too-deep' as const),
    depth: fc.integer({ min: 64, max: 4000 }),
    element: fc.constantFrom('div', 'extras', 'truc', 'coordonnees'),
  }),
  fc.record({
    type: fc.constant('oversized' as const),
    where: fc.constantFrom('title' as const, 'content' as const),
  }),
  fc.record({
    type: fc.constant('long-numero' as const),
    numero: longText(256, 2000).map((t) => t.replace(/\s/g, '_')),
  }),
);

const idName = fc
  .array(
    fc.oneof(
      fc.constantFrom(...LETTERS.filter((l) => !/\s|\u0085/.test(l)), '&', '<', '"', "'", '>'),
      fc.constantFrom(...ASTRAL),
    ),
    { minLength: 1, maxLength: 30, size: 'max' },
  )
  .map((l) => l.join(''));

const validSpec = (withDamage: boolean): fc.Arbitrary<ValidSpec> =>
  fc.record({
    kind: fc.constant('valid' as const),
    name: idName,
    title: textSpec,
    objective: textSpec,
    content: textSpec,
    prerequisites: textSpec,
    organisation: textSpec,
    pad: fc.constantFrom('', '', ' ', '\t ', ' \u00a0'),
    damage: withDamage ? damage : fc.constant(null),
  });

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 3, arbitrary: validSpec(false) },
  { weight: 3, arbitrary: validSpec(true) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('broken' as const),
      name: idName,
      base: validSpec(false),
      breakage,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('noise' as const),
      what: fc.constantFrom(
        'comment' as const,
        'instruction' as const,
        'unknown' as const,
        'bytes' as const,
        'spaces' as const,
      ),
    }),
  },
);

interface DocSpec {
  readonly pieces: readonly Piece[];
  readonly namespace: string;
  readonly declaration: boolean;
  readonly bom: boolean;
}
const docSpec: fc.Arbitrary<DocSpec> = fc.record({
  pieces: fc.array(piece, { minLength: 1, maxLength: 10 }),
  namespace: fc.constantFrom('http://lheo.gouv.fr/2.3', 'http://www.lheo.org/2.2', ''),
  declaration: fc.boolean(),
  bom: fc.boolean(),
});

// ── Rendering, with what each record must give ───────────────────────────────────────────────────

/** A text that must come back: exactly, spaces tidied, cut with « … », or with « � » for bad bytes. */
interface TextCheck {
  readonly label: string;
  readonly get: (offer: Offer) => string | undefined;
  readonly expected: string;
  readonly mode: 'exact' | 'squash' | 'cut' | 'replaced';
  readonly max?: number;
}
/** A problem that must be reported (field and outcome; line when known). */
interface ProblemCheck {
  readonly outcome: LheoProblem['outcome'];
  readonly field: string;
  readonly line?: number;
  readonly reason?: RegExp;
  readonly record?: LheoProblem['record'];
}
interface RecordCheck {
  readonly label: string;
  readonly kept: boolean;
  /** `numero` the record's problems carry (`null`: none could be read). */
  readonly offerId: string | null;
  /** For a `numero` too long to keep, the start the reports show. */
  readonly offerIdPrefix?: string;
  readonly firstLine: number;
  readonly lastLine: number;
  /** Byte offset just past `</formation>`: a cut at or after it leaves the record whole. */
  readonly end: number;
  readonly texts: readonly TextCheck[];
  readonly problems: readonly ProblemCheck[];
}

/** Line breaks as XML counts them: CR LF, a lone CR (even one written in CDATA) and LF are one each. */
const lineBreaks = (text: string): number => text.match(/\r\n?|\n/g)?.length ?? 0;

/** Writes a document as bytes, keeping the line and byte offset of what it writes. */
class DocumentWriter {
  readonly parts: Buffer[] = [];
  line = 1;
  offset = 0;
  text(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    this.parts.push(bytes);
    this.offset += bytes.length;
    this.line += lineBreaks(text);
  }
  /** Bytes that are no UTF-8 (never a line feed). */
  bytes(bytes: readonly number[]): void {
    this.parts.push(Buffer.from(bytes));
    this.offset += bytes.length;
  }
  /** One line of markup; returns its line number. */
  lineOf(text: string): number {
    const line = this.line;
    this.text(`${text}\n`);
    return line;
  }
}

const ACCENTED_HEADER =
  '<!-- Données fictives générées pour les tests : éèêëàâäîïôöùûüÿçœæ ÉÈÊËÀÂÎÏÔÙÛÜÇŒÆ éèêàç -->';

/** A field written from its spec; returns the line it starts on and what must come back. */
function writeField(
  w: DocumentWriter,
  element: string,
  spec: TextSpec,
  label: string,
  get: TextCheck['get'],
  max: number,
): { line: number; check: TextCheck } {
  const line = w.lineOf(`<${element}>${writeXmlText(spec.text, spec.plan)}</${element}>`);
  const check: TextCheck = spec.odd
    ? { label, get, expected: squash(spec.text), mode: 'squash', max }
    : { label, get, expected: spec.text, mode: 'exact', max };
  return { line, check };
}

interface Rendered {
  readonly bytes: Buffer;
  readonly records: readonly RecordCheck[];
}

function render(doc: DocSpec): Rendered {
  const w = new DocumentWriter();
  if (doc.bom) w.bytes([0xef, 0xbb, 0xbf]);
  if (doc.declaration) w.lineOf('<?xml version="1.0" encoding="UTF-8"?>');
  // The CLI decides UTF-8 or Latin-1 on the first bytes that are not ASCII (docs/import-limits.md):
  // accents come first, as in any French export, before any invalid byte.
  w.lineOf(ACCENTED_HEADER);
  w.lineOf(doc.namespace === '' ? '<lheo>' : `<lheo xmlns="${doc.namespace}">`);
  w.lineOf('<offres>');
  const records: RecordCheck[] = [];
  /** First line of each kept record by numero, for duplicates. */
  const keptLines = new Map<string, number>();
  doc.pieces.forEach((piece, index) => {
    if (piece.kind === 'noise') return writeNoise(w, piece);
    const numero = `F${index}-${piece.name}`;
    if (piece.kind === 'valid') {
      const check = writeValid(w, numero, piece);
      keptLines.set(numero, check.firstLine);
      records.push(check);
    } else records.push(writeBroken(w, numero, piece, keptLines));
  });
  w.lineOf('</offres>');
  w.text('</lheo>\n');
  return { bytes: Buffer.concat(w.parts), records };
}

function writeNoise(w: DocumentWriter, noise: NoiseSpec): void {
  switch (noise.what) {
    case 'comment':
      return void w.lineOf('<!-- commentaire entre deux formations : <formation numero="X"> -->');
    case 'instruction':
      return void w.lineOf('<?traitement donnée="1"?>');
    case 'unknown':
      return void w.lineOf('<lot-inconnu><formation-pas>texte é</formation-pas></lot-inconnu>');
    case 'bytes':
      w.text(' ');
      w.bytes([0xff]);
      return void w.text('\n');
    case 'spaces':
      return void w.text(' \t\n\n  \r\n');
  }
}

interface TemplateOptions {
  readonly numero: string | null;
  readonly title: string | null;
  readonly content?: string;
  readonly withOrganisation?: boolean;
  readonly withPeriod?: boolean;
  readonly actionNumero?: boolean;
  readonly deep?: { readonly depth: number; readonly element: string };
}

/**
 * The valid template, record by record; `spec` fills its texts, `damage` (if any) spoils one thing.
 * Returns the record's check (kept, unless `options` break it: the caller then says how).
 */
function writeRecord(
  w: DocumentWriter,
  spec: ValidSpec,
  numero: string | null,
  options: Partial<TemplateOptions> = {},
): RecordCheck {
  const texts: TextCheck[] = [];
  const problems: ProblemCheck[] = [];
  const damage = spec.damage;
  const code = damage?.type === 'code' ? damage.which : -1;
  const unknown = damage?.type === 'unknown' ? damage : undefined;
  const wrong = (which: number, good: string, bad: string): string => (code === which ? bad : good);
  const expectWrongCode = (which: number, line: number): void => {
    if (code === which)
      problems.push({ outcome: 'dropped', field: WRONG_CODES[which]?.field as string, line });
  };

  const firstLine = w.lineOf(
    numero === null ? '<formation>' : `<formation numero="${spec.pad}${escapeAttribute(numero)}${spec.pad}">`,
  );
  let line = w.lineOf(
    `<domaine-formation><code-FORMACODE tag="principal">15084</code-FORMACODE>${wrong(2, '', '<code-FORMACODE>ABCDE</code-FORMACODE>')}</domaine-formation>`,
  );
  expectWrongCode(2, line);

  // Title
  if (options.title !== undefined) {
    if (options.title !== null) w.lineOf(`<intitule-formation>${options.title}</intitule-formation>`);
  } else if (damage?.type === 'bytes') {
    line = w.line;
    w.text(`<intitule-formation>${damage.before} `);
    w.bytes(damage.bad);
    w.text(` ${damage.after}</intitule-formation>\n`);
    texts.push({
      label: 'intitulé (octets invalides)',
      get: (o) => o.title,
      expected: `${damage.before} \ufffd ${damage.after}`,
      mode: 'replaced',
    });
    problems.push({ outcome: 'repaired', field: 'formation/intitule-formation', line, reason: /octet/ });
  } else if (damage?.type === 'bidi') {
    line = w.lineOf(
      `<intitule-formation>${damage.before} ${damage.mark}${damage.after}</intitule-formation>`,
    );
    texts.push({
      label: 'intitulé (bidi)',
      get: (o) => o.title,
      expected: `${damage.before} ${damage.after}`,
      mode: 'exact',
    });
    problems.push({
      outcome: 'repaired',
      field: 'formation/intitule-formation',
      line,
      reason: /sens d'écriture/,
    });
  } else if (damage?.type === 'long-title') {
    line = w.lineOf(
      `<intitule-formation>${writeXmlText(damage.text, [{ length: 50, how: 'escaped' }])}</intitule-formation>`,
    );
    texts.push({ label: 'intitulé long', get: (o) => o.title, expected: damage.text, mode: 'cut', max: 255 });
    problems.push({ outcome: 'repaired', field: 'formation/intitule-formation', line, reason: /tronqué/ });
  } else {
    texts.push(writeField(w, 'intitule-formation', spec.title, 'intitulé', (o) => o.title, 255).check);
  }

  texts.push(writeField(w, 'objectif-formation', spec.objective, 'objectif', (o) => o.objective, 3000).check);
  w.lineOf('<resultats-attendus>-</resultats-attendus>');

  // Content
  if (options.content !== undefined) w.lineOf(`<contenu-formation>${options.content}</contenu-formation>`);
  else if (damage?.type === 'long-content') {
    line = w.lineOf(
      `<contenu-formation>${writeXmlText(damage.text, [
        { length: 500, how: 'escaped' },
        { length: 300, how: 'cdata' },
      ])}</contenu-formation>`,
    );
    texts.push({
      label: 'contenu long',
      get: (o) => o.content,
      expected: damage.text,
      mode: 'cut',
      max: 3000,
    });
    problems.push({ outcome: 'repaired', field: 'formation/contenu-formation', line, reason: /tronqué/ });
  } else if (damage?.type === 'html' && !spec.content.odd) {
    // Raw HTML inside the field (parsed as elements): its text comes back, the markup does not.
    const open = '<div>'.repeat(damage.depth);
    const close = '</div>'.repeat(damage.depth);
    w.lineOf(
      `<contenu-formation>${open}${writeXmlText(spec.content.text, spec.content.plan)}${close}</contenu-formation>`,
    );
    texts.push({ label: 'contenu HTML', get: (o) => o.content, expected: spec.content.text, mode: 'exact' });
  } else {
    texts.push(writeField(w, 'contenu-formation', spec.content, 'contenu', (o) => o.content, 3000).check);
  }
  if (options.deep !== undefined) {
    const { depth, element } = options.deep;
    w.lineOf(`<${element}>`.repeat(depth) + 'profond' + `</${element}>`.repeat(depth));
  }

  line = w.lineOf(`<certifiante>${wrong(0, '0', '7')}</certifiante>`);
  expectWrongCode(0, line);
  w.lineOf(
    '<contact-formation><coordonnees><courriel>accueil@exemple.invalid</courriel></coordonnees></contact-formation>',
  );
  w.lineOf('<parcours-de-formation>1</parcours-de-formation>');
  line = w.lineOf(`<code-niveau-entree>${wrong(1, '0', '9')}</code-niveau-entree>`);
  expectWrongCode(1, line);
  if (unknown !== undefined && !unknown.inAction) {
    line = w.lineOf(`<${unknown.name}>texte</${unknown.name}>`);
    problems.push({ outcome: 'ignored', field: `formation/${unknown.name}`, line });
  }

  // Action and session
  w.lineOf(
    options.actionNumero === false || numero === null
      ? '<action>'
      : `<action numero="${escapeAttribute(numero)}-A">`,
  );
  w.lineOf('<rythme-formation>-</rythme-formation>');
  w.lineOf('<code-public-vise>15082</code-public-vise>');
  w.lineOf('<niveau-entree-obligatoire>0</niveau-entree-obligatoire>');
  w.lineOf('<modalites-alternance>-</modalites-alternance>');
  line = w.lineOf(`<modalites-enseignement>${wrong(3, '0', '3')}</modalites-enseignement>`);
  expectWrongCode(3, line);
  texts.push(
    writeField(
      w,
      'conditions-specifiques',
      spec.prerequisites,
      'prérequis',
      (o) => o.actions[0]?.prerequisites,
      3000,
    ).check,
  );
  w.lineOf('<prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>');
  line = w.lineOf(
    `<lieu-de-formation><coordonnees><nom>Lieu</nom><adresse><ligne>1 rue A</ligne><codepostal>${wrong(4, '33000', '3300')}</codepostal><ville>Bordeaux</ville></adresse></coordonnees></lieu-de-formation>`,
  );
  expectWrongCode(4, line);
  w.lineOf('<modalites-entrees-sorties>0</modalites-entrees-sorties>');
  if (unknown !== undefined && unknown.inAction) {
    line = w.lineOf(`<${unknown.name}>texte</${unknown.name}>`);
    problems.push({ outcome: 'ignored', field: `formation/action/${unknown.name}`, line, record: 'action' });
  }
  w.lineOf(numero === null ? '<session>' : `<session numero="${escapeAttribute(numero)}-S">`);
  if (options.withPeriod !== false) w.lineOf('<periode><debut>20270104</debut><fin>20270205</fin></periode>');
  w.lineOf(
    '<adresse-inscription><adresse><ligne>1 rue A</ligne><codepostal>33000</codepostal><ville>Bordeaux</ville></adresse></adresse-inscription>',
  );
  line = w.lineOf(`<etat-recrutement>${wrong(5, '1', '7')}</etat-recrutement>`);
  expectWrongCode(5, line);
  w.lineOf('</session>');
  w.lineOf('</action>');

  // Responsible organisation
  if (options.withOrganisation !== false) {
    w.lineOf('<organisme-formation-responsable>');
    w.lineOf('<numero-activite>75000000000</numero-activite>');
    line = w.lineOf(
      `<SIRET-organisme-formation><SIRET>${wrong(6, '00000000000017', '1234')}</SIRET></SIRET-organisme-formation>`,
    );
    expectWrongCode(6, line);
    texts.push(
      writeField(w, 'nom-organisme', spec.organisation, 'organisme', (o) => o.organisation.name, 250).check,
    );
    w.lineOf('<coordonnees-organisme><coordonnees/></coordonnees-organisme>');
    w.lineOf('<contact-organisme><coordonnees/></contact-organisme>');
    w.lineOf('</organisme-formation-responsable>');
  }
  w.text('</formation>');
  const end = w.offset;
  const lastLine = w.line;
  w.text('\n');
  return {
    label: `formation ${numero ?? '(sans numéro)'}`,
    kept: true,
    offerId: numero,
    firstLine,
    lastLine,
    end,
    texts,
    problems,
  };
}

function writeValid(w: DocumentWriter, numero: string, spec: ValidSpec): RecordCheck {
  return writeRecord(w, spec, numero);
}

function writeBroken(
  w: DocumentWriter,
  numero: string,
  spec: BrokenSpec,
  keptLines: ReadonlyMap<string, number>,
): RecordCheck {
  const b = spec.breakage;
  const rejected = (
    check: RecordCheck,
    problem: Omit<ProblemCheck, 'outcome'>,
    offerId = check.offerId,
  ): RecordCheck => ({
    ...check,
    label: `${check.label} (${b.type})`,
    kept: false,
    offerId,
    texts: [],
    problems: [{ outcome: 'rejected', record: 'formation', ...problem }],
  });
  const base = spec.base;
  switch (b.type) {
    case 'no-numero':
      return rejected(writeRecord(w, base, null), { field: 'formation/@numero' });
    case 'blank-numero': {
      const check = writeRecord(w, base, ' ');
      return rejected(check, { field: 'formation/@numero' }, null);
    }
    case 'no-title':
      return rejected(writeRecord(w, base, numero, { title: null }), {
        field: 'formation/intitule-formation',
      });
    case 'blank-title':
      return rejected(writeRecord(w, base, numero, { title: b.blank }), {
        field: 'formation/intitule-formation',
      });
    case 'no-organisation':
      return rejected(writeRecord(w, base, numero, { withOrganisation: false }), {
        field: 'formation/organisme-formation-responsable',
      });
    case 'no-period':
      return rejected(writeRecord(w, base, numero, { withPeriod: false }), { field: 'formation/action' });
    case 'action-without-numero':
      return rejected(writeRecord(w, base, numero, { actionNumero: false }), { field: 'formation/action' });
    case 'duplicate': {
      const kept = [...keptLines];
      if (kept.length === 0) {
        return rejected(writeRecord(w, base, numero, { title: null }), {
          field: 'formation/intitule-formation',
        });
      }
      const [original, line] = kept[b.of % kept.length] as [string, number];
      return rejected(writeRecord(w, base, original), {
        field: 'formation/@numero',
        reason: new RegExp(`déjà lu ligne ${line} `),
      });
    }
    case 'too-deep':
      return rejected(writeRecord(w, base, numero, { deep: b }), { field: 'formation', reason: /imbriqués/ });
    case 'oversized': {
      const huge = 'Répétition &amp; longueur '.repeat(1500);
      const options = b.where === 'title' ? { title: huge } : { content: huge };
      return rejected(writeRecord(w, base, numero, options), {
        field: b.where === 'title' ? 'formation/intitule-formation' : 'formation/contenu-formation',
        reason: /caractères/,
      });
    }
    case 'long-numero': {
      const check = writeRecord(w, base, b.numero);
      return {
        ...rejected(check, { field: 'formation/@numero', reason: /caractères/ }),
        offerId: null,
        offerIdPrefix: b.numero,
      };
    }
  }
}

// ── Importing, as the CLI does ───────────────────────────────────────────────────────────────────

interface Imported {
  readonly offers: Offer[];
  readonly problems: LheoProblem[];
  readonly summary: LheoImportSummary;
  readonly decoded: DecodedInput;
}

/** Bytes → `LheoInputDecoder` → `createLheoImporter`, the chunks cut at `cuts` (byte offsets). */
function importBytes(bytes: Buffer, cuts: readonly number[]): Imported {
  const offers: Offer[] = [];
  const problems: LheoProblem[] = [];
  const importer = createLheoImporter({ onOffer: (o) => offers.push(o), onProblem: (p) => problems.push(p) });
  const decoder = new LheoInputDecoder('fuzz.xml', importer);
  let at = 0;
  for (const cut of cuts) {
    if (cut <= at || cut >= bytes.length) continue;
    decoder.push(bytes.subarray(at, cut));
    at = cut;
  }
  if (at < bytes.length) decoder.push(bytes.subarray(at));
  const decoded = decoder.end();
  return { offers, problems, summary: importer.end(), decoded };
}

/**
 * The same bytes through the importer `passerelle import` uses on large files: records handed out
 * as text, mapped in batches (one per chunk, as its worker threads do) and settled in file order.
 */
function importDeferred(bytes: Buffer, cuts: readonly number[]): Imported {
  const offers: Offer[] = [];
  const problems: LheoProblem[] = [];
  const mapper = createLheoRecordMapper();
  let records: string[] = [];
  const importer = createDeferredLheoImporter<Offer>({
    onRecord: (record) => records.push(record),
    onOffer: (o) => offers.push(o),
    onProblem: (p) => problems.push(p),
  });
  const settle = (): void => {
    const batch = records.join('');
    records = [];
    if (batch !== '') for (const result of mapper.mapAll(batch)) importer.settle(result);
  };
  const decoder = new LheoInputDecoder('fuzz.xml', importer);
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length), bytes.length]) {
    if (cut <= at) continue;
    decoder.push(bytes.subarray(at, cut));
    at = cut;
    settle();
  }
  const decoded = decoder.end();
  importer.finish();
  settle();
  return { offers, problems, summary: importer.end(), decoded };
}

/** A place in a document, from 0 to 1 (uniform: fast-check's doubles lean to the edges). */
const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

/** Chunk boundaries: random offsets, a fixed small size, or the CLI's 64 KiB reads. */
const chunking = fc.oneof(
  fc.record({ kind: fc.constant('random' as const), at: fc.array(fraction, { maxLength: 60 }) }),
  fc.record({ kind: fc.constant('every' as const), size: fc.integer({ min: 1, max: 17 }) }),
  fc.record({ kind: fc.constant('every' as const), size: fc.constant(1 << 16) }),
);
type Chunking = typeof chunking extends fc.Arbitrary<infer T> ? T : never;

function cutsOf(chunks: Chunking, length: number): number[] {
  if (chunks.kind === 'every') {
    const cuts: number[] = [];
    for (let at = chunks.size; at < length; at += chunks.size) cuts.push(at);
    return cuts;
  }
  return [...new Set(chunks.at.map((f) => Math.floor(f * length)))].sort((a, b) => a - b);
}

// ── What must hold ───────────────────────────────────────────────────────────────────────────────

/** Words that only an English message would hold (quoted values and element names left out). */
const ENGLISH =
  /\b(?:the|invalid|unexpected|error|must|should|expected|unknown|missing|tag|attribute|unclosed|character)\b/i;
const FRENCH = /[àâçéèêîôûù«»]|\b(?:de|la|le|les|du|des|un|une|sans|par|est|au|en)\b/;

function expectFrench(message: string, what: string): void {
  expect(LONE_SURROGATE.test(message), `${what} : demi-paire de substitution dans « ${message} »`).toBe(
    false,
  );
  const words = message.replace(/«[^»]*»/g, '').replace(/<[^>]*>/g, '');
  expect(ENGLISH.test(words) || !FRENCH.test(words), `${what} : message non français « ${message} »`).toBe(
    false,
  );
}

function expectText(check: TextCheck, actual: string | undefined, where: string): void {
  const label = `${where}, ${check.label}`;
  expect(actual, label).toBeTypeOf('string');
  const text = actual as string;
  expect(
    LONE_SURROGATE.test(text),
    `${label} : demi-paire de substitution dans « ${JSON.stringify(text)} »`,
  ).toBe(false);
  switch (check.mode) {
    case 'exact':
      expect(text, label).toBe(check.expected);
      break;
    case 'squash':
      expect(squash(text), label).toBe(check.expected);
      expect(text, `${label} : espaces rangés`).toBe(text.trim());
      expect(/[\t\r\u00a0]| {2}/.test(text), `${label} : espaces rangés`).toBe(false);
      break;
    case 'cut':
      expect(text.length, label).toBeLessThanOrEqual(check.max as number);
      expect(text.endsWith('…'), label).toBe(true);
      expect(check.expected.startsWith(text.slice(0, -1)), `${label} : début du texte`).toBe(true);
      expect(text.length, label).toBeGreaterThan((check.max as number) - 12);
      break;
    case 'replaced':
      {
        const runs = (t: string): string => t.replace(/\ufffd+/g, '\ufffd');
        expect(runs(text), label).toBe(runs(check.expected));
        break;
      }
      break;
  }
  if (check.max !== undefined) expect(text.length, label).toBeLessThanOrEqual(check.max);
}

function expectNoInternalError(result: Imported): void {
  for (const problem of result.problems) {
    expect(problem.reason, 'le mapping a produit une offre que le modèle refuse').not.toMatch(
      /^non conforme au modèle/,
    );
  }
}

/** Every problem names its place: a line inside the document, a LHÉO path, a French reason. */
function expectPlaces(result: Imported, records: readonly RecordCheck[], lines: number): void {
  for (const problem of result.problems) {
    const where = `problème l.${problem.line} ${problem.field}`;
    expect(problem.line, where).toBeGreaterThanOrEqual(1);
    expect(problem.line, where).toBeLessThanOrEqual(lines);
    expect(problem.field, where).toMatch(/^(?:lheo|formation(?:\/[@\w:.-]+)*)$/);
    expectFrench(problem.reason, where);
    const record = records.find((r) => problem.line >= r.firstLine && problem.line <= r.lastLine);
    const fileLevel = problem.field === 'lheo' && problem.outcome === 'repaired' && problem.offerId === null;
    if (record === undefined || fileLevel) {
      // Outside every formation (or in a start tag cut by the end of the file): only invalid bytes,
      // reported against the file.
      expect(problem, where).toMatchObject({ field: 'lheo', outcome: 'repaired', offerId: null });
    } else if (record.offerIdPrefix !== undefined) {
      const shown = problem.offerId ?? '';
      expect(shown.endsWith('…'), where).toBe(true);
      expect(record.offerIdPrefix.startsWith(shown.slice(0, -1)), where).toBe(true);
      expect(LONE_SURROGATE.test(shown), `${where} : numéro abrégé coupé dans un caractère`).toBe(false);
    } else expect(problem.offerId, where).toBe(record.offerId);
  }
}

function expectRecord(record: RecordCheck, result: Imported): void {
  const offer = record.kept ? result.offers.find((o) => o.id === record.offerId) : undefined;
  if (record.kept) {
    expect(offer, `${record.label} gardée`).toBeDefined();
    for (const text of record.texts) expectText(text, text.get(offer as Offer), record.label);
  }
  for (const wanted of record.problems) {
    const found = result.problems.find(
      (p) =>
        p.outcome === wanted.outcome &&
        p.field === wanted.field &&
        p.line >= record.firstLine &&
        p.line <= record.lastLine &&
        (wanted.line === undefined || p.line === wanted.line) &&
        (wanted.record === undefined || p.record === wanted.record) &&
        (wanted.reason === undefined || wanted.reason.test(p.reason)),
    );
    expect(
      found,
      `${record.label} : problème ${wanted.outcome} ${wanted.field} attendu parmi\n${result.problems
        .map((p) => `l.${p.line} ${p.field} [${p.outcome}] ${p.reason}`)
        .join('\n')}`,
    ).toBeDefined();
  }
}

function expectCounts(result: Imported, read: number, kept: number): void {
  const { summary } = result;
  expect(summary.offers).toEqual({ read, kept, rejected: read - kept });
  for (const count of [summary.actions, summary.sessions])
    expect(count.kept + count.rejected).toBe(count.read);
  const byOutcome = { rejected: 0, dropped: 0, repaired: 0, ignored: 0 };
  for (const problem of result.problems) byOutcome[problem.outcome] += 1;
  expect(summary.problems).toEqual(byOutcome);
}

function expectValidCatalogue(offers: readonly Offer[]): void {
  const catalogue = {
    format: 'passerelle-catalogue',
    version: 1,
    meta: { source: 'fuzz', generatedAt: '2026-11-22T00:00:00Z', licence: 'inconnue', demo: false },
    offers,
  };
  const parsed = parseCatalogue(JSON.parse(JSON.stringify(catalogue)));
  expect(parsed.ok ? [] : parsed.error, 'les offres gardées forment un catalogue valide').toEqual([]);
}

const lineCount = (bytes: Buffer): number => 1 + lineBreaks(bytes.toString('latin1'));

describe('LHÉO import fuzzed (issue 14)', () => {
  it('keeps every valid record, text as written, and reports every broken one at its place, whatever the chunks', () => {
    fc.assert(
      fc.property(docSpec, chunking, (doc, chunks) => {
        const { bytes, records } = render(doc);
        const result = importBytes(bytes, cutsOf(chunks, bytes.length));
        expect(result.summary.fatal, result.summary.fatal?.message).toBeUndefined();
        expectNoInternalError(result);
        const kept = records.filter((r) => r.kept);
        expect(result.offers.map((o) => o.id)).toEqual(kept.map((r) => r.offerId));
        expectCounts(result, records.length, kept.length);
        for (const record of records) expectRecord(record, result);
        expectPlaces(result, records, lineCount(bytes));
        expectValidCatalogue(result.offers);
        // The chunks change nothing: the same as the whole file read at once. (Not the decoder's count
        // of places with invalid bytes, `decoded.invalidPlaces`: the CLI's byte layer counts a run of
        // invalid bytes cut by a chunk boundary twice; its problems, merged by line, are the same.)
        const whole = importBytes(bytes, []);
        expect({ ...result, decoded: { ...result.decoded, invalidPlaces: 0 } }).toEqual({
          ...whole,
          decoded: { ...whole.decoded, invalidPlaces: 0 },
        });
        // Records mapped in batches elsewhere (the CLI's worker threads) give the same.
        expect(importDeferred(bytes, cutsOf(chunks, bytes.length))).toEqual(result);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('stops a document cut at a random point with a French message, keeping what was read before', () => {
    fc.assert(
      fc.property(docSpec, fraction, chunking, (doc, where, chunks) => {
        const { bytes: whole, records } = render(doc);
        const bytes = whole.subarray(0, Math.floor(where * (whole.length - 1)));
        const result = importBytes(bytes, cutsOf(chunks, bytes.length));
        const fatal = result.summary.fatal;
        expect(fatal, 'un document tronqué arrête l’import').toBeDefined();
        if (fatal === undefined) return;
        expectFrench(fatal.message, 'erreur fatale');
        expect(fatal.message).toContain(`ligne ${fatal.line}, colonne ${fatal.column}`);
        expect(fatal.line).toBeLessThanOrEqual(lineCount(bytes));
        expectNoInternalError(result);
        const read = records.filter((r) => r.end <= bytes.length);
        const kept = read.filter((r) => r.kept);
        expect(result.offers.map((o) => o.id)).toEqual(kept.map((r) => r.offerId));
        expectCounts(result, read.length, kept.length);
        for (const record of read) expectRecord(record, result);
        expectPlaces(result, records, lineCount(bytes));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
