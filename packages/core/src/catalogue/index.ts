export * from './schema.js';
export { parseCatalogue, parseJsonText } from './parse.js';
