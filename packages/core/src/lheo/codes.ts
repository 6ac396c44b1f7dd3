/**
 * LHÉO vocabulary and code tables (from the 2.3 schema and its dict-* tables in `shared/reference/lheo`),
 * and how their codes map onto the catalogue model's enums.
 */
import {
  LHEO_GENERAL_OBJECTIVES,
  LHEO_LEVELS,
  RECRUITMENT_METHOD_VALUES,
  type Entries,
  type LheoLevel,
  type RecruitmentArea,
  type RecruitmentMethod,
  type RecruitmentState,
  type TeachingMode,
} from '../catalogue/schema.js';

/** Namespaces of the LHÉO versions we read; a file without namespace is read the same way. */
export const LHEO_NAMESPACES: ReadonlySet<string> = new Set([
  'http://lheo.gouv.fr/2.3',
  'http://www.lheo.org/2.2',
  '',
]);

/** LHÉO 2.3 elements that hold a value (text, code, number, date): what is inside them is text, even tags. */
export const LHEO_VALUE_ELEMENTS: ReadonlySet<string> = new Set([
  'SIRET',
  'a-distance',
  'acces-handicapes',
  'annee-cycle',
  'capacite-cumulee',
  'capacite-simultanee',
  'certifiante',
  'civilite',
  'code-CERTIFINFO',
  'code-CPF',
  'code-ELU',
  'code-FORMACODE',
  'code-INSEE-canton',
  'code-INSEE-commune',
  'code-NSF',
  'code-RNCP',
  'code-ROME',
  'code-RS',
  'code-UAI',
  'code-bloc',
  'code-financeur',
  'code-modalite-pedagogique',
  'code-niveau-entree',
  'code-niveau-sortie',
  'code-perimetre-recrutement',
  'code-public-vise',
  'codepostal',
  'commentaire',
  'conditions-specifiques',
  'contenu-formation',
  'conventionnement',
  'courriel',
  'cout-indicatif-equipement',
  'date',
  'debut',
  'denomination',
  'departement',
  'detail-conditions-prise-en-charge',
  'duree-conventionnee',
  'duree-cycle',
  'duree-indicative',
  'effectif-minimal',
  'etat-recrutement',
  'fin',
  'frais-restants',
  'hebergement',
  'heure-debut',
  'heure-fin',
  'identifiant-module',
  'info-public-vise',
  'infos-perimetre-recrutement',
  'intitule-formation',
  'langue-formation',
  'latitude',
  'libelle-bloc',
  'libelle-enseignement',
  'ligne',
  'longitude',
  'modalite-recrutement',
  'modalites-alternance',
  'modalites-enseignement',
  'modalites-entrees-sorties',
  'modalites-inscription',
  'modalites-pedagogiques',
  'modalites-recrutement',
  'nb-places',
  'nb-places-financees',
  'niveau-entree-obligatoire',
  'nom',
  'nom-organisme',
  'nombre-heures-centre',
  'nombre-heures-entreprise',
  'nombre-heures-total',
  'numero-activite',
  'numtel',
  'objectif-formation',
  'objectif-general-formation',
  'obligatoire',
  'parcours-de-formation',
  'pays',
  'positionnement',
  'prenom',
  'prise-en-charge-frais-possible',
  'prix-horaire-TTC',
  'prix-total-TTC',
  'raison-sociale',
  'raison-sociale-formateur',
  'reference-code-CERTIFINFO',
  'reference-code-FORMACODE',
  'reference-code-RNCP',
  'reference-code-RS',
  'reference-module',
  'region',
  'renseignements-specifiques',
  'restauration',
  'resultats-attendus',
  'rythme-formation',
  'transport',
  'type-alternance',
  'type-contact',
  'type-cycle',
  'type-enseignement',
  'type-equipement',
  'type-module',
  'unite-rythme-alternance',
  'unites-centre',
  'unites-entreprise',
  'urlweb',
  'validation-blocs',
  'ville',
]);

