/**
 * A small ruleset written for the engine's tests: every need of the spec is declared but most never
 * hold, so each test reads only the rules it is about.
 */
import type { ConditionJson, Ruleset } from '../ruleset.js';
import { NEED_IDS, RELAY_KINDS, type NeedId } from '../types.js';

/** False whatever the answers (never unknown): a need that no answer can settle or list. */
const never: ConditionJson = { all: [{ answered: 'age' }, { unanswered: 'age' }] };

export function makeRuleset(overrides: Partial<Ruleset> = {}): Ruleset {
  const needs: Ruleset['needs'] = NEED_IDS.map((id: NeedId) => ({
    id,
    title: `Titre ${id}`,
    when: never,
    because: [{ text: `Raison ${id}.` }],
  }));
  return {
    format: 'passerelle-ruleset',
    version: 1,
    id: 'essai',
    name: 'Essai',
    sources: ['Écrit pour les tests'],
    definitions: {},
    questions: [
      {
        field: 'age',
        text: 'Quel âge avez-vous ?',
        label: 'votre âge',
        missing: 'Votre âge manque.',
        input: 'number',
        options: [
          { value: 15, label: 'Moins de 16 ans' },
          { value: 30, label: '26 ans ou plus' },
        ],
      },
      {
        field: 'rsa',
        text: 'Touchez-vous le RSA ?',
        label: 'le RSA',
        missing: 'Le RSA manque.',
        input: 'yes-no',
        options: [
          { value: true, label: 'Oui' },
          { value: false, label: 'Non' },
        ],
      },
    ],
    needs,
    needPlacement: [],
    requirements: {},
    programmes: [
      {
        id: 'prog',
        name: 'Programme',
        shortName: 'Programme',
        description: 'Un programme.',
        forWhom: 'Pour tous.',
        cost: 'Gratuit.',
        howToEnter: 'Par un prescripteur.',
        bring: ['Une pièce d’identité'],
        needs: ['barriers'],
        requires: [
          {
            when: { field: 'age', gte: 16 },
            met: 'Assez âgé.',
            unmet: 'Trop jeune.',
            unknown: 'Âge inconnu.',
          },
        ],
      },
    ],
    relayKinds: Object.fromEntries(
      RELAY_KINDS.map((kind) => [kind, { name: kind, description: `Le relais ${kind}.` }]),
    ) as Ruleset['relayKinds'],
    relayRules: [],
    matchers: [],
    ...overrides,
  };
}

/** The mini ruleset with one need's rule replaced. */
export function withNeed(ruleset: Ruleset, id: NeedId, rule: Partial<Ruleset['needs'][number]>): Ruleset {
  return { ...ruleset, needs: ruleset.needs.map((need) => (need.id === id ? { ...need, ...rule } : need)) };
}
