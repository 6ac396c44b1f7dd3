import { describe, expect, it } from 'vitest';
import { parseRuleset } from './parse-ruleset.js';
import { makeRuleset } from './test-support/mini-ruleset.js';

describe('parseRuleset', () => {
  it('accepts a complete ruleset, as an object or as JSON text', () => {
    expect(parseRuleset(makeRuleset()).ok).toBe(true);
    expect(parseRuleset(JSON.stringify(makeRuleset())).ok).toBe(true);
  });

  it('refuses a document that is not a ruleset, saying what was expected', () => {
    const result = parseRuleset({ format: 'passerelle-catalogue' });
    expect(result.ok ? [] : result.error.slice(0, 2)).toEqual([
      {
        path: 'format',
        message:
          'valeur non reconnue : le texte « passerelle-catalogue » ; valeurs permises : « passerelle-ruleset »',
      },
      { path: 'version', message: 'champ obligatoire manquant : valeurs permises « 1 »' },
    ]);
  });

  it('refuses a condition with two forms', () => {
    const broken = {
      ...makeRuleset(),
      relayRules: [
        {
          relay: 'cio',
          priority: 'first',
          when: { field: 'age', lt: 16, need: 'barriers' },
          because: [{ text: 'a' }],
        },
      ],
    };
    const result = parseRuleset(broken);
    expect(result.ok ? [] : result.error).toEqual([
      {
        path: 'relayRules[0].when',
        message:
          'une condition doit avoir exactement une de ces clés : field, answered, unanswered, all, any, not, need, ref',
      },
    ]);
  });

  it('refuses a comparison without a field, or two comparisons', () => {
    const broken = {
      ...makeRuleset(),
      relayRules: [
        { relay: 'erip', priority: 'also', when: { answered: 'age', eq: 3 }, because: [{ text: 'b' }] },
        { relay: 'cep', priority: 'also', when: { field: 'age', lt: 16, gt: 3 }, because: [{ text: 'c' }] },
      ],
    };
    const result = parseRuleset(broken);
    expect(result.ok ? [] : result.error).toEqual([
      {
        path: 'relayRules[0].when',
        message: '« eq » compare la réponse d’un champ : ajoutez "field" ou retirez cette clé',
      },
      {
        path: 'relayRules[1].when',
        message:
          'une condition sur un champ doit avoir exactement une comparaison parmi « eq », « ne », « lt », « lte », « gt », « gte », « in », « notIn », « includes », « includesAny », « isEmpty »',
      },
    ]);
  });

  it('refuses list operators on a single answer and single comparisons on a list', () => {
    const broken = {
      ...makeRuleset(),
      relayRules: [
        {
          relay: 'cio',
          priority: 'first',
          when: { field: 'rsa', includes: 'money' },
          because: [{ text: 'a' }],
        },
        {
          relay: 'erip',
          priority: 'also',
          when: { field: 'barriers', eq: 'money' },
          because: [{ text: 'b' }],
        },
      ],
    };
    const result = parseRuleset(broken);
    expect(result.ok ? [] : result.error.map((p) => p.path)).toEqual([
      'relayRules[0].when.includes',
      'relayRules[1].when.eq',
      'questions',
    ]);
  });

  it('refuses an unknown placeholder, a duplicate programme, a demoted also and a self placement', () => {
    const ruleset = makeRuleset();
    const programme = ruleset.programmes[0];
    const broken = {
      ...ruleset,
      programmes: [programme, { ...programme, description: 'Pour vous, à {ville}.' }],
      needPlacement: [{ need: 'barriers', after: 'barriers', when: { field: 'age', gte: 0 } }],
      relayRules: [
        {
          relay: 'cio',
          priority: 'also',
          when: { field: 'age', lt: 16 },
          because: [{ text: 'a' }],
          demote: { when: { field: 'rsa', eq: true }, because: 'b' },
        },
      ],
    };
    const result = parseRuleset(broken);
    expect(result.ok ? [] : result.error.map((p) => p.path)).toEqual([
      'needPlacement[0].after',
      'programmes[1].id',
      'relayRules[0].demote',
      'programmes[1].description',
    ]);
  });

  it('refuses references to needs and relay kinds the ruleset does not declare, each at its path', () => {
    const ruleset = makeRuleset();
    const programme = ruleset.programmes[0];
    const broken = {
      ...ruleset,
      programmes: [{ ...programme, needs: ['literacy', 'gardening'] }],
      needPlacement: [{ need: 'cooking', after: 'barriers', when: { field: 'age', gte: 0 } }],
      relayRules: [
        { relay: 'cio', priority: 'first', when: { need: 'swimming' }, because: [{ text: 'a' }] },
        {
          relay: 'guichet-imaginaire',
          priority: 'also',
          when: { field: 'age', lt: 16 },
          because: [{ text: 'b' }],
        },
      ],
    };
    const result = parseRuleset(broken);
    expect(result.ok ? [] : result.error.map((p) => p.path)).toEqual([
      'needPlacement[0].need',
      'programmes[0].needs[1]',
      'relayRules[0].when.need',
      'relayRules[1].relay',
    ]);
    expect(result.ok ? '' : result.error[3]?.message).toMatch(/« guichet-imaginaire »/);
  });

  it('refuses examples that name what the ruleset does not declare', () => {
    const broken = {
      ...makeRuleset(),
      examples: [
        {
          name: 'un exemple',
          situation: { age: 30 },
          needs: ['literacy', 'juggling'],
          programmes: { prog: 'eligible', autre: 'eligible' },
          relays: ['erip:also', 'phare:first'],
          reasons: [{ need: 'literacy', relay: 'erip', why: [] }],
        },
      ],
    };
    const result = parseRuleset(broken);
    expect(result.ok ? [] : result.error.map((p) => p.path)).toEqual([
      'examples[0].needs[1]',
      'examples[0].programmes.autre',
      'examples[0].relays[1]',
      'examples[0].reasons[0]',
    ]);
  });

  it('refuses an example whose situation is not a situation, naming the field', () => {
    const broken = { ...makeRuleset(), examples: [{ name: 'x', situation: { age: 'vingt' } }] };
    const result = parseRuleset(broken);
    expect(result.ok ? [] : result.error.map((p) => p.path)).toEqual(['examples[0].situation.age']);
  });

  it('refuses a ruleset with 150,000 broken questions with one French problem at the list, without overflowing the stack (issue 14)', () => {
    const result = parseRuleset({ ...makeRuleset(), questions: new Array<number>(150_000).fill(7) });
    expect(result.ok ? [] : result.error.map((problem) => problem.path)).toEqual(['questions']);
    expect(result.ok ? '' : result.error[0]?.message).toContain('bien trop de valeurs invalides');
  });

  it('names the field an inline requirement or an answer breaks, not « aucune des formes permises » at the value (issue 14)', () => {
    const ruleset = structuredClone(makeRuleset()) as unknown as {
      programmes: Array<{ requires: Array<Record<string, unknown>> }>;
      questions: Array<{ options: Array<{ value: unknown }> }>;
    };
    (ruleset.programmes[0]?.requires[0] as Record<string, unknown>)['failStatus'] = 'non-eligible';
    (ruleset.questions[0]?.options[0] as { value: unknown }).value = ['moins de 16', 15];
    (ruleset.programmes[0]?.requires as unknown[]).push(42);
    const result = parseRuleset(ruleset);
    expect(result.ok ? [] : result.error).toEqual([
      {
        path: 'questions[0].options[0].value[1]',
        message: 'attendu du texte, reçu le nombre 15',
      },
      {
        path: 'programmes[0].requires[0].failStatus',
        message:
          'valeur non reconnue : le texte « non-eligible » ; valeurs permises : « not-eligible », « to-check », « derogation »',
      },
      { path: 'programmes[0].requires[1]', message: 'la valeur ne correspond à aucune des formes permises' },
    ]);
  });
});
