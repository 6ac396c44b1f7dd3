/**
 * Issue 14, « rien de perdu, rien d'abîmé, rien qui entre », for the JSON a partner or a person
 * hands over: a catalogue, a relay directory, a ruleset, a situation. Arbitrary JSON values (deep
 * nesting, huge arrays, `__proto__` and `constructor` keys), as values and as text, never make a
 * parser throw or touch `Object.prototype`, and are answered with a `Result` whose problems are
 * French messages with a path; a valid document changed at one field is refused at that field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BARRIER_VALUES,
  EASE_VALUES,
  EMPLOYMENT_VALUES,
  FRENCH_SPEAKING_VALUES,
  LEVEL_VALUES,
  PROJECT_VALUES,
  SCHOOLING_VALUES,
  parseCatalogue,
  parseRelayDirectory,
  parseRuleset,
  parseSituation,
  type Problem,
  type Result,
} from '@passerelle/core';
import { demoRelayDirectory, generateDemoCatalogue, getRuleset, rulesetIds } from '@passerelle/data';
import { fuzzRuns, SEED } from './fuzz-settings.js';

const RUNS = fuzzRuns(150);

type Parser = (input: unknown) => Result<unknown, Problem[]>;
const PARSERS: ReadonlyArray<readonly [string, Parser]> = [
  ['parseCatalogue', parseCatalogue],
  ['parseRelayDirectory', parseRelayDirectory],
  ['parseRuleset', parseRuleset],
  ['parseSituation', parseSituation],
];

// ── Hostile JSON ─────────────────────────────────────────────────────────────────────────────────

/** Keys that reach prototypes when code assigns them carelessly, and keys the documents use. */
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'format',
  'version',
  'meta',
  'offers',
  'relays',
  'needs',
  'definitions',
  'requirements',
  'relayKinds',
  'questions',
  'age',
  'barriers',
  'polluted',
];

/** An object with exactly these own keys, `__proto__` included (as `JSON.parse` makes it). */
function objectOf(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

const { hostile } = fc.letrec<{ hostile: unknown; object: Record<string, unknown> }>((tie) => ({
  hostile: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 3 }),
    tie('object'),
    fc.array(tie('hostile'), { maxLength: 5 }),
  ),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string()), tie('hostile')), {
      maxLength: 6,
    })
    .map(objectOf),
}));

/**
 * Arrays or objects (or both, alternating) nested `depth` deep, as a value and as JSON text, both
 * built without recursion (`JSON.stringify` itself overflows the stack on them).
 */
const deepValue = fc
  .record({
    depth: fc.oneof(fc.integer({ min: 65, max: 300 }), fc.integer({ min: 1000, max: 20_000 })),
    kind: fc.constantFrom('array', 'object', 'mixed'),
  })
  .map(({ depth, kind }) => {
    let value: unknown = 'fond';
    let open = '';
    let close = '';
    for (let i = 0; i < depth; i += 1) {
      const asArray = kind === 'array' || (kind === 'mixed' && i % 2 === 0);
      value = asArray ? [value] : objectOf([['__proto__', value]]);
      open += asArray ? '[' : '{"__proto__":';
      close += asArray ? ']' : '}';
    }
    return { value, text: `${open}"fond"${close}` };
  });

const BASELINE = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  toString: Object.prototype.toString,
};

function expectNoPollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(BASELINE.object);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(BASELINE.array);
  expect(Object.prototype.toString).toBe(BASELINE.toString);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

/** Words only an English message would hold (the values it quotes, and unknown keys, left out). */
const ENGLISH =
  /\b(?:the|invalid|unexpected|error|must|should|expected|unknown|missing|received|required)\b/i;
const FRENCH =
  /[àâçéèêîôûù«»]|\b(?:de|la|le|les|du|des|un|une|sans|par|est|au|en|attendu|champ|valeurs?|liste|texte|nombre|objet)\b/;

function expectFrenchProblems(result: Result<unknown, Problem[]>, what: string): void {
  if (result.ok) return;
  expect(result.error.length, `${what} : au moins un problème`).toBeGreaterThan(0);
  for (const problem of result.error) {
    expect(typeof problem.path, what).toBe('string');
    expect(problem.path.length, `${what} : chemin vide`).toBeGreaterThan(0);
    expect(typeof problem.message, what).toBe('string');
    const words = problem.message
      .replace(/«[^»]*»/g, '')
      .replace(/inconnu\(s\) : .*/, '')
      .replace(/reçu le texte .*/, '');
    const french = FRENCH.test(problem.message) && !ENGLISH.test(words);
    expect(french, `${what} : message non français « ${problem.path} — ${problem.message} »`).toBe(true);
  }
}

