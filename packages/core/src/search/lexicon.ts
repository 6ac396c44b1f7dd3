/**
 * Our own small table of métiers and synonyms: the words people far from employment type
 * (« ménage », « caces », « crèche », « AS ») and the words catalogues use (« propreté »,
 * « cariste », « petite enfance », « aide-soignant »). Each group is one métier or theme; every
 * phrase of a group finds the trainings that use any other phrase of it. ROME codes link a
 * group to the offers that lead to it even when their text never says the word.
 *
 * Written by hand from the ROME v3 fiches and the vocabulary of Nouvelle-Aquitaine's relays;
 * kept short on purpose: a wrong synonym costs more than a missing one.
 */
export interface MetierGroup {
  /** Shown in the combobox as a métier suggestion. */
  readonly label: string;
  /** Phrases that mean the same thing here, the label included implicitly. */
  readonly phrases: readonly string[];
  /** ROME v3 codes of the métiers this group leads to. */
  readonly rome: readonly string[];
  /** True for a theme (« numérique ») rather than a job: suggested after the métiers. */
  readonly theme?: boolean;
}

/** Job words grouped by trade: a query naming one job also finds the trainings of its group. */
export const METIER_GROUPS: readonly MetierGroup[] = [
  {
    label: 'Aide-soignant',
    phrases: ['aide soignant', 'aide soignante', 'aides soignants', 'auxiliaire de soins', 'DEAS'],
    rome: ['J1501'],
  },
  {
    label: 'Agent de service hospitalier (ASH)',
    phrases: ['ASH', 'agent de service hospitalier', 'agent des services hospitaliers', 'bionettoyage'],
    rome: ['J1301'],
  },
  {
    label: 'Accompagnant éducatif et social (AES)',
    phrases: ['AES', 'DEAES', 'accompagnant educatif et social', 'aide medico psychologique', 'AMP', 'AVS'],
    rome: ['K1301'],
  },
  {
    label: 'Assistant de vie aux familles (ADVF)',
    phrases: ['ADVF', 'assistant de vie', 'auxiliaire de vie', 'aide a domicile', 'services a la personne'],
    rome: ['K1302', 'K1304'],
  },
  {
    label: 'Agent de propreté',
    phrases: [
      'proprete',
      'menage',
      'nettoyage',
      'agent d entretien',
      'entretien des locaux',
      'femme de menage',
    ],
    rome: ['K2204'],
  },
  {
    label: 'Cariste',
    phrases: ['cariste', 'CACES', 'chariot elevateur', 'conducteur de chariot', 'R489'],
    rome: ['N1101'],
  },
  {
    label: 'Préparateur de commandes',
    phrases: [
      'preparateur de commandes',
      'magasinier',
      'logistique',
      'entrepot',
      'manutention',
      'manutentionnaire',
    ],
    rome: ['N1103', 'N1105'],
  },
  {
    label: 'Petite enfance',
    phrases: [
      'petite enfance',
      'creche',
      'CAP AEPE',
      'accompagnant educatif petite enfance',
      'assistant maternel',
      'auxiliaire de puericulture',
    ],
    rome: ['K1303'],
  },
  {
    label: 'Numérique',
    phrases: ['numerique', 'informatique', 'ordinateur', 'bureautique', 'internet', 'digital'],
    rome: [],
    theme: true,
  },
  {
    label: 'Développeur web',
    phrases: ['developpeur', 'developpement web', 'programmation', 'codeur'],
    rome: ['M1805'],
  },
  {
    label: 'Français langue étrangère (FLE)',
    phrases: ['FLE', 'francais langue etrangere', 'apprendre le francais', 'cours de francais'],
    rome: [],
    theme: true,
  },
  // Apart from FLE and from savoirs de base, as in the orientation rules: for people with little
  // or no schooling, in any language.
  {
    label: 'Alphabétisation',
    phrases: ['alphabetisation', 'apprendre a lire', 'lire et ecrire'],
    rome: [],
    theme: true,
  },
  {
    label: 'Savoirs de base',
    phrases: [
      'savoirs de base',
      'remise a niveau',
      'lire ecrire compter',
      'illettrisme',
      'competences de base',
      'CleA',
    ],
    rome: [],
    theme: true,
  },
  { label: 'Boulanger', phrases: ['boulanger', 'boulangerie', 'viennoiserie', 'fournil'], rome: ['D1102'] },
  { label: 'Pâtissier', phrases: ['patissier', 'patisserie', 'chocolatier'], rome: ['D1104'] },
  {
    label: 'Cuisinier',
    phrases: [
      'cuisinier',
      'cuisine',
      'commis de cuisine',
      'restauration collective',
      'agent de restauration',
    ],
    rome: ['G1602', 'G1603'],
  },
  {
    label: 'Serveur en restauration',
    phrases: ['serveur', 'service en salle', 'barman', 'limonadier'],
    rome: ['G1803'],
  },
  {
    label: "Employé d'étage",
    phrases: ['employe d etage', 'femme de chambre', 'valet de chambre', 'hotellerie'],
    rome: ['G1501'],
  },
  {
    label: 'Vendeur',
    phrases: ['vendeur', 'vente', 'conseiller de vente', 'employe de commerce', 'commerce'],
    rome: ['D1106', 'D1211', 'D1214'],
  },
  {
    label: 'Employé de libre-service',
    phrases: ['employe libre service', 'mise en rayon', 'caissier', 'hote de caisse', 'employe polyvalent'],
    rome: ['D1505', 'D1507'],
  },
  {
    label: 'Secrétaire',
    phrases: ['secretaire', 'secretariat', 'assistant administratif', 'agent administratif'],
    rome: ['M1607', 'M1602'],
  },
  {
    label: "Agent d'accueil",
    phrases: ['agent d accueil', 'accueil', 'hote d accueil', 'standardiste'],
    rome: ['M1601'],
  },
  {
    label: 'Comptable',
    phrases: ['comptable', 'comptabilite', 'paie', 'gestionnaire de paie'],
    rome: ['M1203'],
  },
  { label: 'Maçon', phrases: ['macon', 'maconnerie', 'gros oeuvre', 'BTP', 'batiment'], rome: ['F1703'] },
  {
    label: 'Électricien',
    phrases: ['electricien', 'electricite', 'habilitation electrique'],
    rome: ['F1602'],
  },
  {
    label: 'Plombier chauffagiste',
    phrases: ['plombier', 'plomberie', 'chauffagiste', 'sanitaire et thermique'],
    rome: ['F1603'],
  },
  {
    label: 'Peintre en bâtiment',
    phrases: ['peintre', 'peinture en batiment', 'peintre en batiment'],
    rome: ['F1606'],
  },
  {
    label: 'Menuisier',
    phrases: ['menuisier', 'menuiserie', 'ebeniste', 'charpentier'],
    rome: ['H2206', 'F1607'],
  },
  { label: 'Soudeur', phrases: ['soudeur', 'soudure', 'chaudronnier', 'chaudronnerie'], rome: ['H2913'] },
  {
    label: 'Jardinier paysagiste',
    phrases: ['jardinier', 'espaces verts', 'paysagiste', 'amenagement paysager', 'jardinage'],
    rome: ['A1203'],
  },
  {
    label: 'Ouvrier viticole',
    phrases: [
      'viticole',
      'viticulture',
      'viticulteur',
      'vigne',
      'vendanges',
      'ouvrier agricole',
      'agriculture',
      'agricole',
    ],
    rome: ['A1405'],
  },
  {
    label: 'Maraîcher',
    phrases: [
      'maraicher',
      'maraichage',
      'legumes',
      'horticulture',
      'ouvrier agricole',
      'agriculture',
      'agricole',
    ],
    rome: ['A1414'],
  },
  {
    label: 'Plaquiste',
    phrases: ['plaquiste', 'plaques de platre', 'platrerie', 'platrier', 'cloisons seches', 'placo'],
    rome: ['F1604'],
  },
  {
    label: 'Opérateur de production',
    phrases: [
      'operateur de production',
      'conducteur de machines',
      'conducteur de ligne',
      'usine',
      'agent de fabrication',
    ],
    rome: ['H2102'],
  },
  {
    label: 'Conducteur routier',
    phrases: [
      'conducteur routier',
      'chauffeur poids lourd',
      'poids lourd',
      'FIMO',
      'transport routier',
      'chauffeur livreur',
    ],
    rome: ['N4101', 'N4105'],
  },
  {
    label: 'Conducteur de bus',
    phrases: ['conducteur de bus', 'chauffeur de bus', 'autocar', 'transport en commun'],
    rome: ['N4103'],
  },
  {
    label: 'Permis de conduire',
    phrases: ['permis b', 'permis de conduire', 'code de la route', 'auto ecole', 'mobilite'],
    rome: [],
    theme: true,
  },
  {
    label: 'Agent de sécurité',
    phrases: ['agent de securite', 'securite', 'surveillance', 'gardiennage', 'CQP APS', 'SSIAP', 'vigile'],
    rome: ['K2503'],
  },
  { label: 'Coiffeur', phrases: ['coiffeur', 'coiffure', 'barbier'], rome: ['D1202'] },
  {
    label: 'Esthéticien',
    phrases: ['estheticien', 'esthetique', 'soins esthetiques', 'manucure'],
    rome: ['D1208'],
  },
  {
    label: 'Mécanicien automobile',
    phrases: ['mecanicien', 'mecanique automobile', 'garagiste', 'entretien de vehicules'],
    rome: ['I1604'],
  },
  {
    label: 'Projet professionnel',
    phrases: [
      'projet professionnel',
      'orientation',
      'bilan de competences',
      'remobilisation',
      'decouverte des metiers',
    ],
    rome: [],
    theme: true,
  },
  {
    label: "Création d'entreprise",
    phrases: [
      'creation d entreprise',
      'entrepreneuriat',
      'auto entrepreneur',
      'micro entreprise',
      'creer son entreprise',
    ],
    rome: [],
    theme: true,
  },
  { label: 'Anglais', phrases: ['anglais', 'langue anglaise'], rome: [], theme: true },
  { label: 'Couturier', phrases: ['couture', 'couturier', 'retouche'], rome: ['B1803'] },
  { label: 'Infirmier', phrases: ['infirmier', 'soins infirmiers', 'IDE'], rome: ['J1506'] },
];
