export { foldText } from './fold.js';
