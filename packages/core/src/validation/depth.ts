/**
 * A guard against documents nested deeper than any real one: zod and the checks after it walk
 * parsed JSON recursively, so a condition nested 10,000 deep would overflow the stack. Measured
 * here with an explicit stack, so the guard itself cannot overflow.
 */
import type { Problem } from '../result.js';

/** Deepest nesting of arrays and objects a parsed document may have (rulesets need about 10). */
export const MAX_JSON_DEPTH = 64;

/** A French problem when `value` nests arrays or objects deeper than `max`, else `undefined`. */
export function tooDeep(value: unknown, max = MAX_JSON_DEPTH): Problem | undefined {
  const pending: Array<{ value: unknown; depth: number; path: string }> = [{ value, depth: 0, path: '' }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= max) {
      return {
        path: item.path || '(racine)',
        message: `imbrication trop profonde : plus de ${max} niveaux de tableaux ou d'objets (document refusé)`,
      };
    }
    for (const [key, inner] of Object.entries(item.value)) {
      const path = Array.isArray(item.value)
        ? `${item.path}[${key}]`
        : item.path
          ? `${item.path}.${key}`
          : key;
      pending.push({ value: inner, depth: item.depth + 1, path });
    }
  }
  return undefined;
}
