/**
 * The catalogue model: LHÉO's `formation` → `action` → `session`, flattened into plain JSON that a
 * browser can load and a search can index. Identifiers are LHÉO `numero`s kept verbatim.
 *
 * Plain TypeScript, so a consumer's editor shows `Offer` and `Session`, not a validator's internals.
 * `runtime-schema.ts` checks untrusted JSON against the same model, and proves at compile time that
 * its schemas and these types describe the same values. Text fields are never blank.
 */

/** Format marker and version of the catalogue JSON: bump the version on any breaking change. */
export const CATALOGUE_FORMAT = 'passerelle-catalogue';
/** Version of the catalogue JSON format that `parseCatalogue` reads and writers stamp. */
export const CATALOGUE_VERSION = 1;

/** LHÉO dict-niveaux codes, kept as given ("0" unknown, "2" illettrisme, "13" niveau 3 = CAP…). */
export const LHEO_LEVELS = [
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
] as const;

/** LHÉO dict-AIS objectif général codes: 5 savoirs de base, 6 certification, 9 projet professionnel… */
export const LHEO_GENERAL_OBJECTIVES = ['1', '2', '4', '5', '6', '7', '8', '9'] as const;

/** How an action is taught: in person, mixed, or at a distance (modalités d'enseignement). */
export const TEACHING_MODE_VALUES = ['presentiel', 'mixte', 'distance'] as const;
/** How a person may start an action: on fixed dates, or at any time (entrées/sorties permanentes). */
export const ENTRIES_VALUES = ['fixed-dates', 'permanent'] as const;
/** Whether a session takes people now: open, closed or suspended (LHÉO etat-recrutement). */
export const RECRUITMENT_STATE_VALUES = ['open', 'closed', 'suspended'] as const;
/** LHÉO dict-type-parcours: 1 en groupe, 2 individualisé, 3 modularisé, 4 mixte. */
export const PATHWAY_VALUES = ['1', '2', '3', '4'] as const;
/** LHÉO dict-perimetre-recrutement (0 to 6): from where trainees are recruited. */
export const RECRUITMENT_AREA_VALUES = [
  'other',
  'commune',
  'departement',
  'region',
  'interregion',
  'country',
  'international',
] as const;
/** LHÉO dict-modalite-recrutement codes: 0 inconnue, 2 concours, 3 dossier, 8 entretien, 9 information collective… */
export const RECRUITMENT_METHOD_VALUES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** A code of LHÉO's level tables (niveau d'entrée or de sortie). */
export type LheoLevel = (typeof LHEO_LEVELS)[number];
/** A code of LHÉO's dict-AIS table (objectif général de formation). */
export type LheoGeneralObjective = (typeof LHEO_GENERAL_OBJECTIVES)[number];
/** One of `TEACHING_MODE_VALUES`. */
export type TeachingMode = (typeof TEACHING_MODE_VALUES)[number];
/** One of `ENTRIES_VALUES`. */
export type Entries = (typeof ENTRIES_VALUES)[number];
/** One of `RECRUITMENT_STATE_VALUES`. */
export type RecruitmentState = (typeof RECRUITMENT_STATE_VALUES)[number];
/** How an offer is taught over time (LHÉO parcours-de-formation). */
export type Pathway = (typeof PATHWAY_VALUES)[number];
/** One of `RECRUITMENT_AREA_VALUES`. */
export type RecruitmentArea = (typeof RECRUITMENT_AREA_VALUES)[number];
/** One of `RECRUITMENT_METHOD_VALUES`. */
export type RecruitmentMethod = (typeof RECRUITMENT_METHOD_VALUES)[number];

/** WGS 84 degrees. */
export interface Coordinates {
  lat: number;
  lon: number;
}

/** A postal address as LHÉO gives it, with the commune's INSEE code and coordinates when known. */
export interface Address {
  /** LHÉO `denomination`: the name of the building or site. */
  label?: string | undefined;
  lines: string[];
  /** 5 digits. */
  postalCode?: string | undefined;
  city?: string | undefined;
  /** INSEE commune code (Corsica: 2A/2B). */
  inseeCode?: string | undefined;
  departement?: string | undefined;
  /** Current (post-2016) INSEE region code; old codes are mapped on import. */
  region?: string | undefined;
  /** ISO 3166 alpha-2, e.g. `FR`. */
  country?: string | undefined;
  coordinates?: Coordinates | undefined;
}

/** A person or desk to contact; `kind` is a LHÉO dict-type-contact code (0 autre, 1 référent handicap, 4 accueil, 13 référent VAE…). */
export interface Contact {
  kind?: string | undefined;
  civility?: string | undefined;
  name?: string | undefined;
  phones: string[];
  mobiles: string[];
  email?: string | undefined;
  urls: string[];
  address?: Address | undefined;
}

