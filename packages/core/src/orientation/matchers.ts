/**
 * Programme matchers: a ruleset says, from LHÉO-derived fields of a catalogue offer, which of its
 * programmes the offer belongs to (so a search can filter on `hsp-socle`). Two-valued: a field the
 * offer lacks simply does not match.
 */
import type { Offer } from '../catalogue/schema.js';
import { compiled, type CompiledRuleset } from './compile.js';
import type { OfferConditionJson, Ruleset } from './ruleset.js';

/** What the matchers look at, gathered once per offer from the offer, its actions and sessions. */
interface OfferView {
  readonly objective: string | undefined;
  readonly exitLevel: string | undefined;
  readonly certifying: boolean;
  readonly formacodes: ReadonlySet<string>;
  readonly funders: ReadonlySet<string>;
  /** Lower-cased extras key → lower-cased values. */
  readonly extras: ReadonlyMap<string, ReadonlySet<string>>;
}

function viewOf(offer: Offer): OfferView {
  const funders = new Set<string>();
  const extras = new Map<string, Set<string>>();
  const addExtras = (list: readonly { key: string; value: string }[] | undefined): void => {
    for (const extra of list ?? []) {
      const key = extra.key.trim().toLowerCase();
      let values = extras.get(key);
      if (values === undefined) extras.set(key, (values = new Set()));
      values.add(extra.value.trim().toLowerCase());
    }
  };
  addExtras(offer.extras);
  for (const action of offer.actions) {
    for (const funder of action.funders) funders.add(funder);
    addExtras(action.extras);
    for (const session of action.sessions) addExtras(session.extras);
  }
  return {
    objective: offer.generalObjective,
    exitLevel: offer.exitLevel,
    certifying: offer.certifying === true,
    formacodes: new Set(offer.formacodes),
    funders,
    extras,
  };
}

type OfferTest = (view: OfferView) => boolean;

export function compileOfferCondition(c: OfferConditionJson): OfferTest {
  if (c.objective !== undefined) {
    const codes = new Set(c.objective);
    return (view) => view.objective !== undefined && codes.has(view.objective);
  }
  if (c.exitLevel !== undefined) {
    const codes = new Set(c.exitLevel);
    return (view) => view.exitLevel !== undefined && codes.has(view.exitLevel);
  }
  if (c.funder !== undefined) {
    const codes = c.funder;
    return (view) => codes.some((code) => view.funders.has(code));
  }
  if (c.formacode !== undefined) {
    const codes = c.formacode;
    return (view) => codes.some((code) => view.formacodes.has(code));
  }
  if (c.extra !== undefined) {
    const key = c.extra.key.trim().toLowerCase();
    const values = c.extra.value?.map((value) => value.trim().toLowerCase());
    return (view) => {
      const present = view.extras.get(key);
      if (present === undefined) return false;
      return values === undefined || values.some((value) => present.has(value));
    };
  }
  if (c.certifying !== undefined) {
    const wanted = c.certifying;
    return (view) => view.certifying === wanted;
  }
  if (c.all !== undefined) {
    const children = c.all.map(compileOfferCondition);
    return (view) => children.every((child) => child(view));
  }
  if (c.any !== undefined) {
    const children = c.any.map(compileOfferCondition);
    return (view) => children.some((child) => child(view));
  }
  if (c.not !== undefined) {
    const inner = compileOfferCondition(c.not);
    return (view) => !inner(view);
  }
  throw new Error(`Ruleset not checked: offer condition without a form ${JSON.stringify(c)}`);
}

const matcherCache = new WeakMap<Ruleset, readonly { programme: string; test: OfferTest }[]>();

function matchersOf(ruleset: Ruleset): readonly { programme: string; test: OfferTest }[] {
  let matchers = matcherCache.get(ruleset);
  if (matchers === undefined) {
    // Programme order, not matcher order, so tags read the same whatever the matcher layout.
    const order = new Map(ruleset.programmes.map((programme, index) => [programme.id, index]));
    matchers = ruleset.matchers
      .map((matcher) => ({ programme: matcher.programme, test: compileOfferCondition(matcher.when) }))
      .sort((a, b) => (order.get(a.programme) ?? 0) - (order.get(b.programme) ?? 0));
    matcherCache.set(ruleset, matchers);
  }
  return matchers;
}

/**
 * The ids of the ruleset's programmes this catalogue offer belongs to, in the ruleset's programme
 * order, each once. An offer no matcher recognises gets an empty list.
 *
 * @example
 * ```ts
 * const compiled = compileRuleset(ruleset); // once, for every offer
 * const imported = importLheo(xmlText, { programmesFor: (offer) => matchProgrammes(offer, compiled) });
 * console.log(imported.offers.map((offer) => `${offer.title} : ${offer.programmes.join(', ')}`));
 * ```
 */
export function matchProgrammes(offer: Offer, ruleset: Ruleset | CompiledRuleset): string[] {
  const matchers = matchersOf(compiled(ruleset).ruleset);
  const view = viewOf(offer);
  const ids: string[] = [];
  for (const matcher of matchers) {
    if (!ids.includes(matcher.programme) && matcher.test(view)) ids.push(matcher.programme);
  }
  return ids;
}
