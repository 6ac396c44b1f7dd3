/**
 * Which training a detail view shows, resolved from the view and the catalogue. Small and loaded
 * with the finder; the view itself (`offer-detail.ts`) comes when a detail is first opened.
 */
import type { Action, Offer } from '@passerelle/core';
import type { ProgrammeInfo } from '../internal/programmes.js';
import type { View } from './view-history.js';

export interface OfferDetail {
  readonly offer: Offer;
  readonly action: Action;
  readonly whatToBring: readonly string[];
}

/**
 * The training a detail view shows, with what to bring: its programmes' lists, or the ruleset's
 * first programme's when none of its programmes says.
 */
export function resolveDetail(
  view: View,
  offerOf: (id: string) => Offer | undefined,
  programmes: ReadonlyMap<string, ProgrammeInfo>,
  fallback: ProgrammeInfo | undefined,
): OfferDetail | undefined {
  if (view.kind !== 'detail') return undefined;
  const offer = offerOf(view.offerId);
  const action = offer?.actions.find((candidate) => candidate.id === view.actionId);
  if (!offer || !action) return undefined;
  const bring = new Set<string>();
  for (const id of offer.programmes)
    for (const item of programmes.get(id)?.whatToBring ?? []) bring.add(item);
  if (bring.size === 0) for (const item of fallback?.whatToBring ?? []) bring.add(item);
  return { offer, action, whatToBring: [...bring] };
}
