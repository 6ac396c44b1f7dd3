/** What the LHÉO import reports: problems found in the records, counts, and the fatal XML error. */

/** The LHÉO record a problem belongs to. */
export type LheoRecordKind = 'formation' | 'action' | 'session';

/**
 * What happened to the data: the whole record was `rejected`; a field was `dropped` (its value broke
 * the XSD type or code table) or `repaired` (kept in a corrected form); an unknown element was `ignored`.
 */
export type LheoOutcome = 'rejected' | 'dropped' | 'repaired' | 'ignored';

/** One problem of an import: the record's `numero`, the XML line, the field, what was wrong and what was done. */
export interface LheoProblem {
  /** `numero` of the record concerned (`null` when that very attribute is missing). */
  readonly numero: string | null;
  readonly record: LheoRecordKind;
  /** `numero` of the enclosing `formation`, so every problem can be traced to its offer. */
  readonly offerId: string | null;
  /** 1-based line of the element in the XML file. */
  readonly line: number;
  /** LHÉO path of the field, e.g. `formation/action/session/periode/debut`. */
  readonly field: string;
  /** French reason, with what was expected. */
  readonly reason: string;
  readonly outcome: LheoOutcome;
}

/** How many records of one kind were read, kept and rejected. */
export interface LheoCount {
  read: number;
  kept: number;
  rejected: number;
}

/** A well-formedness error: the import stopped there; records completed before it were kept. */
export interface LheoFatalError {
  readonly line: number;
  readonly column: number;
  /** French message naming the line, the column and the fault. */
  readonly message: string;
}

/** The counts of an import (offers, actions, sessions, problems by kind) and its fatal error, if any. */
export interface LheoImportSummary {
  /** Counts always add up: read = kept + rejected. */
  readonly offers: LheoCount;
  readonly actions: LheoCount;
  readonly sessions: LheoCount;
  /** Number of problems reported, by outcome. */
  readonly problems: Readonly<Record<LheoOutcome, number>>;
  /**
   * LHÉO 2.3 elements met that the catalogue does not carry (`fax`, `cycle`…), by LHÉO path, with
   * how many times: read, but not a problem of the file.
   */
  readonly unmapped: Readonly<Record<string, number>>;
  /** Namespace of the root element (`''` when none). */
  readonly namespace: string | null;
  /** Present when the XML was malformed. */
  readonly fatal?: LheoFatalError;
}
