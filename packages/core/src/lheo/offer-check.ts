/**
 * A hand-written twin of the catalogue's `offerSchema`, for the import's hot path: checking every
 * mapped offer with zod cost about a fifth of an import (zod builds a full copy of each offer and
 * its issue machinery), while this check reads the offer once and allocates nothing.
 *
 * It only decides "valid": when it says no, the importer runs `offerSchema` itself, which decides
 * and words the problems. What keeps the two in step is tested (`offer-check.test.ts`): every object
 * table here lists exactly the keys of its schema, and on offers built then mutated at random the
 * two agree both ways.
 */
import { LHEO_GENERAL_OBJECTIVES, LHEO_LEVELS } from '../catalogue/schema.js';

type Check = (value: unknown) => boolean;
/** One check per key of an object schema (listed so a test can compare them with the schema's keys). */
export type Fields = Readonly<Record<string, Check>>;

/** `z.string().check(z.trim(), z.minLength(1))`: some character that `String#trim` keeps. */
function nonEmpty(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0) return false;
  // Most values start with a printable ASCII character: no need to trim them.
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || value.trim().length > 0;
}

const isString = (value: unknown): boolean => typeof value === 'string';
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';
/** `z.number()` accepts finite numbers only. */
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const matches =
  (pattern: RegExp): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value);

const between =
  (min: number, max: number): Check =>
  (value) =>
    isNumber(value) && value >= min && value <= max;

const atLeastZero: Check = (value) => isNumber(value) && value >= 0;

function oneOf(values: readonly string[]): Check {
  const set = new Set<unknown>(values);
  return (value) => set.has(value);
}

const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);

const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);

function arrayOf(check: Check, min = 0): Check {
  return (value) => {
    if (!Array.isArray(value) || value.length < min) return false;
    for (let i = 0; i < value.length; i += 1) if (!check(value[i])) return false;
    return true;
  };
}

/** `z.object(shape)`: an object (not an array) whose every key passes its check; other keys are ignored. */
export function objectOf(fields: Fields): Check {
  const entries = Object.entries(fields);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Readonly<Record<string, unknown>>;
    for (let i = 0; i < entries.length; i += 1) {
      const [key, check] = entries[i] as [string, Check];
      if (!check(record[key])) return false;
    }
    return true;
  };
}

const postalCode = matches(/^\d{5}$/);
const inseeCode = matches(/^(\d{2}|2[AB])\d{3}$/);
const departementCode = matches(/^(\d{2}|2[AB]|97\d)$/);
const isoDate = matches(/^\d{4}-\d{2}-\d{2}$/);
const formacode = matches(/^\d{5}$/);
const romeCode = matches(/^[A-N]\d{4}$/);
const siret = matches(/^\d{14}$/);
const lheoLevel = oneOf(LHEO_LEVELS);

export const COORDINATES_FIELDS: Fields = { lat: between(-90, 90), lon: between(-180, 180) };

export const ADDRESS_FIELDS: Fields = {
  label: optional(nonEmpty),
  lines: arrayOf(nonEmpty),
  postalCode: optional(postalCode),
  city: optional(nonEmpty),
  inseeCode: optional(inseeCode),
  departement: optional(departementCode),
  region: optional(matches(/^\d{2}$/)),
  country: optional(matches(/^[A-Z]{2}$/)),
  coordinates: optional(objectOf(COORDINATES_FIELDS)),
};
const address = objectOf(ADDRESS_FIELDS);

export const CONTACT_FIELDS: Fields = {
  kind: optional(matches(/^\d{1,2}$/)),
  civility: optional(nonEmpty),
  name: optional(nonEmpty),
  phones: arrayOf(nonEmpty),
  mobiles: arrayOf(nonEmpty),
  email: optional(nonEmpty),
  urls: arrayOf(nonEmpty),
  address: optional(address),
};
const contacts = arrayOf(objectOf(CONTACT_FIELDS));

export const ORGANISATION_FIELDS: Fields = {
  siret: optional(siret),
  activityNumber: optional(nonEmpty),
  name: nonEmpty,
  legalName: optional(nonEmpty),
  uai: optional(matches(/^\d{7}[A-Z]$/)),
  address: optional(address),
  contacts,
  details: optional(nonEmpty),
};

