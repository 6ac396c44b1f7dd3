/**
 * What the demo offers are made of: one template per kind of training of the Nouvelle-Aquitaine
 * regional offer, written in plain French, with the LHÉO fields the ruleset's matchers read
 * (objective, funders, exit level, Formacodes, `dispositif` extra).
 *
 * Codes are real where we could check them: ROME codes of the trades, Formacodes of basic skills,
 * FLE, digital skills and project building (from the Formacode v14 tables in the LHÉO reference),
 * plaquiste (from a public AFPA record). Other trades carry their ROME code only, rather than a
 * Formacode we could not verify.
 */
import type { LheoLevel } from '@passerelle/core';

/** The programmes of the `nouvelle-aquitaine` ruleset. */
export const DEMO_PROGRAMMES = [
  'hsp-socle',
  'prequalification',
  'hsp-premier-niveau',
  'qualifying-training',
  'vae',
  'iae',
] as const;
/** A programme the demo catalogue uses. */
export type DemoProgramme = (typeof DEMO_PROGRAMMES)[number];

/** The four tracks of HSP « Socle de compétences ». */
export type SocleTrack = 'ECLA' | 'FLE' | 'NUMERIQUE' | 'PASSERELLE';

/** The `dispositif` extra each programme's offers carry, as a regional export would. */
export const DISPOSITIF: Readonly<Record<DemoProgramme, string>> = {
  'hsp-socle': 'HSP-SOCLE',
  prequalification: 'PREQUALIFICATION',
  'hsp-premier-niveau': 'HSP-1ER-NIVEAU',
  'qualifying-training': 'QUALIFIANT',
  vae: 'VAE',
  iae: 'IAE',
};

type GeneralObjective = '2' | '5' | '6' | '7' | '8' | '9';

export interface OfferTemplate {
  readonly key: string;
  readonly programme: DemoProgramme;
  readonly track?: SocleTrack;
  /** Relative frequency among all offers. */
  readonly weight: number;
  readonly title: string;
  readonly objective: string;
  readonly content: string;
  readonly expectedResults: string;
  readonly formacodes: readonly string[];
  readonly rome: readonly string[];
  readonly nsf: readonly string[];
  readonly generalObjective: GeneralObjective;
  readonly entryLevel?: LheoLevel;
  readonly exitLevel?: LheoLevel;
  readonly certifying: boolean;
  /** LHÉO dict-type-parcours: 1 en groupe, 2 individualisé, 3 modularisé, 4 mixte. */
  readonly pathway: '1' | '2' | '3' | '4';
  /** Total hours, min and max. */
  readonly hours: readonly [number, number];
  /** Length in weeks, min and max. */
  readonly weeks: readonly [number, number];
  readonly prerequisites: string;
  /** Formacode v14 « public visé » codes. */
  readonly targetPublics: readonly string[];
  readonly funders: readonly string[];
  /** Share of actions with permanent entries. */
  readonly permanent: number;
  /** Shares of mixte and distance actions (the rest is présentiel). */
  readonly mixte: number;
  readonly distance: number;
  readonly indicativeDuration?: string;
  /** Rhythms to draw from, when the generator's full-time / part-time ones do not fit. */
  readonly rhythms?: readonly string[];
}

// Formacode v14 publics: 80006 demandeur d'emploi, 83056 tout public, 81019 situation d'illettrisme,
// 81021 analphabète, 81022 immigré, 81023 primo-arrivant, 81043 illectronisme, 80010 bénéficiaire du
// RSA, 81024 jeune 16-25 ans.
const JOB_SEEKERS = ['80006', '81024', '80010'];

const SOCLE = {
  programme: 'hsp-socle',
  generalObjective: '5',
  entryLevel: '1',
  certifying: false,
  funders: ['2'],
  nsf: ['415'],
  rome: [],
} as const;

const TRADE_QUALIFYING = {
  programme: 'qualifying-training',
  generalObjective: '6',
  entryLevel: '1',
  exitLevel: '13',
  certifying: true,
  pathway: '1',
  funders: ['2'],
  targetPublics: JOB_SEEKERS,
  permanent: 0.1,
  mixte: 0.1,
  distance: 0,
} as const;

