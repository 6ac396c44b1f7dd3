import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * `<passerelle-finder>`: find a regional training near you.
 *
 * @tag passerelle-finder
 */
export class PasserelleFinder extends LitElement {
  /** URL of a catalogue JSON or of a `manifest.json` of département shards. */
  @property() catalogue: string | undefined;

  override render() {
    return html`<p role="status">${this.catalogue ? 'Chargement des formations…' : ''}</p>`;
  }
}