export const CERTIFICATION_FIELDS: Fields = {
  rncp: optional(nonEmpty),
  rs: optional(nonEmpty),
  certifInfo: optional(nonEmpty),
  cpf: optional(nonEmpty),
};

export const EXTRA_FIELDS: Fields = { key: nonEmpty, value: isString };
const extras = optional(arrayOf(objectOf(EXTRA_FIELDS)));

export const TRAINING_PLACE_FIELDS: Fields = { siret: optional(siret), address };

export const HOURS_FIELDS: Fields = {
  total: optional(atLeastZero),
  centre: optional(atLeastZero),
  company: optional(atLeastZero),
};

export const PERIOD_FIELDS: Fields = { start: nullable(isoDate), end: nullable(isoDate) };

export const SESSION_FIELDS: Fields = {
  id: nonEmpty,
  start: nullable(isoDate),
  end: nullable(isoDate),
  registrationAddress: optional(address),
  registrationPeriod: optional(objectOf(PERIOD_FIELDS)),
  registrationInfo: optional(nonEmpty),
  recruitment: optional(oneOf(['open', 'closed', 'suspended'])),
  url: optional(nonEmpty),
  contacts,
  extras,
};

export const TRAINER_FIELDS: Fields = { siret: optional(isString), name: optional(nonEmpty) };

export const ACTION_FIELDS: Fields = {
  id: nonEmpty,
  rhythm: optional(nonEmpty),
  targetPublics: arrayOf(formacode),
  targetPublicInfo: optional(nonEmpty),
  entryLevelRequired: optional(isBoolean),
  workStudy: optional(nonEmpty),
  teachingMode: optional(oneOf(['presentiel', 'mixte', 'distance'])),
  prerequisites: optional(nonEmpty),
  fundingPossible: isBoolean,
  places: arrayOf(objectOf(TRAINING_PLACE_FIELDS)),
  entries: optional(oneOf(['fixed-dates', 'permanent'])),
  url: optional(nonEmpty),
  cycleWeeks: optional((value) => Number.isSafeInteger(value) && (value as number) >= 0),
  informationAddress: optional(address),
  informationDates: arrayOf(isoDate),
  catering: optional(nonEmpty),
  housing: optional(nonEmpty),
  transport: optional(nonEmpty),
  disabilityAccess: optional(nonEmpty),
  languages: arrayOf(matches(/^[a-z]{2}$/)),
  recruitmentInfo: optional(nonEmpty),
  teachingMethods: optional(nonEmpty),
  remainingCosts: optional(nonEmpty),
  hourlyPrice: optional(atLeastZero),
  totalPrice: optional(atLeastZero),
  hours: optional(objectOf(HOURS_FIELDS)),
  indicativeDuration: optional(nonEmpty),
  fundingDetails: optional(nonEmpty),
  publiclyFunded: optional(isBoolean),
  funders: arrayOf(matches(/^\d{1,2}$/)),
  trainers: arrayOf(objectOf(TRAINER_FIELDS)),
  sessions: arrayOf(objectOf(SESSION_FIELDS)),
  extras,
};

export const OFFER_FIELDS: Fields = {
  id: nonEmpty,
  title: nonEmpty,
  objective: optional(nonEmpty),
  expectedResults: optional(nonEmpty),
  content: optional(nonEmpty),
  certifying: optional(isBoolean),
  formacodes: arrayOf(formacode),
  nsf: arrayOf(matches(/^\d{3}$/)),
  rome: arrayOf(romeCode),
  certifications: arrayOf(objectOf(CERTIFICATION_FIELDS)),
  pathway: optional(oneOf(['1', '2', '3', '4'])),
  entryLevel: optional(lheoLevel),
  exitLevel: optional(lheoLevel),
  generalObjective: optional(oneOf(LHEO_GENERAL_OBJECTIVES)),
  url: optional(nonEmpty),
  contacts,
  organisation: objectOf(ORGANISATION_FIELDS),
  programmes: arrayOf(nonEmpty),
  actions: arrayOf(objectOf(ACTION_FIELDS), 1),
  extras,
};

/** True only when `offerSchema` accepts the value (false may still be a valid offer: ask zod). */
export const isCatalogueOffer: Check = objectOf(OFFER_FIELDS);
