import { describe, expect, it } from 'vitest';
import { compileRuleset } from './compile.js';
import { orient } from './orient.js';
import { parseRuleset } from './parse-ruleset.js';
import type { Ruleset } from './ruleset.js';
import type { Orientation } from './types.js';
import { makeRuleset, withNeed } from './test-support/mini-ruleset.js';

function run(situation: unknown, ruleset: Ruleset): Orientation {
  const checked = parseRuleset(ruleset);
  if (!checked.ok) throw new Error(JSON.stringify(checked.error));
  const result = orient(situation, checked.value);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const programme = (o: Orientation, id = 'prog') => o.programmes.find((p) => p.programme === id);

describe('orient: the situation', () => {
  it('rejects an invalid field and names it in French', () => {
    const result = orient({ age: 'dix-neuf', employment: 'chômeur' }, makeRuleset());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchInlineSnapshot(`
        [
          {
            "message": "attendu un nombre, reçu le texte « dix-neuf »",
            "path": "age",
          },
          {
            "message": "valeur non reconnue : le texte « chômeur » ; valeurs permises : « job-seeker », « employed », « insertion-job », « student », « inactive »",
            "path": "employment",
          },
        ]
      `);
    }
  });

  it('rejects an unknown field, so a typo never goes unnoticed', () => {
    const result = orient({ ages: 19 }, makeRuleset());
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toEqual([{ path: '(racine)', message: 'champ(s) inconnu(s) : ages' }]);
  });

  it('rejects an age out of range and a situation that is not an object', () => {
    const tooOld = orient({ age: 150 }, makeRuleset());
    expect(tooOld.ok ? [] : tooOld.error).toEqual([
      { path: 'age', message: 'la valeur doit être au plus 120' },
    ]);
    const notObject = orient([], makeRuleset());
    expect(notObject.ok).toBe(false);
  });

  it('treats null as an unanswered question and accepts a level written as text', () => {
    const ruleset = withNeed(makeRuleset(), 'qualification', { when: { field: 'highestLevel', lte: 3 } });
    const result = orient({ age: null, highestLevel: '3' }, ruleset);
    expect(result.ok && result.value.needs).toEqual(['qualification']);
  });
});

