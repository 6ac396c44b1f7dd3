/**
 * The small integers the engine decides with, defined once for the compiler and the evaluator.
 *
 * Three-valued logic (Kleene): a condition is true, false or unknown (an unanswered field). Every
 * evaluation also says which fields decided it, as a bit mask over `SITUATION_FIELDS`; both are
 * packed in one small integer (`mask << 2 | value`) so evaluating allocates nothing.
 */
import type { EligibilityStatus, RelayPriority } from './types.js';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;

export function pack(mask: number, value: number): number {
  return (mask << 2) | value;
}

/** Status ranks: the higher, the stronger (an unmet `not-eligible` requirement wins over all). */
export const RANK_ELIGIBLE = 0;
export const RANK_DEROGATION = 1;
export const RANK_TO_CHECK = 2;
export const RANK_NOT_ELIGIBLE = 3;
export const STATUS_BY_RANK: readonly EligibilityStatus[] = [
  'eligible',
  'derogation',
  'to-check',
  'not-eligible',
];
export const RANK_BY_STATUS: Readonly<Record<EligibilityStatus, number>> = {
  eligible: RANK_ELIGIBLE,
  derogation: RANK_DEROGATION,
  'to-check': RANK_TO_CHECK,
  'not-eligible': RANK_NOT_ELIGIBLE,
};

/** Relay priorities: the lower, the stronger; `PRIORITY_NONE` when no rule advises the relay. */
export const PRIORITY_FIRST = 0;
export const PRIORITY_ALSO = 1;
export const PRIORITY_NONE = 2;
export const PRIORITIES: readonly RelayPriority[] = ['first', 'also'];
