import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NEED_IDS,
  RELAY_KINDS,
  matchProgrammes,
  parseRuleset,
  type Offer,
  type Ruleset,
} from '@passerelle/core';
import { getRuleset, isRulesetId, rulesetIds } from './index.js';

const folder = fileURLToPath(new URL('.', import.meta.url));
const jsonFiles = readdirSync(folder).filter((name) => name.endsWith('.json'));

describe('the shipped rulesets', () => {
  it('are exactly the JSON files of this folder', () => {
    expect(jsonFiles.map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...rulesetIds].sort());
  });

  for (const file of jsonFiles) {
    it(`${file} passes parseRuleset, has the id of its file name and a Markdown doc`, () => {
      const result = parseRuleset(readFileSync(join(folder, file), 'utf8'));
      expect(result.ok ? [] : result.error).toEqual([]);
      if (result.ok) expect(result.value.id).toBe(file.replace(/\.json$/, ''));
      expect(existsSync(join(folder, file.replace(/\.json$/, '.md')))).toBe(true);
    });
  }

  it('are given by getRuleset exactly as parseRuleset accepts them', () => {
    for (const id of rulesetIds) {
      const result = parseRuleset(readFileSync(join(folder, `${id}.json`), 'utf8'));
      expect(result.ok && result.value).toEqual(getRuleset(id));
    }
  });

  it('declare the spec’s ten needs in its base order and its twelve relay kinds in advice order', () => {
    for (const id of rulesetIds) {
      const ruleset = getRuleset(id) as Ruleset;
      expect(
        ruleset.needs.map((need) => need.id),
        id,
      ).toEqual([...NEED_IDS]);
      expect(Object.keys(ruleset.relayKinds), id).toEqual([...RELAY_KINDS]);
    }
  });

  it('ask about reading, writing and French through everyday situations, never as a test', () => {
    for (const id of rulesetIds) {
      const ruleset = getRuleset(id) as Ruleset;
      for (const field of ['readingWriting', 'frenchSpeaking', 'numeracy', 'digitalSkills'] as const) {
        const question = ruleset.questions.find((candidate) => candidate.field === field);
        expect(question?.text, `${id} ${field}`).toMatch(
          /CAF|lettre|SMS|guichet|médecin|argent|horaires|téléphone|ordinateur/,
        );
        expect(question?.text, `${id} ${field}`).not.toMatch(/\b(test|niveau|évaluer|savez-vous lire)\b/i);
      }
    }
  });

  it('are loaded by id, and an unknown id gives undefined', () => {
    for (const id of rulesetIds) expect(getRuleset(id)?.id).toBe(id);
    expect(getRuleset('bretagne')).toBeUndefined();
    expect(isRulesetId('nouvelle-aquitaine')).toBe(true);
    expect(isRulesetId('__proto__')).toBe(false);
  });

  it('describe every programme and relay kind in plain French, free for the person', () => {
    for (const id of rulesetIds) {
      const ruleset = getRuleset(id) as Ruleset;
      for (const programme of ruleset.programmes) {
        expect(programme.cost, `${id} ${programme.id}`).toMatch(/gratuit|rien à payer/i);
        expect(programme.howToEnter, `${id} ${programme.id}`).toMatch(
          /prescripteur|conseiller|point information|Mission locale/i,
        );
      }
      expect(Object.keys(ruleset.relayKinds)).toHaveLength(12);
    }
  });

  it('explain every acronym they use in their reasons', () => {
    // Every acronym is a known one, and the ruleset gives its meaning somewhere: « RSA (revenu de
    // solidarité active) », « (FLE : français langue étrangère) », « (SIAE) » after the words, or
    // « HSP, c’est un parcours… ».
    const known = new Set([
      'CAP',
      'BEP',
      'CAF',
      'CV',
      'ECLA',
      'FLE',
      'ERIP',
      'HSP',
      'RSA',
      'RQTH',
      'VAE',
      'IAE',
      'SIAE',
      'CEP',
      'CIO',
      'CRIA',
      'PLIE',
      'CPF',
      'RIB',
      'PRF',
      'SMS',
    ]);
    for (const id of rulesetIds) {
      // The worked examples are for developers (English names) and quote the texts checked here.
      const text = JSON.stringify({ ...getRuleset(id), examples: undefined });
      for (const match of text.matchAll(/\b[A-Z]{2,}\b/g))
        expect(known, `${id}: ${match[0]}`).toContain(match[0]);
      for (const acronym of [
        'HSP',
        'ECLA',
        'RSA',
        'RQTH',
        'VAE',
        'IAE',
        'SIAE',
        'CEP',
        'CIO',
        'CRIA',
        'PLIE',
        'FLE',
        'ERIP',
        'CPF',
        'RIB',
        'PRF',
      ].filter((a) => text.includes(a))) {
        expect(text, `${id}: ${acronym} sans explication`).toMatch(
          new RegExp(
            `${acronym} \\(|\\(${acronym} :|\\(${acronym}\\)|\\(parcours ${acronym}\\)|${acronym}, c’est`,
          ),
        );
      }
    }
  });

  it('keep every sentence of their reasons short enough for a person who reads with difficulty', () => {
    // The sentences a person reads about their own situation: reasons, « à vérifier », questions.
    const reasonKeys = new Set(['text', 'met', 'unmet', 'unknown', 'because', 'missing']);
    const sentences: string[] = [];
    const collect = (value: unknown, key: string): void => {
      if (typeof value === 'string') {
        if (reasonKeys.has(key)) sentences.push(...value.split(/(?<=[.!?])\s+/));
      } else if (Array.isArray(value)) value.forEach((item) => collect(item, key));
      else if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) collect(v, k);
    };
    for (const file of jsonFiles) collect(JSON.parse(readFileSync(join(folder, file), 'utf8')), '');
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences.filter((sentence) => sentence.split(/\s+/).length > 25)).toEqual([]);
  });
});

