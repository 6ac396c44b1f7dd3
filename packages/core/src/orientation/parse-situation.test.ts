import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSituation } from './parse-situation.js';
import { situationSchema } from './situation-schema.js';

/** Values near each field's domain: valid ones, and ones zod must refuse or transform. */
const anyValue = fc.oneof(
  fc.constantFrom(
    'job-seeker',
    'in-french',
    'basic',
    'difficult',
    'defined',
    'mobility',
    'at-ease',
    '33000',
    '3',
    ' Maçon ',
    'Maçon',
    '',
  ),
  fc.constantFrom(0, 3, 4, 15, 16, 25.5, -1, 121, 0.5, 81, Number.NaN, Number.POSITIVE_INFINITY),
  fc.boolean(),
  fc.constant(undefined),
  fc.constantFrom(['money'], ['money', 'money'], ['housing', 'health'], [], ['lost']),
);
const keys = [
  'age',
  'postalCode',
  'employment',
  'rsa',
  'schooling',
  'frenchSpeaking',
  'readingWriting',
  'highestLevel',
  'project',
  'targetJob',
  'experienceYears',
  'barriers',
  'other',
];
const candidate = fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 6 });

describe('parseSituation', () => {
  it('accepts and refuses exactly what the schema does, fast path or not', () => {
    fc.assert(
      fc.property(candidate, (input) => {
        const fast = parseSituation(input);
        const reference = situationSchema.safeParse(input);
        expect(fast.ok).toBe(reference.success);
        if (fast.ok && reference.success) {
          const expected = reference.data.barriers
            ? { ...reference.data, barriers: [...new Set(reference.data.barriers)] }
            : reference.data;
          expect(fast.value).toEqual(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('merges duplicate barriers and reads a level given as text', () => {
    expect(parseSituation({ barriers: ['money', 'money'], highestLevel: '4' })).toEqual({
      ok: true,
      value: { barriers: ['money'], highestLevel: 4 },
    });
  });

  it('refuses 150,000 unknown barriers with one French problem at the list, without overflowing the stack (issue 14)', () => {
    const result = parseSituation({ age: 30, barriers: new Array<string>(150_000).fill('teleportation') });
    expect(result.ok ? [] : result.error.map((problem) => problem.path)).toEqual(['barriers']);
    expect(result.ok ? '' : result.error[0]?.message).toContain('liste de 150000 éléments');
  });
});
