export { foldText } from './fold.js';
export {
  FRENCH_STOP_WORDS,
  dropElisions,
  foldRawWord,
  foldedWords,
  forEachRawWord,
  frenchTokens,
  isMeaningfulWord,
  scanRawWords,
  stemFrench,
  tokenOfWord,
} from './french.js';
