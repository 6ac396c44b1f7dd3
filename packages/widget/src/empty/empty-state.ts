/** The help shown when nothing matches: what to try next, related métiers, trainings nearby. */
import { html, nothing, type TemplateResult } from 'lit';
import { formations } from '../internal/messages.js';
import { missingWordsSentence } from '../results/match-note.js';
import { resultCard, type ViewContext } from '../results/result-card.js';
import type { EmptyAlternatives } from './empty-help.js';

/*
 * Its own texts rather than the finder's `ui`: a lazy module that imported that object would make
 * the first load keep all of it, where the bundler otherwise keeps only the texts it uses.
 */
export const emptyMessages = {
  try: 'Vous pouvez essayer :',
  orientText: 'Vous ne savez pas quoi chercher ? Quelques questions aident à savoir par où commencer.',
  orient: 'Être orienté',
  widerRadius: (km: number, count: number) => `Chercher jusqu’à ${km} km (${formations(count)})`,
  anywhere: (count: number) => `Chercher sans limite de distance (${formations(count)})`,
  nearby: 'Des formations près de chez vous',
  related: 'Des métiers proches',
  clearText: 'Chercher sans le texte',
  removeFilters: 'Enlever les filtres',
} as const;

export interface EmptyStateActions {
  /** « Aucune formation ne correspond à votre recherche. », shown while this module loads too. */
  readonly title: string;
  readonly hasText: boolean;
  readonly hasActiveFilters: boolean;
  /** Words of the query no training contains (core's `missingWords`): named, so people see which. */
  readonly missingWords?: readonly string[] | undefined;
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

function missingSentence(actions: EmptyStateActions): TemplateResult | typeof nothing {
  const missing = actions.missingWords ?? [];
  if (!actions.hasText || missing.length === 0) return nothing;
  return html`<p class="empty-missing">${missingWordsSentence(missing, actions.hasActiveFilters)}</p>`;
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
      actionButton('wider', emptyMessages.widerRadius(widerRadius.km, widerRadius.total), () =>
        actions.setRadius(widerRadius.km),
      ),
    );
  else if (anywhere > 0)
    tries.push(actionButton('anywhere', emptyMessages.anywhere(anywhere), () => actions.setRadius(null)));
  if (actions.hasText)
    tries.push(actionButton('clear-text', emptyMessages.clearText, () => actions.setText('')));
  if (actions.hasActiveFilters)
    tries.push(actionButton('remove-filters', emptyMessages.removeFilters, actions.removeFilters));
  const orient = actions.orient;
  return html`<div class="empty" part="empty">
    <h3>${actions.title}</h3>
    ${missingSentence(actions)}
    ${
      orient
        ? html`<p class="empty-orient">
            ${emptyMessages.orientText}
            <button type="button" part="button" class="orient" @click=${orient}>
              ${emptyMessages.orient}
            </button>
          </p>`
        : nothing
    }
    ${
      tries.length
        ? html`<p>${emptyMessages.try}</p>
            <ul class="empty-actions">
              ${tries}
            </ul>`
        : nothing
    }
    ${
      related.length
        ? html`<h4>${emptyMessages.related}</h4>
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
        ? html`<h4>${emptyMessages.nearby}</h4>
            <ul class="results nearby">
              ${nearby.map((hit) => resultCard(hit, context))}
            </ul>`
        : nothing
    }
  </div>`;
}
