/**
 * `parseRuleset`: the ruleset's shape (zod) and then its inner consistency (references, value
 * domains, cycles), each problem with its path and a French message.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { parseJsonText } from '../catalogue/parse.js';
import { checkUntrusted } from '../catalogue/untrusted.js';
import { err, ok, type Problem, type Result } from '../result.js';
import { tooDeep } from '../validation/depth.js';
import { formatPath, frenchIssueMessage, toProblems } from '../validation/french-issues.js';
import { CONDITION_FORMS, FIELD_OPERATORS, type ConditionJson, type Ruleset } from './ruleset.js';
import { rulesetSchema } from './ruleset-schema.js';
import { NUMERIC_FIELDS, SITUATION_FIELDS, type SituationField } from './situation.js';
import { fieldValueSchema } from './situation-schema.js';
import { MESSAGES } from './messages.js';

type Path = (string | number)[];

const ARRAY_OPERATORS = new Set(['includes', 'includesAny', 'isEmpty']);
const NUMERIC_OPERATORS = new Set(['lt', 'lte', 'gt', 'gte']);
const SITUATION_FIELD_SET: ReadonlySet<string> = new Set(SITUATION_FIELDS);

class Checker {
  readonly problems: Problem[] = [];
  /** Fields used by any condition: each needs a question, so `toCheck` can speak about it. */
  readonly usedFields = new Set<SituationField>();
  /** Dependency edges for cycle detection: `need:x` / `def:y` → the nodes its condition refers to. */
  readonly edges = new Map<string, { path: Path; refs: string[] }>();

  /** The needs the ruleset declares: every need it refers to must be one of them. */
  readonly needIds: ReadonlySet<string>;

  constructor(private readonly ruleset: Ruleset) {
    this.needIds = new Set(ruleset.needs.map((need) => need.id));
  }

  /** Reports a reference to a need the ruleset does not declare. */
  needReference(id: string, path: Path): void {
    if (!this.needIds.has(id)) this.add(path, MESSAGES.unknownName('need', id, [...this.needIds]));
  }

  /** Reports a reference to a relay kind missing from `relayKinds`. */
  relayReference(kind: string, path: Path): void {
    if (!Object.hasOwn(this.ruleset.relayKinds, kind))
      this.add(path, MESSAGES.unknownName('relayKind', kind, Object.keys(this.ruleset.relayKinds)));
  }

  add(path: Path, message: string): void {
    this.problems.push({ path: formatPath(path), message });
  }

  checkValue(field: SituationField, value: unknown, path: Path): void {
    const result = fieldValueSchema(field).safeParse(value, { reportInput: true });
    if (!result.success) {
      const issue = result.error.issues[0];
      this.add(path, MESSAGES.valueNotForField(field, issue ? frenchIssueMessage(issue) : ''));
    }
  }

  condition(condition: ConditionJson, path: Path, refs: string[]): void {
    const forms = CONDITION_FORMS.filter((key) => condition[key] !== undefined);
    const operators = FIELD_OPERATORS.filter((key) => condition[key] !== undefined);
    if (forms.length !== 1) return; // already reported by the schema
    const form = forms[0];
    if (form !== 'field' && operators.length > 0) {
      this.add(path, MESSAGES.operatorWithoutField(operators));
      return;
    }
    switch (form) {
      case 'field': {
        const field = condition.field as SituationField;
        this.usedFields.add(field);
        if (operators.length !== 1) {
          this.add(path, MESSAGES.oneOperator(FIELD_OPERATORS));
          return;
        }
        const operator = operators[0] as (typeof FIELD_OPERATORS)[number];
        const at = [...path, operator];
        if (field === 'barriers' && !ARRAY_OPERATORS.has(operator))
          this.add(at, MESSAGES.listFieldOperator(field));
        else if (field !== 'barriers' && ARRAY_OPERATORS.has(operator))
          this.add(at, MESSAGES.scalarFieldOperator(field, operator));
        else if (NUMERIC_OPERATORS.has(operator) && !NUMERIC_FIELDS.has(field))
          this.add(at, MESSAGES.numericOperator(field));
        else if (operator === 'eq' || operator === 'ne' || operator === 'includes')
          this.checkValue(field, condition[operator], at);
        else if (operator === 'in' || operator === 'notIn' || operator === 'includesAny') {
          (condition[operator] ?? []).forEach((value, index) =>
            this.checkValue(field, value, [...at, index]),
          );
        }
        return;
      }
      case 'answered':
      case 'unanswered':
        this.usedFields.add(condition[form] as SituationField);
        return;
      case 'all':
      case 'any':
        (condition[form] ?? []).forEach((child, index) =>
          this.condition(child, [...path, form, index], refs),
        );
        return;
      case 'not':
        if (condition.not) this.condition(condition.not, [...path, 'not'], refs);
        return;
      case 'need':
        this.needReference(String(condition.need), [...path, 'need']);
        refs.push(`need:${String(condition.need)}`);
        return;
      case 'ref': {
        const name = String(condition.ref);
        if (!Object.hasOwn(this.ruleset.definitions, name)) {
          this.add(
            [...path, 'ref'],
            MESSAGES.unknownName('definition', name, Object.keys(this.ruleset.definitions)),
          );
        } else refs.push(`def:${name}`);
        return;
      }
      case undefined:
        return;
    }
  }

  /** A condition that is a node of the dependency graph (a need's or a definition's). */
  node(name: string, condition: ConditionJson, path: Path): void {
    const refs: string[] = [];
    this.condition(condition, path, refs);
    this.edges.set(name, { path, refs });
  }

  /** A condition anywhere else: its references are checked but it cannot be part of a cycle. */
  leaf(condition: ConditionJson, path: Path): void {
    this.condition(condition, path, []);
  }

  cycles(): void {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (name: string, trail: string[]): void => {
      if (state.get(name) === 'done') return;
      if (state.get(name) === 'visiting') {
        const node = this.edges.get(name);
        this.add(node?.path ?? [], MESSAGES.cycle([...trail.slice(trail.indexOf(name)), name]));
        return;
      }
      state.set(name, 'visiting');
      for (const ref of this.edges.get(name)?.refs ?? []) visit(ref, [...trail, name]);
      state.set(name, 'done');
    };
    for (const name of this.edges.keys()) visit(name, []);
  }
}

