/** The list of results: its count, the cards of the current page, and « voir plus » on demand. */
import { html, nothing, type TemplateResult } from 'lit';
import type { SearchResults } from '@passerelle/core';
import { ui } from '../internal/messages.js';
import { matchNote, relayHint } from './match-note.js';
import { resultCard, type ViewContext } from './result-card.js';

export function resultsList(
  results: SearchResults,
  context: ViewContext,
  onMore: () => void,
  onOrient?: () => void,
): TemplateResult {
  const { total, hits } = results;
  return html`<h2 class="visually-hidden">${ui.resultsTitle}</h2>
    ${relayHint(results, onOrient)} ${matchNote(results)}
    <p class="count" aria-hidden="true">${ui.resultCount(total)}</p>
    <ul class="results" part="results">
      ${hits.map((hit) => resultCard(hit, context))}
    </ul>
    ${
      hits.length < total
        ? html`<button type="button" part="button" class="more" @click=${onMore}>${ui.showMore}</button>`
        : nothing
    }`;
}
