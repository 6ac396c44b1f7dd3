/**
 * Compiles one condition of a ruleset into a closure over the evaluation context, and a sentence
 * with `{field}` placeholders into a function of the answers. References to needs and definitions
 * are resolved through the two functions `compile.ts` passes in, so their values are cached per
 * evaluation and a need is computed once however many rules read it.
 */
import { FALSE, TRUE, UNKNOWN, pack } from './engine-values.js';
import type { ConditionJson, ReasonClause } from './ruleset.js';
import { FIELD_INDEX, SITUATION_FIELDS, type SituationField } from './situation.js';
import { fieldValueSchema } from './situation-schema.js';

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

/** How a compiled condition reads a need or a definition (by index), cached per evaluation. */
export interface References {
  readonly needIndex: ReadonlyMap<string, number>;
  readonly definitionIndex: ReadonlyMap<string, number>;
  readonly need: (ctx: EvalContext, index: number) => number;
  readonly definition: (ctx: EvalContext, index: number) => number;
}

export class ConditionCompiler {
  constructor(private readonly references: References) {}

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
      const index = this.references.needIndex.get(c.need);
      if (index === undefined) throw new Error(`Ruleset not checked: unknown need ${c.need}`);
      const need = this.references.need;
      return (ctx) => need(ctx, index);
    }
    if (c.ref !== undefined) {
      const index = this.references.definitionIndex.get(c.ref);
      if (index === undefined) throw new Error(`Ruleset not checked: unknown definition ${c.ref}`);
      const definition = this.references.definition;
      return (ctx) => definition(ctx, index);
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