/** An organisme de formation, identified by its SIRET. */
export interface Organisation {
  /** SIRET (14 digits) when known: the stable identity of a French organisation. */
  siret?: string | undefined;
  /** Numéro de déclaration d'activité (11 characters). */
  activityNumber?: string | undefined;
  name: string;
  legalName?: string | undefined;
  /** UAI code: 7 digits and a capital letter. */
  uai?: string | undefined;
  address?: Address | undefined;
  contacts: Contact[];
  details?: string | undefined;
}

/** The certification an offer leads to: its RNCP, RS, CertifInfo and CPF codes. */
export interface Certification {
  rncp?: string | undefined;
  rs?: string | undefined;
  certifInfo?: string | undefined;
  cpf?: string | undefined;
}

/**
 * Free-form LHÉO `extras` kept as key/value pairs: partners put their dispositif codes there. The
 * same values, with their blocks, `info` and `numero` kept, are in `extraBlocks`.
 */
export interface Extra {
  key: string;
  value: string;
}

/** One LHÉO `extra` of a block, with the attributes that say what it is. */
export interface ExtraValue {
  /** What the value is (`info="branche"`). */
  info?: string | undefined;
  numero?: string | undefined;
  /** Version of the code table the value comes from (`ref="V12"` for Formacode v12). */
  ref?: string | undefined;
  /** Plain text; a pre-2016 region code (`info="region"`) is mapped onto today's, as in addresses. */
  value: string;
}

/**
 * One LHÉO `extras` block as written, so values that belong together stay together (an
 * Intercarif session has one `eligibilite-cpf` block per eligibility, each with its `numero`,
 * dates and branches).
 */
export interface ExtraBlock {
  info?: string | undefined;
  numero?: string | undefined;
  /**
   * For a block written inside another one (rare): the index of that block in the same list.
   * Blocks are listed in document order, each one after the block it is in.
   */
  parent?: number | undefined;
  /** The block's `extra` values, in document order. */
  values: ExtraValue[];
}

/** An LHÉO `organisme-financeur` of an action. */
export interface FunderDetail {
  /** LHÉO dict-financeurs code (also listed in `Action.funders`). */
  code: string;
  /** LHÉO nb-places-financees: how many places this funder pays for. */
  fundedPlaces?: number | undefined;
  /** LHÉO code-perimetre-recrutement, which Intercarif writes in the funder's `extras`. */
  recruitmentArea?: RecruitmentArea | undefined;
  extraBlocks?: ExtraBlock[] | undefined;
}

/** An LHÉO `recrutement` of a session: how and from where trainees are recruited. */
export interface SessionRecruitment {
  method?: RecruitmentMethod | undefined;
  area?: RecruitmentArea | undefined;
  /** LHÉO infos-perimetre-recrutement, e.g. the commune or département named by `area`. */
  areaInfo?: string | undefined;
  /** LHÉO a-distance: the recruitment can be done remotely. */
  remote?: boolean | undefined;
  address?: Address | undefined;
  url?: string | undefined;
  /** LHÉO nb-places. */
  places?: number | undefined;
  period?: Period | undefined;
  /** As written (`9h30`, `14:00`). */
  startTime?: string | undefined;
  endTime?: string | undefined;
  comment?: string | undefined;
}

/** Where an action is taught (lieu de formation), with what it offers people with disabilities. */
export interface TrainingPlace {
  siret?: string | undefined;
  address: Address;
}

/** Hours, each at least 0. */
export interface Hours {
  total?: number | undefined;
  centre?: number | undefined;
  company?: number | undefined;
}

/** Dates are ISO `YYYY-MM-DD`. */
export interface Period {
  /** `null`: LHÉO 00000000, start unknown. */
  start: string | null;
  /** `null`: LHÉO 99999999, end unknown. */
  end: string | null;
}

/** A dated run of an action; its start or end may be unknown. */
export interface Session {
  id: string;
  /** ISO date; `null` where LHÉO said 00000000 (unknown). */
  start: string | null;
  /** ISO date; `null` where LHÉO said 99999999 (unknown). */
  end: string | null;
  registrationAddress?: Address | undefined;
  registrationPeriod?: Period | undefined;
  registrationInfo?: string | undefined;
  recruitment?: RecruitmentState | undefined;
  url?: string | undefined;
  contacts: Contact[];
  recruitments?: SessionRecruitment[] | undefined;
  extras?: Extra[] | undefined;
  extraBlocks?: ExtraBlock[] | undefined;
}