/** LHÉO 2.3 elements that hold other elements (`extras`/`extra` are handled apart). */
export const LHEO_CONTAINER_ELEMENTS: ReadonlySet<string> = new Set([
  'SIRET-formateur',
  'SIRET-lieu-formation',
  'SIRET-organisme-formation',
  'action',
  'adresse',
  'adresse-information',
  'adresse-inscription',
  'alternance',
  'bloc-competences',
  'blocs-competences',
  'certification',
  'code-UAI-formateur',
  'code-UAI-lieu-formation',
  'code-UAI-organisme-formation',
  'code-type-formation',
  'contact-formateur',
  'contact-formation',
  'contact-formation-resume',
  'contact-organisme',
  'contact-session',
  'coordonnees',
  'coordonnees-organisme',
  'cycle',
  'date-information',
  'domaine-formation',
  'enseignement',
  'equipement',
  'fax',
  'formation',
  'geolocalisation',
  'lheo',
  'lheo-index',
  'lheo-plus',
  'lieu-de-formation',
  'modules-prerequis',
  'offres',
  'organisme-financeur',
  'organisme-formateur',
  'organisme-formation-responsable',
  'periode',
  'periode-inscription',
  'portable',
  'potentiel',
  'recrutement',
  'reference-certification',
  'resume-offre',
  'resume-organisme',
  'resumes-offres',
  'resumes-organismes',
  'rythme-alternance',
  'session',
  'sous-module',
  'sous-modules',
  'telfixe',
  'url-action',
  'url-formation',
  'url-session',
  'web',
]);

/** dict-boolean */
export const BOOLEAN_CODES: Readonly<Record<string, boolean>> = { '0': false, '1': true };

/** dict-modalites-enseignement */
export const TEACHING_MODES: Readonly<Record<string, TeachingMode>> = {
  '0': 'presentiel',
  '1': 'mixte',
  '2': 'distance',
};

/** dict-modalites-es */
export const ENTRIES: Readonly<Record<string, Entries>> = { '0': 'fixed-dates', '1': 'permanent' };

/** dict-etat-recrutement */
export const RECRUITMENT_STATES: Readonly<Record<string, RecruitmentState>> = {
  '1': 'open',
  '2': 'closed',
  '3': 'suspended',
};

/** dict-perimetre-recrutement */
export const RECRUITMENT_AREAS: Readonly<Record<string, RecruitmentArea>> = {
  '0': 'other',
  '1': 'commune',
  '2': 'departement',
  '3': 'region',
  '4': 'interregion',
  '5': 'country',
  '6': 'international',
};

/** dict-modalite-recrutement */
export const RECRUITMENT_METHODS: ReadonlySet<RecruitmentMethod> = new Set(RECRUITMENT_METHOD_VALUES);

/** dict-niveaux */
export const LEVELS: ReadonlySet<LheoLevel> = new Set<LheoLevel>(LHEO_LEVELS);

/** dict-AIS (objectif général de formation) */
export const GENERAL_OBJECTIVES = new Set(LHEO_GENERAL_OBJECTIVES);
export type GeneralObjective = typeof GENERAL_OBJECTIVES extends Set<infer T> ? T : never;

/** dict-type-parcours */
export const PATHWAYS = new Set(['1', '2', '3', '4'] as const);
export type Pathway = typeof PATHWAYS extends Set<infer T> ? T : never;

/** dict-financeurs (0 to 20, 1 being "codes obsolètes") */
export const FUNDERS: ReadonlySet<string> = new Set(Array.from({ length: 21 }, (_, code) => String(code)));

/** dict-type-contact */
export const CONTACT_KINDS: ReadonlySet<string> = new Set(
  Array.from({ length: 15 }, (_, code) => String(code)),
);

/** Current (2016) INSEE region codes. */
export const REGIONS: ReadonlySet<string> = new Set([
  '01',
  '02',
  '03',
  '04',
  '06',
  '11',
  '24',
  '27',
  '28',
  '32',
  '44',
  '52',
  '53',
  '75',
  '76',
  '84',
  '93',
  '94',
]);

/**
 * Pre-2016 region codes still found in LHÉO exports → the region that absorbed them
 * (Aquitaine 72, Poitou-Charentes 54, Limousin 74 → Nouvelle-Aquitaine 75, and so on).
 */
export const OLD_REGIONS: Readonly<Record<string, string>> = {
  '21': '44', // Champagne-Ardenne
  '22': '32', // Picardie
  '23': '28', // Haute-Normandie
  '25': '28', // Basse-Normandie
  '26': '27', // Bourgogne
  '31': '32', // Nord-Pas-de-Calais
  '41': '44', // Lorraine
  '42': '44', // Alsace
  '43': '27', // Franche-Comté
  '54': '75', // Poitou-Charentes
  '72': '75', // Aquitaine
  '73': '76', // Midi-Pyrénées
  '74': '75', // Limousin
  '82': '84', // Rhône-Alpes
  '83': '84', // Auvergne
  '91': '76', // Languedoc-Roussillon
};
