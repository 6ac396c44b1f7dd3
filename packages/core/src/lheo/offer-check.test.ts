import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionSchema,
  addressSchema,
  certificationSchema,
  contactSchema,
  coordinatesSchema,
  extraBlockSchema,
  extraSchema,
  extraValueSchema,
  funderDetailSchema,
  hoursSchema,
  offerSchema,
  organisationSchema,
  periodSchema,
  sessionRecruitmentSchema,
  sessionSchema,
  trainingPlaceSchema,
} from '../catalogue/runtime-schema.js';
import type { $ZodType } from 'zod/v4/core';
import { NO_BIDI_CONTROLS } from '../catalogue/text-rules.js';
import { compileCheck } from '../validation/fast-check.js';
import { importLheo } from './importer.js';
import { isCatalogueOffer } from './offer-check.js';

/** The parts of a zod/mini schema definition the walk below reads. */
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      element?: SchemaNode;
      innerType?: SchemaNode;
    };
  };
}

/** Every object schema reachable from a schema, in the order met. */
function objectSchemas(schema: SchemaNode, out: SchemaNode[] = []): SchemaNode[] {
  const { def } = schema._zod;
  if (def.type === 'object' && def.shape !== undefined) {
    if (!out.includes(schema)) out.push(schema);
    for (const inner of Object.values(def.shape)) objectSchemas(inner, out);
  }
  if (def.element !== undefined) objectSchemas(def.element, out);
  if (def.innerType !== undefined) objectSchemas(def.innerType, out);
  return out;
}

const shapeOf = (schema: unknown): Record<string, SchemaNode> =>
  (schema as SchemaNode)._zod.def.shape as Record<string, SchemaNode>;
const trainerSchema = (shapeOf(actionSchema)['trainers'] as SchemaNode)._zod.def.element as SchemaNode;

/** Text the schema accepts: something left after `String#trim`. */
const text = fc.oneof(
  fc.constantFrom('a', ' x ', 'Bordeaux', 'é', '\u00a0y'),
  fc
    .string({ minLength: 1, maxLength: 8, unit: 'binary' })
    .filter((value) => value.trim() !== '' && NO_BIDI_CONTROLS.test(value)),
);
const url = fc.constantFrom('https://exemple.invalid/a', 'http://x.fr', 'mailto:a@b.fr', 'tel:+33556000001');
const email = fc.constantFrom('a@b.fr', 'accueil@exemple.invalid');
const phone = fc.constantFrom('05 56 00 00 01', '+442079460958', '3949');
const matching = (pattern: RegExp): fc.Arbitrary<string> => fc.stringMatching(pattern);
const optionalKeys = <T extends Record<string, fc.Arbitrary<unknown>>>(
  model: T,
  required: ReadonlyArray<keyof T & string>,
): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(model, { requiredKeys: [...required] }) as fc.Arbitrary<Record<string, unknown>>;
const list = <T>(item: fc.Arbitrary<T>): fc.Arbitrary<T[]> => fc.array(item, { maxLength: 2 });
const isoDate = matching(/^\d{4}-\d{2}-\d{2}$/);
const level = fc.constantFrom('0', '1', '3', '11', '18');
const positive = fc.double({ min: 0, max: 1e6, noNaN: true });

