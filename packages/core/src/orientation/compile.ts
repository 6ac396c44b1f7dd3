/**
 * Compiles a checked ruleset once into a plain structure of closures and indices, so the widget can
 * re-evaluate on every answer: `evaluate.ts` reads it, in the spec's order. Needs and relay kinds
 * are numbered by their place in the ruleset, which declares them.
 */
import {
  ConditionCompiler,
  compileTemplate,
  fieldsOfMaskUncached,
  maskOfFields,
  type Answers,
  type CompiledClause,
  type Cond,
  type EvalContext,
  type Template,
} from './compile-condition.js';
import { FALSE, PRIORITY_ALSO, PRIORITY_FIRST, RANK_BY_STATUS, TRUE, pack } from './engine-values.js';
import type { Ruleset } from './ruleset.js';
import { FIELD_INDEX, SITUATION_FIELDS, type Situation, type SituationField } from './situation.js';
import type { NeedId, RelayKind } from './types.js';

export interface CompiledNeed {
  readonly id: NeedId;
  readonly title: string;
  readonly when: Cond;
  readonly exclusive: boolean;
  readonly because: readonly CompiledClause[];
  readonly check: readonly { readonly when: Cond; readonly mask: number }[];
}

export interface CompiledRequirement {
  readonly when: Cond;
  readonly met: Template | undefined;
  readonly unmet: Template;
  readonly unknown: Template;
  readonly failRank: number;
  /** The answers its sentences talk about, when the ruleset names them: reasons name no other. */
  readonly fieldsMask: number | undefined;
}

export interface CompiledProgramme {
  readonly id: string;
  /** Bit mask over the ruleset's needs (by index). */
  readonly needsMask: number;
  readonly requires: readonly CompiledRequirement[];
  readonly successRank: number;
  readonly successBecause: Template | undefined;
}

export interface CompiledRelayRule {
  /** Index of the rule's relay kind in `relayKinds`. */
  readonly relay: number;
  readonly priority: number;
  readonly when: Cond;
  readonly exclusive: boolean;
  readonly because: readonly CompiledClause[];
  readonly demote: { readonly when: Cond; readonly because: Template } | undefined;
}

export interface CompiledPlacement {
  readonly need: number;
  readonly after: number;
  readonly when: Cond;
}

/** A ruleset ready to evaluate. Build it once with `compileRuleset` and reuse it. */
export interface CompiledRuleset {
  readonly kind: 'compiled-ruleset';
  readonly ruleset: Ruleset;
  /** Needs in the ruleset's order (its base order). */
  readonly needs: readonly CompiledNeed[];
  /** Index in `needs` of each need id. */
  readonly needIndex: ReadonlyMap<NeedId, number>;
  readonly exclusiveNeeds: readonly number[];
  readonly placements: readonly CompiledPlacement[];
  readonly definitions: readonly Cond[];
  readonly programmes: readonly CompiledProgramme[];
  /** Number of requirements over all programmes. */
  readonly requirementCount: number;
  /** The ruleset's relay kinds, in the order advice lists them. */
  readonly relayKinds: readonly RelayKind[];
  readonly relayRules: readonly CompiledRelayRule[];
  /** Field order of `toCheck`: the ruleset's questions first, then the remaining fields. */
  readonly checkOrder: readonly SituationField[];
  /** Bit of each field of `checkOrder`. */
  readonly checkBits: readonly number[];
  /** `toCheck` sentence of each field. */
  readonly missingText: Readonly<Partial<Record<SituationField, string>>>;
  /** Cached field lists of masks, so equal reasons share one frozen array. */
  readonly fieldsOfMask: (mask: number) => readonly SituationField[];
}

const IN_PROGRESS = -2;
const NOT_COMPUTED = -1;

/** Index of each name in order, for references by name. */
function indexOf(names: readonly string[]): Map<string, number> {
  return new Map(names.map((name, index) => [name, index]));
}

