/**
 * Compiles a checked ruleset into closures, once, so the widget can re-evaluate on every answer.
 *
 * Three-valued logic (Kleene): a condition is true, false or unknown (an unanswered field). Every
 * evaluation also says which fields decided it, as a bit mask over `SITUATION_FIELDS`; both are
 * packed in one small integer (`mask << 2 | value`) so evaluating allocates nothing.
 */
import type { ConditionJson, ReasonClause, Ruleset } from './ruleset-schema.js';
import {
  FIELD_INDEX,
  SITUATION_FIELDS,
  fieldValueSchema,
  type Situation,
  type SituationField,
} from './situation.js';
import { NEED_IDS, RELAY_KINDS, type EligibilityStatus, type NeedId, type RelayPriority } from './types.js';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;

export function pack(mask: number, value: number): number {
  return (mask << 2) | value;
}
export function valueOf(packed: number): number {
  return packed & 3;
}
export function maskOf(packed: number): number {
  return packed >>> 2;
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
const RANK_BY_STATUS: Readonly<Record<EligibilityStatus, number>> = {
  eligible: RANK_ELIGIBLE,
  derogation: RANK_DEROGATION,
  'to-check': RANK_TO_CHECK,
  'not-eligible': RANK_NOT_ELIGIBLE,
};

export const PRIORITY_FIRST = 0;
export const PRIORITY_ALSO = 1;
export const PRIORITY_NONE = 2;
export const PRIORITIES: readonly RelayPriority[] = ['first', 'also'];

/** The situation as the engine reads it: field name → answer, `undefined` when unanswered. */
export type Answers = Readonly<Record<string, unknown>>;

/** Per-evaluation caches of needs and definitions (`-1`: not computed yet, `-2`: being computed). */
export interface EvalContext {
  readonly answers: Answers;
  /** Bit mask over `SITUATION_FIELDS` of the fields still unanswered. */
  readonly unanswered: number;
  readonly needs: number[];
  readonly definitions: number[];
}

export type Cond = (ctx: EvalContext) => number;
export type Template = (answers: Answers) => string;

export interface CompiledClause {
  readonly when: Cond | undefined;
  readonly text: Template;
  readonly fieldsMask: number | undefined;
}

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
  /** Bit mask over the need order of `NEED_IDS`. */
  readonly needsMask: number;
  readonly requires: readonly CompiledRequirement[];
  readonly successRank: number;
  readonly successBecause: Template | undefined;
}

export interface CompiledRelayRule {
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
  /** Index in `needs` of each `NEED_IDS` entry. */
  readonly needIndex: Readonly<Record<NeedId, number>>;
  readonly exclusiveNeeds: readonly number[];
  readonly placements: readonly CompiledPlacement[];
  readonly definitions: readonly Cond[];
  readonly programmes: readonly CompiledProgramme[];
  /** Number of requirements over all programmes. */
  readonly requirementCount: number;
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

function formatAnswer(value: unknown): string {
  if (value === undefined) return '?';
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) return value.map(formatAnswer).join(', ');
  return String(value);
}

export function compileTemplate(text: string): Template {
  if (!text.includes('{')) return () => text;
  const parts = text.split(/\{([^}]*)\}/);
  return (answers) => {
    let out = '';
    for (let i = 0; i < parts.length; i += 1)
      out += i % 2 === 0 ? (parts[i] ?? '') : formatAnswer(answers[parts[i] ?? '']);
    return out;
  };
}

/** A comparison value as the situation holds it ("3" → 3 for `highestLevel`). */
function normalise(field: SituationField, value: unknown): unknown {
  const result = fieldValueSchema(field).safeParse(value);
  if (!result.success)
    throw new Error(`Ruleset not checked: ${JSON.stringify(value)} is not a value of ${field}`);
  return result.data;
}

class Compiler {
  readonly definitionIndex: Map<string, number>;

