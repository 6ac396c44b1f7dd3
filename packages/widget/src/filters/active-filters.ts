/** The chips of the active filters above the results, each removable on its own. */
import { html, nothing, type TemplateResult } from 'lit';
import { ui } from '../internal/messages.js';
import type { ActiveFilter, ChipId } from './filters.js';

export function activeFilterChips(
  chips: readonly ActiveFilter[],
  onRemove: (id: ChipId) => void,
): TemplateResult | typeof nothing {
  if (chips.length === 0) return nothing;
  return html`<ul class="chips" part="chips" aria-label=${ui.activeFiltersLabel}>
    ${chips.map(
      (chip) =>
        html`<li>
          <button
            type="button"
            part="button chip"
            class="chip"
            data-filter=${chip.id}
            @click=${() => onRemove(chip.id)}
          >
            <span class="visually-hidden">${ui.removeFilter}</span> ${chip.label}
            <span aria-hidden="true">×</span>
          </button>
        </li>`,
    )}
  </ul>`;
}
