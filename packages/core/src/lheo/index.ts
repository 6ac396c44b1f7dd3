// Public API of the lheo module: the streaming LHÉO importer and what it reports.
export { createLheoImporter, importLheo } from './importer.js';
export type { LheoImporter, LheoImportOptions, LheoImportResult } from './importer.js';
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
