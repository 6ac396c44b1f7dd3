/**
 * Pure render helpers for result cards, programme badges and the detail view. Catalogue text is only
 * ever rendered through Lit text bindings, and links go through `safeUrl`, `telUrl` and `mailtoUrl`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Action, Address, Contact, Offer, SearchHit, Session } from '@passerelle/core';
import { formatDate } from '../internal/format.js';
import { ui } from '../internal/messages.js';
import { pictogram, type ProgrammeInfo } from '../internal/programmes.js';
import { mailtoUrl, mapUrl, safeUrl, telUrl } from '../internal/safe-url.js';

export interface ViewContext {
  readonly rulesetId: string;
  readonly programmes: ReadonlyMap<string, ProgrammeInfo>;
  /** ISO date the sessions shown must still be joinable on (the finder's `today`). */
  readonly today: string;
  readonly openDetail: (hit: Pick<SearchHit, 'offerId' | 'actionId' | 'sessionId'>) => void;
}

export function programmeBadge(id: string, context: ViewContext): TemplateResult {
  const info = context.programmes.get(id);
  const name = info?.name ?? id;
  const badge = html`<span class="badge" part="badge"
    ><span aria-hidden="true">${pictogram(id, context.rulesetId)}</span>${name}</span
  >`;
  if (!info) return badge;
  return html`<details class="programme" part="programme">
    <summary>${badge}<span class="what">${ui.whatIsIt}</span></summary>
    <p>${info.explanation}</p>
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

export function resultCard(hit: SearchHit, context: ViewContext): TemplateResult {
  const { offer, action, session } = hit;
  const city = firstCity(action);
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
    <p class="next-session">${sessionLine(action, session, context.today)}</p>
  </li>`;
}

function addressLines(address: Address): string[] {
  const lines = [...(address.label ? [address.label] : []), ...address.lines];
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  if (town) lines.push(town);
  return lines;
}

function renderContact(contact: Contact, index: number): TemplateResult {
  const phones = [...contact.phones, ...contact.mobiles];
  return html`<ul class="contact" data-index=${index}>
    ${contact.name ? html`<li>${[contact.civility, contact.name].filter(Boolean).join(' ')}</li>` : nothing}
    ${phones.map((phone) => {
      const href = telUrl(phone);
      return html`<li>${ui.phone} : ${href ? html`<a href=${href}>${phone}</a>` : phone}</li>`;
    })}
    ${
      contact.email
        ? html`<li>
            ${ui.email} :
            ${mailtoUrl(contact.email) ? html`<a href=${mailtoUrl(contact.email) ?? ''}>${contact.email}</a>` : contact.email}
          </li>`
        : nothing
    }
    ${contact.urls.map((raw) => {
      const href = safeUrl(raw);
      return href
        ? html`<li>
            <a href=${href} target="_blank" rel="noopener noreferrer"
              >${ui.website}<span class="visually-hidden"> ${ui.opensNewPage}</span></a
            >
          </li>`
        : nothing;
    })}
  </ul>`;
}

function renderSessions(action: Action, today: string): TemplateResult {
  const permanent = action.entries === 'permanent';
  // Sessions no longer joinable are of no use to someone choosing (same rule as the search's joinableOn).
  const sessions = action.sessions.filter(
    (session) => ((permanent ? session.end : session.start) ?? today) >= today,
  );
  if (sessions.length === 0 && !permanent) return html`<p>${ui.dateUnknown}</p>`;
  return html`<ul>
    ${permanent ? html`<li>${ui.permanentSession}</li>` : nothing}
    ${sessions.map((session) => {
      const text =
        session.start && session.end
          ? ui.sessionFromTo(formatDate(session.start), formatDate(session.end))
          : session.start
            ? ui.sessionFrom(formatDate(session.start))
            : ui.dateUnknown;
      return html`<li data-session-id=${session.id}>${text}</li>`;
    })}
  </ul>`;
}

export interface DetailOptions {
  readonly offer: Offer;
  readonly action: Action;
  readonly whatToBring: readonly string[];
  readonly partner: string | undefined;
  readonly onBack: () => void;
  readonly onPrint: () => void;
}

export function detailView(options: DetailOptions, context: ViewContext): TemplateResult {
  const { offer, action } = options;
  const contacts = [
    ...action.sessions.flatMap((session) => session.contacts),
    ...offer.contacts,
    ...offer.organisation.contacts,
  ];
  const offerUrl = safeUrl(offer.url) ?? safeUrl(action.url);
  return html`<article class="detail" part="detail" aria-labelledby="detail-title">
    <div class="toolbar">
      <button type="button" part="button back" class="back" @click=${options.onBack}>
        <span aria-hidden="true">←</span> ${ui.back}
      </button>
      <button type="button" part="button" @click=${options.onPrint}>${ui.print}</button>
    </div>
    <h2 id="detail-title" tabindex="-1">${offer.title}</h2>
    <div class="badges">
      ${offer.programmes.map((id) => programmeBadge(id, context))}
      ${action.publiclyFunded ? html`<span class="badge free" part="badge free">${ui.free}</span>` : nothing}
    </div>
    <p><strong>${ui.organisation} :</strong> ${offer.organisation.name}</p>
    ${
      offer.objective
        ? html`<section>
            <h3>${ui.objective}</h3>
            <p class="pre">${offer.objective}</p>
          </section>`
        : nothing
    }
    ${
      offer.content
        ? html`<section>
            <h3>${ui.content}</h3>
            <p class="pre">${offer.content}</p>
          </section>`
        : nothing
    }
    <section>
      <h3>${ui.sessions}</h3>
      ${renderSessions(action, context.today)}
      ${action.teachingMode ? html`<p>${ui.teachingMode[action.teachingMode]}</p>` : nothing}
    </section>
    ${
      action.places.length
        ? html`<section>
            <h3>${ui.place}</h3>
            ${action.places.map(({ address }) => {
              const at = address.coordinates;
              return html`<p class="pre">${addressLines(address).join('\n')}</p>
                ${
                  at
                    ? html`<p>
                        <a href=${mapUrl(at.lat, at.lon)} target="_blank" rel="noopener noreferrer"
                          >${ui.mapLink}<span class="visually-hidden"> ${ui.opensNewPage}</span></a
                        >
                      </p>`
                    : nothing
                }`;
            })}
            ${
              action.disabilityAccess
                ? html`<p><strong>${ui.disabilityInfo} :</strong> ${action.disabilityAccess}</p>`
                : nothing
            }
          </section>`
        : nothing
    }
    <section>
      <h3>${ui.prerequisites}</h3>
      <p class="pre">${action.prerequisites ?? ui.noPrerequisites}</p>
    </section>
    <section>
      <h3>${ui.whatToBring}</h3>
      <ul>
        ${options.whatToBring.map((item) => html`<li>${item}</li>`)}
      </ul>
    </section>
    ${
      contacts.length || offerUrl
        ? html`<section>
            <h3>${ui.contact}</h3>
            ${contacts.map((contact, index) => renderContact(contact, index))}
            ${
              offerUrl
                ? html`<p>
                    <a href=${offerUrl} target="_blank" rel="noopener noreferrer"
                      >${ui.website}<span class="visually-hidden"> ${ui.opensNewPage}</span></a
                    >
                  </p>`
                : nothing
            }
          </section>`
        : nothing
    }
    ${options.partner ? html`<p class="partner-line">${ui.partnerLine(options.partner)}</p>` : nothing}
  </article>`;
}
