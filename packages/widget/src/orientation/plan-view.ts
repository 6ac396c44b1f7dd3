/** The result: the path of steps, whom to see, the trainings near the person, what stays to check. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Reason, SituationField } from '@passerelle/core';
import { telUrl } from '../internal/safe-url.js';
import type { Answer } from './conversation.js';
import { say } from './orientation-messages.js';
import { JOB_PICTOGRAM } from './pictograms.js';
import type { Plan, PlanPlace, PlanRelay, PlanStep } from './plan.js';
import { informationLine, trainingWhen } from './training-lines.js';
import type { TrainingPick } from './trainings.js';

export interface AnsweredQuestion {
  readonly field: SituationField;
  readonly label: string;
  readonly answer: Answer;
  readonly answerLabel: string;
}

export interface PlanViewOptions {
  readonly plan: Plan;
  readonly trainings: ReadonlyMap<string, readonly TrainingPick[]> | undefined;
  readonly answers: readonly AnsweredQuestion[];
  readonly relaysNote: string | undefined;
  readonly smsNote: string | undefined;
  readonly smsText: string | undefined;
  readonly readAloud: ((text: string) => void) | undefined;
  readonly onChange: (field: SituationField) => void;
  readonly onOpenTraining: ((pick: TrainingPick) => void) | undefined;
  readonly onOpenSearch: ((programmes: readonly string[]) => void) | undefined;
  readonly onPrint: () => void;
  readonly onSms: () => void;
  readonly onNewPerson: () => void;
}

function listen(options: PlanViewOptions, what: string, text: () => string): TemplateResult | typeof nothing {
  if (!options.readAloud) return nothing;
  return html`<button
    type="button"
    class="listen"
    part="button"
    aria-label=${say.readAloudLabel(what)}
    @click=${() => options.readAloud?.(text())}
  >
    <span aria-hidden="true">🔊︎</span> ${say.readAloud}
  </button>`;
}

function reasons(why: readonly Reason[]): TemplateResult | typeof nothing {
  if (why.length === 0) return nothing;
  return html`<details class="why">
    <summary>${say.why}</summary>
    <ul>
      ${why.map((reason) => html`<li>${reason.text}</li>`)}
    </ul>
  </details>`;
}

function trainingList(
  options: PlanViewOptions,
  step: PlanStep,
  firstRelay: string,
): TemplateResult | typeof nothing {
  const picks = options.trainings?.get(step.need);
  if (picks === undefined || step.programmes.length === 0) return nothing;
  const programmes = step.programmes.map((programme) => programme.id);
  if (picks.length === 0) return html`<p class="no-training">${say.noTraining(firstRelay)}</p>`;
  return html`<div class="trainings">
    <h5>${say.trainingsTitle}</h5>
    <ul role="list">
      ${picks.map(
        (pick) =>
          html`<li class="training">
            ${
              options.onOpenTraining
                ? html`<button
                    type="button"
                    class="link training-title"
                    part="button"
                    @click=${() => options.onOpenTraining?.(pick)}
                  >
                    ${pick.title}
                  </button>`
                : html`<strong class="training-title">${pick.title}</strong>`
            }
            <span>${pick.organisation}${pick.town ? ` — ${pick.town}` : ''}</span>
            <span class="muted">${trainingWhen(pick)}</span>
            ${informationLine(pick) ? html`<span class="information-meeting">${informationLine(pick)}</span>` : nothing}
          </li>`,
      )}
    </ul>
    ${
      options.onOpenSearch
        ? html`<button
            type="button"
            class="link"
            part="button"
            @click=${() => options.onOpenSearch?.(programmes)}
          >
            ${say.seeAllTrainings}
          </button>`
        : nothing
    }
  </div>`;
}

function pathView(options: PlanViewOptions): TemplateResult {
  const { plan } = options;
  const firstRelay =
    plan.relays.find((relay) => relay.priority === 'first')?.name ?? plan.relays[0]?.name ?? '';
  const spoken = () =>
    [say.planTitle, ...plan.steps.map((step, index) => `${say.stepNumber(index + 1)} : ${step.title}.`)].join(
      ' ',
    );
  return html`<section class="plan-section" aria-labelledby="plan-title">
    <div class="section-head">
      <h3 id="plan-title" tabindex="-1">${say.planTitle}</h3>
      ${listen(options, say.planTitle, spoken)}
    </div>
    ${plan.steps.length === 0 ? html`<p>${say.noNeed}</p>` : html`<p>${say.planIntro}</p>`}
    <ol class="path" part="path">
      ${plan.steps.map(
        (step, index) =>
          html`<li class="stop">
            <span class="stop-mark" aria-hidden="true">${step.pictogram}</span>
            <div class="stop-body">
              <h4><span class="step-number">${say.stepNumber(index + 1)}</span> ${step.title}</h4>
              ${reasons(step.why)}
              ${
                step.programmes.length
                  ? html`<ul class="step-programmes" role="list">
                      ${step.programmes.map(
                        (programme) =>
                          html`<li>
                            <strong>${programme.name}</strong> — ${say.statusWords[programme.status]}
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
              ${trainingList(options, step, firstRelay)}
            </div>
          </li>`,
      )}
      <li class="stop goal">
        <span class="stop-mark" aria-hidden="true">${JOB_PICTOGRAM}</span>
        <div class="stop-body"><h4>${say.job}</h4></div>
      </li>
    </ol>
  </section>`;
}

function placeView(place: PlanPlace): TemplateResult {
  const tel = place.phone ? telUrl(place.phone) : undefined;
  return html`<div class="place">
    <p>
      <strong>${place.name}</strong
      >${place.distanceKm !== null ? html` <span class="muted">(${say.distance(place.distanceKm)})</span>` : nothing}
    </p>
    <p>${place.lines.map((line) => html`${line}<br />`)}${place.postalCode} ${place.city}</p>
    ${
      place.phone
        ? html`<p>${say.phone} ${tel ? html`<a href=${tel} part="link">${place.phone}</a>` : place.phone}</p>`
        : nothing
    }
    ${place.hours ? html`<p>${say.hours} ${place.hours}</p>` : nothing}
    ${place.appointment ? html`<p>${say.appointment}</p>` : nothing}
    ${
      place.whatToBring.length
        ? html`<p>${say.bring}</p>
            <ul>
              ${place.whatToBring.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}

function relayView(relay: PlanRelay): TemplateResult {
  return html`<li class="relay relay-${relay.priority}" data-relay=${relay.kind}>
    <p class="priority">${relay.priority === 'first' ? say.first : say.also}</p>
    <h4>${relay.name}</h4>
    <p>${relay.description}</p>
    ${reasons(relay.why)}
    ${
      relay.places.length
        ? relay.places.map(placeView)
        : html`<p class="muted">${say.findNearest(relay.name)}</p>`
    }
  </li>`;
}

function whoView(options: PlanViewOptions): TemplateResult {
  const { plan } = options;
  const spoken = () =>
    [
      say.whoTitle,
      ...plan.relays.map(
        (relay) =>
          `${relay.priority === 'first' ? say.first : say.also} : ${relay.name}. ${relay.description}`,
      ),
    ].join(' ');
  return html`<section class="plan-section" aria-labelledby="who-title">
    <div class="section-head">
      <h3 id="who-title">${say.whoTitle}</h3>
      ${listen(options, say.whoTitle, spoken)}
    </div>
    ${options.relaysNote ? html`<p class="muted">${options.relaysNote}</p>` : nothing}
    <ul class="relays" role="list">
      ${plan.relays.map(relayView)}
    </ul>
  </section>`;
}

function deskView(options: PlanViewOptions): TemplateResult {
  const { plan } = options;
  return html`<section class="plan-section" aria-labelledby="desk-title">
    <div class="section-head">
      <h3 id="desk-title">${say.sayTitle}</h3>
      ${listen(options, say.sayTitle, () => plan.sayAtDesk)}
    </div>
    <p class="say">« ${plan.sayAtDesk} »</p>
    <h4>${say.bringTitle}</h4>
    <ul>
      ${plan.bring.map((item) => html`<li>${item}</li>`)}
    </ul>
  </section>`;
}

function programmesView(options: PlanViewOptions): TemplateResult {
  const { plan } = options;
  const spoken = () =>
    [say.programmesTitle, ...plan.programmes.map((p) => `${p.name} : ${say.statusWords[p.status]}.`)].join(
      ' ',
    );
  return html`<section class="plan-section" aria-labelledby="programmes-title">
    <div class="section-head">
      <h3 id="programmes-title">${say.programmesTitle}</h3>
      ${listen(options, say.programmesTitle, spoken)}
    </div>
    <ul class="statuses" role="list">
      ${plan.programmes.map(
        (programme) =>
          html`<li class="status status-${programme.status}" data-programme=${programme.id}>
            <strong>${programme.name}</strong>
            <span class="status-word">${say.statusWords[programme.status]}</span>
            ${reasons(programme.why)}
          </li>`,
      )}
    </ul>
  </section>`;
}

function toCheckView(options: PlanViewOptions): TemplateResult | typeof nothing {
  const { toCheck } = options.plan;
  if (toCheck.length === 0) return nothing;
  return html`<section class="plan-section" aria-labelledby="check-title">
    <div class="section-head">
      <h3 id="check-title">${say.toCheckTitle}</h3>
      ${listen(options, say.toCheckTitle, () => [say.toCheckIntro, ...toCheck.map((r) => r.text)].join(' '))}
    </div>
    <p>${say.toCheckIntro}</p>
    <ul class="to-check">
      ${toCheck.map((reason) => html`<li>${reason.text}</li>`)}
    </ul>
  </section>`;
}

function answersView(options: PlanViewOptions): TemplateResult {
  return html`<section class="plan-section" aria-labelledby="answers-title">
    <h3 id="answers-title">${say.answersTitle}</h3>
    <dl class="answers-list">
      ${options.answers.map(
        (answered) =>
          html`<div class="answered">
            <dt>${answered.label}</dt>
            <dd>
              ${answered.answerLabel}
              <button
                type="button"
                class="link"
                part="button"
                aria-label=${say.changeLabel(answered.label)}
                @click=${() => options.onChange(answered.field)}
              >
                ${say.change}
              </button>
            </dd>
          </div>`,
      )}
    </dl>
  </section>`;
}

export function planView(options: PlanViewOptions): TemplateResult {
  return html`<div class="plan">
    ${pathView(options)} ${whoView(options)} ${deskView(options)} ${programmesView(options)}
    ${toCheckView(options)} ${answersView(options)}
    <div class="row actions">
      <button type="button" class="primary" part="button" @click=${options.onPrint}>${say.print}</button>
      <button type="button" part="button" @click=${options.onSms}>${say.sms}</button>
      <button type="button" part="button" @click=${options.onNewPerson}>${say.newPerson}</button>
    </div>
    ${options.smsNote ? html`<p class="note" role="status">${options.smsNote}</p>` : nothing}
    ${
      options.smsText !== undefined
        ? html`<label class="sms-text"
            >${say.sms}<textarea readonly rows="5" .value=${options.smsText}></textarea>
          </label>`
        : nothing
    }
  </div>`;
}
