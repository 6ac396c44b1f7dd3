/**
 * Evaluation in two passes: `runRules` decides (needs, statuses, relays, fields still to check)
 * with integers only, and `buildOrientation` writes the plain-French explanation. `nextQuestion`
 * needs only the first pass, many times over.
 */
import { newContext, type CompiledClause, type CompiledRuleset, type EvalContext } from './compile.js';
import type { Situation } from './situation.js';
import {
  RELAY_KINDS,
  type NeedId,
  type Orientation,
  type ProgrammeStatus,
  type Reason,
  type RelayAdvice,
  type Step,
} from './types.js';

// Copies of compile.ts's constants: this is the hot path, and a transpiler that turns ESM into
// CommonJS (tsx does for some entry points) would read imported constants through a getter.
const FALSE = 0;
const TRUE = 1;
const UNKNOWN = 2;
const RANK_TO_CHECK = 2;
const RANK_NOT_ELIGIBLE = 3;
const PRIORITY_FIRST = 0;
const PRIORITY_ALSO = 1;
const PRIORITY_NONE = 2;
const PRIORITIES = ['first', 'also'] as const;
const RELAY_COUNT = RELAY_KINDS.length;
const STATUS_BY_RANK = ['eligible', 'derogation', 'to-check', 'not-eligible'] as const;

export interface RunResult {
  readonly ctx: EvalContext;
  /** Listed needs, as indices in the ruleset's needs, in the final order. */
  readonly listed: readonly number[];
  /** Bit mask of listed needs (by index in the ruleset's needs). */
  readonly listedMask: number;
  /** Bit mask of needs still unknown (an answer may list or rule them out). */
  readonly unknownNeedMask: number;
  /** Status rank of each programme. */
  readonly programmeRanks: readonly number[];
  /** Whether an unanswered field decided a programme's `to-check`. */
  readonly programmeUncertain: readonly number[];
  /** Packed requirement results, programme after programme. */
  readonly requirementResults: readonly number[];
  /** Priority of each relay kind (`RELAY_KINDS` order): first, also or none. */
  readonly relayPriorities: readonly number[];
  /** Packed `when` of each relay rule, and of its `demote`. */
  readonly relayRuleResults: readonly number[];
  readonly demoteResults: readonly number[];
  /** Whether an exclusive relay rule holds (then only exclusive rules count). */
  readonly exclusiveRelay: boolean;
  /** Fields whose answer is missing and matters. */
  readonly checkMask: number;
}

/** A small packed array of numbers (cheaper to allocate than a typed array of a few items). */
function filled(length: number, value: number): number[] {
  const array: number[] = [];
  for (let i = 0; i < length; i += 1) array.push(value);
  return array;
}

