/** What `empty-help.ts` loads on demand: the empty state's view and the searches behind its offers. */
export { emptyState } from './empty-state.js';
export { findAlternatives } from './alternatives.js';
