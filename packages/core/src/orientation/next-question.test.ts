import { describe, expect, it } from 'vitest';
import { nextQuestion } from './next-question.js';
import type { Ruleset } from './ruleset.js';
import { makeRuleset, withNeed } from './test-support/mini-ruleset.js';

describe('nextQuestion', () => {
  it('asks the unanswered question that changes the most outcomes, with its options', () => {
    // The age decides the programme; the RSA decides nothing.
    expect(nextQuestion({}, makeRuleset())).toEqual({
      field: 'age',
      text: 'Quel âge avez-vous ?',
      label: 'votre âge',
      input: 'number',
      options: [
        { value: 15, label: 'Moins de 16 ans' },
        { value: 30, label: '26 ans ou plus' },
      ],
      changes: 1,
    });
  });

  it('prefers the question that changes more outcomes, whatever the question order', () => {
    let ruleset: Ruleset = withNeed(makeRuleset(), 'barriers', { when: { field: 'rsa', eq: true } });
    ruleset = withNeed(ruleset, 'literacy', { when: { field: 'rsa', eq: true } });
    expect(nextQuestion({}, ruleset)?.field).toBe('rsa');
  });

  it('keeps the ruleset order on a tie', () => {
    const ruleset = withNeed(makeRuleset(), 'barriers', { when: { field: 'rsa', eq: true } });
    expect(nextQuestion({}, ruleset)?.field).toBe('age');
  });

  it('returns null when no unanswered question would change anything', () => {
    expect(nextQuestion({ age: 30 }, makeRuleset())).toBeNull();
  });

  it('does not ask again what the person skipped, and goes on with the next useful question', () => {
    const ruleset = withNeed(makeRuleset(), 'barriers', { when: { field: 'rsa', eq: true } });
    expect(nextQuestion({}, ruleset, { skip: ['age'] })?.field).toBe('rsa');
    expect(nextQuestion({}, ruleset, { skip: ['age', 'rsa'] })).toBeNull();
  });

  it('asks an answer that settles a need with another one still unknown (two answers decide together)', () => {
    const ruleset = withNeed(makeRuleset(), 'literacy', {
      when: {
        all: [
          { field: 'rsa', eq: true },
          { field: 'age', gte: 30 },
        ],
      },
    });
    // « Non » to the RSA rules the need out even while the age is unknown: the plan changes.
    expect(nextQuestion({}, ruleset, { skip: ['age'] })?.field).toBe('rsa');
  });
});
