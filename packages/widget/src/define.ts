/** Registers the elements; safe to run twice (a page may include the script twice). */
import { PasserelleFinder } from './finder/passerelle-finder.js';

export function defineElements(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('passerelle-finder')) registry.define('passerelle-finder', PasserelleFinder);
}

defineElements();
