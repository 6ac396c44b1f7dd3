import { describe, expect, it } from 'vitest';
import { importLheo } from './importer.js';

/** A minimal valid formation around `action` and `session` content (fictitious). */
function document({ action = '', session = '', funder = '' } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<lheo xmlns="http://www.lheo.org/2.2"><offres>
<formation numero="F-1">
<intitule-formation>Maçonnerie</intitule-formation>
<action numero="A-1">
<prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>
<session numero="S-1"><periode><debut>20270111</debut><fin>20270326</fin></periode>
${session}
</session>
<organisme-financeur><code-financeur>2</code-financeur>${funder}</organisme-financeur>
${action}
</action>
<organisme-formation-responsable><nom-organisme>Organisme fictif</nom-organisme></organisme-formation-responsable>
</formation>
</offres></lheo>`;
}

const ELIGIBILITIES = `
<extras info="eligibilite-cpf" numero="130805">
<extra info="source">COPANEF</extra>
<extra info="debut-validite">20150101</extra>
<extra info="region">72</extra>
</extras>
<extras info="eligibilite-cpf" numero="1487">
<extra info="source">CPNE conjointe du bâtiment</extra>
<extra info="branche">43.99E</extra>
<extra info="branche">23.61Z</extra>
</extras>`;

describe('LHÉO extras blocks', () => {
  it('keeps each block with its info, its numero and its values in order', () => {
    const { offers, problems } = importLheo(document({ session: ELIGIBILITIES }));
    expect(problems).toEqual([]);
    const session = offers[0]?.actions[0]?.sessions[0];
    expect(session?.extraBlocks).toEqual([
      {
        info: 'eligibilite-cpf',
        numero: '130805',
        values: [
          { info: 'source', value: 'COPANEF' },
          { info: 'debut-validite', value: '20150101' },
          { info: 'region', value: '75' },
        ],
      },
      {
        info: 'eligibilite-cpf',
        numero: '1487',
        values: [
          { info: 'source', value: 'CPNE conjointe du bâtiment' },
          { info: 'branche', value: '43.99E' },
          { info: 'branche', value: '23.61Z' },
        ],
      },
    ]);
    // The flat pairs the rulesets read are still there, in the same order.
    expect(session?.extras?.map((extra) => `${extra.key}=${extra.value}`)).toEqual([
      'eligibilite-cpf/source=COPANEF',
      'eligibilite-cpf/debut-validite=20150101',
      'eligibilite-cpf/region=75',
      'eligibilite-cpf/source=CPNE conjointe du bâtiment',
      'eligibilite-cpf/branche=43.99E',
      'eligibilite-cpf/branche=23.61Z',
    ]);
  });

  it('keeps the ref and numero of a value, and says which block a nested block is in', () => {
    const action = `<extras info="specificites"><extra info="code-public-vise" ref="V12" numero="n1">80006</extra>
<extras info="interne" numero="7"><extra info="a">1</extra></extras><extra info="b">2</extra></extras>`;
    const blocks = importLheo(document({ action })).offers[0]?.actions[0]?.extraBlocks;
    expect(blocks).toEqual([
      {
        info: 'specificites',
        values: [
          { info: 'code-public-vise', numero: 'n1', ref: 'V12', value: '80006' },
          { info: 'b', value: '2' },
        ],
      },
      { info: 'interne', numero: '7', parent: 0, values: [{ info: 'a', value: '1' }] },
    ]);
  });

  it('maps a pre-2016 region code in extras onto today’s, and leaves other values as written', () => {
    const session = `<extras info="x"><extra info="region">54</extra><extra info="code-region">24</extra><extra info="regions">72</extra></extras>`;
    const values = importLheo(document({ session })).offers[0]?.actions[0]?.sessions[0]?.extraBlocks?.[0]
      ?.values;
    expect(values?.map((value) => value.value)).toEqual(['75', '24', '72']);
  });
});

describe('LHÉO funders and recruitment areas', () => {
  it('keeps each funder with its funded places and the recruitment area written in its extras', () => {
    const funder = `<nb-places-financees>5</nb-places-financees>
<extras info="specificites"><extra info="code-perimetre-recrutement">3</extra><extra info="programme-financeur">Programme régional</extra></extras>`;
    const action = importLheo(document({ funder })).offers[0]?.actions[0];
    expect(action?.funders).toEqual(['2']);
    expect(action?.funderDetails).toEqual([
      {
        code: '2',
        fundedPlaces: 5,
        recruitmentArea: 'region',
        extraBlocks: [
          {
            info: 'specificites',
            values: [
              { info: 'code-perimetre-recrutement', value: '3' },
              { info: 'programme-financeur', value: 'Programme régional' },
            ],
          },
        ],
      },
    ]);
  });

  it('reads the action’s recruitment area, from its element or else from its extras', () => {
    const own = importLheo(
      document({
        action:
          '<code-perimetre-recrutement>2</code-perimetre-recrutement><infos-perimetre-recrutement>Gironde</infos-perimetre-recrutement>',
      }),
    ).offers[0]?.actions[0];
    expect([own?.recruitmentArea, own?.recruitmentAreaInfo]).toEqual(['departement', 'Gironde']);
    const inExtras = importLheo(
      document({
        action: '<extras info="specificites"><extra info="code-perimetre-recrutement">6</extra></extras>',
      }),
    ).offers[0]?.actions[0];
    expect(inExtras?.recruitmentArea).toBe('international');
  });

  it('reports a recruitment area code that dict-perimetre-recrutement does not know, and keeps the record', () => {
    const { offers, problems } = importLheo(
      document({
        funder:
          '<nb-places-financees>beaucoup</nb-places-financees><extras><extra info="code-perimetre-recrutement">9</extra></extras>',
      }),
    );
    expect(offers).toHaveLength(1);
    expect(problems.map((problem) => `${problem.field} [${problem.outcome}] ${problem.reason}`)).toEqual([
      'formation/action/organisme-financeur/nb-places-financees [dropped] nombre « beaucoup » illisible : valeur ignorée',
      'formation/action/organisme-financeur/extras/extra[@info="code-perimetre-recrutement"] [dropped] code « 9 » inconnu de la table LHÉO dict-perimetre-recrutement : valeur ignorée',
    ]);
  });

  it('reads a session’s recruitment: how, from where, when', () => {
    const session = `<recrutement>
<modalite-recrutement>8</modalite-recrutement>
<code-perimetre-recrutement>1</code-perimetre-recrutement>
<infos-perimetre-recrutement>Bordeaux</infos-perimetre-recrutement>
<a-distance>0</a-distance>
<adresse><ligne>1 rue Exemple</ligne><codepostal>33000</codepostal><ville>Bordeaux</ville><region>72</region></adresse>
<urlweb>https://exemple.invalid/inscription</urlweb>
<nb-places>12</nb-places>
<periode><debut>20261201</debut><fin>20261215</fin></periode>
<heure-debut>9h30</heure-debut><heure-fin>12h</heure-fin>
<commentaire>Venir avec un CV</commentaire>
</recrutement>`;
    expect(importLheo(document({ session })).offers[0]?.actions[0]?.sessions[0]?.recruitments).toEqual([
      {
        method: '8',
        area: 'commune',
        areaInfo: 'Bordeaux',
        remote: false,
        address: { lines: ['1 rue Exemple'], postalCode: '33000', city: 'Bordeaux', region: '75' },
        url: 'https://exemple.invalid/inscription',
        places: 12,
        period: { start: '2026-12-01', end: '2026-12-15' },
        startTime: '9h30',
        endTime: '12h',
        comment: 'Venir avec un CV',
      },
    ]);
  });
});