const TRADE_FIRST_LEVEL = {
  programme: 'hsp-premier-niveau',
  generalObjective: '6',
  entryLevel: '1',
  exitLevel: '13',
  certifying: true,
  pathway: '2',
  funders: ['2'],
  targetPublics: JOB_SEEKERS,
  hours: [600, 1400],
  weeks: [30, 90],
  permanent: 0.7,
  mixte: 0.15,
  distance: 0,
  prerequisites:
    "Être à la recherche d'un emploi, avoir un projet dans ce métier et ne pas avoir de diplôme au-delà du CAP (ou un diplôme dans un domaine qui ne permet plus de travailler).",
  indicativeDuration: "Parcours individualisé, jusqu'à 24 mois selon vos besoins",
} as const;

/** A trade of the regional offer, turned into qualifying and first-level templates below. */
interface Trade {
  readonly key: string;
  readonly job: string;
  readonly certification: string;
  readonly rome: readonly string[];
  readonly formacodes: readonly string[];
  readonly nsf: readonly string[];
  readonly tasks: string;
  readonly modules: string;
  readonly hours: readonly [number, number];
  readonly weeks: readonly [number, number];
  readonly prerequisites: string;
  readonly weight: number;
}

const TRADES: readonly Trade[] = [
  {
    key: 'aide-soignant',
    job: 'Aide-soignant',
    certification: "diplôme d'État d'aide-soignant (DEAS)",
    rome: ['J1501'],
    formacodes: [],
    nsf: ['331'],
    tasks:
      "aider les personnes malades ou âgées dans les gestes de la vie quotidienne, prendre soin de leur hygiène et de leur confort, travailler avec l'infirmier",
    modules:
      "Accompagner la personne dans les gestes de la vie quotidienne.\nRepérer l'état de santé et alerter.\nSoins d'hygiène et de confort.\nTravail en équipe à l'hôpital, en EHPAD et à domicile.\nStages en établissement de santé.",
    hours: [1200, 1540],
    weeks: [40, 48],
    prerequisites: 'Avoir 17 ans ou plus. Sélection sur dossier et entretien. Vaccinations à jour.',
    weight: 3,
  },
  {
    key: 'ash',
    job: 'Agent de service hospitalier',
    certification: "attestation de formation d'agent de service hospitalier",
    rome: ['J1301'],
    formacodes: [],
    nsf: ['330'],
    tasks:
      "entretenir les chambres et les locaux d'un hôpital ou d'un EHPAD, servir les repas, contribuer au confort des résidents",
    modules:
      "Hygiène et bio-nettoyage.\nLes règles d'hygiène à l'hôpital.\nService des repas et relation avec les résidents.\nStage en EHPAD.",
    hours: [280, 420],
    weeks: [8, 14],
    prerequisites: 'Savoir lire les consignes de sécurité. Aucun diplôme demandé.',
    weight: 2,
  },
  {
    key: 'aes',
    job: 'Accompagnant éducatif et social',
    certification: "diplôme d'État d'accompagnant éducatif et social (DEAES)",
    rome: ['K1302'],
    formacodes: ['44028'],
    nsf: ['332'],
    tasks:
      'accompagner au quotidien des personnes âgées ou en situation de handicap, à domicile ou en établissement',
    modules:
      "Se positionner comme professionnel de l'accompagnement.\nAccompagner la personne dans les actes de la vie quotidienne.\nCoopérer avec l'équipe et la famille.\nStages en structure et à domicile.",
    hours: [950, 1400],
    weeks: [36, 52],
    prerequisites: 'Aucun diplôme demandé. Entretien de motivation.',
    weight: 2,
  },
  {
    key: 'auxiliaire-de-vie',
    job: 'Auxiliaire de vie',
    certification: 'titre professionnel Assistant de vie aux familles',
    rome: ['K1302'],
    formacodes: ['44028'],
    nsf: ['330'],
    tasks: 'aider les personnes âgées ou malades chez elles : courses, repas, ménage, toilette, sorties',
    modules:
      "Entretenir le logement et le linge.\nAccompagner une personne dans ses gestes quotidiens.\nPréparer des repas adaptés.\nGarde d'enfants à domicile.\nStage chez un employeur de l'aide à domicile.",
    hours: [500, 800],
    weeks: [16, 26],
    prerequisites: 'Aucun diplôme demandé. Le permis B est un plus.',
    weight: 3,
  },
  {
    key: 'agent-de-proprete',
    job: 'Agent de propreté',
    certification: "titre professionnel Agent de propreté et d'hygiène",
    rome: ['K2204'],
    formacodes: [],
    nsf: ['343'],
    tasks:
      'nettoyer des bureaux, des écoles, des magasins ou des hôpitaux avec les bons produits et les bonnes machines',
    modules:
      'Les produits et les machines de nettoyage.\nNettoyage des bureaux et des sanitaires.\nRègles de sécurité et gestes à adopter.\nStage en entreprise de propreté.',
    hours: [350, 600],
    weeks: [10, 18],
    prerequisites: 'Aucun diplôme demandé. Savoir lire une consigne simple.',
    weight: 3,
  },
  {
    key: 'cariste',
    job: 'Cariste',
    certification: "titre professionnel Cariste d'entrepôt (avec les CACES R489)",
    rome: ['N1101'],
    formacodes: [],
    nsf: ['311'],
    tasks:
      'conduire un chariot élévateur pour charger, décharger et ranger les marchandises dans un entrepôt',
    modules:
      "Conduite des chariots de catégories 1, 3 et 5 (CACES R489).\nRéception et rangement des marchandises.\nUtiliser le logiciel de l'entrepôt.\nSécurité et gestes de manutention.\nStage en entrepôt.",
    hours: [300, 500],
    weeks: [8, 14],
    prerequisites: "Avoir 18 ans. Visite médicale d'aptitude avant la conduite.",
    weight: 3,
  },
  {
    key: 'preparateur-de-commandes',
    job: 'Préparateur de commandes',
    certification: 'titre professionnel Préparateur de commandes en entrepôt',
    rome: ['N1103'],
    formacodes: [],
    nsf: ['311'],
    tasks:
      'préparer les colis des clients dans un entrepôt : prendre les produits, vérifier, emballer, expédier',
    modules:
      'Lire un bon de commande.\nPréparation au scanner et à la commande vocale.\nConduite du transpalette électrique (CACES R485).\nEmballage et expédition.\nStage en entrepôt.',
    hours: [280, 450],
    weeks: [8, 12],
    prerequisites: 'Aucun diplôme demandé.',
    weight: 2,
  },
  {
    key: 'commis-de-cuisine',
    job: 'Commis de cuisine',
    certification: 'titre professionnel Agent de restauration',
    rome: ['G1602'],
    formacodes: [],
    nsf: ['221'],
    tasks:
      'préparer les entrées, les desserts et les plats simples, tenir la cuisine propre, aider le cuisinier',
    modules:
      'Préparations froides et chaudes.\nHygiène en cuisine (HACCP).\nService en restauration rapide et collective.\nPlonge et entretien.\nStage en restaurant.',
    hours: [450, 700],
    weeks: [14, 22],
    prerequisites: 'Aucun diplôme demandé. Goût pour le travail en équipe.',
    weight: 3,
  },
  {
    key: 'serveur',
    job: 'Serveur en restauration',
    certification: 'titre professionnel Serveur en restauration',
    rome: ['G1803'],
    formacodes: [],
    nsf: ['334'],
    tasks: 'accueillir les clients, prendre les commandes, servir à table et au bar, encaisser',
    modules:
      'Accueil et conseil du client.\nService à table et au bar.\nMise en place de la salle.\nEncaissement.\nStage en restaurant.',
    hours: [450, 650],
    weeks: [14, 20],
    prerequisites: 'Aucun diplôme demandé. Bonne présentation, disponibilité le soir et le week-end.',
    weight: 2,
  },
  {
    key: 'macon',
    job: 'Maçon',
    certification: 'titre professionnel Maçon',
    rome: ['F1703'],
    formacodes: [],
    nsf: ['232'],
    tasks:
      'construire des murs, couler des dalles et poser des éléments en béton sur les chantiers de maisons',
    modules:
      'Lire un plan simple.\nMonter des murs en blocs et en briques.\nCoffrage et béton armé.\nSécurité sur le chantier.\nStage en entreprise du bâtiment.',
    hours: [700, 1100],
    weeks: [22, 34],
    prerequisites: 'Aucun diplôme demandé. Bonne condition physique.',
    weight: 2,
  },
  {
    key: 'plaquiste',
    job: 'Plaquiste',
    certification: 'titre professionnel Plaquiste',
    rome: ['F1604'],
    formacodes: ['22403'],
    nsf: ['233'],
    tasks: 'monter des cloisons et des plafonds en plaques de plâtre, poser les isolants',
    modules:
      'Lire un plan.\nMonter des cloisons et des doublages.\nIsolation thermique et phonique.\nFinitions et joints.\nStage en entreprise.',
    hours: [600, 900],
    weeks: [18, 28],
    prerequisites: 'Aucun diplôme demandé.',
    weight: 1,
  },
  {
    key: 'peintre',
    job: 'Peintre en bâtiment',
    certification: 'titre professionnel Peintre en bâtiment',
    rome: ['F1606'],
    formacodes: [],
    nsf: ['233'],
    tasks: 'préparer les murs, peindre, poser des papiers peints et des revêtements de sol',
    modules:
      'Préparation des supports.\nPeinture intérieure et extérieure.\nPose de revêtements muraux et de sols souples.\nSécurité sur échafaudage.\nStage en entreprise.',
    hours: [600, 900],
    weeks: [18, 28],
    prerequisites: 'Aucun diplôme demandé.',
    weight: 1,
  },
  {
    key: 'ouvrier-maraicher',
    job: 'Ouvrier maraîcher',
    certification: "CAP agricole Métiers de l'agriculture",
    rome: ['A1414'],
    formacodes: [],
    nsf: ['211'],
    tasks: 'semer, planter, entretenir et récolter des légumes en plein champ et sous serre',
    modules:
      'Connaître les sols et les plantes.\nSemis, plantation, récolte.\nConduite de petits tracteurs.\nVente à la ferme et sur les marchés.\nStage en exploitation maraîchère.',
    hours: [600, 1000],
    weeks: [20, 36],
    prerequisites: 'Aucun diplôme demandé. Travail en extérieur.',
    weight: 2,
  },
  {
    key: 'ouvrier-viticole',
    job: 'Ouvrier viticole',
    certification: "CAP agricole Métiers de l'agriculture, option vigne et vin",
    rome: ['A1405'],
    formacodes: [],
    nsf: ['211'],
    tasks: 'tailler la vigne, palisser, vendanger et participer aux travaux du chai',
    modules:
      'Le cycle de la vigne.\nTaille et travaux en vert.\nVendanges et travaux de cave.\nSécurité et produits de traitement.\nStage dans un domaine viticole.',
    hours: [500, 900],
    weeks: [16, 30],
    prerequisites: 'Aucun diplôme demandé. Travail en extérieur.',
    weight: 2,
  },
  {
    key: 'employe-commerce',
    job: 'Employé de commerce',
    certification: 'titre professionnel Employé commercial',
    rome: ['D1507'],
    formacodes: [],
    nsf: ['312'],
    tasks:
      'réceptionner les marchandises, remplir les rayons, tenir la caisse et renseigner les clients dans un magasin',
    modules:
      'Approvisionner les rayons.\nTenir une caisse.\nAccueil et renseignement des clients.\nStage en magasin.',
    hours: [450, 700],
    weeks: [14, 22],
    prerequisites: 'Aucun diplôme demandé.',
    weight: 2,
  },
  {
    key: 'vendeur',
    job: 'Vendeur en magasin',
    certification: 'titre professionnel Vendeur conseil en magasin',
    rome: ['D1106', 'D1214'],
    formacodes: [],
    nsf: ['312'],
    tasks: 'conseiller les clients, présenter les produits et conclure la vente en magasin',
    modules:
      'Accueillir et conseiller le client.\nPrésenter les produits.\nVendre et fidéliser.\nStage en magasin.',
    hours: [500, 750],
    weeks: [16, 24],
    prerequisites: 'Aucun diplôme demandé. Aisance pour parler avec les clients.',
    weight: 2,
  },
  {
    key: 'operateur-production',
    job: 'Opérateur de production',
    certification:
      'certificat de qualification professionnelle (CQP) Conducteur de machines en industrie alimentaire',
    rome: ['H2102'],
    formacodes: [],
    nsf: ['221'],
    tasks:
      'surveiller et alimenter une machine de fabrication ou de conditionnement dans une usine, contrôler la qualité',
    modules:
      "Fonctionnement d'une ligne de production.\nRéglages simples et contrôle qualité.\nHygiène et sécurité en industrie.\nStage en usine.",
    hours: [350, 600],
    weeks: [10, 18],
    prerequisites: 'Aucun diplôme demandé. Travail en équipes possible.',
    weight: 2,
  },
  {
    key: 'soudeur',
    job: 'Soudeur',
    certification: 'titre professionnel Soudeur assembleur industriel',
    rome: ['H2913'],
    formacodes: [],
    nsf: ['254'],
    tasks: "assembler des pièces de métal par soudage à partir d'un plan, dans un atelier ou sur un chantier",
    modules:
      "Lire un plan de fabrication.\nSoudage à l'arc et semi-automatique.\nContrôle des soudures.\nSécurité en atelier.\nStage en entreprise.",
    hours: [700, 1000],
    weeks: [22, 32],
    prerequisites: 'Aucun diplôme demandé. Bonne vue et habileté manuelle.',
    weight: 1,
  },
];

