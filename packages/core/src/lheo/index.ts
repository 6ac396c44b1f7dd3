// Public API of the lheo module: the streaming LHÉO importer and what it reports.
export { createDeferredLheoImporter, createLheoImporter, importLheo } from './importer.js';
export type {
  DeferredLheoImporter,
  DeferredLheoImportOptions,
  LheoImporter,
  LheoImportOptions,
  LheoImportResult,
} from './importer.js';
export { createLheoRecordMapper } from './record.js';
export type { LheoRecordResult, LheoTextRecordMapper } from './record.js';
export type { RecordTally as LheoRecordTally } from './map-offer.js';
export type {
  LheoCount,
  LheoFatalError,
  LheoImportSummary,
  LheoOutcome,
  LheoProblem,
  LheoRecordKind,
} from './problems.js';
export { plainText as lheoPlainText } from './text.js';
export { OLD_REGIONS as LHEO_OLD_REGIONS } from './codes.js';
