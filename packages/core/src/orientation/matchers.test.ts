import { describe, expect, it } from 'vitest';
import { makeAction, makeOffer, makeSession } from '../test-support/catalogue-fixtures.js';
import { matchProgrammes } from './matchers.js';
import type { Ruleset } from './ruleset.js';
import { makeRuleset } from './test-support/mini-ruleset.js';

const base = makeRuleset();
const programme = base.programmes[0] as Ruleset['programmes'][number];
const ruleset: Ruleset = {
  ...base,
  programmes: [
    { ...programme, id: 'socle' },
    { ...programme, id: 'qualifiant' },
  ],
  matchers: [
    // Matcher order differs from programme order on purpose.
    {
      programme: 'qualifiant',
      when: { all: [{ funder: ['2'] }, { objective: ['6'] }, { not: { exitLevel: ['15', '16'] } }] },
    },
    {
      programme: 'socle',
      when: { any: [{ extra: { key: 'dispositif', value: ['socle'] } }, { formacode: ['15043'] }] },
    },
    { programme: 'socle', when: { certifying: false } },
  ],
};

describe('matchProgrammes', () => {
  it('tags an offer with every programme whose matcher holds, once each, in programme order', () => {
    const offer = makeOffer({
      generalObjective: '6',
      exitLevel: '13',
      formacodes: ['15043'],
      certifying: false,
    });
    expect(matchProgrammes(offer, ruleset)).toEqual(['socle', 'qualifiant']);
  });

  it('reads funders from any action and extras from the offer, actions and sessions, ignoring case', () => {
    const inSession = makeOffer({
      actions: [
        makeAction({ funders: ['4'] }),
        makeAction({
          id: 'A-2',
          sessions: [makeSession({ extras: [{ key: 'Dispositif', value: ' SOCLE ' }] })],
        }),
      ],
    });
    expect(matchProgrammes(inSession, ruleset)).toEqual(['socle']);
  });

  it('treats a missing LHÉO field as not matching', () => {
    expect(matchProgrammes(makeOffer({ formacodes: [], certifying: true }), ruleset)).toEqual([]);
    expect(
      matchProgrammes(
        makeOffer({ formacodes: [], certifying: true, generalObjective: '6', exitLevel: '15' }),
        ruleset,
      ),
    ).toEqual([]);
  });
});