function qualifying(trade: Trade): OfferTemplate {
  return {
    ...TRADE_QUALIFYING,
    key: `qualifiant-${trade.key}`,
    weight: trade.weight,
    title: `${trade.job} : ${trade.certification}`,
    objective: `Devenir ${trade.job.toLowerCase()} : ${trade.tasks}. La formation prépare le ${trade.certification}.`,
    content: trade.modules,
    expectedResults: `Obtenir le ${trade.certification} et trouver un emploi dans le métier.`,
    formacodes: trade.formacodes,
    rome: trade.rome,
    nsf: trade.nsf,
    hours: trade.hours,
    weeks: trade.weeks,
    prerequisites: trade.prerequisites,
  };
}

function firstLevel(trade: Trade): OfferTemplate {
  return {
    ...TRADE_FIRST_LEVEL,
    key: `premier-niveau-${trade.key}`,
    weight: trade.weight / 2,
    title: `Premier niveau de qualification : ${trade.job.toLowerCase()}`,
    objective: `Un parcours à votre rythme pour obtenir une première qualification : le ${trade.certification}. Vous apprenez à ${trade.tasks}.`,
    content: `Remise à niveau si besoin (français, calcul, numérique).\n${trade.modules}\nAccompagnement individuel tout au long du parcours.`,
    expectedResults: `Obtenir le ${trade.certification}, en entier ou par blocs de compétences.`,
    formacodes: trade.formacodes,
    rome: trade.rome,
    nsf: trade.nsf,
  };
}

