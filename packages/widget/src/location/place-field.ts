/** The place field: a commune autocomplete, « Autour de moi », and the line that says what happened. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ComboboxOption } from '../combobox/passerelle-combobox.js';
import { ui } from '../internal/messages.js';
import type { LocationController } from './location-controller.js';

export function placeField(location: LocationController, hasCentre: boolean): TemplateResult {
  const options: ComboboxOption[] = location.options.map((place) => ({
    id: place.id,
    label: place.name,
    ...(place.postalCode ? { hint: place.postalCode } : {}),
  }));
  return html`<div class="field place">
    <passerelle-combobox
      class="place-input"
      autocomplete="off"
      .label=${ui.placeLabel}
      .hint=${ui.placeHint}
      .value=${location.text}
      .options=${options}
      list-label=${ui.placeLabel}
      @combobox-input=${(event: CustomEvent<{ value: string }>) => location.input(event.detail.value)}
      @combobox-select=${(event: CustomEvent<{ option: ComboboxOption }>) =>
        location.select(event.detail.option.id)}
      @combobox-submit=${(event: CustomEvent<{ value: string }>) => location.submit(event.detail.value)}
    ></passerelle-combobox>
    <div class="toolbar">
      <button type="button" part="button" class="around-me" @click=${() => location.aroundMe()}>
        ${ui.aroundMe}
      </button>
      ${
        hasCentre
          ? html`<button
              type="button"
              part="button"
              class="link clear-place"
              @click=${() => location.clear()}
            >
              ${ui.clearPlace}
            </button>`
          : nothing
      }
    </div>
    <p class="hint">${ui.aroundMeHelp}</p>
    <p class="place-message" role="status">${location.statusText}</p>
  </div>`;
}
