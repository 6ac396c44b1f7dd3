/**
 * The finder's answer to the orientation's « which trainings near this person? »: its own index,
 * searched by programme around the person's commune, one entry per training (not one per session),
 * sessions one can still join first.
 */
import type { SearchHit } from '@passerelle/core';
import type { FinderIndex, PlaceFinder } from '../internal/engine.js';
import type { OrientationTrainings, TrainingPick } from '../orientation/trainings.js';

export interface OrientationTrainingsInputs {
  readonly index: FinderIndex;
  readonly places: PlaceFinder | undefined;
  readonly today: string;
  readonly departements: readonly string[];
  readonly open: OrientationTrainings['open'];
  readonly openSearch: OrientationTrainings['openSearch'];
}

/**
 * How many hits to read to find `limit` distinct trainings: core already folds the sessions and
 * identical actions of one offer into one hit, but one organisation may publish the same training
 * as several offers.
 */
const HITS_PER_TRAINING = 3;

function trainingKey(hit: SearchHit): string {
  return `${hit.offer.organisation.name}\u0000${hit.title}`;
}

/** The sessions of a hit that one can still join (core's group lists them all, soonest first). */
function joinableSessions(hit: SearchHit): number {
  return hit.group?.sessions.length ?? (hit.session ? 1 : 0);
}

/** The soonest information meeting, from today on, of the actions folded into a hit. */
function nextInformationMeeting(hit: SearchHit, today: string): string | undefined {
  const actionIds = new Set(hit.group?.actionIds ?? [hit.actionId]);
  let soonest: string | undefined;
  for (const action of hit.offer.actions) {
    if (!actionIds.has(action.id)) continue;
    for (const date of action.informationDates)
      if (date >= today && (soonest === undefined || date < soonest)) soonest = date;
  }
  return soonest;
}

/** « 33000 » → 33, « 20000 » → 2A and 2B, « 97400 » → 974: the département a postal code most often means. */
function postalDepartements(postalCode: string): string[] {
  if (postalCode.startsWith('97')) return [postalCode.slice(0, 3)];
  if (postalCode.startsWith('20')) return ['2A', '2B'];
  return [postalCode.slice(0, 2)];
}

export function orientationTrainings(inputs: OrientationTrainingsInputs): OrientationTrainings {
  const place = (postalCode: string) => {
    const found = inputs.places?.find(postalCode);
    return found
      ? { coordinates: found.coordinates, departement: found.departement, name: found.name }
      : undefined;
  };
  return {
    place,
    find: (programmes, postalCode, limit) => {
      const centre = postalCode ? place(postalCode) : undefined;
      // Without the commune (its communes file not in yet), the postal code's département still
      // keeps the trainings near the person rather than anywhere in the region.
      const departements = centre
        ? [centre.departement]
        : postalCode
          ? postalDepartements(postalCode)
          : inputs.departements;
      const { hits } = inputs.index.search({
        filters: {
          programmes,
          joinableOn: inputs.today,
          ...(centre ? { near: centre.coordinates } : {}),
          ...(departements.length ? { departements } : {}),
        },
        limit: limit * HITS_PER_TRAINING,
      });
      const picks = new Map<string, { hit: SearchHit; sessions: number }>();
      for (const hit of hits) {
        const key = trainingKey(hit);
        const known = picks.get(key);
        if (known) known.sessions += joinableSessions(hit);
        else if (picks.size < limit) picks.set(key, { hit, sessions: joinableSessions(hit) });
      }
      return [...picks.values()].map(({ hit, sessions }): TrainingPick => ({
        offerId: hit.offerId,
        actionId: hit.actionId,
        sessionId: hit.sessionId,
        title: hit.title,
        organisation: hit.offer.organisation.name,
        town: hit.action.places[0]?.address.city,
        distanceKm: hit.distanceKm,
        start: hit.session?.start ?? undefined,
        sessions,
        informationMeeting: nextInformationMeeting(hit, inputs.today),
      }));
    },
    ...(inputs.open ? { open: inputs.open } : {}),
    ...(inputs.openSearch ? { openSearch: inputs.openSearch } : {}),
  };
}