export function runRules(compiled: CompiledRuleset, situation: Situation): RunResult {
  const ctx = newContext(compiled, situation);
  let checkMask = 0;

  // Needs: an exclusive need that holds is the only one; unknown needs send their fields to check.
  const needCount = compiled.needs.length;
  let exclusiveHolds = -1;
  for (const index of compiled.exclusiveNeeds) {
    const r = (compiled.needs[index] as (typeof compiled.needs)[number]).when(ctx);
    ctx.needs[index] = r;
    if ((r & 3) === TRUE) {
      exclusiveHolds = index;
      break;
    }
  }
  let listed: number[] = [];
  let listedMask = 0;
  let unknownNeedMask = 0;
  if (exclusiveHolds >= 0) {
    listed = [exclusiveHolds];
    listedMask = 1 << exclusiveHolds;
  } else {
    for (let index = 0; index < needCount; index += 1) {
      const need = compiled.needs[index] as (typeof compiled.needs)[number];
      const cached = ctx.needs[index] ?? -1;
      const r = cached >= 0 ? cached : need.when(ctx);
      ctx.needs[index] = r;
      const v = r & 3;
      if (v === TRUE) {
        listed.push(index);
        listedMask |= 1 << index;
        for (const check of need.check) if ((check.when(ctx) & 3) === TRUE) checkMask |= check.mask;
      } else if (v === UNKNOWN) {
        checkMask |= r >>> 2;
        unknownNeedMask |= 1 << index;
      }
    }
    if (compiled.placements.length > 0 && listed.length > 1) {
      const keys: number[] = [];
      for (let index = 0; index < needCount; index += 1) keys.push(index);
      compiled.placements.forEach((placement, order) => {
        if ((placement.when(ctx) & 3) === TRUE) keys[placement.need] = placement.after + 0.5 + order / 1024;
      });
      listed.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0));
    }
  }

  // Programmes: the strongest certain status wins; an unknown requirement that could change it
  // makes the programme `to-check` and sends its fields to check.
  const programmeRanks = filled(compiled.programmes.length, 0);
  const programmeUncertain = filled(compiled.programmes.length, 0);
  const requirementResults = filled(compiled.requirementCount, 0);
  let offset = 0;
  for (let p = 0; p < compiled.programmes.length; p += 1) {
    const programme = compiled.programmes[p] as (typeof compiled.programmes)[number];
    let base = programme.successRank;
    const start = offset;
    for (const requirement of programme.requires) {
      const r = requirement.when(ctx);
      requirementResults[offset] = r;
      offset += 1;
      if ((r & 3) === FALSE && requirement.failRank > base) base = requirement.failRank;
    }
    let uncertainMask = 0;
    let uncertain = false;
    for (let i = 0; i < programme.requires.length; i += 1) {
      const r = requirementResults[start + i] ?? 0;
      const requirement = programme.requires[i] as (typeof programme.requires)[number];
      if ((r & 3) === UNKNOWN && Math.max(base, requirement.failRank) !== base) {
        uncertain = true;
        uncertainMask |= r >>> 2;
      }
    }
    programmeRanks[p] = uncertain ? RANK_TO_CHECK : base;
    programmeUncertain[p] = uncertain ? 1 : 0;
    checkMask |= uncertainMask;
  }

  // Relays: each kind takes the strongest priority of its rules that hold.
  const relayPriorities = filled(RELAY_COUNT, PRIORITY_NONE);
  const certainFirst = filled(RELAY_COUNT, 0);
  const relayRuleResults = filled(compiled.relayRules.length, 0);
  const demoteResults = filled(compiled.relayRules.length, 0);
  let exclusiveRelay = false;
  const rules = compiled.relayRules;
  for (let i = 0; i < rules.length; i += 1) {
    const rule = rules[i] as (typeof rules)[number];
    const r = rule.when(ctx);
    relayRuleResults[i] = r;
    if ((r & 3) !== TRUE) continue;
    if (rule.exclusive) exclusiveRelay = true;
    let priority = rule.priority;
    if (rule.demote !== undefined) {
      const d = rule.demote.when(ctx);
      demoteResults[i] = d;
      if ((d & 3) === TRUE) priority = PRIORITY_ALSO;
      else if ((d & 3) === FALSE) certainFirst[rule.relay] = 1;
    } else if (priority === PRIORITY_FIRST) certainFirst[rule.relay] = 1;
    if (priority < (relayPriorities[rule.relay] ?? PRIORITY_NONE)) relayPriorities[rule.relay] = priority;
  }
  if (exclusiveRelay) {
    for (let k = 0; k < RELAY_COUNT; k += 1) relayPriorities[k] = PRIORITY_NONE;
    for (let i = 0; i < rules.length; i += 1) {
      const rule = rules[i] as (typeof rules)[number];
      if (
        rule.exclusive &&
        ((relayRuleResults[i] ?? 0) & 3) === TRUE &&
        rule.priority < (relayPriorities[rule.relay] ?? PRIORITY_NONE)
      ) {
        relayPriorities[rule.relay] = rule.priority;
      }
    }
  } else {
    for (let i = 0; i < rules.length; i += 1) {
      const rule = rules[i] as (typeof rules)[number];
      const r = relayRuleResults[i] ?? 0;
      const current = relayPriorities[rule.relay] ?? PRIORITY_NONE;
      if ((r & 3) === UNKNOWN && (rule.exclusive || rule.priority < current)) checkMask |= r >>> 2;
      const d = demoteResults[i] ?? 0;
      if (
        (r & 3) === TRUE &&
        rule.demote !== undefined &&
        (d & 3) === UNKNOWN &&
        certainFirst[rule.relay] === 0
      ) {
        checkMask |= d >>> 2;
      }
    }
  }

  return {
    ctx,
    listed,
    listedMask,
    unknownNeedMask,
    programmeRanks,
    programmeUncertain,
    requirementResults,
    relayPriorities,
    relayRuleResults,
    demoteResults,
    exclusiveRelay,
    checkMask,
  };
}

/** The deciding fields a sentence talks about; all it talks about when none of them decided. */
function talkedAbout(declared: number | undefined, decided: number): number {
  if (declared === undefined) return decided;
  return (declared & decided) !== 0 ? declared & decided : declared;
}

function reason(compiled: CompiledRuleset, text: string, mask: number): Reason {
  return { text, fields: compiled.fieldsOfMask(mask) };
}

/** Adds a reason unless the same sentence is already there (two rules may say the same thing). */
function addReason(out: Reason[], compiled: CompiledRuleset, text: string, mask: number): void {
  for (const existing of out) if (existing.text === text) return;
  out.push(reason(compiled, text, mask));
}