/** Trades that lead to VAE offers: the certifications people most often validate from experience. */
const VAE_TRADES = [
  'aes',
  'auxiliaire-de-vie',
  'agent-de-proprete',
  'commis-de-cuisine',
  'macon',
  'employe-commerce',
];

function vae(trade: Trade): OfferTemplate {
  return {
    key: `vae-${trade.key}`,
    programme: 'vae',
    weight: 0.8,
    title: `Accompagnement à la VAE : ${trade.certification}`,
    objective: `Faire reconnaître votre expérience de ${trade.job.toLowerCase()} par un diplôme, sans refaire toute une formation : c'est la validation des acquis de l'expérience (VAE).`,
    content:
      "Faire le point sur votre expérience.\nChoisir le bon diplôme.\nÉcrire votre dossier avec un accompagnateur.\nPréparer l'entretien avec le jury.",
    expectedResults: `Obtenir le ${trade.certification} en tout ou en partie.`,
    formacodes: [],
    rome: trade.rome,
    nsf: trade.nsf,
    generalObjective: '6',
    exitLevel: '13',
    certifying: true,
    pathway: '2',
    hours: [20, 30],
    weeks: [12, 36],
    prerequisites:
      'Avoir une expérience dans le métier (salariée, bénévole ou en stage). Le jury regarde ce que vous savez faire.',
    targetPublics: ['83056'],
    // France Travail funds VAE support for job seekers (and keeps VAE offers apart from the Region's
    // certifying trainings, which the ruleset's matchers recognise by funder).
    funders: ['4'],
    permanent: 0.9,
    mixte: 0.4,
    distance: 0.1,
    indicativeDuration: 'Environ 24 heures d’accompagnement sur 3 à 9 mois',
    rhythms: [
      'Rendez-vous individuels de 2 heures, environ toutes les deux semaines',
      'Ateliers collectifs et rendez-vous individuels, une demi-journée par semaine',
    ],
  };
}

