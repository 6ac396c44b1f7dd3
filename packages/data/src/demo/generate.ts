/**
 * The demo catalogue generator: a Nouvelle-Aquitaine-like regional offer, in real communes, with
 * fictitious organisations, deterministic for a given seed and date.
 *
 * `size` is the number of sessions. Each département gets a share proportional to the population
 * of its communes, and each training place is drawn in proportion to its commune's population, so
 * Bordeaux, Limoges, Poitiers and Pau get more than small towns. Offers come out ordered by
 * département (an offer's actions in other départements come after its own), the order
 * `splitCatalogue` / `mergeCatalogues` preserve.
 */
import {
  CATALOGUE_FORMAT,
  CATALOGUE_VERSION,
  compareDepartements,
  compileRuleset,
  matchProgrammes,
  type Action,
  type Catalogue,
  type CatalogueMeta,
  type Extra,
  type Offer,
  type Session,
  type TeachingMode,
} from '@passerelle/core';
import { DEMO_DEPARTEMENTS, demoCommunes, type DemoCommune } from './communes.js';
import { getRuleset } from '../rulesets/index.js';
import { DISPOSITIF, OFFER_TEMPLATES, type DemoProgramme, type OfferTemplate } from './offer-templates.js';
import {
  FICTITIOUS,
  fictitiousAddress,
  fictitiousContact,
  fictitiousOrganisation,
  fictitiousWebsite,
  type DemoOrganisation,
} from './organisations.js';
import { Random, WeightedPicker } from './prng.js';

/** How many sessions the demo catalogue has by default. */
export const DEMO_DEFAULT_SIZE = 5000;
/** The seed that makes the demo catalogue the same on every machine. */
export const DEMO_DEFAULT_SEED = 75;
/** The `source` the demo catalogue states, which screens show: fictitious data. */
export const DEMO_SOURCE = 'Données de démonstration générées — fictives';
/** The ruleset whose programmes the demo offers belong to. */
export const DEMO_RULESET = 'nouvelle-aquitaine';

/** How to generate a demo catalogue: size, seed, départements, first day, communes. */
export interface DemoOptions {
  /** Number of sessions to generate (default 5,000). */
  readonly size?: number;
  readonly seed?: number;
  /** Départements to cover (default: the twelve of Nouvelle-Aquitaine). */
  readonly departements?: readonly string[];
  /** First day of the twelve months the sessions spread over, `YYYY-MM-DD` (default: today, UTC). */
  readonly today?: string;
  /** The communes to draw from (default: the generated territories, else the built-in list). */
  readonly communes?: readonly DemoCommune[];
  /** Computes an offer's programmes (default: the `nouvelle-aquitaine` ruleset's matchers). */
  readonly tagProgrammes?: (offer: Offer) => string[];
}

const DAY_MS = 86_400_000;

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function parseDay(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`today doit être une date AAAA-MM-JJ, reçu « ${day} »`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

// A year of sessions uses about 400 distinct days: formatting each once keeps 200k sessions fast.
const formattedDays = new Map<number, string>();

function formatDay(time: number): string {
  let day = formattedDays.get(time);
  if (day === undefined) {
    day = new Date(time).toISOString().slice(0, 10);
    formattedDays.set(time, day);
  }
  return day;
}

/** The Monday on or after `time`: trainings start on Mondays. */
function nextMonday(time: number): number {
  const weekday = new Date(time).getUTCDay();
  return time + ((8 - weekday) % 7) * DAY_MS;
}

/** Largest-remainder split of `total` in proportion to `weights`. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

export function demoCatalogueMeta(today: string, departements: readonly string[]): CatalogueMeta {
  return {
    source: DEMO_SOURCE,
    generatedAt: `${today}T00:00:00Z`,
    licence:
      'Licence Ouverte 2.0 pour ces données fictives ; communes : @etalab/decoupage-administratif (Licence Ouverte), points GeoNames (CC BY 4.0)',
    demo: true,
    title: 'Catalogue de démonstration Nouvelle-Aquitaine (fictif)',
    ruleset: DEMO_RULESET,
    departements: [...departements],
  };
}

const DISABILITY_ACCESS = [
  'Locaux accessibles en fauteuil roulant. Un référent handicap adapte la formation avec vous.',
  'Salle de plain-pied et toilettes adaptées. Parlez-nous de vos besoins dès l’inscription.',
  'Accès par ascenseur. Supports en gros caractères sur demande.',
] as const;

/** Neighbouring départements of Nouvelle-Aquitaine, within the région. */
const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  '16': ['17', '24', '79', '86', '87'],
  '17': ['16', '24', '33', '79'],
  '19': ['23', '24', '87'],
  '23': ['19', '87'],
  '24': ['16', '17', '19', '33', '47', '87'],
  '33': ['17', '24', '40', '47'],
  '40': ['33', '47', '64'],
  '47': ['24', '33', '40'],
  '64': ['40'],
  '79': ['16', '17', '86'],
  '86': ['16', '79', '87'],
  '87': ['16', '19', '23', '24', '86'],
};

