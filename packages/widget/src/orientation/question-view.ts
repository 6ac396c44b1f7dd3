/** One question per screen: big answer buttons, « Je ne sais pas » and « Passer », a tip, read aloud. */
import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerValue, Question, SituationField } from '@passerelle/core';
import type { Answer } from './conversation.js';
import { say } from './orientation-messages.js';
import { answerPictogram, DONT_KNOW_PICTOGRAM, fieldPictogram, PASS_PICTOGRAM } from './pictograms.js';
import { tipFor } from './tips.js';
import { isTyped } from './typed-answer.js';

/** A question as the ruleset writes it or as `nextQuestion` gives it. */
export interface AskedQuestion {
  readonly field: SituationField;
  readonly text: string;
  readonly label: string;
  readonly input: Question['input'];
  readonly options: readonly { readonly value: AnswerValue; readonly label: string }[];
}

export interface QuestionViewOptions {
  readonly question: AskedQuestion;
  readonly number: number;
  readonly remaining: number;
  readonly current: Answer | undefined;
  readonly error: string | undefined;
  readonly canGoBack: boolean;
  readonly readAloud: ((text: string) => void) | undefined;
  readonly onAnswer: (answer: Answer) => void;
  readonly onTyped: (field: SituationField, raw: string) => void;
  readonly onBack: () => void;
}

function speakable(question: QuestionViewOptions['question']): string {
  const options = question.options.map((option) => option.label);
  return [question.text, options.length ? `Réponses possibles : ${options.join(', ')}.` : ''].join(' ');
}

function same(a: AnswerValue, b: AnswerValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function optionButtons(options: QuestionViewOptions): TemplateResult {
  const { question, current } = options;
  return html`<ul class="answers" role="list">
    ${question.options.map(
      (option) =>
        html`<li>
          <button
            type="button"
            class="answer"
            part="button answer"
            aria-pressed=${current?.kind === 'value' && same(current.value, option.value) ? 'true' : 'false'}
            @click=${() => options.onAnswer({ kind: 'value', value: option.value })}
          >
            <span class="pictogram" aria-hidden="true">${answerPictogram(question.field, option.value)}</span>
            <span>${option.label}</span>
          </button>
        </li>`,
    )}
  </ul>`;
}

/** Barriers: several at once, so check boxes and « Valider »; « Rien de tout cela » stays one tap. */
function multipleChoice(options: QuestionViewOptions): TemplateResult {
  const { question } = options;
  const none = question.options.find((option) => Array.isArray(option.value) && option.value.length === 0);
  const items = question.options.filter((option) => option !== none);
  const chosen =
    options.current?.kind === 'value' && Array.isArray(options.current.value) ? options.current.value : [];
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = [...form.querySelectorAll<HTMLInputElement>('input:checked')].flatMap(
      (input) => JSON.parse(input.value) as string[],
    );
    options.onAnswer({ kind: 'value', value: values });
  };
  return html`<form class="multiple" @submit=${submit}>
    <fieldset>
      <legend>${say.choose}</legend>
      ${items.map((option) => {
        const value = JSON.stringify(option.value);
        const checked = Array.isArray(option.value) && option.value.every((v) => chosen.includes(v));
        return html`<label class="check">
          <input type="checkbox" .value=${value} ?checked=${checked && chosen.length > 0} />
          <span>${option.label}</span>
        </label>`;
      })}
    </fieldset>
    <div class="row">
      <button type="submit" class="primary" part="button">${say.validate}</button>
      ${
        none
          ? html`<button
              type="button"
              part="button"
              @click=${() => options.onAnswer({ kind: 'value', value: [] })}
            >
              ${none.label}
            </button>`
          : nothing
      }
    </div>
  </form>`;
}

function typedField(options: QuestionViewOptions): TemplateResult {
  const { question } = options;
  const isNumber = question.input === 'number';
  const isPostal = question.input === 'postal-code';
  const label = isNumber ? say.ageLabel : isPostal ? say.postalLabel : say.textLabel;
  const current = options.current?.kind === 'value' ? String(options.current.value) : '';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector('input');
    options.onTyped(question.field, input?.value ?? '');
  };
  return html`<form class="typed" @submit=${submit} novalidate>
    <label for="typed-answer">${label}</label>
    <input
      id="typed-answer"
      part="input"
      .value=${current}
      inputmode=${isNumber || isPostal ? 'numeric' : 'text'}
      autocomplete="off"
      maxlength=${isPostal ? 5 : isNumber ? 3 : 80}
      aria-invalid=${options.error ? 'true' : 'false'}
      aria-describedby=${options.error ? 'typed-error' : nothing}
    />
    ${options.error ? html`<p id="typed-error" class="field-error">${options.error}</p>` : nothing}
    <button type="submit" class="primary" part="button">${say.validate}</button>
  </form>`;
}

function answerInput(options: QuestionViewOptions): TemplateResult {
  const { question } = options;
  if (question.input === 'multiple') return multipleChoice(options);
  return isTyped(question) ? typedField(options) : optionButtons(options);
}

export function questionView(options: QuestionViewOptions): TemplateResult {
  const { question } = options;
  const tip = tipFor(question.field);
  return html`<section class="question" aria-labelledby="question-title">
    <p class="progress">${say.questionNumber(options.number)} · ${say.remaining(options.remaining)}</p>
    <div class="question-head">
      <span class="pictogram big" aria-hidden="true">${fieldPictogram(question.field)}</span>
      <h3 id="question-title" tabindex="-1">${question.text}</h3>
      ${
        options.readAloud
          ? html`<button
              type="button"
              class="listen"
              part="button"
              aria-label=${say.readAloudLabel(question.text)}
              @click=${() => options.readAloud?.(speakable(question))}
            >
              <span aria-hidden="true">🔊︎</span> ${say.readAloud}
            </button>`
          : nothing
      }
    </div>
    ${answerInput(options)}
    <div class="row secondary-answers">
      <button
        type="button"
        class="answer other"
        part="button"
        aria-pressed=${options.current?.kind === 'unknown' ? 'true' : 'false'}
        @click=${() => options.onAnswer({ kind: 'unknown' })}
      >
        <span class="pictogram" aria-hidden="true">${DONT_KNOW_PICTOGRAM}</span> ${say.dontKnow}
      </button>
      <button
        type="button"
        class="answer other"
        part="button"
        @click=${() => options.onAnswer({ kind: 'passed' })}
      >
        <span class="pictogram" aria-hidden="true">${PASS_PICTOGRAM}</span> ${say.pass}
      </button>
    </div>
    ${
      tip
        ? html`<details class="tip">
            <summary>${say.tipTitle}</summary>
            <p>${tip}</p>
          </details>`
        : nothing
    }
    ${
      options.canGoBack
        ? html`<p>
            <button type="button" class="link" part="button" @click=${options.onBack}>← ${say.back}</button>
          </p>`
        : nothing
    }
  </section>`;
}
