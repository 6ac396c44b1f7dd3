/**
 * What each LHÉO 2.3 element under a `formation` becomes in the catalogue, written as the XSD
 * nests them and in the XSD's order: a model field (a string naming it), a container whose
 * children are read (an object), or `IGNORED`, an element the catalogue does not carry. Ignored
 * elements are counted, by path, in the import summary's `unmapped`, so nothing is lost without a
 * word; a known element met outside its place is reported as ignored. `coverage.test.ts` walks
 * the XSD and checks this tree against it, element by element, order and parentage included.
 *
 * Adding a LHÉO field: map it (see `map-offer.ts`), then replace its `IGNORED` here by its field.
 */
import { knownElement } from './element-names.js';
import type { Scope } from './field-reader.js';
import { attr, type XmlNode } from './xml-node.js';

/** An element the catalogue does not carry (its content neither). */
export const IGNORED = '(non repris)';

export type Fate = string | Coverage;
export interface Coverage {
  readonly [element: string]: Fate;
}

const geolocalisation: Coverage = {
  latitude: 'coordinates.lat',
  longitude: 'coordinates.lon',
  extras: IGNORED,
};

const adresse: Coverage = {
  denomination: 'label',
  ligne: 'lines',
  codepostal: 'postalCode',
  ville: 'city',
  departement: 'departement',
  'code-INSEE-commune': 'inseeCode',
  'code-INSEE-canton': IGNORED,
  region: 'region (un code d’avant 2016 devient celui d’aujourd’hui)',
  pays: 'country',
  geolocalisation,
  extras: IGNORED,
};

const numbers = (field: string): Coverage => ({ numtel: field, extras: IGNORED });
const urls = (field: string): Coverage => ({ urlweb: field, extras: IGNORED });
const siret = (field: string): Coverage => ({ SIRET: field, extras: IGNORED });
const period = (field: string): Coverage => ({ debut: `${field}start`, fin: `${field}end`, extras: IGNORED });

/** `coordonnees` of a person or desk to contact. */
const contactDetails: Coverage = {
  civilite: 'civility',
  nom: 'name',
  prenom: 'name',
  ligne: IGNORED,
  adresse,
  telfixe: numbers('phones'),
  portable: numbers('mobiles'),
  fax: IGNORED,
  courriel: 'email',
  web: urls('urls'),
  extras: IGNORED,
};

const contact = (field: string): Coverage => ({
  'type-contact': `${field}.kind`,
  coordonnees: contactDetails,
  extras: IGNORED,
});

/** `coordonnees` of a place: where it is and its name. */
const placeDetails: Coverage = {
  civilite: IGNORED,
  nom: 'address.label (sans denomination)',
  prenom: IGNORED,
  ligne: 'address.label (sans denomination ni nom : la première)',
  adresse,
  telfixe: IGNORED,
  portable: IGNORED,
  fax: IGNORED,
  courriel: IGNORED,
  web: IGNORED,
  extras: IGNORED,
};

const session: Coverage = {
  periode: period('Session.'),
  'adresse-inscription': { adresse, extras: IGNORED },
  'modalites-inscription': 'Session.registrationInfo',
  'periode-inscription': { periode: period('Session.registrationPeriod.') },
  'etat-recrutement': 'Session.recruitment',
  recrutement: {
    'modalite-recrutement': 'SessionRecruitment.method',
    'code-perimetre-recrutement': 'SessionRecruitment.area',
    'infos-perimetre-recrutement': 'SessionRecruitment.areaInfo',
    'a-distance': 'SessionRecruitment.remote',
    adresse,
    urlweb: 'SessionRecruitment.url',
    'nb-places': 'SessionRecruitment.places',
    periode: period('SessionRecruitment.period.'),
    'heure-debut': 'SessionRecruitment.startTime',
    'heure-fin': 'SessionRecruitment.endTime',
    commentaire: 'SessionRecruitment.comment',
    extras: IGNORED,
  },
  'url-session': urls('Session.url'),
  'contact-session': contact('Session.contacts[]'),
  'reference-certification': IGNORED,
  'blocs-competences': IGNORED,
  cycle: IGNORED,
  extras: 'Session.extras, Session.extraBlocks',
};

