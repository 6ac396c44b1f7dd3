// Public API of the search module.
export type * from './types.js';
export {
  SearchIndex,
  catalogueFingerprint,
  createSearchIndex,
  QUERY_LIMITS,
  type SearchIndexOptions,
} from './search-index.js';
export { combineSearchIndexes, type CombinedSearchIndex } from './combined-index.js';
export { loadSearchIndex, serialiseSearchIndex, type SerialisedSearchIndex } from './persist.js';
export type { LabelOptions } from './text-index.js';
export { METIER_GROUPS, type MetierGroup } from './lexicon.js';
export {
  PEOPLE_PUBLICS,
  PEOPLE_WORDS,
  interpretPeopleWords,
  type PeopleWord,
  type Interpretation,
  type WordConditions,
} from './people-words.js';