/** The sentences of the clauses that hold, each with the fields it rests on. */
function clauseReasons(
  compiled: CompiledRuleset,
  clauses: readonly CompiledClause[],
  ctx: EvalContext,
  parentMask: number,
  out: Reason[],
): void {
  for (const clause of clauses) {
    let mask = parentMask;
    if (clause.when !== undefined) {
      const r = clause.when(ctx);
      if ((r & 3) !== TRUE) continue;
      mask = r >>> 2;
    }
    addReason(out, compiled, clause.text(ctx.answers), talkedAbout(clause.fieldsMask, mask));
  }
}

export function buildOrientation(compiled: CompiledRuleset, run: RunResult): Orientation {
  const { ctx } = run;
  const answers = ctx.answers;

  const programmes: ProgrammeStatus[] = [];
  let offset = 0;
  compiled.programmes.forEach((programme, p) => {
    const rank = run.programmeRanks[p] ?? RANK_TO_CHECK;
    const uncertain = run.programmeUncertain[p] === 1;
    const why: Reason[] = [];
    let allMask = 0;
    for (const requirement of programme.requires) {
      const r = run.requirementResults[offset] ?? 0;
      offset += 1;
      const v = r & 3;
      const mask = talkedAbout(requirement.fieldsMask, r >>> 2);
      allMask |= mask;
      if (rank === RANK_NOT_ELIGIBLE) {
        if (v === FALSE && requirement.failRank === RANK_NOT_ELIGIBLE)
          addReason(why, compiled, requirement.unmet(answers), mask);
        continue;
      }
      if (v === TRUE) {
        if (requirement.met !== undefined) addReason(why, compiled, requirement.met(answers), mask);
      } else if (v === FALSE) addReason(why, compiled, requirement.unmet(answers), mask);
      else if (uncertain) addReason(why, compiled, requirement.unknown(answers), mask);
    }
    if (
      rank !== RANK_NOT_ELIGIBLE &&
      programme.successRank === RANK_TO_CHECK &&
      programme.successBecause !== undefined
    ) {
      addReason(why, compiled, programme.successBecause(answers), allMask);
    }
    programmes.push({ programme: programme.id, status: STATUS_BY_RANK[rank] ?? 'to-check', why });
  });

  const needs: NeedId[] = [];
  const steps: Step[] = [];
  for (const index of run.listed) {
    const need = compiled.needs[index] as (typeof compiled.needs)[number];
    needs.push(need.id);
    const why: Reason[] = [];
    clauseReasons(compiled, need.because, ctx, (ctx.needs[index] ?? 0) >>> 2, why);
    const stepProgrammes: string[] = [];
    compiled.programmes.forEach((programme, p) => {
      if ((programme.needsMask & (1 << index)) !== 0 && run.programmeRanks[p] !== RANK_NOT_ELIGIBLE)
        stepProgrammes.push(programme.id);
    });
    steps.push({ need: need.id, title: need.title, why, programmes: stepProgrammes });
  }

  const relayWhy: Reason[][] = RELAY_KINDS.map(() => []);
  compiled.relayRules.forEach((rule, i) => {
    const r = run.relayRuleResults[i] ?? 0;
    if ((r & 3) !== TRUE || (run.exclusiveRelay && !rule.exclusive)) return;
    const why = relayWhy[rule.relay] as Reason[];
    clauseReasons(compiled, rule.because, ctx, r >>> 2, why);
    const d = run.demoteResults[i] ?? 0;
    if (rule.demote !== undefined && (d & 3) === TRUE) {
      addReason(why, compiled, rule.demote.because(answers), d >>> 2);
    }
  });
  const relays: RelayAdvice[] = [];
  for (const priority of [PRIORITY_FIRST, PRIORITY_ALSO]) {
    RELAY_KINDS.forEach((relay, k) => {
      if (run.relayPriorities[k] === priority)
        relays.push({ relay, priority: PRIORITIES[priority] ?? 'also', why: relayWhy[k] ?? [] });
    });
  }

  const toCheck: Reason[] = [];
  for (let i = 0; i < compiled.checkOrder.length; i += 1) {
    const field = compiled.checkOrder[i] as (typeof compiled.checkOrder)[number];
    const mask = compiled.checkBits[i] ?? 0;
    if ((run.checkMask & mask) === 0) continue;
    toCheck.push(
      reason(
        compiled,
        compiled.missingText[field] ?? `Il manque la réponse à la question « ${field} ».`,
        mask,
      ),
    );
  }

  return { needs, steps, programmes, relays, toCheck };
}