const SOCLE_TEMPLATES: readonly OfferTemplate[] = [
  {
    ...SOCLE,
    key: 'socle-ecla-savoirs',
    track: 'ECLA',
    weight: 5,
    title: 'Lire, écrire, compter au quotidien',
    objective:
      'Reprendre confiance et progresser en lecture, en écriture et en calcul pour les démarches de tous les jours et pour le travail.',
    content:
      'Lire un courrier, une affiche, une consigne.\nÉcrire un message, remplir un formulaire.\nCompter, mesurer, gérer un budget.\nApprendre à apprendre.',
    expectedResults: 'Être plus autonome pour lire, écrire et compter. Préparer la suite de votre parcours.',
    formacodes: ['15022', '15040', '15030'],
    pathway: '2',
    hours: [100, 400],
    weeks: [8, 30],
    prerequisites: 'Aucun. Un entretien permet de connaître vos besoins.',
    targetPublics: ['81019', '80006'],
    permanent: 0.8,
    mixte: 0.05,
    distance: 0,
  },
  {
    ...SOCLE,
    key: 'socle-ecla-alpha',
    track: 'ECLA',
    weight: 3,
    title: 'Alphabétisation : apprendre à lire et à écrire',
    objective: "Apprendre à lire et à écrire quand on n'a pas ou peu été à l'école.",
    content:
      "Reconnaître les lettres et les sons.\nLire des mots et des phrases de la vie courante.\nÉcrire son nom, son adresse, un message simple.\nLes nombres et l'argent.",
    expectedResults: 'Lire et écrire des textes simples de la vie de tous les jours.',
    formacodes: ['15043'],
    pathway: '2',
    hours: [150, 450],
    weeks: [12, 36],
    prerequisites: 'Aucun. Un entretien permet de connaître vos besoins.',
    targetPublics: ['81021', '80006'],
    permanent: 0.85,
    mixte: 0,
    distance: 0,
  },
  {
    ...SOCLE,
    key: 'socle-fle',
    track: 'FLE',
    weight: 7,
    title: 'Français langue étrangère : parler, lire et écrire au quotidien et au travail',
    objective:
      'Apprendre le français pour parler avec les autres, faire ses démarches et trouver un emploi. Du niveau débutant (A1) au niveau B1.',
    content:
      'Se présenter, parler de son parcours.\nComprendre et se faire comprendre au téléphone.\nLire et écrire des documents simples.\nLe vocabulaire des métiers.\nDécouvrir la vie en France.',
    expectedResults:
      'Progresser d’un niveau du cadre européen (A1, A2, B1). Possibilité de passer un diplôme de français (DELF).',
    formacodes: ['15235'],
    pathway: '2',
    hours: [150, 400],
    weeks: [10, 30],
    prerequisites: 'Aucun. Un test permet de connaître votre niveau de français.',
    targetPublics: ['81022', '81023', '80006'],
    permanent: 0.7,
    mixte: 0.25,
    distance: 0.05,
  },
  {
    ...SOCLE,
    key: 'socle-numerique',
    track: 'NUMERIQUE',
    weight: 5,
    title: 'Premiers pas avec le numérique : ordinateur, smartphone et démarches en ligne',
    objective:
      "Savoir se servir d'un ordinateur et d'un smartphone pour ses démarches en ligne (France Travail, CAF, Ameli) et pour chercher un emploi.",
    content:
      "Allumer, utiliser la souris et le clavier.\nCréer et utiliser une adresse e-mail.\nFaire ses démarches en ligne en sécurité.\nChercher une offre d'emploi et envoyer un CV.",
    expectedResults:
      'Être autonome pour les démarches en ligne de tous les jours. Possibilité de passer la certification Pix.',
    formacodes: ['15050'],
    pathway: '3',
    hours: [35, 120],
    weeks: [3, 10],
    prerequisites: 'Aucun. Des ordinateurs sont prêtés pendant la formation.',
    targetPublics: ['81043', '80006'],
    permanent: 0.6,
    mixte: 0.3,
    distance: 0.1,
  },
  {
    ...SOCLE,
    key: 'socle-passerelle',
    track: 'PASSERELLE',
    weight: 3,
    title: 'Passerelle vers la formation qualifiante : se remettre à niveau',
    objective:
      'Revoir le français, les mathématiques et le numérique dont vous aurez besoin pour entrer en formation qualifiante.',
    content:
      "Français écrit : comprendre un cours, prendre des notes.\nMathématiques utiles au métier visé.\nOutils numériques de la formation.\nPréparer les tests d'entrée.",
    expectedResults: "Réussir les tests d'entrée de la formation qualifiante visée.",
    formacodes: ['15041'],
    pathway: '4',
    hours: [70, 200],
    weeks: [4, 12],
    prerequisites: 'Avoir une idée de la formation visée.',
    targetPublics: ['80006'],
    permanent: 0.5,
    mixte: 0.3,
    distance: 0.1,
  },
];