describe('orient: three-valued conditions', () => {
  it('makes a programme to-check when its deciding field is unanswered, and lists the field to check', () => {
    const o = run({}, makeRuleset());
    expect(programme(o)).toEqual({
      programme: 'prog',
      status: 'to-check',
      why: [{ text: 'Âge inconnu.', fields: ['age'] }],
    });
    expect(o.toCheck).toEqual([{ text: 'Votre âge manque.', fields: ['age'] }]);
  });

  it('decides when the field is answered, with the reason and its field', () => {
    expect(programme(run({ age: 30 }, makeRuleset()))).toEqual({
      programme: 'prog',
      status: 'eligible',
      why: [{ text: 'Assez âgé.', fields: ['age'] }],
    });
    expect(programme(run({ age: 12 }, makeRuleset()))?.status).toBe('not-eligible');
  });

  it('lets a false condition decide an "all" even when another part is unknown', () => {
    const ruleset = withNeed(makeRuleset(), 'barriers', {
      when: {
        all: [
          { field: 'rsa', eq: true },
          { field: 'age', gte: 16 },
        ],
      },
    });
    const o = run({ age: 12 }, ruleset);
    expect(o.needs).toEqual([]);
    expect(o.toCheck).toEqual([]);
  });

  it('lets a true condition decide an "any" even when another part is unknown', () => {
    const ruleset = withNeed(makeRuleset(), 'barriers', {
      when: {
        any: [
          { field: 'rsa', eq: true },
          { field: 'age', gte: 16 },
        ],
      },
    });
    const o = run({ age: 30 }, ruleset);
    expect(o.needs).toEqual(['barriers']);
    expect(o.steps[0]?.why).toEqual([{ text: 'Raison barriers.', fields: ['age'] }]);
  });

  it('sends the fields of an unknown need to check, without listing the need', () => {
    const ruleset = withNeed(makeRuleset(), 'barriers', { when: { not: { field: 'rsa', eq: false } } });
    const o = run({ age: 30 }, ruleset);
    expect(o.needs).toEqual([]);
    expect(o.toCheck).toEqual([{ text: 'Le RSA manque.', fields: ['rsa'] }]);
  });

  it('answers "answered" and "unanswered" with certainty', () => {
    const ruleset = withNeed(makeRuleset(), 'barriers', { when: { unanswered: 'rsa' } });
    expect(run({ age: 30 }, ruleset).needs).toEqual(['barriers']);
    expect(run({ age: 30, rsa: false }, ruleset).needs).toEqual([]);
  });

  it('adds a check clause field even when the need is already listed', () => {
    const ruleset = withNeed(makeRuleset(), 'barriers', {
      when: { field: 'age', gte: 16 },
      check: [{ when: { unanswered: 'rsa' }, fields: ['rsa'] }],
    });
    expect(run({ age: 30 }, ruleset).toCheck.map((r) => r.fields)).toEqual([['rsa']]);
  });

  it('compares lists with includes, includesAny and isEmpty', () => {
    const base = makeRuleset({
      questions: [
        ...makeRuleset().questions,
        {
          field: 'barriers',
          text: 'Freins ?',
          label: 'les freins',
          missing: 'Freins inconnus.',
          input: 'multiple',
          options: [],
        },
      ],
    });
    const includes = withNeed(base, 'barriers', { when: { field: 'barriers', includes: 'money' } });
    expect(run({ barriers: ['money'] }, includes).needs).toEqual(['barriers']);
    expect(run({ barriers: ['housing'] }, includes).needs).toEqual([]);
    const some = withNeed(base, 'barriers', { when: { field: 'barriers', isEmpty: false } });
    expect(run({ barriers: [] }, some).needs).toEqual([]);
    expect(run({ barriers: ['health', 'health'] }, some).needs).toEqual(['barriers']);
    const anyOf = withNeed(base, 'barriers', {
      when: { field: 'barriers', includesAny: ['money', 'health'] },
    });
    expect(run({ barriers: ['health'] }, anyOf).needs).toEqual(['barriers']);
  });
});

describe('orient: needs', () => {
  it('lists an exclusive need alone, and other rules see the hidden needs as false', () => {
    let ruleset = withNeed(makeRuleset(), 'school-guidance', {
      when: { field: 'age', lt: 16 },
      exclusive: true,
    });
    ruleset = withNeed(ruleset, 'barriers', { when: { field: 'age', gte: 0 } });
    ruleset = {
      ...ruleset,
      relayRules: [
        {
          relay: 'cria',
          priority: 'also',
          when: { need: 'barriers' },
          because: [{ text: 'Besoin de lever les freins.' }],
        },
      ],
    };
    const young = run({ age: 12 }, ruleset);
    expect(young.needs).toEqual(['school-guidance']);
    expect(young.relays).toEqual([]);
    const adult = run({ age: 30 }, ruleset);
    expect(adult.needs).toEqual(['barriers']);
    expect(adult.relays.map((r) => r.relay)).toEqual(['cria']);
  });

  it('keeps the ruleset order, and moves a need after another when a placement holds', () => {
    let ruleset = withNeed(makeRuleset(), 'barriers', { when: { field: 'age', gte: 0 } });
    ruleset = withNeed(ruleset, 'literacy', { when: { field: 'age', gte: 0 } });
    ruleset = withNeed(ruleset, 'supported-employment', { when: { field: 'age', gte: 0 } });
    ruleset = {
      ...ruleset,
      needPlacement: [{ need: 'supported-employment', after: 'barriers', when: { field: 'rsa', eq: true } }],
    };
    expect(run({ age: 30, rsa: false }, ruleset).needs).toEqual([
      'barriers',
      'literacy',
      'supported-employment',
    ]);
    expect(run({ age: 30, rsa: true }, ruleset).needs).toEqual([
      'barriers',
      'supported-employment',
      'literacy',
    ]);
  });

  it('lists in a step the programmes of that need that are not ruled out', () => {
    const ruleset = withNeed(makeRuleset(), 'barriers', { when: { field: 'age', gte: 0 } });
    expect(run({ age: 30 }, ruleset).steps[0]?.programmes).toEqual(['prog']);
    expect(run({ age: 12 }, ruleset).steps[0]?.programmes).toEqual([]);
  });

  it('fills a reason with the answer it quotes', () => {
    const ruleset = withNeed(makeRuleset(), 'barriers', {
      when: { field: 'age', gte: 0 },
      because: [{ text: 'Vous avez {age} ans.' }],
    });
    expect(run({ age: 19 }, ruleset).steps[0]?.why).toEqual([{ text: 'Vous avez 19 ans.', fields: ['age'] }]);
  });
});

