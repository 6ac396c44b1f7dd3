/**
 * What the orientation asks of the finder that hosts it: trainings of a programme near a place,
 * and the place itself, through the finder's own catalogue and search (the orientation has no
 * catalogue of its own, and works without any).
 */
import type { Coordinates } from '@passerelle/core';

export interface TrainingPick {
  readonly offerId: string;
  readonly actionId: string;
  readonly sessionId: string | null;
  readonly title: string;
  readonly organisation: string;
  readonly town: string | undefined;
  readonly distanceKm: number | null;
  /** ISO date of the soonest session one can still join, if known. */
  readonly start: string | undefined;
  /** How many joinable sessions this training has. */
  readonly sessions: number;
  /** ISO date of the soonest information meeting still to come, when the catalogue gives one. */
  readonly informationMeeting: string | undefined;
}

export interface PersonPlace {
  readonly coordinates: Coordinates;
  readonly departement: string;
  readonly name: string;
}

export interface OrientationTrainings {
  /** Trainings of these programmes, one per training, nearest or soonest first; `[]` when none. */
  find(programmes: readonly string[], postalCode: string | undefined, limit: number): readonly TrainingPick[];
  /** The commune of a postal code, when the finder knows its communes. */
  place(postalCode: string): PersonPlace | undefined;
  /** Opens a training's detail in the search tab (absent when there is no search tab). */
  open?: (pick: TrainingPick) => void;
  /** Opens the search tab with these programmes and this place as filters. */
  openSearch?: (programmes: readonly string[], postalCode: string | undefined) => void;
}