  constructor(
    readonly ruleset: Ruleset,
    readonly needIndex: Readonly<Record<NeedId, number>>,
    readonly needFinal: (ctx: EvalContext, index: number) => number,
    readonly definitionValue: (ctx: EvalContext, index: number) => number,
  ) {
    this.definitionIndex = new Map(Object.keys(ruleset.definitions).map((name, index) => [name, index]));
  }

  condition(c: ConditionJson): Cond {
    if (c.field !== undefined) return this.field(c.field, c);
    if (c.answered !== undefined || c.unanswered !== undefined) {
      const field = (c.answered ?? c.unanswered) as SituationField;
      const bit = 1 << FIELD_INDEX[field];
      const answered = pack(bit, c.answered !== undefined ? TRUE : FALSE);
      const unanswered = pack(bit, c.answered !== undefined ? FALSE : TRUE);
      return (ctx) => (ctx.answers[field] === undefined ? unanswered : answered);
    }
    if (c.all !== undefined) return this.all(c.all.map((child) => this.condition(child)));
    if (c.any !== undefined) return this.any(c.any.map((child) => this.condition(child)));
    if (c.not !== undefined) {
      const inner = this.condition(c.not);
      return (ctx) => {
        const r = inner(ctx);
        const v = r & 3;
        return v === UNKNOWN ? r : (r & ~3) | (v === TRUE ? FALSE : TRUE);
      };
    }
    if (c.need !== undefined) {
      const index = this.needIndex[c.need];
      return (ctx) => this.needFinal(ctx, index);
    }
    if (c.ref !== undefined) {
      const index = this.definitionIndex.get(c.ref);
      if (index === undefined) throw new Error(`Ruleset not checked: unknown definition ${c.ref}`);
      return (ctx) => this.definitionValue(ctx, index);
    }
    throw new Error(`Ruleset not checked: condition without a form ${JSON.stringify(c)}`);
  }

  private field(field: SituationField, c: ConditionJson): Cond {
    const bit = 1 << FIELD_INDEX[field];
    const T = pack(bit, TRUE);
    const F = pack(bit, FALSE);
    const U = pack(bit, UNKNOWN);
    if (c.eq !== undefined) {
      const x = normalise(field, c.eq);
      return (ctx) => {
        const v = ctx.answers[field];
        return v === undefined ? U : v === x ? T : F;
      };
    }
    if (c.ne !== undefined) {
      const x = normalise(field, c.ne);
      return (ctx) => {
        const v = ctx.answers[field];
        return v === undefined ? U : v !== x ? T : F;
      };
    }
    if (c.in !== undefined || c.notIn !== undefined) {
      const wanted = c.in !== undefined;
      const set = new Set((c.in ?? c.notIn ?? []).map((value) => normalise(field, value)));
      return (ctx) => {
        const v = ctx.answers[field];
        return v === undefined ? U : set.has(v) === wanted ? T : F;
      };
    }
    const numeric = (test: (v: number) => boolean): Cond => {
      return (ctx) => {
        const v = ctx.answers[field];
        return v === undefined ? U : test(v as number) ? T : F;
      };
    };
    if (c.lt !== undefined) {
      const x = c.lt;
      return numeric((v) => v < x);
    }
    if (c.lte !== undefined) {
      const x = c.lte;
      return numeric((v) => v <= x);
    }
    if (c.gt !== undefined) {
      const x = c.gt;
      return numeric((v) => v > x);
    }
    if (c.gte !== undefined) {
      const x = c.gte;
      return numeric((v) => v >= x);
    }
    if (c.includes !== undefined || c.includesAny !== undefined) {
      const wanted = c.includes !== undefined ? [c.includes] : (c.includesAny ?? []);
      return (ctx) => {
        const v = ctx.answers[field] as readonly string[] | undefined;
        if (v === undefined) return U;
        for (const item of wanted) if (v.includes(item)) return T;
        return F;
      };
    }
    if (c.isEmpty !== undefined) {
      const empty = c.isEmpty;
      return (ctx) => {
        const v = ctx.answers[field] as readonly string[] | undefined;
        return v === undefined ? U : (v.length === 0) === empty ? T : F;
      };
    }
    throw new Error(`Ruleset not checked: field condition without an operator ${JSON.stringify(c)}`);
  }