const PREQUALIFICATION_SECTORS: readonly { key: string; sector: string; rome: string[]; nsf: string[] }[] = [
  { key: 'soin', sector: "du soin et de l'aide à la personne", rome: ['J1501', 'K1302'], nsf: ['330'] },
  { key: 'logistique', sector: 'de la logistique', rome: ['N1101', 'N1103'], nsf: ['311'] },
  { key: 'batiment', sector: 'du bâtiment', rome: ['F1703', 'F1604', 'F1606'], nsf: ['230'] },
  {
    key: 'restauration',
    sector: "de l'hôtellerie et de la restauration",
    rome: ['G1602', 'G1803'],
    nsf: ['334'],
  },
  { key: 'agriculture', sector: "de l'agriculture et de la vigne", rome: ['A1414', 'A1405'], nsf: ['210'] },
  { key: 'commerce', sector: 'du commerce', rome: ['D1507', 'D1106'], nsf: ['312'] },
  { key: 'industrie', sector: "de l'industrie", rome: ['H2102', 'H2913'], nsf: ['200'] },
];

function prequalification(sector: (typeof PREQUALIFICATION_SECTORS)[number]): OfferTemplate {
  return {
    key: `prequalification-${sector.key}`,
    programme: 'prequalification',
    weight: 1.6,
    title: `Découvrir les métiers ${sector.sector} : préqualification`,
    objective: `Découvrir les métiers ${sector.sector}, les essayer en entreprise et construire votre projet avant d'entrer en formation qualifiante.`,
    content:
      "Découverte des métiers et visites d'entreprises.\nStages courts pour essayer.\nRemise à niveau utile au métier.\nSimulations d'entretien, CV.\nConstruire la suite de votre parcours.",
    expectedResults: 'Un projet professionnel choisi et vérifié, et une entrée en formation ou en emploi.',
    formacodes: ['15062'],
    rome: sector.rome,
    nsf: sector.nsf,
    generalObjective: '9',
    entryLevel: '1',
    certifying: false,
    pathway: '1',
    hours: [150, 400],
    weeks: [6, 16],
    prerequisites: "Être à la recherche d'un emploi. Pas besoin d'avoir déjà un projet.",
    targetPublics: JOB_SEEKERS,
    funders: ['2'],
    permanent: 0.3,
    mixte: 0.1,
    distance: 0,
  };
}