describe('a broken ruleset', () => {
  const valid = (): Record<string, unknown> =>
    JSON.parse(readFileSync(join(folder, 'nouvelle-aquitaine.json'), 'utf8')) as Record<string, unknown>;

  it('fails with the path of a misspelt field value, in French', () => {
    const broken = valid();
    const needs = broken.needs as { when: unknown }[];
    (needs[6] as { when: unknown }).when = { field: 'project', in: ['none', 'idée'] };
    const result = parseRuleset(broken);
    expect(result.ok ? [] : result.error).toMatchInlineSnapshot(`
      [
        {
          "message": "valeur impossible pour le champ « project » de la situation : valeur non reconnue : le texte « idée » ; valeurs permises : « none », « idea », « defined »",
          "path": "needs[6].when.in[1]",
        },
      ]
    `);
  });

  it('fails with the path of an unknown key and of a missing text', () => {
    const broken = valid();
    const programmes = broken.programmes as Record<string, unknown>[];
    delete (programmes[2] as Record<string, unknown>).cost;
    (broken.relayRules as Record<string, unknown>[])[1] = {
      relay: 'mission-locale',
      priority: 'first',
      when: { feild: 'age', gte: 16 },
      because: [{ text: 'x' }],
    };
    const result = parseRuleset(broken);
    expect(result.ok ? [] : result.error).toMatchInlineSnapshot(`
      [
        {
          "message": "champ obligatoire manquant : attendu du texte",
          "path": "programmes[2].cost",
        },
        {
          "message": "champ(s) inconnu(s) : feild",
          "path": "relayRules[1].when",
        },
        {
          "message": "une condition doit avoir exactement une de ces clés : field, answered, unanswered, all, any, not, need, ref",
          "path": "relayRules[1].when",
        },
      ]
    `);
  });

  it('fails on references to unknown definitions, requirements and programmes, and on a cycle', () => {
    const broken = valid();
    (broken.definitions as Record<string, unknown>)['age-16-plus'] = { when: { ref: 'age-16-plus' } };
    (broken.programmes as { requires: unknown[] }[])[0]?.requires.push('old-enough');
    (broken.matchers as { programme: string }[])[0] = {
      programme: 'hsp-socle-2',
      when: { objective: ['5'] },
    } as never;
    (broken.needs as { when: unknown }[])[1] = { ...(broken.needs as object[])[1], when: { ref: 'adult' } };
    const result = parseRuleset(broken);
    expect(result.ok ? [] : result.error.map((p) => p.path)).toEqual([
      'needs[1].when.ref',
      'programmes[0].requires[4]',
      'matchers[0].programme',
      'definitions.age-16-plus.when',
    ]);
    if (!result.ok) {
      expect(result.error[0]?.message).toMatch(/^définition inconnue : « adult » \(connues : /);
      expect(result.error[1]?.message).toMatch(
        /^condition d’accès partagée inconnue : « old-enough » \(connues : « /,
      );
      expect(result.error[2]?.message).toMatch(/^programme inconnu : « hsp-socle-2 » \(connus : « /);
      expect(result.error[3]?.message).toBe('références en boucle : def:age-16-plus → def:age-16-plus');
    }
  });

  it('fails when a need still referred to is missing, at every reference, or an operator does not fit its field', () => {
    const broken = valid();
    broken.needs = (broken.needs as { id: string }[]).filter((need) => need.id !== 'literacy');
    (broken.relayRules as { when: unknown }[])[0] = {
      ...(broken.relayRules as object[])[0],
      when: { field: 'employment', gte: 16 },
    };
    const result = parseRuleset(broken);
    const unknownLiteracy =
      'besoin inconnu : « literacy » (connus : « school-guidance », « barriers », « french-language », « basic-skills », « digital-skills », « career-project », « qualification », « experience-validation », « supported-employment »)';
    expect(result.ok ? [] : result.error).toEqual([
      { path: 'requirements.basic-skills-track.when.any[1].need', message: unknownLiteracy },
      { path: 'programmes[0].needs[0]', message: unknownLiteracy },
      {
        path: 'relayRules[0].when.gte',
        message: 'le champ « employment » n’est pas un nombre : utilisez "eq", "ne", "in" ou "notIn"',
      },
      { path: 'relayRules[10].when.any[1].need', message: unknownLiteracy },
      { path: 'examples[7].needs[0]', message: unknownLiteracy },
      { path: 'examples[51].needs[1]', message: unknownLiteracy },
    ]);
  });

  it('fails on a JSON syntax error with its line', () => {
    const result = parseRuleset('{\n  "format": "passerelle-ruleset",\n  oops\n}');
    expect(result.ok ? [] : result.error[0]?.path).toBe('ligne 3, colonne 3');
  });
});

/** A catalogue offer with only what the matchers look at (fictitious). */
function offer(
  fields: Partial<Offer>,
  funders: string[] = ['2'],
  extras?: { key: string; value: string }[],
): Offer {
  return {
    id: 'F-1',
    title: 'Formation fictive',
    formacodes: [],
    nsf: [],
    rome: [],
    certifications: [],
    contacts: [],
    organisation: { name: 'Organisme fictif', contacts: [] },
    programmes: [],
    actions: [
      {
        id: 'A-1',
        targetPublics: [],
        fundingPossible: true,
        places: [],
        informationDates: [],
        languages: ['fr'],
        funders,
        trainers: [],
        sessions: [{ id: 'S-1', start: null, end: null, contacts: [], ...(extras ? { extras } : {}) }],
      },
    ],
    ...fields,
  };
}

describe('nouvelle-aquitaine: programme matchers', () => {
  const ruleset = getRuleset('nouvelle-aquitaine') as Ruleset;
  const cases: [string, Offer, string[]][] = [
    [
      'a Region-funded basic-skills offer (objective 5) is an HSP Socle',
      offer({ generalObjective: '5' }),
      ['hsp-socle'],
    ],
    [
      'a Region-funded offer with the Formacode 15043 (alphabétisation) is an HSP Socle',
      offer({ formacodes: ['15043'] }),
      ['hsp-socle'],
    ],
    ['the same offer funded by another funder is not tagged', offer({ formacodes: ['15043'] }, ['4']), []],
    [
      'a Region-funded project offer (objective 9) is a préqualification',
      offer({ generalObjective: '9' }),
      ['prequalification'],
    ],
    [
      'a Region-funded certification at CAP level is both HSP premier niveau and qualifying training',
      offer({ generalObjective: '6', exitLevel: '13' }),
      ['hsp-premier-niveau', 'qualifying-training'],
    ],
    [
      'a Region-funded certification at bac+2 is qualifying training only',
      offer({ generalObjective: '6', exitLevel: '15' }),
      ['qualifying-training'],
    ],
    [
      'a session extra « dispositif=HSP-socle » tags the offer whatever its funders',
      offer({}, ['10'], [{ key: 'Dispositif', value: 'HSP-socle' }]),
      ['hsp-socle'],
    ],
    [
      'a declared dispositif wins over the fallback rules: a Region-funded CAP marked « qualifiant » is qualifying training only',
      offer({ generalObjective: '6', exitLevel: '13' }, ['2'], [{ key: 'dispositif', value: 'QUALIFIANT' }]),
      ['qualifying-training'],
    ],
    [
      'an extra « dispositif=vae » tags the VAE',
      offer({}, ['10'], [{ key: 'dispositif', value: 'vae' }]),
      ['vae'],
    ],
    ['an offer nothing recognises has no programme', offer({ generalObjective: '2' }), []],
  ];
  for (const [name, input, expected] of cases)
    it(name, () => expect(matchProgrammes(input, ruleset)).toEqual(expected));
});

describe('centre-val-de-loire: programme matchers', () => {
  const ruleset = getRuleset('centre-val-de-loire') as Ruleset;
  it('tags a Region-funded basic-skills offer as a Visa and a chantier by its dispositif', () => {
    expect(matchProgrammes(offer({ generalObjective: '5' }), ruleset)).toEqual(['visa']);
    expect(
      matchProgrammes(offer({}, ['2'], [{ key: 'dispositif', value: 'chantiers-formation' }]), ruleset),
    ).toEqual(['chantiers-formation']);
    expect(matchProgrammes(offer({ generalObjective: '6' }), ruleset)).toEqual(['parcours-metiers']);
  });
});
