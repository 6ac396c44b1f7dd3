/**
 * A result card and its programme badges (« C'est quoi ? »). Catalogue text is only ever rendered
 * through Lit text bindings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Action, SearchHit, Session } from '@passerelle/core';
import { explanationOf, loadExplanations } from '../internal/explanations.js';
import { formatDate } from '../internal/format.js';
import { ui } from '../internal/messages.js';
import { defaultRulesetId, pictogram, type ProgrammeInfo, type RulesetInfo } from '../internal/programmes.js';

export interface ViewContext {
  readonly rulesetId: string;
  readonly programmes: ReadonlyMap<string, ProgrammeInfo>;
  /** A programme's name, or its id when the ruleset does not know it (the same function until the context changes). */
  readonly programmeName: (id: string) => string;
  /** ISO date the sessions shown must still be joinable on (the finder's `today`). */
  readonly today: string;
  readonly openDetail: (hit: Pick<SearchHit, 'offerId' | 'actionId' | 'sessionId'>) => void;
}

/** The context of the finder's ruleset and day, computed when either changes. */
export function viewContext(
  ruleset: RulesetInfo | undefined,
  today: string,
  openDetail: ViewContext['openDetail'],
): ViewContext {
  const programmes = new Map((ruleset?.programmes ?? []).map((programme) => [programme.id, programme]));
  return {
    rulesetId: ruleset?.id ?? defaultRulesetId,
    programmes,
    programmeName: (id) => programmes.get(id)?.name ?? id,
    today,
    openDetail,
  };
}

export function programmeBadge(id: string, context: ViewContext): TemplateResult {
  const info = context.programmes.get(id);
  const name = info?.name ?? id;
  const badge = html`<span class="badge" part="badge"
    ><span aria-hidden="true">${pictogram(id, context.rulesetId)}</span>${name}</span
  >`;
  if (!info) return badge;
  const explanation = explanationOf(context.rulesetId, id);
  // The explanations come on the first opening; the card's element renders again once they are here.
  const onToggle = (event: Event) => {
    const details = event.currentTarget as HTMLDetailsElement;
    if (!details.open || explanation !== undefined) return;
    const host = (details.getRootNode() as ShadowRoot).host as HTMLElement & { requestUpdate?: () => void };
    void loadExplanations().then(() => host.requestUpdate?.());
  };
  return html`<details class="programme" part="programme" @toggle=${onToggle}>
    <summary>${badge}<span class="what">${ui.whatIsIt}</span></summary>
    <p aria-live="polite">${explanation ?? ui.loading}</p>
  </details>`;
}

function firstCity(action: Action): string | undefined {
  return action.places.find((place) => place.address.city)?.address.city;
}

function sessionLine(action: Action, session: Session | null, today: string): string {
  // A permanent-entry session already running is joined any day: its past start is no « prochaine session ».
  if (session?.start && session.start >= today) return ui.nextSession(formatDate(session.start));
  if (action.entries === 'permanent') return ui.permanentSession;
  return ui.dateUnknown;
}

/** « 3 sessions : 10 janv. 2027, 1 mars 2027, 2 mai 2027 » for a card folding several; null for one. */
export function groupedSessionsLine(hit: SearchHit, today: string): string | null {
  const starts = (hit.group?.sessions ?? [])
    .map((session) => session.start)
    .filter((start): start is string => typeof start === 'string' && start >= today);
  if (starts.length < 2) return null;
  const shown = starts.slice(0, 3).map(formatDate).join(', ');
  return `${starts.length} sessions : ${shown}${starts.length > 3 ? '…' : ''}`;
}

export function resultCard(hit: SearchHit, context: ViewContext): TemplateResult {
  const { offer, action, session } = hit;
  const city = firstCity(action);
  const sessions = groupedSessionsLine(hit, context.today) ?? sessionLine(action, session, context.today);
  return html`<li class="card" part="card" data-offer-id=${offer.id} data-action-id=${action.id}>
    <h3>
      <button class="card-title" part="card-title" type="button" @click=${() => context.openDetail(hit)}>
        ${offer.title}
      </button>
    </h3>
    <div class="badges">
      ${offer.programmes.map((id) => programmeBadge(id, context))}
      ${action.publiclyFunded ? html`<span class="badge free" part="badge free">${ui.free}</span>` : nothing}
    </div>
    <p class="organisation">${offer.organisation.name}</p>
    <p class="meta">
      ${city ? html`<span class="town">${city}</span>` : nothing}
      ${hit.distanceKm !== null ? html`<span class="distance">${ui.distance(hit.distanceKm)}</span>` : nothing}
      ${action.teachingMode ? html`<span>${ui.teachingMode[action.teachingMode]}</span>` : nothing}
    </p>
    <p class="next-session">${sessions}</p>
  </li>`;
}