/** Runs a parser on an untrusted value: it must answer, in French, and leave the prototypes alone. */
function check(name: string, parse: Parser, input: unknown): Result<unknown, Problem[]> {
  let result: Result<unknown, Problem[]> | undefined;
  expect(() => {
    result = parse(input);
  }, `${name} lève une exception`).not.toThrow();
  expectNoPollution();
  const answered = result as Result<unknown, Problem[]>;
  expect(typeof answered.ok).toBe('boolean');
  expectFrenchProblems(answered, name);
  return answered;
}

// ── Valid documents ──────────────────────────────────────────────────────────────────────────────

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const VALID: ReadonlyArray<readonly [string, Parser, unknown]> = [
  [
    'parseCatalogue',
    parseCatalogue,
    json(generateDemoCatalogue({ size: 6, departements: ['33', '87'], seed: 14, today: '2026-11-22' })),
  ],
  ['parseRelayDirectory', parseRelayDirectory, json(demoRelayDirectory())],
  ...rulesetIds.map((id) => ['parseRuleset', parseRuleset, json(getRuleset(id))] as const),
];

const situation = fc.record(
  {
    age: fc.integer({ min: 0, max: 120 }),
    postalCode: fc.stringMatching(/^\d{5}$/),
    employment: fc.constantFrom(...EMPLOYMENT_VALUES),
    schooling: fc.constantFrom(...SCHOOLING_VALUES),
    frenchSpeaking: fc.constantFrom(...FRENCH_SPEAKING_VALUES),
    readingWriting: fc.constantFrom(...EASE_VALUES),
    numeracy: fc.constantFrom(...EASE_VALUES),
    digitalSkills: fc.constantFrom(...EASE_VALUES),
    highestLevel: fc.constantFrom(...LEVEL_VALUES),
    project: fc.constantFrom(...PROJECT_VALUES),
    registeredWithFranceTravail: fc.boolean(),
    rsa: fc.boolean(),
    disabilityRecognition: fc.boolean(),
    levelObsolete: fc.boolean(),
    wantsToWorkNow: fc.boolean(),
    targetJob: fc.constantFrom('aide-soignant', 'Cariste', 'boulangère', 'développeur web'),
    experienceYears: fc.integer({ min: 0, max: 80 }),
    barriers: fc.uniqueArray(fc.constantFrom(...BARRIER_VALUES)),
  },
  { requiredKeys: [] },
);

type Path = ReadonlyArray<string | number>;

/** Every place of a document, containers and values, but the root. */
function pathsOf(value: unknown): Path[] {
  const paths: Path[] = [];
  const pending: Array<{ value: unknown; path: Path }> = [{ value, path: [] }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (item.path.length > 0) paths.push(item.path);
    if (Array.isArray(item.value))
      item.value.forEach((v, i) => pending.push({ value: v, path: [...item.path, i] }));
    else if (typeof item.value === 'object' && item.value !== null) {
      for (const [k, v] of Object.entries(item.value)) pending.push({ value: v, path: [...item.path, k] });
    }
  }
  return paths.sort((a, b) => formatPath(a).localeCompare(formatPath(b)));
}

/** The path as problems show it: `offers[3].actions[0].id`. */
function formatPath(path: Path): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out === '' ? '(racine)' : out;
}

const at = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((inner, key) => (inner as Record<string | number, unknown>)[key], value);

/** A value of another type than `value`: what a typo, a wrong export or a hand edit puts there. */
function wrongValue(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'douze';
  if (typeof value === 'boolean') return 'oui';
  if (value === null) return 12345;
  return Array.isArray(value) ? { 0: 'x' } : ['x'];
}

function mutated(document: unknown, path: Path): unknown {
  const copy = structuredClone(document);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  parent[key] = wrongValue(parent[key]);
  return copy;
}

// ── Properties ───────────────────────────────────────────────────────────────────────────────────

