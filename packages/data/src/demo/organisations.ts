/**
 * Fictitious training organisations and contacts for the demo. Everything a person could take
 * for real is marked: names end with « (fictif) », addresses say « (adresse fictive) », phone
 * numbers are in the ranges ARCEP keeps for fiction (05 36 49 xx xx in the south-west), e-mails
 * and websites use the reserved `.invalid` and `.example` domains.
 */
import type { Address, Contact, Organisation } from '@passerelle/core';
import { DEMO_DEPARTEMENTS, type DemoCommune } from './communes.js';
import type { Random } from './prng.js';

/** Marker every fictitious name carries. */
export const FICTITIOUS = '(fictif)';
export const FICTITIOUS_ADDRESS = '(adresse fictive)';
/** ARCEP's fiction range for the south-west (plan national de numérotation, § 2.5.12). */
export const FICTION_PHONE_PREFIX = '05 36 49';

const KINDS = [
  'Centre de formation',
  'Institut de formation',
  'Atelier des savoirs',
  'Association Parcours',
  'École des métiers',
  'Maison de la formation',
] as const;

/** Rivers and landscapes of the region: names that sound local and belong to no real organisation once « Démo » and « (fictif) » are added. */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  '16': ['Charente', 'Touvre', 'Tardoire', 'Angoumois'],
  '17': ['Seudre', 'Boutonne', 'Aunis', 'Saintonge'],
  '19': ['Corrèze', 'Vézère', 'Dordogne haute', 'Millevaches'],
  '23': ['Creuse', 'Gartempe', 'Combrailles', 'Marche'],
  '24': ['Isle', 'Dronne', 'Vézère', 'Périgord'],
  '33': ['Garonne', 'Estuaire', 'Entre-deux-Mers', 'Médoc', 'Bassin', 'Jalle'],
  '40': ['Adour', 'Midouze', 'Chalosse', 'Lande'],
  '47': ['Lot', 'Baïse', 'Albret', 'Garonne moyenne'],
  '64': ['Gave', 'Nive', 'Béarn', 'Soule', 'Côte basque'],
  '79': ['Sèvre', 'Thouet', 'Gâtine', 'Marais'],
  '86': ['Clain', 'Vienne', 'Gartempe basse', 'Châtelleraudais'],
  '87': ['Vienne haute', 'Glane', 'Monts de Blond', 'Briance'],
};

const STREETS = [
  'rue des Écoles',
  'avenue de la Gare',
  'rue du Moulin',
  'place du Marché',
  'rue des Artisans',
  'allée des Tilleuls',
  'rue de la Liberté',
  'boulevard des Métiers',
] as const;

const slugs = new Map<string, string>();

function slug(text: string): string {
  const known = slugs.get(text);
  if (known !== undefined) return known;
  const made = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  slugs.set(text, made);
  return made;
}

export function fictionPhone(random: Random): string {
  const pair = (): string => String(random.int(0, 99)).padStart(2, '0');
  return `${FICTION_PHONE_PREFIX} ${pair()} ${pair()}`;
}

export function fictitiousAddress(random: Random, commune: DemoCommune, label?: string): Address {
  const address: Address = {
    lines: [`${random.int(1, 80)} ${random.pick(STREETS)} ${FICTITIOUS_ADDRESS}`],
    postalCode: random.pick(commune.postalCodes),
    city: commune.name,
    inseeCode: commune.inseeCode,
    departement: commune.departement,
    country: 'FR',
    coordinates: { lat: commune.lat, lon: commune.lon },
  };
  // The demo is Nouvelle-Aquitaine's; elsewhere the région is left out rather than guessed.
  if (DEMO_DEPARTEMENTS.includes(commune.departement)) address.region = '75';
  return label === undefined ? address : { label, ...address };
}

export function fictitiousContact(random: Random, who: string, domain: string, kind = '4'): Contact {
  return {
    kind,
    name: `${who} ${FICTITIOUS}`,
    phones: [fictionPhone(random)],
    mobiles: [],
    email: `${slug(who)}@${domain}.exemple.invalid`,
    urls: [],
  };
}

export interface DemoOrganisation {
  readonly organisation: Organisation;
  readonly commune: DemoCommune;
  readonly domain: string;
}

/** A fictitious organisation based in `commune`; `index` keeps names distinct within a département. */
export function fictitiousOrganisation(
  random: Random,
  commune: DemoCommune,
  index: number,
): DemoOrganisation {
  const places = PLACES[commune.departement] ?? ['Nouvelle-Aquitaine'];
  const place = places[index % places.length] ?? 'Nouvelle-Aquitaine';
  const kind = KINDS[(index + commune.departement.charCodeAt(1)) % KINDS.length] ?? KINDS[0];
  const round = Math.floor(index / places.length);
  const name = `${kind} Démo ${place}${round > 0 ? ` ${round + 1}` : ''} ${FICTITIOUS}`;
  const domain = slug(`${kind}-demo-${place}-${commune.departement}${round > 0 ? `-${round + 1}` : ''}`);
  return {
    commune,
    domain,
    organisation: {
      name,
      address: fictitiousAddress(random, commune),
      contacts: [fictitiousContact(random, 'Accueil', domain)],
      details: 'Organisme de formation inventé pour la démonstration : il n’existe pas.',
    },
  };
}

export function fictitiousWebsite(domain: string): string {
  return `https://${domain}.example/`;
}