const action: Coverage = {
  'rythme-formation': 'Action.rhythm',
  'code-public-vise': 'Action.targetPublics',
  'info-public-vise': 'Action.targetPublicInfo',
  'niveau-entree-obligatoire': 'Action.entryLevelRequired',
  'modalites-alternance': 'Action.workStudy',
  'modalites-enseignement': 'Action.teachingMode',
  'conditions-specifiques': 'Action.prerequisites',
  'prise-en-charge-frais-possible': 'Action.fundingPossible',
  'lieu-de-formation': {
    'SIRET-lieu-formation': siret('TrainingPlace.siret'),
    'code-UAI-lieu-formation': IGNORED,
    coordonnees: placeDetails,
    extras: IGNORED,
  },
  'modalites-entrees-sorties': 'Action.entries',
  'url-action': urls('Action.url'),
  'duree-cycle': 'Action.cycleWeeks',
  session,
  'adresse-information': { adresse, extras: IGNORED },
  'date-information': { date: 'Action.informationDates', extras: IGNORED },
  restauration: 'Action.catering',
  hebergement: 'Action.housing',
  transport: 'Action.transport',
  'acces-handicapes': 'Action.disabilityAccess',
  'langue-formation': 'Action.languages',
  'modalites-recrutement': 'Action.recruitmentInfo',
  'modalites-pedagogiques': 'Action.teachingMethods',
  'code-modalite-pedagogique': IGNORED,
  equipement: IGNORED,
  'frais-restants': 'Action.remainingCosts',
  'code-perimetre-recrutement': 'Action.recruitmentArea',
  'infos-perimetre-recrutement': 'Action.recruitmentAreaInfo',
  'prix-horaire-TTC': 'Action.hourlyPrice',
  'prix-total-TTC': 'Action.totalPrice',
  'duree-indicative': 'Action.indicativeDuration',
  'nombre-heures-centre': 'Action.hours.centre',
  'nombre-heures-entreprise': 'Action.hours.company',
  'nombre-heures-total': 'Action.hours.total',
  'detail-conditions-prise-en-charge': 'Action.fundingDetails',
  conventionnement: 'Action.publiclyFunded',
  'duree-conventionnee': IGNORED,
  'organisme-formateur': {
    'SIRET-formateur': siret('Trainer.siret'),
    'raison-sociale-formateur': 'Trainer.name',
    'contact-formateur': IGNORED,
    potentiel: IGNORED,
    'code-UAI-formateur': IGNORED,
    'reference-certification': IGNORED,
    extras: IGNORED,
  },
  'organisme-financeur': {
    'code-financeur': 'Action.funders, FunderDetail.code',
    'nb-places-financees': 'FunderDetail.fundedPlaces',
    extras: 'FunderDetail.extraBlocks, FunderDetail.recruitmentArea',
  },
  enseignement: IGNORED,
  extras: 'Action.extras, Action.extraBlocks, Action.recruitmentArea (sans code-perimetre-recrutement)',
};

const organisation: Coverage = {
  'numero-activite': 'Organisation.activityNumber',
  'SIRET-organisme-formation': siret('Organisation.siret'),
  'nom-organisme': 'Organisation.name',
  'raison-sociale': 'Organisation.legalName (et name sans nom-organisme)',
  'coordonnees-organisme': {
    coordonnees: {
      civilite: IGNORED,
      nom: IGNORED,
      prenom: IGNORED,
      ligne: IGNORED,
      adresse,
      telfixe: IGNORED,
      portable: IGNORED,
      fax: IGNORED,
      courriel: IGNORED,
      web: IGNORED,
      extras: IGNORED,
    },
    extras: IGNORED,
  },
  'contact-organisme': contact('Organisation.contacts[]'),
  'renseignements-specifiques': 'Organisation.details',
  potentiel: IGNORED,
  'code-UAI-organisme-formation': { 'code-UAI': 'Organisation.uai', extras: IGNORED },
  extras: IGNORED,
};