/**
 * Compiles a ruleset that `parseRuleset` accepted. Throws on an unchecked, inconsistent ruleset
 * (a programmer mistake: rulesets are checked when loaded).
 *
 * @example
 * ```ts
 * const checked = parseRuleset(JSON.parse(text));
 * if (checked.ok) {
 *   const compiled = compileRuleset(checked.value); // compile once, orient many situations
 *   orient(situation, compiled);
 * }
 * ```
 */
export function compileRuleset(ruleset: Ruleset): CompiledRuleset {
  const needIndex = indexOf(ruleset.needs.map((need) => need.id));
  const relayKinds = Object.keys(ruleset.relayKinds);
  const relayIndex = indexOf(relayKinds);
  const indexOfNeed = (id: NeedId): number => {
    const index = needIndex.get(id);
    if (index === undefined) throw new Error(`Ruleset not checked: unknown need ${id}`);
    return index;
  };

  // Filled below; the closures read them lazily through the two reference functions.
  const needConds: Cond[] = [];
  const definitionConds: Cond[] = [];
  const exclusiveNeeds: number[] = [];

  const needRaw = (ctx: EvalContext, index: number): number => {
    const cached = ctx.needs[index] ?? NOT_COMPUTED;
    if (cached >= 0) return cached;
    if (cached === IN_PROGRESS)
      throw new Error(`Ruleset not checked: need ${ruleset.needs[index]?.id} depends on itself`);
    ctx.needs[index] = IN_PROGRESS;
    const value = (needConds[index] as Cond)(ctx);
    ctx.needs[index] = value;
    return value;
  };
  // A need "holds" for other rules when it is listed: an exclusive need that holds hides the others.
  const needListed = (ctx: EvalContext, index: number): number => {
    for (const exclusive of exclusiveNeeds) {
      if (exclusive === index) continue;
      const r = needRaw(ctx, exclusive);
      if ((r & 3) === TRUE) return pack(r >>> 2, FALSE);
    }
    return needRaw(ctx, index);
  };
  const definitionValue = (ctx: EvalContext, index: number): number => {
    const cached = ctx.definitions[index] ?? NOT_COMPUTED;
    if (cached >= 0) return cached;
    if (cached === IN_PROGRESS) throw new Error('Ruleset not checked: a definition depends on itself');
    ctx.definitions[index] = IN_PROGRESS;
    const value = (definitionConds[index] as Cond)(ctx);
    ctx.definitions[index] = value;
    return value;
  };

  const compiler = new ConditionCompiler({
    needIndex,
    definitionIndex: indexOf(Object.keys(ruleset.definitions)),
    need: needListed,
    definition: definitionValue,
  });
  for (const definition of Object.values(ruleset.definitions))
    definitionConds.push(compiler.condition(definition.when));

  const needs: CompiledNeed[] = ruleset.needs.map((need, index) => {
    const when = compiler.condition(need.when);
    needConds.push(when);
    if (need.exclusive === true) exclusiveNeeds.push(index);
    return {
      id: need.id,
      title: need.title,
      when,
      exclusive: need.exclusive === true,
      because: need.because.map((clause) => compiler.clause(clause)),
      check: (need.check ?? []).map((clause) => ({
        when: compiler.condition(clause.when),
        mask: maskOfFields(clause.fields),
      })),
    };
  });

  const placements: CompiledPlacement[] = ruleset.needPlacement.map((placement) => ({
    need: indexOfNeed(placement.need),
    after: indexOfNeed(placement.after),
    when: compiler.condition(placement.when),
  }));

  const programmes: CompiledProgramme[] = ruleset.programmes.map((programme) => {
    let needsMask = 0;
    for (const need of programme.needs) needsMask |= 1 << indexOfNeed(need);
    const requires = programme.requires.map((entry): CompiledRequirement => {
      const requirement = typeof entry === 'string' ? ruleset.requirements[entry] : entry;
      if (requirement === undefined)
        throw new Error(`Ruleset not checked: unknown requirement ${String(entry)}`);
      return {
        when: compiler.condition(requirement.when),
        met: requirement.met === undefined ? undefined : compileTemplate(requirement.met),
        unmet: compileTemplate(requirement.unmet),
        unknown: compileTemplate(requirement.unknown),
        failRank: RANK_BY_STATUS[requirement.failStatus ?? 'not-eligible'],
        fieldsMask: requirement.fields === undefined ? undefined : maskOfFields(requirement.fields),
      };
    });
    return {
      id: programme.id,
      needsMask,
      requires,
      successRank: RANK_BY_STATUS[programme.whenMet?.status ?? 'eligible'],
      successBecause:
        programme.whenMet?.because === undefined ? undefined : compileTemplate(programme.whenMet.because),
    };
  });

  const relayRules: CompiledRelayRule[] = ruleset.relayRules.map((rule) => {
    const relay = relayIndex.get(rule.relay);
    if (relay === undefined) throw new Error(`Ruleset not checked: unknown relay kind ${rule.relay}`);
    return {
      relay,
      priority: rule.priority === 'first' ? PRIORITY_FIRST : PRIORITY_ALSO,
      when: compiler.condition(rule.when),
      exclusive: rule.exclusive === true,
      because: rule.because.map((clause) => compiler.clause(clause)),
      demote: rule.demote
        ? { when: compiler.condition(rule.demote.when), because: compileTemplate(rule.demote.because) }
        : undefined,
    };
  });

  const questionFields = ruleset.questions.map((question) => question.field);
  const checkOrder = [
    ...questionFields,
    ...SITUATION_FIELDS.filter((field) => !questionFields.includes(field)),
  ];
  const missingText: Partial<Record<SituationField, string>> = {};
  for (const question of ruleset.questions) missingText[question.field] = question.missing;

  const maskCache = new Map<number, readonly SituationField[]>();
  const fieldsOfMask = (mask: number): readonly SituationField[] => {
    let fields = maskCache.get(mask);
    if (fields === undefined) {
      fields = Object.freeze(fieldsOfMaskUncached(mask));
      maskCache.set(mask, fields);
    }
    return fields;
  };

  return {
    kind: 'compiled-ruleset',
    ruleset,
    needs,
    needIndex,
    exclusiveNeeds,
    placements,
    definitions: definitionConds,
    programmes,
    requirementCount: programmes.reduce((sum, programme) => sum + programme.requires.length, 0),
    relayKinds,
    relayRules,
    checkOrder,
    checkBits: checkOrder.map((field) => 1 << FIELD_INDEX[field]),
    missingText,
    fieldsOfMask,
  };
}

