/**
 * Evaluation of a compiled ruleset, in the spec's order: needs, then programmes, then relays, then
 * what stays to check. `runRules` decides with integers only; `buildOrientation` writes the
 * plain-French explanation of those decisions. `nextQuestion` needs only the first, many times over.
 */
import type { CompiledClause, EvalContext } from './compile-condition.js';
import { newContext, type CompiledRuleset } from './compile.js';
import {
  FALSE,
  PRIORITIES,
  PRIORITY_ALSO,
  PRIORITY_FIRST,
  PRIORITY_NONE,
  RANK_NOT_ELIGIBLE,
  RANK_TO_CHECK,
  STATUS_BY_RANK,
  TRUE,
  UNKNOWN,
} from './engine-values.js';
import type { Situation } from './situation.js';
import type { NeedId, Orientation, ProgrammeStatus, Reason, RelayAdvice, Step } from './types.js';

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
  /** Priority of each relay kind (the ruleset's `relayKinds` order): first, also or none. */
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

interface NeedDecision {
  readonly listed: number[];
  readonly listedMask: number;
  readonly unknownNeedMask: number;
  readonly checkMask: number;
}

/** Needs: an exclusive need that holds is the only one; unknown needs send their fields to check. */
function decideNeeds(compiled: CompiledRuleset, ctx: EvalContext): NeedDecision {
  for (const index of compiled.exclusiveNeeds) {
    const r = (compiled.needs[index] as (typeof compiled.needs)[number]).when(ctx);
    ctx.needs[index] = r;
    if ((r & 3) === TRUE)
      return { listed: [index], listedMask: 1 << index, unknownNeedMask: 0, checkMask: 0 };
  }
  const listed: number[] = [];
  let listedMask = 0;
  let unknownNeedMask = 0;
  let checkMask = 0;
  for (let index = 0; index < compiled.needs.length; index += 1) {
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
  placeNeeds(compiled, ctx, listed);
  return { listed, listedMask, unknownNeedMask, checkMask };
}

/** The order of needs: the base order, with each placement that holds moving its need. */
function placeNeeds(compiled: CompiledRuleset, ctx: EvalContext, listed: number[]): void {
  if (compiled.placements.length === 0 || listed.length < 2) return;
  const keys: number[] = [];
  for (let index = 0; index < compiled.needs.length; index += 1) keys.push(index);
  compiled.placements.forEach((placement, order) => {
    if ((placement.when(ctx) & 3) === TRUE) keys[placement.need] = placement.after + 0.5 + order / 1024;
  });
  listed.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0));
}

interface ProgrammeDecision {
  readonly programmeRanks: number[];
  readonly programmeUncertain: number[];
  readonly requirementResults: number[];
  readonly checkMask: number;
}

/**
 * Programmes: the strongest certain status wins; an unknown requirement that could change it
 * makes the programme `to-check` and sends its fields to check.
 */
function decideProgrammes(compiled: CompiledRuleset, ctx: EvalContext): ProgrammeDecision {
  const programmeRanks = filled(compiled.programmes.length, 0);
  const programmeUncertain = filled(compiled.programmes.length, 0);
  const requirementResults = filled(compiled.requirementCount, 0);
  let checkMask = 0;
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
  return { programmeRanks, programmeUncertain, requirementResults, checkMask };
}

interface RelayDecision {
  readonly relayPriorities: number[];
  readonly relayRuleResults: number[];
  readonly demoteResults: number[];
  readonly exclusiveRelay: boolean;
  readonly checkMask: number;
}

/** Relays: each kind takes the strongest priority of its rules that hold. */
function decideRelays(compiled: CompiledRuleset, ctx: EvalContext): RelayDecision {
  const kindCount = compiled.relayKinds.length;
  const rules = compiled.relayRules;
  const relayPriorities = filled(kindCount, PRIORITY_NONE);
  const certainFirst = filled(kindCount, 0);
  const relayRuleResults = filled(rules.length, 0);
  const demoteResults = filled(rules.length, 0);
  let exclusiveRelay = false;
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
  let checkMask = 0;
  if (exclusiveRelay) {
    // Only the exclusive rules that hold advise anything (under 16: the CIO only).
    for (let k = 0; k < kindCount; k += 1) relayPriorities[k] = PRIORITY_NONE;
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
    // An unknown rule that could raise a relay's priority, or demote a first one, waits on its answers.
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
  return { relayPriorities, relayRuleResults, demoteResults, exclusiveRelay, checkMask };
}

/** Every decision of the ruleset for one situation, and the fields still to check. */
export function runRules(compiled: CompiledRuleset, situation: Situation): RunResult {
  const ctx = newContext(compiled, situation);
  const needs = decideNeeds(compiled, ctx);
  const programmes = decideProgrammes(compiled, ctx);
  const relays = decideRelays(compiled, ctx);
  return {
    ctx,
    listed: needs.listed,
    listedMask: needs.listedMask,
    unknownNeedMask: needs.unknownNeedMask,
    programmeRanks: programmes.programmeRanks,
    programmeUncertain: programmes.programmeUncertain,
    requirementResults: programmes.requirementResults,
    relayPriorities: relays.relayPriorities,
    relayRuleResults: relays.relayRuleResults,
    demoteResults: relays.demoteResults,
    exclusiveRelay: relays.exclusiveRelay,
    checkMask: needs.checkMask | programmes.checkMask | relays.checkMask,
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

/** The plan in words: the decisions of `runRules`, each with its reasons, in the spec's order. */
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

  const relayWhy: Reason[][] = compiled.relayKinds.map(() => []);
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
    compiled.relayKinds.forEach((relay, k) => {
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
