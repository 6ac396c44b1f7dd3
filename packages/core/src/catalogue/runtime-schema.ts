/**
 * The catalogue model as zod/mini schemas, to check untrusted JSON (a catalogue file, an imported
 * offer) against `schema.ts`'s plain types. Built with `zod/mini` (not classic zod) so the widget
 * bundle stays small. `CatalogueSchemasMatchTypes` proves both describe the same values.
 */
import * as z from 'zod/mini';
import {
  departementCode,
  inseeCode,
  latitude,
  longitude,
  nonEmpty,
  postalCode,
  provenanceFields,
} from '../validation/primitives.js';
import type { AllTrue, SameShape } from '../validation/type-equality.js';
import {
  CATALOGUE_FORMAT,
  CATALOGUE_VERSION,
  ENTRIES_VALUES,
  LHEO_GENERAL_OBJECTIVES,
  LHEO_LEVELS,
  PATHWAY_VALUES,
  RECRUITMENT_AREA_VALUES,
  RECRUITMENT_METHOD_VALUES,
  RECRUITMENT_STATE_VALUES,
  TEACHING_MODE_VALUES,
  type Catalogue,
  type CatalogueMeta,
  type Offer,
} from './schema.js';

/** ISO calendar date `YYYY-MM-DD`; `null` where LHÉO said 00000000 / 99999999 (unknown). */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const formacode = z.string().check(z.regex(/^\d{5}$/));
const romeCode = z.string().check(z.regex(/^[A-N]\d{4}$/));

export const coordinatesSchema = z.object({
  lat: latitude,
  lon: longitude,
});

export const addressSchema = z.object({
  /** LHÉO `denomination`: the name of the building or site. */
  label: z.optional(nonEmpty),
  lines: z.array(nonEmpty),
  postalCode: z.optional(postalCode),
  city: z.optional(nonEmpty),
  inseeCode: z.optional(inseeCode),
  departement: z.optional(departementCode),
  /** Current (post-2016) INSEE region code; old codes are mapped on import. */
  region: z.optional(z.string().check(z.regex(/^\d{2}$/))),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  coordinates: z.optional(coordinatesSchema),
});

/** LHÉO dict-type-contact codes (0 autre, 1 référent handicap, 4 accueil, 13 référent VAE…). */
export const contactSchema = z.object({
  kind: z.optional(z.string().check(z.regex(/^\d{1,2}$/))),
  civility: z.optional(nonEmpty),
  name: z.optional(nonEmpty),
  phones: z.array(nonEmpty),
  mobiles: z.array(nonEmpty),
  email: z.optional(nonEmpty),
  urls: z.array(nonEmpty),
  address: z.optional(addressSchema),
});

export const organisationSchema = z.object({
  /** SIRET (14 digits) when known: the stable identity of a French organisation. */
  siret: z.optional(z.string().check(z.regex(/^\d{14}$/))),
  /** Numéro de déclaration d'activité (11 characters). */
  activityNumber: z.optional(nonEmpty),
  name: nonEmpty,
  legalName: z.optional(nonEmpty),
  uai: z.optional(z.string().check(z.regex(/^\d{7}[A-Z]$/))),
  address: z.optional(addressSchema),
  contacts: z.array(contactSchema),
  details: z.optional(nonEmpty),
});

export const certificationSchema = z.object({
  rncp: z.optional(nonEmpty),
  rs: z.optional(nonEmpty),
  certifInfo: z.optional(nonEmpty),
  cpf: z.optional(nonEmpty),
});

export const lheoLevelSchema = z.enum(LHEO_LEVELS);

export const teachingModeSchema = z.enum(TEACHING_MODE_VALUES);
export const entriesSchema = z.enum(ENTRIES_VALUES);
export const recruitmentStateSchema = z.enum(RECRUITMENT_STATE_VALUES);

/** Free-form LHÉO `extras` kept as key/value pairs: partners put their dispositif codes there. */
export const extraSchema = z.object({ key: nonEmpty, value: z.string() });

