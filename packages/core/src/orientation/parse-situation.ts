/**
 * `parseSituation`: an untrusted situation (a form, a JSON file) checked, with a fast path for the
 * widget, which re-evaluates on every answer.
 */
import { checkUntrusted } from '../catalogue/untrusted.js';
import { err, ok, type Problem, type Result } from '../result.js';
import { toProblems } from '../validation/french-issues.js';
import { MESSAGES } from './messages.js';
import {
  BARRIER_VALUES,
  EASE_VALUES,
  EMPLOYMENT_VALUES,
  FRENCH_SPEAKING_VALUES,
  LEVEL_VALUES,
  PROJECT_VALUES,
  SCHOOLING_VALUES,
  type Situation,
} from './situation.js';
import { situationSchema } from './situation-schema.js';

const EMPLOYMENT_SET: ReadonlySet<unknown> = new Set(EMPLOYMENT_VALUES);
const SCHOOLING_SET: ReadonlySet<unknown> = new Set(SCHOOLING_VALUES);
const FRENCH_SPEAKING_SET: ReadonlySet<unknown> = new Set(FRENCH_SPEAKING_VALUES);
const EASE_SET: ReadonlySet<unknown> = new Set(EASE_VALUES);
const LEVEL_SET: ReadonlySet<unknown> = new Set(LEVEL_VALUES);
const PROJECT_SET: ReadonlySet<unknown> = new Set(PROJECT_VALUES);
const BARRIER_SET: ReadonlySet<unknown> = new Set(BARRIER_VALUES);
const POSTAL_CODE = /^\d{5}$/;

/**
 * The fast path of `parseSituation`: a situation that needs no change (no null, no level as text,
 * no duplicate barrier, trimmed job) is returned as is, without zod, because the widget re-evaluates
 * on every answer. Anything else, valid or not, goes through the schema, which stays the reference
 * (a property test checks the two agree).
 */
function acceptedAsIs(input: Readonly<Record<string, unknown>>): Situation | undefined {
  for (const key in input) {
    const v = input[key];
    switch (key) {
      case 'age':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 120) return undefined;
        break;
      case 'postalCode':
        if (typeof v !== 'string' || !POSTAL_CODE.test(v)) return undefined;
        break;
      case 'employment':
        if (!EMPLOYMENT_SET.has(v)) return undefined;
        break;
      case 'schooling':
        if (!SCHOOLING_SET.has(v)) return undefined;
        break;
      case 'frenchSpeaking':
        if (!FRENCH_SPEAKING_SET.has(v)) return undefined;
        break;
      case 'readingWriting':
      case 'numeracy':
      case 'digitalSkills':
        if (!EASE_SET.has(v)) return undefined;
        break;
      case 'highestLevel':
        if (!LEVEL_SET.has(v)) return undefined;
        break;
      case 'project':
        if (!PROJECT_SET.has(v)) return undefined;
        break;
      case 'registeredWithFranceTravail':
      case 'rsa':
      case 'disabilityRecognition':
      case 'levelObsolete':
      case 'wantsToWorkNow':
        if (typeof v !== 'boolean') return undefined;
        break;
      case 'targetJob':
        if (typeof v !== 'string' || v.length === 0 || v.length > 200 || v.trim() !== v) return undefined;
        break;
      case 'experienceYears':
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 80) return undefined;
        break;
      case 'barriers': {
        if (!Array.isArray(v)) return undefined;
        for (let i = 0; i < v.length; i += 1) {
          if (!BARRIER_SET.has(v[i]) || v.indexOf(v[i]) !== i) return undefined;
        }
        break;
      }
      default:
        return undefined;
    }
  }
  return input as Situation;
}

/**
 * Checks an untrusted situation. `null` means « pas de réponse », like an absent field; duplicate
 * barriers are merged. Errors name the field, in French.
 *
 * @example
 * ```ts
 * const checked = parseSituation({ age: 19, postalCode: null, barriers: ['mobility', 'mobility'] });
 * checked; // { ok: true, value: { age: 19, barriers: ['mobility'] } }
 * const wrong = parseSituation({ age: 'dix-neuf' });
 * wrong.ok ? [] : wrong.error.map((problem) => problem.path); // ['age']
 * ```
 */
export function parseSituation(input: unknown): Result<Situation, Problem[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err([{ path: '(racine)', message: MESSAGES.notAnObject }]);
  }
  let cleaned: Record<string, unknown> = input as Record<string, unknown>;
  for (const key in cleaned) {
    if (cleaned[key] === null) {
      cleaned = Object.fromEntries(Object.entries(cleaned).filter(([, value]) => value !== null));
      break;
    }
  }
  const fast = acceptedAsIs(cleaned);
  if (fast !== undefined) return ok(fast);
  const checked = checkUntrusted(cleaned, () => situationSchema.safeParse(cleaned, { reportInput: true }));
  if (!checked.ok) return checked;
  const result = checked.value;
  if (!result.success) return err(toProblems(result.error.issues));
  const situation = result.data;
  if (situation.barriers !== undefined && new Set(situation.barriers).size !== situation.barriers.length) {
    return ok({ ...situation, barriers: [...new Set(situation.barriers)] });
  }
  return ok(situation);
}