const PROJECT_TEMPLATE: OfferTemplate = {
  key: 'prequalification-projet',
  programme: 'prequalification',
  weight: 3,
  title: 'Construire son projet professionnel',
  objective:
    'Faire le point sur ce que vous savez faire et ce que vous aimez, découvrir des métiers qui recrutent près de chez vous et choisir une voie.',
  content:
    "Bilan de vos expériences et de vos atouts.\nDécouverte des métiers qui recrutent.\nStages de découverte en entreprise.\nSimulations d'entretien d'embauche.\nPlan d'action pour la suite.",
  expectedResults: 'Un projet professionnel réaliste et les étapes pour y arriver.',
  formacodes: ['15062', '15061'],
  rome: [],
  nsf: ['415'],
  generalObjective: '9',
  entryLevel: '1',
  certifying: false,
  pathway: '1',
  hours: [100, 300],
  weeks: [6, 12],
  prerequisites: "Être à la recherche d'un emploi.",
  targetPublics: JOB_SEEKERS,
  funders: ['2'],
  permanent: 0.4,
  mixte: 0.15,
  distance: 0,
};

const IAE_RHYTHMS = [
  'Contrat de 26 heures par semaine, du lundi au jeudi',
  'Contrat de 26 heures par semaine, le matin',
];

