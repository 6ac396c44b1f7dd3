/**
 * The plan as the screens, the printed sheet and the SMS show it: the engine's orientation joined
 * with the ruleset's names and, when the partner gave a directory, the nearest relays. Built once
 * per change of answers, never while rendering.
 */
import {
  describeOpeningHours,
  nearestRelays,
  type Coordinates,
  type EligibilityStatus,
  type NearbyRelay,
  type Orientation,
  type Reason,
  type RelayDirectory,
  type RelayKind,
  type RelayPriority,
  type Ruleset,
} from '@passerelle/core';
import { rulesetInfo } from '../internal/programmes.js';
import { needPictogram } from './pictograms.js';
import { say } from './orientation-messages.js';

export interface PlanProgramme {
  readonly id: string;
  readonly name: string;
  readonly status: EligibilityStatus;
  readonly why: readonly Reason[];
}

export interface PlanStep {
  readonly need: string;
  readonly title: string;
  readonly pictogram: string;
  readonly why: readonly Reason[];
  /** The programmes of this step a person may enter (not the closed ones). */
  readonly programmes: readonly PlanProgramme[];
}

export interface PlanPlace {
  readonly name: string;
  readonly lines: readonly string[];
  readonly postalCode: string;
  readonly city: string;
  readonly distanceKm: number | null;
  readonly phone: string | undefined;
  readonly email: string | undefined;
  readonly website: string | undefined;
  /** In words when the form is known, else as the directory wrote it. */
  readonly hours: string | undefined;
  readonly appointment: boolean;
  readonly whatToBring: readonly string[];
  readonly notes: string | undefined;
}

export interface PlanRelay {
  readonly kind: RelayKind;
  readonly name: string;
  readonly description: string;
  readonly priority: RelayPriority;
  readonly why: readonly Reason[];
  readonly places: readonly PlanPlace[];
}

export interface Plan {
  readonly steps: readonly PlanStep[];
  readonly programmes: readonly PlanProgramme[];
  readonly relays: readonly PlanRelay[];
  readonly toCheck: readonly Reason[];
  /** « Ce que je dis à l'accueil »: a sentence the person can say or show. */
  readonly sayAtDesk: string;
  readonly bring: readonly string[];
}

export interface PlanContext {
  readonly ruleset: Ruleset;
  readonly directory: RelayDirectory | undefined;
  readonly from: Coordinates | undefined;
  readonly departement: string | undefined;
  readonly partner: string | undefined;
}

function place({ relay, distanceKm }: NearbyRelay): PlanPlace {
  return {
    name: relay.name,
    lines: relay.address.lines,
    postalCode: relay.address.postalCode,
    city: relay.address.city,
    distanceKm,
    phone: relay.phone,
    email: relay.email,
    website: relay.website,
    hours: relay.openingHours && (describeOpeningHours(relay.openingHours) ?? relay.openingHours),
    appointment: relay.appointment === true,
    whatToBring: relay.whatToBring,
    notes: relay.notes,
  };
}

export function buildPlan(orientation: Orientation, context: PlanContext): Plan {
  const { ruleset } = context;
  const names = new Map(ruleset.programmes.map((programme) => [programme.id, programme.name]));
  const programmes: PlanProgramme[] = orientation.programmes.map((status) => ({
    id: status.programme,
    name: names.get(status.programme) ?? status.programme,
    status: status.status,
    why: status.why,
  }));
  const byId = new Map(programmes.map((programme) => [programme.id, programme]));
  const steps: PlanStep[] = orientation.steps.map((step) => ({
    need: step.need,
    title: step.title,
    pictogram: needPictogram(step.need),
    why: step.why,
    programmes: step.programmes.flatMap((id) => byId.get(id) ?? []),
  }));
  const relays: PlanRelay[] = orientation.relays.map((advice) => {
    const kind = ruleset.relayKinds[advice.relay];
    const found = context.directory
      ? nearestRelays(context.directory, advice.relay, {
          from: context.from,
          departement: context.departement,
        })
      : [];
    return {
      kind: advice.relay,
      name: kind?.name ?? advice.relay,
      description: kind?.description ?? '',
      priority: advice.priority,
      why: advice.why,
      places: found.map(place),
    };
  });
  const firstPlace = relays.find((relay) => relay.priority === 'first')?.places[0];
  const openProgrammes = new Set(
    programmes.filter((programme) => programme.status !== 'not-eligible').map((programme) => programme.id),
  );
  const programmeBring =
    rulesetInfo(ruleset.id)
      ?.programmes.filter((programme) => openProgrammes.has(programme.id))
      .flatMap((programme) => programme.whatToBring) ?? [];
  const bring = [...new Set(firstPlace?.whatToBring.length ? firstPlace.whatToBring : programmeBring)];
  return {
    steps,
    programmes,
    relays,
    toCheck: orientation.toCheck,
    sayAtDesk: say.sayText(
      context.partner,
      steps.map((step) => step.title),
    ),
    bring: bring.length > 0 ? bring.slice(0, 5) : say.bringDefault,
  };
}
