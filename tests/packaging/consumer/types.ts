// Type-checked by tests/node/packed-packages.test.ts with `moduleResolution` node16 and bundler,
// against the packed tarballs' .d.ts (skipLibCheck off). The @ts-expect-error lines prove the
// types are real: were anything `any`, they would be unused and fail the check.
import { createSearchIndex, orient, type Orientation, type SearchHit } from '@passerelle/core';
import { getRuleset, type RulesetId } from '@passerelle/data/rulesets';
import { publishCatalogue, type Publication } from '@passerelle/data/publish';
import type { PasserelleEventDetails, PasserelleFinder } from '@passerelle/widget';
import '@passerelle/widget/define';

export function firstTitle(hits: readonly SearchHit[]): string | undefined {
  return hits[0]?.title;
}

export function plan(id: RulesetId): Orientation | undefined {
  const ruleset = getRuleset(id);
  if (ruleset === undefined) return undefined;
  const result = orient({ age: 19 }, ruleset);
  return result.ok ? result.value : undefined;
}

// @ts-expect-error a ruleset id is one of the shipped ones
export const unknownRuleset: RulesetId = 'atlantide';

export const publish: (...args: Parameters<typeof publishCatalogue>) => Promise<Publication> =
  publishCatalogue;
export const search = createSearchIndex;

// HTMLElementTagNameMap: querySelector knows the element's class.
const finder: PasserelleFinder | null = document.querySelector('passerelle-finder');
finder?.addEventListener('passerelle-orientation', (event) => {
  const needs: readonly string[] = event.detail.needs;
  return needs;
});
finder?.addEventListener('passerelle-select', (event) => {
  const offerId: string = event.detail.offerId;
  // @ts-expect-error a search event's detail has no offerId
  const wrong: PasserelleEventDetails['passerelle-search']['offerId'] = offerId;
  return wrong;
});
export { finder };
