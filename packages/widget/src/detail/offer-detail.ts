/**
 * The detail view of a training: what it is, when, where, what to bring and whom to contact. Catalogue
 * text is only ever rendered through Lit text bindings, and links go through `safeUrl`, `telUrl` and
 * `mailtoUrl`. A module of its own (see `lazy-detail.ts`): a first search never shows a detail.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Action, Address, Contact } from '@passerelle/core';
import { formatDate } from '../internal/format.js';
import { ui } from '../internal/messages.js';
import { detailText } from './detail-messages.js';
import { mailtoUrl, mapUrl, safeUrl, telUrl } from '../internal/safe-url.js';
import { programmeBadge, type ViewContext } from '../results/result-card.js';
import type { OfferDetail } from './resolve-detail.js';

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
      return html`<li>${detailText.phone} : ${href ? html`<a href=${href}>${phone}</a>` : phone}</li>`;
    })}
    ${
      contact.email
        ? html`<li>
            ${detailText.email} :
            ${mailtoUrl(contact.email) ? html`<a href=${mailtoUrl(contact.email) ?? ''}>${contact.email}</a>` : contact.email}
          </li>`
        : nothing
    }
    ${contact.urls.map((raw) => {
      const href = safeUrl(raw);
      return href
        ? html`<li>
            <a href=${href} target="_blank" rel="noopener noreferrer"
              >${detailText.website}<span class="visually-hidden"> ${detailText.opensNewPage}</span></a
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
          ? detailText.sessionFromTo(formatDate(session.start), formatDate(session.end))
          : session.start
            ? detailText.sessionFrom(formatDate(session.start))
            : ui.dateUnknown;
      return html`<li data-session-id=${session.id}>${text}</li>`;
    })}
  </ul>`;
}

/** The information meetings still to come, soonest first (LHÉO gives their days, not their hours). */
function renderInformationMeetings(action: Action, today: string): TemplateResult | typeof nothing {
  const dates = action.informationDates.filter((date) => date >= today).sort();
  if (dates.length === 0) return nothing;
  return html`<p class="information-meetings">
    <strong>${detailText.informationMeetings(dates.length)} :</strong>
    ${dates.map(formatDate).join(', ')}
  </p>`;
}

export interface DetailOptions extends OfferDetail {
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
      <button type="button" part="button" @click=${options.onPrint}>${detailText.print}</button>
    </div>
    <h2 id="detail-title" tabindex="-1">${offer.title}</h2>
    <div class="badges">
      ${offer.programmes.map((id) => programmeBadge(id, context))}
      ${action.publiclyFunded ? html`<span class="badge free" part="badge free">${ui.free}</span>` : nothing}
    </div>
    <p><strong>${detailText.organisation} :</strong> ${offer.organisation.name}</p>
    ${
      offer.objective
        ? html`<section>
            <h3>${detailText.objective}</h3>
            <p class="pre">${offer.objective}</p>
          </section>`
        : nothing
    }
    ${
      offer.content
        ? html`<section>
            <h3>${detailText.content}</h3>
            <p class="pre">${offer.content}</p>
          </section>`
        : nothing
    }
    <section>
      <h3>${detailText.sessions}</h3>
      ${renderSessions(action, context.today)} ${renderInformationMeetings(action, context.today)}
      ${action.teachingMode ? html`<p>${ui.teachingMode[action.teachingMode]}</p>` : nothing}
    </section>
    ${
      action.places.length
        ? html`<section>
            <h3>${detailText.place}</h3>
            ${action.places.map(({ address }) => {
              const at = address.coordinates;
              return html`<p class="pre">${addressLines(address).join('\n')}</p>
                ${
                  at
                    ? html`<p>
                        <a href=${mapUrl(at.lat, at.lon)} target="_blank" rel="noopener noreferrer"
                          >${detailText.mapLink}<span class="visually-hidden">
                            ${detailText.opensNewPage}</span
                          ></a
                        >
                      </p>`
                    : nothing
                }`;
            })}
            ${
              action.disabilityAccess
                ? html`<p><strong>${detailText.disabilityInfo} :</strong> ${action.disabilityAccess}</p>`
                : nothing
            }
          </section>`
        : nothing
    }
    <section>
      <h3>${detailText.prerequisites}</h3>
      <p class="pre">${action.prerequisites ?? detailText.noPrerequisites}</p>
    </section>
    <section>
      <h3>${detailText.whatToBring}</h3>
      <ul>
        ${options.whatToBring.map((item) => html`<li>${item}</li>`)}
      </ul>
    </section>
    ${
      contacts.length || offerUrl
        ? html`<section>
            <h3>${detailText.contact}</h3>
            ${contacts.map((contact, index) => renderContact(contact, index))}
            ${
              offerUrl
                ? html`<p>
                    <a href=${offerUrl} target="_blank" rel="noopener noreferrer"
                      >${detailText.website}<span class="visually-hidden">
                        ${detailText.opensNewPage}</span
                      ></a
                    >
                  </p>`
                : nothing
            }
          </section>`
        : nothing
    }
    ${options.partner ? html`<p class="partner-line">${detailText.partnerLine(options.partner)}</p>` : nothing}
  </article>`;
}