export function isCompiled(ruleset: Ruleset | CompiledRuleset): ruleset is CompiledRuleset {
  return (ruleset as { kind?: unknown }).kind === 'compiled-ruleset';
}

const compiledCache = new WeakMap<Ruleset, CompiledRuleset>();

/** The compiled form of a ruleset, compiled on first use and cached for that ruleset object. */
export function compiled(ruleset: Ruleset | CompiledRuleset): CompiledRuleset {
  if (isCompiled(ruleset)) return ruleset;
  let result = compiledCache.get(ruleset);
  if (result === undefined) {
    result = compileRuleset(ruleset);
    compiledCache.set(ruleset, result);
  }
  return result;
}

function notComputed(length: number): number[] {
  const array: number[] = [];
  for (let i = 0; i < length; i += 1) array.push(NOT_COMPUTED);
  return array;
}

function unansweredMask(answers: Answers): number {
  let mask = 0;
  SITUATION_FIELDS.forEach((field, index) => {
    if (answers[field] === undefined) mask |= 1 << index;
  });
  return mask;
}

export function newContext(compiledRuleset: CompiledRuleset, situation: Situation): EvalContext {
  const answers = situation as Answers;
  return {
    answers,
    unanswered: unansweredMask(answers),
    needs: notComputed(compiledRuleset.needs.length),
    definitions: notComputed(compiledRuleset.definitions.length),
  };
}
