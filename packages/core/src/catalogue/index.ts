export * from './schema.js';
export { parseCatalogue, parseCatalogueMeta, parseJsonText } from './parse.js';
