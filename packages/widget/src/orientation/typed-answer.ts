/**
 * Answers typed rather than picked: a postal code, a free text, and the numbers whose exact value the
 * plan quotes (« Vous avez 19 ans »), which ranges would misstate. One rule for the conversation and
 * the one-page form.
 */
import type { AnswerValue, Question, SituationField } from '@passerelle/core';
import { say } from './orientation-messages.js';

const TYPED_NUMBER_FIELDS: readonly SituationField[] = ['age'];

/** Whether the question takes a typed answer instead of its option buttons. */
export function isTyped(
  question: Pick<Question, 'field' | 'input'> & { readonly options: readonly unknown[] },
): boolean {
  return (
    question.input === 'text' ||
    question.input === 'postal-code' ||
    (question.input === 'number' && TYPED_NUMBER_FIELDS.includes(question.field)) ||
    question.options.length === 0
  );
}

export type TypedAnswer =
  | { readonly kind: 'empty' }
  | { readonly kind: 'value'; readonly value: AnswerValue }
  | { readonly kind: 'invalid'; readonly message: string };

export function readTyped(question: Pick<Question, 'field' | 'input'>, raw: string): TypedAnswer {
  const value = raw.trim();
  if (value === '') return { kind: 'empty' };
  if (question.input === 'postal-code')
    return /^\d{5}$/.test(value) ? { kind: 'value', value } : { kind: 'invalid', message: say.postalInvalid };
  if (question.input === 'number') {
    const number = Number(value.replace(',', '.'));
    const valid =
      question.field === 'age' ? Number.isInteger(number) && number >= 0 && number <= 120 : number >= 0;
    return Number.isFinite(number) && valid
      ? { kind: 'value', value: number }
      : { kind: 'invalid', message: say.ageInvalid };
  }
  return { kind: 'value', value: value.slice(0, 80) };
}