/** The organisation that teaches an action when it is not the responsible one (organisme formateur). */
export interface Trainer {
  siret?: string | undefined;
  name?: string | undefined;
}

/** An action de formation: an offer delivered at one place, with its conditions, funders and sessions. */
export interface Action {
  id: string;
  rhythm?: string | undefined;
  /** Formacode "public visé" codes (e.g. 15040 tout public, 15082 demandeur d'emploi). */
  targetPublics: string[];
  targetPublicInfo?: string | undefined;
  entryLevelRequired?: boolean | undefined;
  workStudy?: string | undefined;
  teachingMode?: TeachingMode | undefined;
  /** LHÉO conditions-specifiques: prerequisites in plain text. */
  prerequisites?: string | undefined;
  fundingPossible: boolean;
  places: TrainingPlace[];
  entries?: Entries | undefined;
  url?: string | undefined;
  /** Whole weeks, at least 0. */
  cycleWeeks?: number | undefined;
  informationAddress?: Address | undefined;
  /** ISO dates. */
  informationDates: string[];
  catering?: string | undefined;
  housing?: string | undefined;
  transport?: string | undefined;
  /** LHÉO acces-handicapes: what the place offers people with disabilities; absent when unknown. */
  disabilityAccess?: string | undefined;
  /** ISO 639-1 codes in lower case, e.g. `fr`. */
  languages: string[];
  recruitmentInfo?: string | undefined;
  teachingMethods?: string | undefined;
  remainingCosts?: string | undefined;
  hourlyPrice?: number | undefined;
  totalPrice?: number | undefined;
  hours?: Hours | undefined;
  indicativeDuration?: string | undefined;
  fundingDetails?: string | undefined;
  /** LHÉO conventionnement: the action is bought by a public funder (free for the trainee). */
  publiclyFunded?: boolean | undefined;
  /** LHÉO dict-financeurs codes, e.g. "2" Conseil régional, "4" France Travail (ex Pôle emploi). */
  funders: string[];
  /** The `organisme-financeur`s themselves, in document order: funded places, their extras. */
  funderDetails?: FunderDetail[] | undefined;
  /** LHÉO code-perimetre-recrutement: from where trainees are recruited. */
  recruitmentArea?: RecruitmentArea | undefined;
  /** LHÉO infos-perimetre-recrutement. */
  recruitmentAreaInfo?: string | undefined;
  trainers: Trainer[];
  sessions: Session[];
  extras?: Extra[] | undefined;
  extraBlocks?: ExtraBlock[] | undefined;
}

/** An offre de formation (LHÉO `formation`): what is taught, by whom, leading to what, and its actions. */
export interface Offer {
  id: string;
  title: string;
  objective?: string | undefined;
  expectedResults?: string | undefined;
  content?: string | undefined;
  certifying?: boolean | undefined;
  /** Formacodes (5 digits), the `tag="principal"` one first. */
  formacodes: string[];
  /** NSF codes (3 digits). */
  nsf: string[];
  /** ROME codes (a letter and 4 digits, e.g. J1501). */
  rome: string[];
  certifications: Certification[];
  pathway?: Pathway | undefined;
  entryLevel?: LheoLevel | undefined;
  exitLevel?: LheoLevel | undefined;
  generalObjective?: LheoGeneralObjective | undefined;
  url?: string | undefined;
  contacts: Contact[];
  organisation: Organisation;
  /** Programme ids of a ruleset (e.g. `hsp-socle`) computed by that ruleset's matchers. */
  programmes: string[];
  /** At least one. */
  actions: Action[];
  extras?: Extra[] | undefined;
  extraBlocks?: ExtraBlock[] | undefined;
}

/** Where a document comes from: every file we load says it, and whether it is fictitious. */
export interface Provenance {
  /** Where the data comes from, in words (« Export LHÉO du Carif-Oref… », « Données de démonstration »). */
  source: string;
  /** ISO date or date-time of generation. */
  generatedAt: string;
  licence: string;
  /** True for generated, fictitious data: every screen that shows it must say so. */
  demo: boolean;
  title?: string | undefined;
}

/** Where a catalogue comes from (source, date, licence, demo or not) and what it covers. */
export interface CatalogueMeta extends Provenance {
  /** Ruleset whose matchers computed `programmes`. */
  ruleset?: string | undefined;
  /** Départements covered (a shard covers one). */
  departements?: string[] | undefined;
}

/** A Passerelle catalogue: its format, version, provenance and the offers it holds. */
export interface Catalogue {
  format: typeof CATALOGUE_FORMAT;
  version: typeof CATALOGUE_VERSION;
  meta: CatalogueMeta;
  offers: Offer[];
}
