/** @passerelle/widget — side-effect-free classes and types; `define.ts` registers the elements. */
export { PasserelleFinder } from './finder/passerelle-finder.js';
export { PasserelleCombobox, type ComboboxOption } from './combobox/passerelle-combobox.js';
export type { PasserelleErrorCode, PasserelleEventDetails, PasserelleEventName } from './internal/emit.js';
export { safeUrl } from './internal/safe-url.js';
export { consoleLogger } from './internal/logger.js';