const coordinates = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});
const address = optionalKeys(
  {
    label: text,
    lines: list(text),
    postalCode: matching(/^\d{5}$/),
    city: text,
    inseeCode: matching(/^(\d{2}|2[AB])\d{3}$/),
    departement: matching(/^(\d{2}|2[AB]|97\d)$/),
    region: matching(/^\d{2}$/),
    country: matching(/^[A-Z]{2}$/),
    coordinates,
  },
  ['lines'],
);
const contact = optionalKeys(
  {
    kind: matching(/^\d{1,2}$/),
    civility: text,
    name: text,
    phones: list(phone),
    mobiles: list(phone),
    email,
    urls: list(url),
    address,
  },
  ['phones', 'mobiles', 'urls'],
);
const extra = fc.record({ key: text, value: fc.string({ maxLength: 4 }) });
const extras = list(extra);
const extraValue = optionalKeys({ info: text, numero: text, ref: text, value: fc.string({ maxLength: 4 }) }, [
  'value',
]);
const extraBlock = optionalKeys(
  { info: text, numero: text, parent: fc.nat({ max: 3 }), values: list(extraValue) },
  ['values'],
);
const extraBlocks = list(extraBlock);
const recruitmentArea = fc.constantFrom(
  'other',
  'commune',
  'departement',
  'region',
  'interregion',
  'country',
  'international',
);
const funderDetail = optionalKeys(
  {
    code: matching(/^\d{1,2}$/),
    fundedPlaces: fc.integer({ min: 0, max: 99999 }),
    recruitmentArea,
    extraBlocks,
  },
  ['code'],
);
const period = fc.record({
  start: fc.option(isoDate, { nil: null }),
  end: fc.option(isoDate, { nil: null }),
});
const recruitment = optionalKeys(
  {
    method: fc.constantFrom('0', '3', '9'),
    area: recruitmentArea,
    areaInfo: text,
    remote: fc.boolean(),
    address,
    url,
    places: fc.integer({ min: 0, max: 99999 }),
    period,
    startTime: text,
    endTime: text,
    comment: text,
  },
  [],
);
const session = optionalKeys(
  {
    id: text,
    start: fc.option(isoDate, { nil: null }),
    end: fc.option(isoDate, { nil: null }),
    registrationAddress: address,
    registrationPeriod: period,
    registrationInfo: text,
    recruitment: fc.constantFrom('open', 'closed', 'suspended'),
    url,
    contacts: list(contact),
    recruitments: list(recruitment),
    extras,
    extraBlocks,
  },
  ['id', 'start', 'end', 'contacts'],
);
const place = optionalKeys({ siret: matching(/^\d{14}$/), address }, ['address']);
const hours = optionalKeys({ total: positive, centre: positive, company: positive }, []);
const trainer = optionalKeys({ siret: fc.string({ maxLength: 14 }), name: text }, []);
const certification = optionalKeys({ rncp: text, rs: text, certifInfo: text, cpf: text }, []);
const organisation = optionalKeys(
  {
    siret: matching(/^\d{14}$/),
    activityNumber: text,
    name: text,
    legalName: text,
    uai: matching(/^\d{7}[A-Z]$/),
    address,
    contacts: list(contact),
    details: text,
  },
  ['name', 'contacts'],
);
const action = optionalKeys(
  {
    id: text,
    rhythm: text,
    targetPublics: list(matching(/^\d{5}$/)),
    targetPublicInfo: text,
    entryLevelRequired: fc.boolean(),
    workStudy: text,
    teachingMode: fc.constantFrom('presentiel', 'mixte', 'distance'),
    prerequisites: text,
    fundingPossible: fc.boolean(),
    places: list(place),
    entries: fc.constantFrom('fixed-dates', 'permanent'),
    url,
    cycleWeeks: fc.integer({ min: 0, max: 99 }),
    informationAddress: address,
    informationDates: list(isoDate),
    catering: text,
    housing: text,
    transport: text,
    disabilityAccess: text,
    languages: list(matching(/^[a-z]{2}$/)),
    recruitmentInfo: text,
    teachingMethods: text,
    remainingCosts: text,
    hourlyPrice: positive,
    totalPrice: positive,
    hours,
    indicativeDuration: text,
    fundingDetails: text,
    publiclyFunded: fc.boolean(),
    funders: list(matching(/^\d{1,2}$/)),
    funderDetails: list(funderDetail),
    recruitmentArea,
    recruitmentAreaInfo: text,
    trainers: list(trainer),
    sessions: list(session),
    extras,
    extraBlocks,
  },
  [
    'id',
    'targetPublics',
    'fundingPossible',
    'places',
    'informationDates',
    'languages',
    'funders',
    'trainers',
    'sessions',
  ],
);
const offer = optionalKeys(
  {
    id: text,
    title: text,
    objective: text,
    expectedResults: text,
    content: text,
    certifying: fc.boolean(),
    formacodes: list(matching(/^\d{5}$/)),
    nsf: list(matching(/^\d{3}$/)),
    rome: list(matching(/^[A-N]\d{4}$/)),
    certifications: list(certification),
    pathway: fc.constantFrom('1', '2', '3', '4'),
    entryLevel: level,
    exitLevel: level,
    generalObjective: fc.constantFrom('1', '2', '4', '5', '6', '7', '8', '9'),
    url,
    contacts: list(contact),
    organisation,
    programmes: list(text),
    actions: fc.array(action, { minLength: 1, maxLength: 2 }),
    extras,
    extraBlocks,
  },
  [
    'id',
    'title',
    'formacodes',
    'nsf',
    'rome',
    'certifications',
    'contacts',
    'organisation',
    'programmes',
    'actions',
  ],
);