const RHYTHMS: Readonly<Record<string, readonly string[]>> = {
  short: [
    'Temps partiel : 3 demi-journées par semaine',
    'Temps partiel : 2 jours par semaine',
    'Temps partiel : 9 heures par semaine',
  ],
  long: [
    'Temps plein : 35 heures par semaine',
    'Temps plein : 30 heures par semaine, stages en entreprise compris',
  ],
};

interface Counters {
  offer: number;
  action: number;
  session: number;
}

interface DepartementPlan {
  readonly departement: string;
  readonly communes: WeightedPicker<DemoCommune>;
  readonly organisations: readonly DemoOrganisation[];
  readonly sessions: number;
}

class DemoBuilder {
  readonly #random: Random;
  readonly #today: number;
  readonly #templates = new WeightedPicker(OFFER_TEMPLATES, (template) => template.weight);
  readonly #tag: (offer: Offer) => string[];
  readonly #counters: Counters = { offer: 0, action: 0, session: 0 };

  constructor(random: Random, today: number, tag: (offer: Offer) => string[]) {
    this.#random = random;
    this.#today = today;
    this.#tag = tag;
  }

  /** Offers of one département until its share of sessions is spent. */
  *offers(plan: DepartementPlan, later: readonly DepartementPlan[]): Generator<Offer> {
    let left = plan.sessions;
    while (left > 0) {
      const offer = this.#offer(plan, later, left);
      left -= offer.actions.reduce((sum, action) => sum + action.sessions.length, 0);
      yield offer;
    }
  }

