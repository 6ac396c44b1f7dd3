export { foldText } from './fold.js';
export {
  FRENCH_STOP_WORDS,
  dropElisions,
  foldedWords,
  frenchTokens,
  isMeaningfulWord,
  stemFrench,
} from './french.js';
