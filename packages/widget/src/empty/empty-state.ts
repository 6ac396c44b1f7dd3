/** The help shown when nothing matches: what to try next, related métiers, trainings nearby. */
import { html, nothing, type TemplateResult } from 'lit';
import { ui } from '../internal/messages.js';
import { resultCard, type ViewContext } from '../results/result-card.js';
import type { EmptyAlternatives } from './alternatives.js';

export interface EmptyStateActions {
  readonly hasText: boolean;
  readonly hasActiveFilters: boolean;
  readonly setRadius: (km: number | null) => void;
  readonly setText: (text: string) => void;
  readonly removeFilters: () => void;
  /** Opens the orientation tab (absent without one). */
  readonly orient?: (() => void) | undefined;
}

function actionButton(className: string, label: string, onClick: () => void): TemplateResult {
  return html`<li>
    <button type="button" part="button" class=${className} @click=${onClick}>${label}</button>
  </li>`;
}

export function emptyState(
  alternatives: EmptyAlternatives,
  actions: EmptyStateActions,
  context: ViewContext,
): TemplateResult {
  const { widerRadius, anywhere, related, nearby } = alternatives;
  const tries: TemplateResult[] = [];
  if (widerRadius)
    tries.push(
      actionButton('wider', ui.emptyWiderRadius(widerRadius.km, widerRadius.total), () =>
        actions.setRadius(widerRadius.km),
      ),
    );
  else if (anywhere > 0)
    tries.push(actionButton('anywhere', ui.emptyAnywhere(anywhere), () => actions.setRadius(null)));
  if (actions.hasText) tries.push(actionButton('clear-text', ui.emptyClearText, () => actions.setText('')));
  if (actions.hasActiveFilters)
    tries.push(actionButton('remove-filters', ui.emptyRemoveFilters, actions.removeFilters));
  const orient = actions.orient;
  return html`<div class="empty" part="empty">
    <h3>${ui.emptyTitle}</h3>
    ${
      orient
        ? html`<p class="empty-orient">
            ${ui.emptyOrientText}
            <button type="button" part="button" class="orient" @click=${orient}>${ui.emptyOrient}</button>
          </p>`
        : nothing
    }
    ${
      tries.length
        ? html`<p>${ui.emptyTry}</p>
            <ul class="empty-actions">
              ${tries}
            </ul>`
        : nothing
    }
    ${
      related.length
        ? html`<h4>${ui.emptyRelated}</h4>
            <ul class="related">
              ${related.map(
                (label) =>
                  html`<li>
                    <button type="button" class="link" part="button" @click=${() => actions.setText(label)}>
                      ${label}
                    </button>
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      nearby.length
        ? html`<h4>${ui.emptyNearby}</h4>
            <ul class="results nearby">
              ${nearby.map((hit) => resultCard(hit, context))}
            </ul>`
        : nothing
    }
  </div>`;
}