/** The whole `formation`, in the XSD's order. */
export const LHEO_COVERAGE: Coverage = {
  'domaine-formation': {
    'code-FORMACODE': 'Offer.formacodes',
    'code-NSF': 'Offer.nsf',
    'code-ROME': 'Offer.rome',
    extras: IGNORED,
  },
  'intitule-formation': 'Offer.title',
  'objectif-formation': 'Offer.objective',
  'resultats-attendus': 'Offer.expectedResults',
  'contenu-formation': 'Offer.content',
  certifiante: 'Offer.certifying',
  'contact-formation': contact('Offer.contacts[]'),
  'parcours-de-formation': 'Offer.pathway',
  'code-niveau-entree': 'Offer.entryLevel',
  'objectif-general-formation': 'Offer.generalObjective',
  certification: {
    'code-RNCP': 'Certification.rncp',
    'code-CERTIFINFO': 'Certification.certifInfo',
    'code-RS': 'Certification.rs',
    'code-CPF': 'Certification.cpf',
    'reference-code-FORMACODE': IGNORED,
    extras: IGNORED,
  },
  'code-type-formation': IGNORED,
  'code-niveau-sortie': 'Offer.exitLevel',
  'url-formation': urls('Offer.url (la première)'),
  action,
  'organisme-formation-responsable': organisation,
  'identifiant-module': IGNORED,
  positionnement: IGNORED,
  'sous-modules': IGNORED,
  'modules-prerequis': IGNORED,
  extras: 'Offer.extras, Offer.extraBlocks',
};

/** What the walk of one formation found. */
export interface CoverageListener {
  /** An element of LHÉO 2.3 that the catalogue does not carry, by its LHÉO path. */
  readonly unmapped: (path: string) => void;
  /** A known LHÉO element where the XSD does not put it (e.g. `nom-organisme` in an `action`). */
  readonly misplaced: (node: XmlNode, path: string, parent: string, scope: Scope) => void;
}

interface Step {
  readonly node: XmlNode;
  readonly coverage: Coverage;
  readonly path: string;
  readonly scope: Scope;
}

/** Walks a formation along `LHEO_COVERAGE` (explicitly, not recursively: the file chooses the depth). */
export function walkCoverage(formation: XmlNode, offerId: string | null, listener: CoverageListener): void {
  const pending: Step[] = [
    {
      node: formation,
      coverage: LHEO_COVERAGE,
      path: 'formation',
      scope: { record: 'formation', numero: offerId },
    },
  ];
  for (let step = pending.pop(); step !== undefined; step = pending.pop()) {
    const list = step.node.children;
    if (list === null) continue;
    for (let i = 0; i < list.length; i += 1) {
      const node = list[i] as XmlNode;
      const fate = Object.hasOwn(step.coverage, node.name) ? step.coverage[node.name] : undefined;
      const path = `${step.path}/${node.name}`;
      if (fate === undefined) {
        // Names LHÉO does not define are reported by the importer as it reads them.
        if (knownElement(node.name) !== undefined) listener.misplaced(node, path, step.node.name, step.scope);
      } else if (fate === IGNORED) {
        listener.unmapped(path);
      } else if (typeof fate !== 'string') {
        const record = node.name === 'action' || node.name === 'session' ? node.name : undefined;
        const scope: Scope =
          record === undefined ? step.scope : { record, numero: attr(node, 'numero')?.trim() || null };
        pending.push({ node, coverage: fate, path, scope });
      }
    }
  }
}