  private all(children: readonly Cond[]): Cond {
    return (ctx) => {
      let trueMask = 0;
      let unknownMask = 0;
      let unknown = false;
      for (const child of children) {
        const r = child(ctx);
        const v = r & 3;
        if (v === FALSE) return r;
        if (v === UNKNOWN) {
          unknown = true;
          unknownMask |= r >>> 2;
        } else trueMask |= r >>> 2;
      }
      return unknown ? pack(unknownMask, UNKNOWN) : pack(trueMask, TRUE);
    };
  }

  private any(children: readonly Cond[]): Cond {
    return (ctx) => {
      let falseMask = 0;
      let unknownMask = 0;
      let unknown = false;
      for (const child of children) {
        const r = child(ctx);
        const v = r & 3;
        if (v === TRUE) return r;
        if (v === UNKNOWN) {
          unknown = true;
          unknownMask |= r >>> 2;
        } else falseMask |= r >>> 2;
      }
      // Still open: an unknown branch may turn true, and so may a false one that rests on a
      // missing answer (« answered: schooling »): both are what the conclusion waits for.
      return unknown ? pack(unknownMask | (falseMask & ctx.unanswered), UNKNOWN) : pack(falseMask, FALSE);
    };
  }

  clause(clause: ReasonClause): CompiledClause {
    return {
      when: clause.when ? this.condition(clause.when) : undefined,
      text: compileTemplate(clause.text),
      fieldsMask: clause.fields ? maskOfFields(clause.fields) : undefined,
    };
  }
}

export function maskOfFields(fields: readonly SituationField[]): number {
  let mask = 0;
  for (const field of fields) mask |= 1 << FIELD_INDEX[field];
  return mask;
}

export function fieldsOfMaskUncached(mask: number): SituationField[] {
  const fields: SituationField[] = [];
  for (let i = 0; i < SITUATION_FIELDS.length; i += 1) {
    const field = SITUATION_FIELDS[i];
    if (field !== undefined && (mask & (1 << i)) !== 0) fields.push(field);
  }
  return fields;
}

const IN_PROGRESS = -2;
const NOT_COMPUTED = -1;

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
  const needIndex = Object.fromEntries(
    NEED_IDS.map((id) => [id, ruleset.needs.findIndex((need) => need.id === id)]),
  ) as Record<NeedId, number>;
  for (const id of NEED_IDS)
    if (needIndex[id] < 0) throw new Error(`Ruleset not checked: need ${id} is missing`);

  // Filled below; the closures read them lazily through the two functions.
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
  const needFinal = (ctx: EvalContext, index: number): number => {
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

  const compiler = new Compiler(ruleset, needIndex, needFinal, definitionValue);
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
    need: needIndex[placement.need],
    after: needIndex[placement.after],
    when: compiler.condition(placement.when),
  }));

  const programmes: CompiledProgramme[] = ruleset.programmes.map((programme) => {
    let needsMask = 0;
    for (const need of programme.needs) needsMask |= 1 << needIndex[need];
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

  const relayRules: CompiledRelayRule[] = ruleset.relayRules.map((rule) => ({
    relay: RELAY_KINDS.indexOf(rule.relay),
    priority: rule.priority === 'first' ? PRIORITY_FIRST : PRIORITY_ALSO,
    when: compiler.condition(rule.when),
    exclusive: rule.exclusive === true,
    because: rule.because.map((clause) => compiler.clause(clause)),
    demote: rule.demote
      ? { when: compiler.condition(rule.demote.when), because: compileTemplate(rule.demote.because) }
      : undefined,
  }));

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