export const extraValueSchema = z.object({
  info: z.optional(nonEmpty),
  numero: z.optional(nonEmpty),
  ref: z.optional(nonEmpty),
  value: z.string(),
});

/** One LHÉO `extras` block as written: its `info`, its `numero` and its values in order. */
export const extraBlockSchema = z.object({
  info: z.optional(nonEmpty),
  numero: z.optional(nonEmpty),
  /** Index of the enclosing block in the same list. */
  parent: z.optional(z.number().check(z.int(), z.gte(0))),
  values: z.array(extraValueSchema),
});

export const recruitmentAreaSchema = z.enum(RECRUITMENT_AREA_VALUES);

/** An LHÉO `organisme-financeur`: its code, funded places, recruitment area and extras. */
export const funderDetailSchema = z.object({
  code: z.string().check(z.regex(/^\d{1,2}$/)),
  fundedPlaces: z.optional(z.number().check(z.int(), z.gte(0))),
  recruitmentArea: z.optional(recruitmentAreaSchema),
  extraBlocks: z.optional(z.array(extraBlockSchema)),
});

export const trainingPlaceSchema = z.object({
  siret: z.optional(z.string().check(z.regex(/^\d{14}$/))),
  address: addressSchema,
});

export const hoursSchema = z.object({
  total: z.optional(z.number().check(z.gte(0))),
  centre: z.optional(z.number().check(z.gte(0))),
  company: z.optional(z.number().check(z.gte(0))),
});

export const periodSchema = z.object({
  /** `null`: LHÉO 00000000, start unknown. */
  start: z.nullable(isoDate),
  /** `null`: LHÉO 99999999, end unknown. */
  end: z.nullable(isoDate),
});

/** An LHÉO `recrutement` of a session. */
export const sessionRecruitmentSchema = z.object({
  method: z.optional(z.enum(RECRUITMENT_METHOD_VALUES)),
  area: z.optional(recruitmentAreaSchema),
  areaInfo: z.optional(nonEmpty),
  remote: z.optional(z.boolean()),
  address: z.optional(addressSchema),
  url: z.optional(nonEmpty),
  places: z.optional(z.number().check(z.int(), z.gte(0))),
  period: z.optional(periodSchema),
  startTime: z.optional(nonEmpty),
  endTime: z.optional(nonEmpty),
  comment: z.optional(nonEmpty),
});

export const sessionSchema = z.object({
  id: nonEmpty,
  start: z.nullable(isoDate),
  end: z.nullable(isoDate),
  registrationAddress: z.optional(addressSchema),
  registrationPeriod: z.optional(periodSchema),
  registrationInfo: z.optional(nonEmpty),
  recruitment: z.optional(recruitmentStateSchema),
  url: z.optional(nonEmpty),
  contacts: z.array(contactSchema),
  recruitments: z.optional(z.array(sessionRecruitmentSchema)),
  extras: z.optional(z.array(extraSchema)),
  extraBlocks: z.optional(z.array(extraBlockSchema)),
});

