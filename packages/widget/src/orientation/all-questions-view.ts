/**
 * « Voir toutes les questions »: the same questions on one page, for professionals who already know
 * the person's situation. Equivalent to the conversation: each answer goes through the same model.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Question, SituationField } from '@passerelle/core';
import type { Answer } from './conversation.js';
import { say } from './orientation-messages.js';
import { isTyped } from './typed-answer.js';

export interface AllQuestionsOptions {
  readonly questions: readonly Question[];
  readonly answerOf: (field: SituationField) => Answer | undefined;
  readonly errors: ReadonlyMap<SituationField, string>;
  readonly onSubmit: (entries: ReadonlyMap<SituationField, string>) => void;
  readonly onConversation: () => void;
}

/** Each option's value travels as JSON in the form, so numbers, booleans and lists come back typed. */
function encoded(value: unknown): string {
  return JSON.stringify(value);
}

function fieldFor(question: Question, options: AllQuestionsOptions): TemplateResult {
  const answer = options.answerOf(question.field);
  const current = answer?.kind === 'value' ? answer.value : undefined;
  const error = options.errors.get(question.field);
  const id = `all-${question.field}`;
  if (isTyped(question)) {
    return html`<div class="form-field">
      <label for=${id}>${question.text}</label>
      <input
        id=${id}
        name=${question.field}
        data-typed="true"
        .value=${current === undefined ? '' : String(current)}
        inputmode=${question.input === 'text' ? 'text' : 'numeric'}
        autocomplete="off"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
      />
      ${error ? html`<p id="${id}-error" class="field-error">${error}</p>` : nothing}
    </div>`;
  }
  const chosen = current === undefined ? '' : encoded(current);
  return html`<div class="form-field">
    <label for=${id}>${question.text}</label>
    <select id=${id} name=${question.field}>
      <option value="" ?selected=${chosen === ''}>${say.dontKnow}</option>
      ${question.options.map(
        (option) =>
          html`<option value=${encoded(option.value)} ?selected=${chosen === encoded(option.value)}>
            ${option.label}
          </option>`,
      )}
    </select>
  </div>`;
}

export function allQuestionsView(options: AllQuestionsOptions): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const entries = new Map<SituationField, string>();
    for (const element of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      'input[name], select[name]',
    ))
      entries.set(element.name as SituationField, element.value);
    options.onSubmit(entries);
  };
  return html`<section class="all-questions" aria-labelledby="all-title">
    <h3 id="all-title" tabindex="-1">${say.allQuestionsTitle}</h3>
    <p>${say.allQuestionsIntro}</p>
    <form @submit=${submit} novalidate>
      ${options.questions.map((question) => fieldFor(question, options))}
      <div class="row">
        <button type="submit" class="primary" part="button">${say.showPlan}</button>
        <button type="button" part="button" @click=${options.onConversation}>${say.conversation}</button>
      </div>
    </form>
  </section>`;
}