describe('JSON inputs fuzzed (issue 14)', () => {
  it('answers any JSON value, with __proto__ and constructor keys, in French, without throwing or polluting', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        for (const [name, parse] of PARSERS) {
          check(name, parse, input);
          check(`${name} (texte)`, parse, JSON.stringify(input) ?? 'undefined');
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('answers any text, JSON or not, a valid document cut or spoilt at any point, with its line and column', () => {
    const texts = VALID.map(([, , document]) => JSON.stringify(document, null, 2));
    const spoilt = fc
      .tuple(
        fc.nat(),
        fc.noBias(fc.nat()),
        fc.constantFrom('', '}', ',', '"', '\u0000', '\ufeff', 'é', '<html>'),
      )
      .map(([which, where, insert]) => {
        const text = texts[which % texts.length] as string;
        const at = where % text.length;
        return insert === '' ? text.slice(0, at) : text.slice(0, at) + insert + text.slice(at);
      });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), spoilt), (text) => {
        for (const [name, parse] of PARSERS) {
          const result = check(name, parse, text);
          if (result.ok) continue;
          for (const problem of result.error) {
            if (!problem.message.startsWith('JSON invalide')) continue;
            expect(problem.path).toMatch(/^(?:\(racine\)|ligne \d+, colonne \d+)$/);
            const line = /^ligne (\d+)/.exec(problem.path)?.[1];
            if (line !== undefined) expect(Number(line)).toBeLessThanOrEqual(text.split('\n').length);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('answers documents nested thousands deep, as values and as text', () => {
    fc.assert(
      fc.property(deepValue, fc.constantFrom(...VALID), fc.nat(), (deep, [name, parse, document], where) => {
        expect(check(name, parse, deep.value).ok).toBe(false);
        expect(check(`${name} (texte)`, parse, deep.text).ok).toBe(false);
        // Deep inside a valid document, at any of its places.
        const paths = pathsOf(document);
        const path = paths[where % paths.length] as Path;
        const shown = `${name} : ${formatPath(path)} profond de plusieurs milliers`;
        const placeholder = '"PLACE-DU-FOND"';
        const copy = structuredClone(document);
        (at(copy, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1] as string] =
          JSON.parse(placeholder);
        const text = JSON.stringify(copy).replace(placeholder, deep.text);
        (at(copy, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1] as string] =
          deep.value;
        expect(check(name, parse, copy).ok, shown).toBe(false);
        expect(check(`${name} (texte)`, parse, text).ok, shown).toBe(false);
      }),
      { seed: SEED, numRuns: 12 },
    );
  });

  it('answers a list of 150,000 wrong values in a document, in French, without throwing', () => {
    const wrong = new Array<number>(150_000).fill(7);
    const documents: ReadonlyArray<readonly [string, Parser, unknown]> = [
      ...VALID.map(([name, parse, document]) => {
        const field =
          name === 'parseCatalogue' ? 'offers' : name === 'parseRelayDirectory' ? 'relays' : 'questions';
        return [name, parse, { ...(document as object), [field]: wrong }] as const;
      }),
      ['parseSituation', parseSituation, { age: 30, barriers: wrong }],
    ];
    for (const [name, parse, document] of documents) {
      expect(check(name, parse, document).ok, name).toBe(false);
    }
  });

  it('accepts the valid documents and refuses each one changed at one field, at that field', () => {
    for (const [name, parse, document] of VALID) expect(parse(document).ok, name).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.nat(), ([name, parse, document], where) => {
        const paths = pathsOf(document);
        const path = paths[where % paths.length] as Path;
        const result = check(name, parse, mutated(document, path));
        const shown = formatPath(path);
        expect(result.ok, `${name} accepte ${shown} changé`).toBe(false);
        if (result.ok) return;
        const found = result.error.map((problem) => problem.path);
        expect(found, `${name} : ${shown} changé, problème attendu à ce chemin`).toContain(shown);
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });

  it('accepts valid situations and refuses each one changed at one field, at that field', () => {
    fc.assert(
      fc.property(situation, fc.nat(), (value, where) => {
        expect(check('parseSituation', parseSituation, value).ok).toBe(true);
        const paths = pathsOf(value);
        if (paths.length === 0) return;
        const path = paths[where % paths.length] as Path;
        const result = check('parseSituation', parseSituation, mutated(value, path));
        expect(result.ok, `${formatPath(path)} changé`).toBe(false);
        if (!result.ok) expect(result.error.map((problem) => problem.path)).toContain(formatPath(path));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
