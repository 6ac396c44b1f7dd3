import { err, ok, type Problem, type Result } from '../result.js';
import { compiled, type CompiledRuleset } from './compile.js';
import { buildOrientation, runRules } from './evaluate.js';
import type { Ruleset } from './ruleset.js';
import { parseSituation } from './parse-situation.js';
import type { Orientation } from './types.js';

/**
 * Turns a situation into an explained plan: needs in order, every programme's status, the relays
 * to contact and what stays to check. The situation is untrusted (a form, a JSON file): when it is
 * invalid, the error names the field in French. The ruleset is compiled on first use and cached
 * for that object: treat a ruleset as immutable once used (or pass `compileRuleset(ruleset)`).
 *
 * @example
 * ```ts
 * const plan = orient({ age: 19, postalCode: '33000', employment: 'job-seeker' }, compileRuleset(ruleset));
 * if (plan.ok) console.log(plan.value.needs, plan.value.relays.map((advice) => advice.relay));
 * ```
 */
export function orient(
  situation: unknown,
  ruleset: Ruleset | CompiledRuleset,
): Result<Orientation, Problem[]> {
  const parsed = parseSituation(situation);
  if (!parsed.ok) return err(parsed.error);
  const compiledRuleset = compiled(ruleset);
  return ok(buildOrientation(compiledRuleset, runRules(compiledRuleset, parsed.value)));
}
