/** The two tabs of `mode="both"`: arrows, Home and End move between them (WAI-ARIA tabs pattern). */
import { html, type TemplateResult } from 'lit';
import { ui } from '../internal/messages.js';

export type Tab = 'search' | 'orientation';

export function tabList(current: Tab, select: (tab: Tab, moveFocus: boolean) => void): TemplateResult {
  const keydown = (event: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    select(current === 'search' ? 'orientation' : 'search', true);
  };
  const tab = (id: Tab, label: string) =>
    html`<button
      type="button"
      role="tab"
      part="tab"
      id="tab-${id}"
      aria-controls="panel-${id}"
      aria-selected=${current === id ? 'true' : 'false'}
      tabindex=${current === id ? '0' : '-1'}
      @click=${() => select(id, false)}
      @keydown=${keydown}
    >
      ${label}
    </button>`;
  return html`<div class="tabs" role="tablist" part="tabs" aria-label=${ui.tabsLabel}>
    ${tab('search', ui.tabSearch)} ${tab('orientation', ui.tabOrientation)}
  </div>`;
}

/**
 * A tab's panel; without tabs (one mode only) a plain region. A hidden panel drops its body unless
 * `keepAlive` (the orientation keeps the person's answers while the search tab is shown).
 */
export function tabPanel(id: Tab, current: Tab | null, body: unknown, keepAlive = false): TemplateResult {
  if (current === null) return html`<div class="panel" id="panel-${id}">${body}</div>`;
  return html`<div
    class="panel"
    id="panel-${id}"
    role="tabpanel"
    aria-labelledby="tab-${id}"
    ?hidden=${current !== id}
  >
    ${current === id || keepAlive ? body : ''}
  </div>`;
}
