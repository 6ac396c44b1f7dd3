/** How a training of the plan reads, the same on screen and on the printed sheet. */
import { formatDate } from '../internal/format.js';
import { say } from './orientation-messages.js';
import type { TrainingPick } from './trainings.js';

/** « Début le lundi 11 janvier 2027 · 3 sessions », or what of it is known. */
export function trainingWhen(pick: TrainingPick): string {
  const parts = [
    ...(pick.start ? [say.startsOn(formatDate(pick.start))] : []),
    ...(pick.sessions > 1 ? [say.sessions(pick.sessions)] : []),
  ];
  return parts.join(' · ');
}

/** « Réunion d’information le mardi 12 janvier 2027 », when the catalogue gives one still to come. */
export function informationLine(pick: TrainingPick): string | undefined {
  return pick.informationMeeting ? say.informationMeeting(formatDate(pick.informationMeeting)) : undefined;
}
