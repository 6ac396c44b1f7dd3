export * from './schema.js';
export { parseCatalogue, parseCatalogueMeta, parseJsonText } from './parse.js';
export { checkOfferContent } from './content-rules.js';
export { normalisePhone, TEXT_LIMITS } from './text-rules.js';
export { createCatalogueChecker } from './stream-check.js';
export type { CatalogueChecker, CatalogueCheckSummary } from './stream-check.js';
