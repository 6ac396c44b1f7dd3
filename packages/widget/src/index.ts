/** @passerelle/widget — side-effect-free classes; `define.ts` registers the elements. */
export { PasserelleFinder } from './finder/passerelle-finder.js';