describe('orient: programme statuses', () => {
  const requirement = (
    when: Ruleset['requirements'][string]['when'],
    failStatus?: 'to-check' | 'derogation',
  ) => ({
    when,
    unmet: `Non : ${String(when.field)}.`,
    unknown: `Inconnu : ${String(when.field)}.`,
    ...(failStatus ? { failStatus } : {}),
  });
  const withRequires = (requires: Ruleset['programmes'][number]['requires'], extra: object = {}): Ruleset => {
    const base = makeRuleset();
    return {
      ...base,
      programmes: [{ ...(base.programmes[0] as Ruleset['programmes'][number]), requires, ...extra }],
    };
  };

  it('gives a derogation when only a derogation requirement fails', () => {
    const ruleset = withRequires([
      requirement({ field: 'age', gte: 16 }),
      requirement({ field: 'age', lte: 25 }, 'derogation'),
    ]);
    expect(programme(run({ age: 30 }, ruleset))?.status).toBe('derogation');
    expect(programme(run({ age: 20 }, ruleset))?.status).toBe('eligible');
    expect(programme(run({ age: 10 }, ruleset))?.status).toBe('not-eligible');
  });

  it('keeps a certain not-eligible even when another requirement is unknown, and asks nothing about it', () => {
    const ruleset = withRequires([
      requirement({ field: 'age', gte: 16 }),
      requirement({ field: 'rsa', eq: true }),
    ]);
    const o = run({ age: 10 }, ruleset);
    expect(programme(o)?.status).toBe('not-eligible');
    expect(o.toCheck).toEqual([]);
  });

  it('is to-check when an unknown requirement could still rule it out', () => {
    const ruleset = withRequires([
      requirement({ field: 'age', gte: 16 }),
      requirement({ field: 'rsa', eq: true }),
    ]);
    const o = run({ age: 30 }, ruleset);
    expect(programme(o)?.status).toBe('to-check');
    expect(o.toCheck.map((r) => r.fields)).toEqual([['rsa']]);
  });

  it('stays to-check when every requirement is met but a prescriber must confirm', () => {
    const ruleset = withRequires([requirement({ field: 'age', gte: 16 })], {
      whenMet: { status: 'to-check', because: 'Un prescripteur confirme.' },
    });
    expect(programme(run({ age: 30 }, ruleset))).toEqual({
      programme: 'prog',
      status: 'to-check',
      why: [{ text: 'Un prescripteur confirme.', fields: ['age'] }],
    });
    expect(programme(run({ age: 10 }, ruleset))?.status).toBe('not-eligible');
  });
});