function checkPlaceholders(value: unknown, path: Path, checker: Checker): void {
  if (typeof value === 'string') {
    for (const match of value.matchAll(/\{([^}]*)\}/g)) {
      const name = match[1] ?? '';
      if (!SITUATION_FIELD_SET.has(name)) checker.add(path, MESSAGES.unknownPlaceholder(name));
    }
  } else if (Array.isArray(value))
    value.forEach((item, index) => checkPlaceholders(item, [...path, index], checker));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkPlaceholders(item, [...path, key], checker);
  }
}

/** An example may only name needs, programmes and relay kinds the ruleset declares. */
function checkExamples(ruleset: Ruleset, checker: Checker, programmeIds: ReadonlySet<string>): void {
  const programme = (id: string, path: Path): void => {
    if (!programmeIds.has(id)) checker.add(path, MESSAGES.unknownName('programme', id, [...programmeIds]));
  };
  ruleset.examples?.forEach((example, index) => {
    const at: Path = ['examples', index];
    example.needs?.forEach((need, i) => checker.needReference(need, [...at, 'needs', i]));
    for (const id of Object.keys(example.programmes ?? {})) programme(id, [...at, 'programmes', id]);
    example.relays?.forEach((advice, i) =>
      checker.relayReference(advice.slice(0, advice.lastIndexOf(':')), [...at, 'relays', i]),
    );
    example.reasons?.forEach((expected, i) => {
      const where: Path = [...at, 'reasons', i];
      const named = [expected.need, expected.programme, expected.relay].filter((id) => id !== undefined);
      if (named.length !== 1) checker.add(where, MESSAGES.oneOutcome);
      if (expected.need !== undefined) checker.needReference(expected.need, [...where, 'need']);
      if (expected.programme !== undefined) programme(expected.programme, [...where, 'programme']);
      if (expected.relay !== undefined) checker.relayReference(expected.relay, [...where, 'relay']);
    });
  });
}

/**
 * The references and value domains zod cannot see: every problem, with its path.
 *
 * @example
 * ```ts
 * import { getRuleset } from '@passerelle/data/rulesets';
 *
 * const shipped = getRuleset('nouvelle-aquitaine');
 * if (shipped === undefined) throw new Error('référentiel introuvable');
 * checkRuleset(shipped); // []
 * const edited = structuredClone(shipped);
 * edited.programmes[0]?.needs.unshift('jobs'); // a need the ruleset does not declare
 * checkRuleset(edited).map((problem) => problem.path); // ['programmes[0].needs[0]']
 * ```
 */
