/**
 * Registers the elements. Safe to run twice: a page may include the script twice, or bundle the ESM
 * build next to the one-file script.
 */
import { PasserelleCombobox } from './combobox/passerelle-combobox.js';
import { PasserelleFinder } from './finder/passerelle-finder.js';

export function defineElements(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('passerelle-combobox')) registry.define('passerelle-combobox', PasserelleCombobox);
  if (!registry.get('passerelle-finder')) registry.define('passerelle-finder', PasserelleFinder);
}

defineElements();