// ── Awkward values: near the edges of every rule of the schema ───────────────────────────────────

/** Replaces a value by deleting its key. */
const DELETE = Symbol('delete');
const AWKWARD: readonly unknown[] = [
  DELETE,
  undefined,
  null,
  true,
  false,
  [],
  [''],
  ['x'],
  {},
  // Text: blank for String#trim, or not
  '',
  ' ',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u200b',
  'x',
  // Codes, at the edges of each pattern and enum
  '1',
  '9',
  '12',
  '99',
  '123',
  '1234',
  '12345',
  ' 12345',
  '123456',
  '2A123',
  '2B',
  '2C123',
  '971',
  '981',
  'A',
  'a',
  'AB',
  'Ab',
  'ab',
  'abc',
  'A1234',
  'N1234',
  'O1234',
  'n1234',
  '1234567A',
  '1234567a',
  '12345678A',
  '1234567890123',
  '12345678901234',
  '123456789012345',
  '2026-01-01',
  '2026-1-01',
  '2026-01-01 ',
  '20260101',
  '0',
  '4',
  '5',
  '10',
  '11',
  '18',
  '19',
  'open',
  'closed',
  'suspended',
  'Open',
  'presentiel',
  'mixte',
  'distance',
  'fixed-dates',
  'permanent',
  // Numbers, at the edges of each bound
  0,
  -0,
  0.5,
  -0.5,
  -1,
  1.5,
  90,
  90.5,
  -90,
  -90.5,
  180,
  180.5,
  -180,
  -180.5,
  1e21,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];
/** Which place of a whole offer to break (taken modulo the number of places), and how. */
const mutation = fc.tuple(fc.nat(), fc.constantFrom(...AWKWARD));

/** Replaces the value at the `pick`-th place (in a walk of the whole offer) by `replacement`. */
function mutate(offer: Record<string, unknown>, pick: number, replacement: unknown): void {
  const places: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        places.push([value, index]);
        walk(item);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        places.push([value as Record<string, unknown>, key]);
        walk(item);
      }
    }
  };
  walk(offer);
  const place = places[pick % places.length];
  if (place === undefined) return;
  const [container, key] = place;
  if (replacement === DELETE) {
    if (Array.isArray(container)) container.splice(key as number, 1);
    else delete container[key as string];
  } else {
    (container as Record<string | number, unknown>)[key] = replacement;
  }
}

/** Each object schema an offer contains, and valid values for it. */
const OBJECT_SCHEMAS: ReadonlyArray<readonly [string, unknown, fc.Arbitrary<unknown>]> = [
  ['offer', offerSchema, offer],
  ['organisation', organisationSchema, organisation],
  ['address', addressSchema, address],
  ['coordinates', coordinatesSchema, coordinates],
  ['contact', contactSchema, contact],
  ['certification', certificationSchema, certification],
  ['action', actionSchema, action],
  ['training place', trainingPlaceSchema, place],
  ['hours', hoursSchema, hours],
  ['trainer', trainerSchema, trainer],
  ['session', sessionSchema, session],
  ['period', periodSchema, period],
  ['extra', extraSchema, extra],
  ['extra block', extraBlockSchema, extraBlock],
  ['extra value', extraValueSchema, extraValue],
  ['funder detail', funderDetailSchema, funderDetail],
  ['session recruitment', sessionRecruitmentSchema, recruitment],
];