export function checkRuleset(ruleset: Ruleset): Problem[] {
  const checker = new Checker(ruleset);

  // Needs: each declared once; the ruleset may declare needs of its own beyond the spec's.
  const seenNeeds = new Map<string, number>();
  ruleset.needs.forEach((need, index) => {
    if (seenNeeds.has(need.id)) checker.add(['needs', index, 'id'], MESSAGES.duplicate('besoin', need.id));
    seenNeeds.set(need.id, index);
    checker.node(`need:${need.id}`, need.when, ['needs', index, 'when']);
    need.because.forEach(
      (clause, i) => clause.when && checker.leaf(clause.when, ['needs', index, 'because', i, 'when']),
    );
    need.check?.forEach((clause, i) => checker.leaf(clause.when, ['needs', index, 'check', i, 'when']));
  });
  ruleset.needPlacement.forEach((placement, index) => {
    checker.needReference(placement.need, ['needPlacement', index, 'need']);
    checker.needReference(placement.after, ['needPlacement', index, 'after']);
    if (placement.need === placement.after)
      checker.add(['needPlacement', index, 'after'], MESSAGES.placementSelf(placement.need));
    checker.leaf(placement.when, ['needPlacement', index, 'when']);
  });

  for (const [name, definition] of Object.entries(ruleset.definitions)) {
    checker.node(`def:${name}`, definition.when, ['definitions', name, 'when']);
  }
  for (const [name, requirement] of Object.entries(ruleset.requirements)) {
    checker.leaf(requirement.when, ['requirements', name, 'when']);
  }

  const programmeIds = new Set<string>();
  ruleset.programmes.forEach((programme, index) => {
    if (programmeIds.has(programme.id))
      checker.add(['programmes', index, 'id'], MESSAGES.duplicate('programme', programme.id));
    programmeIds.add(programme.id);
    programme.needs.forEach((need, i) => checker.needReference(need, ['programmes', index, 'needs', i]));
    programme.requires.forEach((requirement, i) => {
      const at: Path = ['programmes', index, 'requires', i];
      if (typeof requirement === 'string') {
        if (!Object.hasOwn(ruleset.requirements, requirement)) {
          checker.add(
            at,
            MESSAGES.unknownName('requirement', requirement, Object.keys(ruleset.requirements)),
          );
        }
      } else checker.leaf(requirement.when, [...at, 'when']);
    });
  });

  ruleset.relayRules.forEach((rule, index) => {
    checker.relayReference(rule.relay, ['relayRules', index, 'relay']);
    checker.leaf(rule.when, ['relayRules', index, 'when']);
    rule.because.forEach(
      (clause, i) => clause.when && checker.leaf(clause.when, ['relayRules', index, 'because', i, 'when']),
    );
    if (rule.demote) checker.leaf(rule.demote.when, ['relayRules', index, 'demote', 'when']);
    if (rule.demote && rule.priority !== 'first')
      checker.add(['relayRules', index, 'demote'], MESSAGES.demoteAlso);
  });

  ruleset.matchers.forEach((matcher, index) => {
    if (!programmeIds.has(matcher.programme)) {
      checker.add(
        ['matchers', index, 'programme'],
        MESSAGES.unknownName('programme', matcher.programme, [...programmeIds]),
      );
    }
  });

  const questionFields = new Set<SituationField>();
  ruleset.questions.forEach((question, index) => {
    if (questionFields.has(question.field))
      checker.add(['questions', index, 'field'], MESSAGES.duplicate('question', question.field));
    questionFields.add(question.field);
    question.options.forEach((option, i) => {
      const at: Path = ['questions', index, 'options', i, 'value'];
      if (question.field === 'barriers') {
        if (!Array.isArray(option.value)) checker.add(at, MESSAGES.listAnswer);
        else option.value.forEach((value, j) => checker.checkValue('barriers', value, [...at, j]));
      } else checker.checkValue(question.field, option.value, at);
    });
  });

  checkExamples(ruleset, checker, programmeIds);
  checker.cycles();
  for (const field of SITUATION_FIELDS) {
    if (checker.usedFields.has(field) && !questionFields.has(field))
      checker.add(['questions'], MESSAGES.missingQuestion(field));
  }
  checkPlaceholders(ruleset, [], checker);
  return checker.problems;
}

/** A form refuses the value's very type: a root `invalid_type`, or a union all of whose forms do. */
function refusesType(form: readonly $ZodIssue[]): boolean {
  return form.some(
    (inner) =>
      inner.path.length === 0 &&
      (inner.code === 'invalid_type' ||
        (inner.code === 'invalid_union' && inner.errors.length > 0 && inner.errors.every(refusesType))),
  );
}

/**
 * A value that may take several forms (a requirement: a name or an inline object; an answer) and
 * fits none is reported where it goes wrong in the one form of its own type: an inline requirement
 * whose `failStatus` is misspelt, at `…requires[3].failStatus`, not as « aucune des formes
 * permises » at the requirement. When no single form has the value's type, the union's issue stays.
 */
function withinUnions(issues: readonly $ZodIssue[]): $ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue];
    const ofItsType = issue.errors.filter((form) => !refusesType(form));
    const [form] = ofItsType;
    if (ofItsType.length !== 1 || form === undefined) return [issue];
    return withinUnions(form.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
  });
}

/**
 * Checks a ruleset (parsed JSON or JSON text): its shape, then its references. Returns the
 * ruleset, or every problem with its path (`needs[3].when.any[1].eq`) and a French message.
 *
 * @example
 * ```ts
 * const checked = parseRuleset(JSON.parse(await readFile('ma-region.json', 'utf8')));
 * if (!checked.ok) for (const problem of checked.error) console.error(`${problem.path} — ${problem.message}`);
 * ```
 */
export function parseRuleset(input: unknown): Result<Ruleset, Problem[]> {
  let json = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return parsed;
    json = parsed.value;
  }
  const deep = tooDeep(json);
  if (deep !== undefined) return err([deep]);
  const checked = checkUntrusted(json, () => rulesetSchema.safeParse(json, { reportInput: true }));
  if (!checked.ok) return checked;
  const result = checked.value;
  if (!result.success) return err(toProblems(withinUnions(result.error.issues)));
  const problems = checkRuleset(result.data);
  return problems.length > 0 ? err(problems) : ok(result.data);
}