export const actionSchema = z.object({
  id: nonEmpty,
  rhythm: z.optional(nonEmpty),
  /** Formacode "public visé" codes (e.g. 15040 tout public, 15082 demandeur d'emploi). */
  targetPublics: z.array(formacode),
  targetPublicInfo: z.optional(nonEmpty),
  entryLevelRequired: z.optional(z.boolean()),
  workStudy: z.optional(nonEmpty),
  teachingMode: z.optional(teachingModeSchema),
  /** LHÉO conditions-specifiques: prerequisites in plain text. */
  prerequisites: z.optional(nonEmpty),
  fundingPossible: z.boolean(),
  places: z.array(trainingPlaceSchema),
  entries: z.optional(entriesSchema),
  url: z.optional(nonEmpty),
  cycleWeeks: z.optional(z.number().check(z.int(), z.gte(0))),
  informationAddress: z.optional(addressSchema),
  informationDates: z.array(isoDate),
  catering: z.optional(nonEmpty),
  housing: z.optional(nonEmpty),
  transport: z.optional(nonEmpty),
  /** LHÉO acces-handicapes: what the place offers people with disabilities; absent when unknown. */
  disabilityAccess: z.optional(nonEmpty),
  languages: z.array(z.string().check(z.regex(/^[a-z]{2}$/))),
  recruitmentInfo: z.optional(nonEmpty),
  teachingMethods: z.optional(nonEmpty),
  remainingCosts: z.optional(nonEmpty),
  hourlyPrice: z.optional(z.number().check(z.gte(0))),
  totalPrice: z.optional(z.number().check(z.gte(0))),
  hours: z.optional(hoursSchema),
  indicativeDuration: z.optional(nonEmpty),
  fundingDetails: z.optional(nonEmpty),
  /** LHÉO conventionnement: the action is bought by a public funder (free for the trainee). */
  publiclyFunded: z.optional(z.boolean()),
  /** LHÉO dict-financeurs codes, e.g. "2" Conseil régional, "4" France Travail (ex Pôle emploi). */
  funders: z.array(z.string().check(z.regex(/^\d{1,2}$/))),
  funderDetails: z.optional(z.array(funderDetailSchema)),
  recruitmentArea: z.optional(recruitmentAreaSchema),
  recruitmentAreaInfo: z.optional(nonEmpty),
  trainers: z.array(z.object({ siret: z.optional(z.string()), name: z.optional(nonEmpty) })),
  sessions: z.array(sessionSchema),
  extras: z.optional(z.array(extraSchema)),
  extraBlocks: z.optional(z.array(extraBlockSchema)),
});

export const offerSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  objective: z.optional(nonEmpty),
  expectedResults: z.optional(nonEmpty),
  content: z.optional(nonEmpty),
  certifying: z.optional(z.boolean()),
  /** Formacodes, the `tag="principal"` one first. */
  formacodes: z.array(formacode),
  nsf: z.array(z.string().check(z.regex(/^\d{3}$/))),
  rome: z.array(romeCode),
  certifications: z.array(certificationSchema),
  /** LHÉO dict-type-parcours: 1 en groupe, 2 individualisé, 3 modularisé, 4 mixte. */
  pathway: z.optional(z.enum(PATHWAY_VALUES)),
  entryLevel: z.optional(lheoLevelSchema),
  exitLevel: z.optional(lheoLevelSchema),
  /** LHÉO dict-AIS objectif général: 5 savoirs de base, 6 certification, 9 projet professionnel… */
  generalObjective: z.optional(z.enum(LHEO_GENERAL_OBJECTIVES)),
  url: z.optional(nonEmpty),
  contacts: z.array(contactSchema),
  organisation: organisationSchema,
  /** Programme ids of a ruleset (e.g. `hsp-socle`) computed by that ruleset's matchers. */
  programmes: z.array(nonEmpty),
  actions: z.array(actionSchema).check(z.minLength(1)),
  extras: z.optional(z.array(extraSchema)),
  extraBlocks: z.optional(z.array(extraBlockSchema)),
});

export const catalogueMetaSchema = z.object({
  ...provenanceFields,
  /** Ruleset whose matchers computed `programmes`. */
  ruleset: z.optional(nonEmpty),
  /** Départements covered (a shard covers one). */
  departements: z.optional(z.array(departementCode)),
});

export const catalogueSchema = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  version: z.literal(CATALOGUE_VERSION),
  meta: catalogueMetaSchema,
  offers: z.array(offerSchema),
});

/**
 * Compile-time proof that the schemas and the plain types describe the same values: the check of
 * `Offer` and `CatalogueMeta` covers every nested type (address, session, action…).
 */
export type CatalogueSchemasMatchTypes = AllTrue<
  [
    SameShape<z.infer<typeof offerSchema>, Offer>,
    SameShape<z.infer<typeof catalogueMetaSchema>, CatalogueMeta>,
    SameShape<z.infer<typeof catalogueSchema>, Catalogue>,
  ]
>;
