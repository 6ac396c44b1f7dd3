/**
 * The take-away sheet, for print only: one A4 page in large type, the steps as a path, whom to see
 * first and how, what to say and bring, a few sessions, a box for the appointment. It never holds
 * the person's answers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../internal/format.js';
import { informationLine } from './training-lines.js';
import { say } from './orientation-messages.js';
import type { Plan } from './plan.js';
import { qrCode } from './qr-code.js';
import type { TrainingPick } from './trainings.js';

export interface SheetOptions {
  readonly plan: Plan;
  readonly partner: string | undefined;
  readonly today: string;
  readonly trainings: readonly TrainingPick[];
  /** The page's trainings list for the plan's programme and place (the QR code), when it has one. */
  readonly listUrl: string | undefined;
}

export function sheetView({ plan, partner, today, trainings, listUrl }: SheetOptions): TemplateResult {
  const first = plan.relays.find((relay) => relay.priority === 'first');
  const place = first?.places[0];
  return html`<section class="sheet" aria-hidden="true">
    <h2>${say.sheetTitle}</h2>
    <p class="sheet-meta">
      ${say.sheetDate(formatDate(today))}${partner ? html` · ${say.sheetPartner(partner)}` : nothing}
    </p>
    <h3>${say.sheetSteps}</h3>
    <ol class="sheet-steps">
      ${plan.steps.map((step) => html`<li><span aria-hidden="true">${step.pictogram}</span> ${step.title}</li>`)}
      <li>${say.job}</li>
    </ol>
    ${
      first
        ? html`<h3>${say.sheetWho}</h3>
            <p><strong>${place?.name ?? first.name}</strong></p>
            ${
              place
                ? html`<p>${place.lines.join(', ')}, ${place.postalCode} ${place.city}</p>
                    ${place.phone ? html`<p>${say.phone} ${place.phone}</p>` : nothing}
                    ${place.hours ? html`<p>${say.hours} ${place.hours}</p>` : nothing}`
                : html`<p>${first.description}</p>`
            }`
        : nothing
    }
    <h3>${say.sayTitle}</h3>
    <p class="say">« ${plan.sayAtDesk} »</p>
    <h3>${say.bringTitle}</h3>
    <ul>
      ${plan.bring.map((item) => html`<li>☐ ${item}</li>`)}
    </ul>
    ${
      trainings.length
        ? html`<h3>${say.sheetTrainings}</h3>
            <ul>
              ${trainings.map(
                (pick) =>
                  html`<li>
                    ${pick.title} —
                    ${pick.organisation}${pick.town ? `, ${pick.town}` : ''}${
                      pick.start ? ` — ${say.startsOn(formatDate(pick.start))}` : ''
                    }${informationLine(pick) ? html`<br />${informationLine(pick)}` : nothing}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      listUrl
        ? html`<div class="sheet-qr">
            ${qrCode(listUrl, say.sheetQrLabel)}
            <p>${say.sheetQr}</p>
          </div>`
        : nothing
    }
    <div class="appointment">
      <h3>${say.sheetAppointment}</h3>
      <p>${say.sheetAppointmentLine}</p>
    </div>
  </section>`;
}