  #offer(plan: DepartementPlan, later: readonly DepartementPlan[], budget: number): Offer {
    const random = this.#random;
    const template = this.#templates.pick(random);
    const owner = random.pick(plan.organisations);
    this.#counters.offer += 1;
    const id = `DEMO-F${String(this.#counters.offer).padStart(6, '0')}`;
    const actionCount = random.chance(0.6) ? 1 : random.chance(0.75) ? 2 : 3;
    const places: DemoCommune[] = [];
    for (let i = 0; i < actionCount; i += 1) {
      places.push(i === 0 && random.chance(0.5) ? owner.commune : plan.communes.pick(random));
    }
    // Some offers are also run in a neighbouring département (they exercise shard splitting). Only
    // neighbours that come later keep offers in département order.
    const neighbours = later.filter((other) => NEIGHBOURS[plan.departement]?.includes(other.departement));
    if (neighbours.length > 0 && random.chance(0.06)) {
      places.push(random.pick(neighbours).communes.pick(random));
    }
    let left = budget;
    const actions: Action[] = [];
    for (const commune of places) {
      if (left <= 0) break;
      const action = this.#action(template, owner, commune, id, left);
      left -= action.sessions.length;
      actions.push(action);
    }
    const offer: Offer = {
      id,
      title: template.title,
      objective: template.objective,
      expectedResults: template.expectedResults,
      content: template.content,
      certifying: template.certifying,
      formacodes: [...template.formacodes],
      nsf: [...template.nsf],
      rome: [...template.rome],
      certifications: [],
      pathway: template.pathway,
      generalObjective: template.generalObjective,
      url: `${fictitiousWebsite(owner.domain)}formations/${id.toLowerCase()}`,
      contacts: [fictitiousContact(random, 'Référent pédagogique', owner.domain, '3')],
      organisation: owner.organisation,
      programmes: [],
      actions,
    };
    if (template.entryLevel !== undefined) offer.entryLevel = template.entryLevel;
    if (template.exitLevel !== undefined) offer.exitLevel = template.exitLevel;
    offer.programmes = this.#tag(offer);
    return offer;
  }

  #teachingMode(template: OfferTemplate): TeachingMode {
    const draw = this.#random.next();
    if (draw < template.distance) return 'distance';
    if (draw < template.distance + template.mixte) return 'mixte';
    return 'presentiel';
  }

  #action(
    template: OfferTemplate,
    owner: DemoOrganisation,
    commune: DemoCommune,
    offerId: string,
    budget: number,
  ): Action {
    const random = this.#random;
    this.#counters.action += 1;
    const id = `DEMO-A${String(this.#counters.action).padStart(6, '0')}`;
    const permanent = random.chance(template.permanent);
    const hours = Math.round(random.int(template.hours[0], template.hours[1]) / 10) * 10;
    const weeks = random.int(template.weeks[0], template.weeks[1]);
    const sessions = permanent
      ? [this.#permanentSession()]
      : this.#fixedSessions(weeks, Math.min(budget, random.int(1, 3)));
    const funders = [...template.funders];
    if (funders.includes('2') && random.chance(0.2)) funders.push('3');
    const regional = funders.includes('2');
    const extras: Extra[] = [{ key: 'dispositif', value: DISPOSITIF[template.programme] }];
    if (template.track !== undefined) extras.push({ key: 'parcours', value: template.track });
    const action: Action = {
      id,
      rhythm: random.pick(template.rhythms ?? (hours < 300 ? (RHYTHMS.short ?? []) : (RHYTHMS.long ?? []))),
      targetPublics: [...template.targetPublics],
      entryLevelRequired: false,
      teachingMode: this.#teachingMode(template),
      prerequisites: template.prerequisites,
      fundingPossible: true,
      places: [
        { address: fictitiousAddress(random, commune, `Site de formation ${commune.name} ${FICTITIOUS}`) },
      ],
      entries: permanent ? 'permanent' : 'fixed-dates',
      url: `${fictitiousWebsite(owner.domain)}formations/${offerId.toLowerCase()}/${id.toLowerCase()}`,
      informationDates: [],
      languages: ['fr'],
      recruitmentInfo: permanent
        ? 'Entretien individuel, puis entrée dans la semaine qui suit.'
        : 'Réunion d’information collective, puis entretien individuel.',
      // Trade trainings include work placements: a quarter of the hours in a company.
      hours:
        template.programme === 'qualifying-training' || template.programme === 'hsp-premier-niveau'
          ? { total: hours, centre: Math.round(hours * 0.75), company: hours - Math.round(hours * 0.75) }
          : { total: hours },
      funders,
      publiclyFunded: regional || funders.includes('11') || funders.includes('4'),
      remainingCosts: regional
        ? 'Aucun : la formation est financée par la Région Nouvelle-Aquitaine. Vous pouvez être rémunéré pendant la formation.'
        : template.programme === 'iae'
          ? 'Aucun : vous êtes salarié pendant le contrat.'
          : 'Aucun pour les demandeurs d’emploi : l’accompagnement est financé par France Travail.',
      trainers: [],
      sessions,
      extras,
    };
    if (template.indicativeDuration !== undefined) action.indicativeDuration = template.indicativeDuration;
    if (random.chance(0.6)) action.disabilityAccess = random.pick(DISABILITY_ACCESS);
    if (random.chance(0.3)) action.transport = 'Arrêt de bus à proximité (ligne fictive).';
    if (random.chance(0.2)) action.catering = 'Salle de pause avec micro-ondes.';
    if (!permanent) {
      const first = sessions[0]?.start;
      if (first) {
        const information = parseDay(first) - 14 * DAY_MS;
        if (information > this.#today) action.informationDates = [formatDay(information)];
      }
    }
    return action;
  }

  #sessionId(): string {
    this.#counters.session += 1;
    return `DEMO-S${String(this.#counters.session).padStart(7, '0')}`;
  }

  #permanentSession(): Session {
    return {
      id: this.#sessionId(),
      start: formatDay(this.#today),
      end: formatDay(this.#today + 364 * DAY_MS),
      registrationInfo: 'Entrées et sorties permanentes : vous pouvez commencer à tout moment de l’année.',
      recruitment: 'open',
      contacts: [],
    };
  }

  #fixedSessions(weeks: number, count: number): Session[] {
    const starts = new Set<number>();
    while (starts.size < count) starts.add(nextMonday(this.#today + this.#random.int(7, 350) * DAY_MS));
    return [...starts]
      .sort((a, b) => a - b)
      .map((start) => ({
        id: this.#sessionId(),
        start: formatDay(start),
        end: formatDay(start + (weeks * 7 - 3) * DAY_MS),
        registrationPeriod: {
          start: formatDay(Math.max(this.#today, start - 60 * DAY_MS)),
          end: formatDay(start - 3 * DAY_MS),
        },
        recruitment: this.#random.chance(0.9) ? ('open' as const) : ('closed' as const),
        contacts: [],
      }));
  }
}

function resolveOptions(options: DemoOptions) {
  const size = options.size ?? DEMO_DEFAULT_SIZE;
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`size doit être un entier positif, reçu ${String(size)}`);
  const departements = [...new Set(options.departements ?? DEMO_DEPARTEMENTS)].sort(compareDepartements);
  const communes = options.communes ?? demoCommunes(departements).communes;
  const today = options.today ?? todayUtc();
  return { size, seed: options.seed ?? DEMO_DEFAULT_SEED, departements, communes, today };
}

/**
 * The demo offers one by one, département after département: a benchmark can stream 200,000
 * sessions to a file without holding them all. Throws when a département has no commune.
 *
 * @example
 * ```ts
 * const out = createWriteStream('demo-offres.ndjson');
 * for (const offer of iterateDemoOffers({ size: 200_000, seed: 7 })) out.write(`${JSON.stringify(offer)}\n`);
 * out.end();
 * ```
 */
export function* iterateDemoOffers(options: DemoOptions = {}): Generator<Offer> {
  const { size, seed, departements, communes, today } = resolveOptions(options);
  const random = new Random(seed);
  const byDepartement = departements.map((departement) => {
    const own = communes.filter((commune) => commune.departement === departement);
    if (own.length === 0) throw new Error(`aucune commune connue pour le département ${departement}`);
    return own;
  });
  const shares = apportion(
    size,
    byDepartement.map((own) => own.reduce((sum, commune) => sum + commune.population, 0)),
  );
  const plans: DepartementPlan[] = departements.map((departement, index) => {
    const own = byDepartement[index] ?? [];
    const picker = new WeightedPicker(own, (commune) => commune.population);
    const sessions = shares[index] ?? 0;
    const count = Math.max(3, Math.min(40, Math.round(sessions / 150)));
    const organisations = Array.from({ length: count }, (_, i) =>
      fictitiousOrganisation(random, picker.pick(random), i),
    );
    return { departement, communes: picker, organisations, sessions };
  });
  const tag = options.tagProgrammes ?? rulesetTagger();
  const builder = new DemoBuilder(random, parseDay(today), tag);
  for (let i = 0; i < plans.length; i += 1) {
    const plan = plans[i];
    if (plan) yield* builder.offers(plan, plans.slice(i + 1));
  }
}

/**
 * Tags offers as a real import would: with the `nouvelle-aquitaine` ruleset's matchers, which read
 * the LHÉO fields (dispositif extra, objective, funders, exit level, Formacodes). A generated offer
 * the matchers do not place in the programme it was written for is a bug of the templates.
 */
function rulesetTagger(): (offer: Offer) => string[] {
  const ruleset = getRuleset(DEMO_RULESET);
  if (ruleset === undefined) throw new Error(`ruleset ${DEMO_RULESET} introuvable`);
  const compiled = compileRuleset(ruleset);
  // Matchers read only these fields; generated offers repeat a few dozen combinations of them.
  const known = new Map<string, string[]>();
  return (offer) => {
    const key = JSON.stringify([
      offer.generalObjective,
      offer.exitLevel,
      offer.certifying,
      offer.formacodes,
      offer.extras,
      offer.actions.map((action) => [
        action.funders,
        action.extras,
        action.sessions.map((session) => session.extras),
      ]),
    ]);
    let programmes = known.get(key);
    if (programmes === undefined) {
      programmes = matchProgrammes(offer, compiled);
      known.set(key, programmes);
    }
    const intended = intendedProgramme(offer);
    if (!programmes.includes(intended)) {
      throw new Error(
        `offre ${offer.id} écrite pour ${intended}, classée ${programmes.join(', ') || 'nulle part'} par le ruleset`,
      );
    }
    return [...programmes];
  };
}

/** The programme an offer was generated for, read back from its `dispositif` extra. */
export function intendedProgramme(offer: Offer): DemoProgramme {
  const dispositif = offer.actions[0]?.extras?.find((extra) => extra.key === 'dispositif')?.value;
  const entry = (Object.entries(DISPOSITIF) as [DemoProgramme, string][]).find(
    ([, value]) => value === dispositif,
  );
  if (!entry) throw new Error(`offre ${offer.id} sans dispositif connu`);
  return entry[0];
}

/**
 * The whole demo catalogue (see `iterateDemoOffers`).
 *
 * @example
 * ```ts
 * const catalogue = generateDemoCatalogue({ size: 200, departements: ['33'] }); // fictitious offers
 * ```
 */
export function generateDemoCatalogue(options: DemoOptions = {}): Catalogue {
  const today = options.today ?? todayUtc();
  const departements = [...new Set(options.departements ?? DEMO_DEPARTEMENTS)].sort(compareDepartements);
  return {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    meta: demoCatalogueMeta(today, departements),
    offers: [...iterateDemoOffers({ ...options, today })],
  };
}
