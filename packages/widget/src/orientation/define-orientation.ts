/** Registers `<passerelle-orientation>` once, however many finders (or copies of the script) load it. */
import { PasserelleOrientation } from './passerelle-orientation.js';

export function defineOrientation(): void {
  if (!customElements.get('passerelle-orientation'))
    customElements.define('passerelle-orientation', PasserelleOrientation);
}

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-orientation': PasserelleOrientation;
  }
}
