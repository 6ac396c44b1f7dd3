/**
 * The orientation's output, exactly as `orientation.md` names it: the CLI prints these keys and
 * identifiers verbatim, and the widget reads them.
 */
import type { SituationField } from './situation.js';

/**
 * The spec's region-independent needs, in its base order: what the shipped rulesets declare. A
 * ruleset names its own needs (`Ruleset.needs`), so a region may add one without changing core.
 */
export const NEED_IDS = [
  'school-guidance',
  'barriers',
  'literacy',
  'french-language',
  'basic-skills',
  'digital-skills',
  'career-project',
  'qualification',
  'experience-validation',
  'supported-employment',
] as const;
/** A need id of a ruleset, e.g. `literacy` (one of `NEED_IDS` in the shipped rulesets). */
export type NeedId = string;

/** The spec's relay kinds, in advice order: what the shipped rulesets declare in `relayKinds`. */
export const RELAY_KINDS = [
  'cio',
  'mission-locale',
  'france-travail',
  'cap-emploi',
  'departement',
  'plie',
  'cria',
  'erip',
  'vae-point',
  'siae',
  'cep',
  'france-services',
] as const;
/** A relay kind of a ruleset, e.g. `mission-locale` (one of `RELAY_KINDS` in the shipped rulesets). */
export type RelayKind = string;

/** A programme id of a ruleset, e.g. `hsp-socle`: rulesets name their own programmes. */
export type ProgrammeId = string;

/** What an orientation says of a programme: eligible, not eligible, to check, or by derogation. */
export const PROGRAMME_STATUSES = ['eligible', 'not-eligible', 'to-check', 'derogation'] as const;
/** One of `PROGRAMME_STATUSES`. */
export type EligibilityStatus = (typeof PROGRAMME_STATUSES)[number];

/** Whom to see first, and whom to see as well. */
export const RELAY_PRIORITIES = ['first', 'also'] as const;
/** One of `RELAY_PRIORITIES`. */
export type RelayPriority = (typeof RELAY_PRIORITIES)[number];

/** Why the engine concluded something: plain French, and the answers it rests on. */
export interface Reason {
  readonly text: string;
  readonly fields: readonly SituationField[];
}

/** One step of a plan: a need, its title, the reasons, and the programmes that serve it. */
export interface Step {
  readonly need: NeedId;
  readonly title: string;
  readonly why: readonly Reason[];
  /** Programmes serving this need that are not `not-eligible`, in the ruleset's order. */
  readonly programmes: readonly ProgrammeId[];
}

/** A programme's status in an orientation, with the reasons. */
export interface ProgrammeStatus {
  readonly programme: ProgrammeId;
  readonly status: EligibilityStatus;
  readonly why: readonly Reason[];
}

/** Advice to see a kind of relay, with its priority and the reasons. */
export interface RelayAdvice {
  readonly relay: RelayKind;
  readonly priority: RelayPriority;
  readonly why: readonly Reason[];
}

/** The plan for a situation: needs in order, steps, programmes with a status, relays, and what stays to check. */
export interface Orientation {
  readonly needs: readonly NeedId[];
  readonly steps: readonly Step[];
  readonly programmes: readonly ProgrammeStatus[];
  readonly relays: readonly RelayAdvice[];
  readonly toCheck: readonly Reason[];
}
