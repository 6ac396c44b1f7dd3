/** The two tabs of `mode="both"`: arrows, Home and End move between them (WAI-ARIA tabs pattern). */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ui } from '../internal/messages.js';
import type { FinderMode } from '../internal/attributes.js';

export type Tab = 'search' | 'orientation';

type TabsHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Which tab is shown: the mode's own first, again after « Nouvelle personne », or the one picked. */
export class FinderTabs {
  current: Tab = 'search';

  constructor(private readonly host: TabsHost) {}

  /** Back to the mode's own tab (a first read of `mode`, a new person). */
  reset(mode: FinderMode): void {
    this.current = mode === 'orientation' ? 'orientation' : 'search';
    this.host.requestUpdate();
  }

  /** Shows a tab; `moveFocus` when the person did not click it (keys, a link from the other tab). */
  select(tab: Tab, moveFocus: boolean): void {
    this.current = tab;
    this.host.requestUpdate();
    if (moveFocus)
      void this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus(),
      );
  }

  /** The tab list and the mode's panels; without tabs (one mode), its panel alone. */
  render(mode: FinderMode, search: () => unknown, orientation: (shown: boolean) => unknown): unknown {
    const current = mode === 'both' ? this.current : null;
    return html`${current ? tabList(current, (tab, moveFocus) => this.select(tab, moveFocus)) : nothing}
    ${mode !== 'orientation' ? tabPanel('search', current, search()) : nothing}
    ${mode !== 'search' ? tabPanel('orientation', current, orientation(this.current === 'orientation'), true) : nothing}`;
  }
}

function tabList(current: Tab, select: (tab: Tab, moveFocus: boolean) => void): TemplateResult {
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
function tabPanel(id: Tab, current: Tab | null, body: unknown, keepAlive = false): TemplateResult {
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