const IAE_TEMPLATES: readonly OfferTemplate[] = [
  {
    key: 'iae-espaces-verts',
    programme: 'iae',
    weight: 1.5,
    title: "Atelier chantier d'insertion : entretien des espaces verts",
    objective:
      'Travailler avec un contrat et un salaire tout en étant accompagné : entretien des parcs, jardins et chemins, avec une formation au métier.',
    content:
      "Tonte, taille, débroussaillage.\nUtilisation du matériel en sécurité.\nAccompagnement pour l'emploi, le logement, la mobilité.\nFormation pendant le contrat.",
    expectedResults: 'Une expérience de travail, des compétences reconnues et un projet pour la suite.',
    formacodes: [],
    rome: ['A1203'],
    nsf: ['214'],
    generalObjective: '7',
    entryLevel: '1',
    certifying: false,
    pathway: '2',
    hours: [400, 900],
    weeks: [16, 52],
    prerequisites:
      'Être orienté par un prescripteur (France Travail, Mission locale, Cap emploi, référent RSA). Contrat de 26 heures par semaine.',
    targetPublics: ['80007', '80010', '81024'],
    funders: ['11', '8'],
    permanent: 1,
    mixte: 0,
    distance: 0,
    indicativeDuration: 'Contrat de 4 à 24 mois, 26 heures par semaine',
    rhythms: IAE_RHYTHMS,
  },
  {
    key: 'iae-maraichage',
    programme: 'iae',
    weight: 1.5,
    title: "Chantier d'insertion : maraîchage biologique et vente de paniers",
    objective:
      'Travailler avec un contrat et un salaire au jardin de maraîchage, avec un accompagnement pour trouver ensuite un emploi ou une formation.',
    content:
      'Cultures de légumes biologiques.\nPréparation et livraison des paniers.\nAccompagnement social et professionnel.\nStages en entreprise pendant le contrat.',
    expectedResults: 'Une expérience de travail et un projet pour la suite.',
    formacodes: [],
    rome: ['A1414'],
    nsf: ['211'],
    generalObjective: '7',
    entryLevel: '1',
    certifying: false,
    pathway: '2',
    hours: [400, 900],
    weeks: [16, 52],
    prerequisites:
      'Être orienté par un prescripteur (France Travail, Mission locale, Cap emploi, référent RSA).',
    targetPublics: ['80007', '80010', '81024'],
    funders: ['11', '8'],
    permanent: 1,
    mixte: 0,
    distance: 0,
    indicativeDuration: 'Contrat de 4 à 24 mois, 26 heures par semaine',
    rhythms: IAE_RHYTHMS,
  },
  {
    key: 'iae-batiment',
    programme: 'iae',
    weight: 1,
    title: "Atelier chantier d'insertion : second œuvre du bâtiment",
    objective:
      "Travailler avec un contrat et un salaire sur des chantiers de rénovation (peinture, plâtrerie), avec un accompagnement vers l'emploi.",
    content:
      "Peinture et plâtrerie sur des chantiers réels.\nSécurité sur le chantier.\nAccompagnement vers l'emploi et la formation.",
    expectedResults: 'Une expérience de travail dans le bâtiment et un projet pour la suite.',
    formacodes: [],
    rome: ['F1606', 'F1604'],
    nsf: ['233'],
    generalObjective: '7',
    entryLevel: '1',
    certifying: false,
    pathway: '2',
    hours: [400, 900],
    weeks: [16, 52],
    prerequisites:
      'Être orienté par un prescripteur (France Travail, Mission locale, Cap emploi, référent RSA).',
    targetPublics: ['80007', '80010', '81024'],
    funders: ['11', '8'],
    permanent: 1,
    mixte: 0,
    distance: 0,
    indicativeDuration: 'Contrat de 4 à 24 mois, 26 heures par semaine',
    rhythms: IAE_RHYTHMS,
  },
  {
    key: 'iae-recyclerie',
    programme: 'iae',
    weight: 1,
    title: 'Entreprise d’insertion : tri, réemploi et vente en recyclerie',
    objective:
      "Travailler avec un contrat et un salaire dans une recyclerie : collecte, tri, remise en état et vente d'objets, avec un accompagnement vers l'emploi.",
    content:
      "Collecte et tri des objets.\nManutention et rangement en stock.\nAccueil des clients et vente en boutique.\nAccompagnement vers l'emploi.",
    expectedResults:
      'Une expérience de travail dans la logistique ou le commerce et un projet pour la suite.',
    formacodes: [],
    rome: ['N1103', 'D1507'],
    nsf: ['311'],
    generalObjective: '7',
    entryLevel: '1',
    certifying: false,
    pathway: '2',
    hours: [400, 900],
    weeks: [16, 52],
    prerequisites:
      'Être orienté par un prescripteur (France Travail, Mission locale, Cap emploi, référent RSA).',
    targetPublics: ['80007', '80010', '81024'],
    funders: ['11', '8'],
    permanent: 1,
    mixte: 0,
    distance: 0,
    indicativeDuration: 'Contrat de 4 à 24 mois, 26 heures par semaine',
    rhythms: IAE_RHYTHMS,
  },
];

/** Every template of the demo, in a fixed order (the generator's output depends on it). */
export const OFFER_TEMPLATES: readonly OfferTemplate[] = [
  ...SOCLE_TEMPLATES,
  PROJECT_TEMPLATE,
  ...PREQUALIFICATION_SECTORS.map(prequalification),
  ...TRADES.map(firstLevel),
  ...TRADES.map(qualifying),
  ...TRADES.filter((trade) => VAE_TRADES.includes(trade.key)).map(vae),
  ...IAE_TEMPLATES,
];
