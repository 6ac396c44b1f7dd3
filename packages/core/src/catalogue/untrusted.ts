/**
 * zod's check of an untrusted document, kept from crashing on a document with a huge number of
 * problems. Apart from the schemas (no zod here), so that each parser's bundle takes only this.
 */
import { err, ok, type Problem, type Result } from '../result.js';

/** The longest list in a document and where it is (an explicit stack: any depth, no recursion). */
function longestList(value: unknown): { path: string; length: number } {
  let longest = { path: '(racine)', length: 0 };
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const inner = item.value;
    if (typeof inner !== 'object' || inner === null) continue;
    if (Array.isArray(inner)) {
      if (inner.length > longest.length) longest = { path: item.path || '(racine)', length: inner.length };
      inner.forEach((element, index) => pending.push({ value: element, path: `${item.path}[${index}]` }));
    } else {
      for (const [key, element] of Object.entries(inner))
        pending.push({ value: element, path: item.path === '' ? key : `${item.path}.${key}` });
    }
  }
  return longest;
}

/**
 * Runs zod's check of an untrusted document. zod copies the issues of each object and list into
 * its parent's with one spread call, which overflows the stack past about 120,000 of them (a list
 * of 150,000 wrong values, say a catalogue whose every offer lacks a field): the document is then
 * refused with one French problem at its longest list, instead of a crash.
 */
export function checkUntrusted<R>(document: unknown, check: () => R): Result<R, Problem[]> {
  try {
    return ok(check());
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const { path, length } = longestList(document);
    return err([
      {
        path,
        message: `bien trop de valeurs invalides pour les énumérer une à une (liste de ${length} éléments) : document refusé ; corrigez d'abord l'erreur qui se répète`,
      },
    ]);
  }
}