describe('the offer check compiled from offerSchema', () => {
  it('has valid values for every object schema an offer contains', () => {
    const covered = OBJECT_SCHEMAS.map(([, schema]) => schema);
    const missing = objectSchemas(offerSchema as unknown as SchemaNode).filter((s) => !covered.includes(s));
    expect(missing.map((schema) => Object.keys(shapeOf(schema)).join(','))).toEqual([]);
  });

  it('compiles every part of an offer, leaving none to zod (which would cost import speed)', () => {
    const leftToZod: string[] = [];
    compileCheck(offerSchema, (path, kind) => leftToZod.push(`${path}: ${kind}`));
    expect(leftToZod).toEqual([]);
  });

  it.each(OBJECT_SCHEMAS)('checks exactly the keys of the %s schema', (_name, schema, valid) => {
    const check = compileCheck(schema as $ZodType);
    const [base] = fc.sample(valid, { numRuns: 1, seed: 20261206 }) as Record<string, unknown>[];
    const keys = Object.keys(shapeOf(schema));
    const read = new Set<string>();
    const spy = new Proxy(base as Record<string, unknown>, {
      get: (target, key) => {
        if (typeof key === 'string') read.add(key);
        return Reflect.get(target, key);
      },
    });
    expect(check(spy)).toBe(true);
    expect([...read].sort()).toEqual([...keys].sort());
    expect(check({ ...base, notInTheSchema: Symbol('ignored') })).toBe(true);
  });

  it.each(OBJECT_SCHEMAS)(
    'agrees with the %s schema whatever awkward value any key takes',
    (_name, schema, valid) => {
      const check = compileCheck(schema as $ZodType);
      const parse = (value: unknown): boolean =>
        (schema as { safeParse: (value: unknown) => { success: boolean } }).safeParse(value).success;
      const disagreements: string[] = [];
      for (const base of fc.sample(valid, { numRuns: 6, seed: 20261123 }) as Record<string, unknown>[]) {
        expect([check(base), parse(base)]).toEqual([true, true]);
        for (const key of Object.keys(shapeOf(schema))) {
          for (const replacement of AWKWARD) {
            const value = { ...base };
            if (replacement === DELETE) delete value[key];
            else value[key] = replacement;
            if (check(value) !== parse(value)) disagreements.push(`${key} = ${String(replacement)}`);
          }
        }
      }
      expect(disagreements).toEqual([]);
    },
  );

  it('agrees with offerSchema on whole offers broken at random places', () => {
    fc.assert(
      fc.property(offer, fc.array(mutation, { maxLength: 3 }), (value, mutations) => {
        for (const [pick, replacement] of mutations) mutate(value, pick, replacement);
        expect(isCatalogueOffer(value)).toBe(offerSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every offer imported from the fixtures', () => {
    for (const name of ['valide.xml', 'rejets.xml']) {
      const xml = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
      for (const imported of importLheo(xml).offers) expect(isCatalogueOffer(imported)).toBe(true);
    }
  });

  it('lets zod word the problems when an offer breaks the model', () => {
    const xml = readFileSync(new URL('./fixtures/valide.xml', import.meta.url), 'utf8');
    const { offers, problems, summary } = importLheo(xml, { programmesFor: () => [' '] });
    expect(offers).toEqual([]);
    expect(summary.offers).toEqual({ read: 2, kept: 0, rejected: 2 });
    expect(problems[0]?.reason).toMatchInlineSnapshot(
      `"non conforme au modèle du catalogue (programmes[0]) : ce texte ne doit pas être vide"`,
    );
  });
});