describe('orient: relays', () => {
  const rules: Ruleset['relayRules'] = [
    {
      relay: 'cio',
      priority: 'first',
      exclusive: true,
      when: { field: 'age', lt: 16 },
      because: [{ text: 'Moins de 16 ans.' }],
    },
    {
      relay: 'france-travail',
      priority: 'first',
      when: { field: 'age', gte: 26 },
      because: [{ text: 'Vous avez {age} ans.' }],
      demote: { when: { field: 'rsa', eq: true }, because: 'Un autre relais passe devant.' },
    },
    {
      relay: 'departement',
      priority: 'first',
      when: { field: 'rsa', eq: true },
      because: [{ text: 'RSA.' }],
    },
    {
      relay: 'erip',
      priority: 'also',
      when: { field: 'age', gte: 16 },
      because: [{ text: 'Ouvert à tous.' }],
    },
  ];
  const ruleset = makeRuleset({ relayRules: rules });

  it('keeps only the exclusive relay when its rule holds', () => {
    expect(run({ age: 12, rsa: true }, ruleset).relays).toEqual([
      { relay: 'cio', priority: 'first', why: [{ text: 'Moins de 16 ans.', fields: ['age'] }] },
    ]);
  });

  it('puts first relays before the others, and demotes a first relay when its demotion holds', () => {
    expect(run({ age: 30, rsa: false }, ruleset).relays.map((r) => [r.relay, r.priority])).toEqual([
      ['france-travail', 'first'],
      ['erip', 'also'],
    ]);
    const demoted = run({ age: 30, rsa: true }, ruleset).relays;
    expect(demoted.map((r) => [r.relay, r.priority])).toEqual([
      ['departement', 'first'],
      ['france-travail', 'also'],
      ['erip', 'also'],
    ]);
    expect(demoted[1]?.why).toEqual([
      { text: 'Vous avez 30 ans.', fields: ['age'] },
      { text: 'Un autre relais passe devant.', fields: ['rsa'] },
    ]);
  });

  it('keeps a first relay whose demotion is unknown, and asks about it', () => {
    const o = run({ age: 30 }, ruleset);
    expect(o.relays.map((r) => [r.relay, r.priority])).toEqual([
      ['france-travail', 'first'],
      ['erip', 'also'],
    ]);
    expect(o.toCheck.map((r) => r.fields)).toEqual([['rsa']]);
  });

  it('lists no relay whose rule is unknown, and asks for the missing answer', () => {
    const o = run({}, ruleset);
    expect(o.relays).toEqual([]);
    expect(o.toCheck.map((r) => r.fields)).toEqual([['age'], ['rsa']]);
  });
});

describe('compileRuleset', () => {
  it('gives the same answer as the plain ruleset, for reuse across evaluations', () => {
    const ruleset = makeRuleset();
    const compiledRuleset = compileRuleset(ruleset);
    expect(orient({ age: 30 }, compiledRuleset)).toEqual(orient({ age: 30 }, ruleset));
  });
});

describe('orient: needs and relay kinds are the ruleset’s own', () => {
  it('lists a need and advises a relay kind that a region added, without any change to core', () => {
    const base = makeRuleset();
    const ruleset: Ruleset = {
      ...base,
      needs: [
        ...base.needs,
        {
          id: 'driving-licence',
          title: 'Passer le permis de conduire',
          when: { field: 'rsa', eq: true },
          because: [{ text: 'Le permis ouvre des emplois loin des transports.' }],
        },
      ],
      relayKinds: {
        ...base.relayKinds,
        'auto-ecole-sociale': { name: 'Auto-école sociale', description: 'Le permis, avec un soutien.' },
      },
      relayRules: [
        {
          relay: 'auto-ecole-sociale',
          priority: 'also',
          when: { need: 'driving-licence' },
          because: [{ text: 'Elle prépare au permis à petit prix.' }],
        },
      ],
    };
    const o = run({ age: 30, rsa: true }, ruleset);
    expect(o.needs).toEqual(['driving-licence']);
    expect(o.steps[0]?.title).toBe('Passer le permis de conduire');
    expect(o.relays.map((r) => `${r.relay}:${r.priority}`)).toEqual(['auto-ecole-sociale:also']);
    expect(run({ age: 30, rsa: false }, ruleset).relays).toEqual([]);
  });
});
