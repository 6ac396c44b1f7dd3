/** What the finder shows about its catalogue: loading, errors, the demo label and the data credits. */
import { html, nothing, type TemplateResult } from 'lit';
import type { PasserelleErrorCode } from '../internal/emit.js';
import { ui } from '../internal/messages.js';
import type { CatalogueController } from './catalogue-controller.js';
import { ofDepartement } from './departement-label.js';

/** The départements still on their way, and the files refused: above the results, while they work. */
export function shardNotices(catalogue: CatalogueController): TemplateResult | typeof nothing {
  if (catalogue.state.kind !== 'ready') return nothing;
  return html`${
    catalogue.refused > 0
      ? html`<p class="error refused" role="alert" part="error">${ui.refusedFiles}</p>`
      : nothing
  }${catalogue.pending.map(
    (code) =>
      html`<p class="loading shard-loading" part="status" data-departement=${code}>
        <span class="spinner" aria-hidden="true"></span>${ui.loadingDepartement(ofDepartement(code))}
      </p>`,
  )}`;
}

/** The detail of an offer whose full text is on its way, or could not come. */
export function detailStatus(
  kind: 'loading' | 'error',
  onBack: () => void,
  onRetry: () => void,
): TemplateResult {
  const back = html`<button type="button" part="button back" class="back" @click=${onBack}>
    <span aria-hidden="true">←</span> ${ui.back}
  </button>`;
  return kind === 'loading'
    ? html`<div class="detail-status">
        ${back}
        <p class="loading detail-loading" part="status">
          <span class="spinner" aria-hidden="true"></span>${ui.detailLoading}
        </p>
      </div>`
    : html`<div class="detail-status">
        ${back}
        <div class="error" role="alert" part="error">
          <p><strong>${ui.detailError}</strong></p>
          <p>${ui.errorHelp}</p>
          <button type="button" class="primary" part="button retry" @click=${onRetry}>${ui.retry}</button>
        </div>
      </div>`;
}

export function loadingBox(): TemplateResult {
  return html`<div class="loading" part="status" aria-hidden="true">
    <span class="spinner"></span>${ui.loading}
  </div>`;
}

export function errorBox(code: PasserelleErrorCode, onRetry: () => void): TemplateResult {
  if (code === 'missing-catalogue')
    return html`<div class="error" role="alert" part="error">
      <p><strong>${ui.errorNotConfigured}</strong></p>
    </div>`;
  return retryBox(ui.errorTitle, onRetry);
}

/** Something could not be shown for now (a file or a part of the widget did not come): say so, offer to retry. */
export function retryBox(title: string, onRetry: () => void): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p><strong>${title}</strong></p>
    <p>${ui.errorHelp}</p>
    <button type="button" class="primary" part="button retry" @click=${onRetry}>${ui.retry}</button>
  </div>`;
}

export function demoLabel(catalogue: CatalogueController): TemplateResult | typeof nothing {
  const state = catalogue.state;
  if (state.kind !== 'ready' || !state.catalogue.meta.demo) return nothing;
  return html`<p class="demo-label" part="demo-label">
    <strong>${ui.demoLabel}</strong> <span class="demo-explanation">${ui.demoExplanation}</span>
  </p>`;
}

/** GeoNames' licence (CC BY 4.0) asks for attribution wherever its coordinates are used. */
export function credits(catalogue: CatalogueController): TemplateResult | typeof nothing {
  if (catalogue.state.kind !== 'ready' || !catalogue.usesCommunesFiles) return nothing;
  return html`<p class="credits" part="credits">${ui.credits}</p>`;
}
