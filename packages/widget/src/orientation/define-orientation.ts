/** Registers `<passerelle-orientation>` once, however many finders (or copies of the script) load it. */
import { PasserelleOrientation } from './passerelle-orientation.js';

// The finder's side of the plan's trainings comes with the orientation, not in the first load.
export { orientationTrainings } from '../finder/orientation-trainings.js';

export function defineOrientation(): void {
  if (!customElements.get('passerelle-orientation'))
    customElements.define('passerelle-orientation', PasserelleOrientation);
}

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-orientation': PasserelleOrientation;
  }
}
