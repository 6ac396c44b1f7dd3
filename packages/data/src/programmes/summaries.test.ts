import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getRuleset, rulesetIds } from '../rulesets/index.js';
import { rulesetSummary, summariseRuleset } from './summaries.js';
import { programmeExplanation } from './explanations.js';
import { explanationsJson, summariesJson } from './write-summaries.js';

describe('the programme summaries of the shipped rulesets', () => {
  it('are what the rulesets say today (run build:summaries after editing a ruleset)', () => {
    const written = readFileSync(new URL('./programme-summaries.json', import.meta.url), 'utf8');
    expect(written).toBe(summariesJson());
    const explanations = readFileSync(new URL('./programme-explanations.json', import.meta.url), 'utf8');
    expect(explanations).toBe(explanationsJson());
  });

  it('explain every programme in the ruleset’s own words, kept apart for the first load', () => {
    for (const id of rulesetIds)
      for (const programme of getRuleset(id)?.programmes ?? [])
        expect(programmeExplanation(id, programme.id)).toBe(programme.description);
    expect(programmeExplanation('nouvelle-aquitaine', 'inconnu')).toBeUndefined();
  });

  it('keep every programme of each ruleset, in order, with the need it answers first', () => {
    for (const id of rulesetIds) {
      const ruleset = getRuleset(id);
      const summary = rulesetSummary(id);
      expect(summary).toEqual(ruleset && summariseRuleset(ruleset));
      expect(summary?.programmes.map((programme) => programme.id)).toEqual(
        ruleset?.programmes.map((programme) => programme.id),
      );
      expect(summary?.programmes.every((programme) => programme.need !== '')).toBe(true);
    }
  });

  it('know no ruleset that is not shipped', () => {
    expect(rulesetSummary('bretagne')).toBeUndefined();
  });
});
