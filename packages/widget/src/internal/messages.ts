/**
 * Every text of the widget in one place: what people read (plain French, short sentences, FALC
 * spirit) and what webmasters read in the console (French, naming the attribute, the URL, the path and
 * what was expected).
 */

/** « 1 formation », « 1 234 formations ». */
export function formations(count: number): string {
  return count === 1 ? '1 formation' : `${count.toLocaleString('fr-FR')} formations`;
}

/** Texts for the person using the widget. */
export const ui = {
  loading: 'Chargement des formations…',
  demoLabel: 'Données de démonstration (fictives)',
  demoExplanation: 'Ces formations sont inventées, pour montrer comment le module fonctionne.',
  credits: 'Communes : Etalab (Licence Ouverte). Coordonnées : GeoNames (CC BY 4.0).',
  errorTitle: 'Les formations ne peuvent pas s’afficher pour le moment.',
  errorHelp: 'Vous pouvez réessayer. Si cela continue, parlez-en à la personne qui gère ce site.',
  errorNotConfigured: 'Ce module de recherche n’est pas encore prêt sur ce site.',
  retry: 'Réessayer',
  orientationError: 'Le questionnaire ne peut pas s’afficher pour le moment.',
  /** « de la Charente » → « Chargement de la Charente… ». */
  loadingDepartement: (ofDepartement: string) => `Chargement ${ofDepartement}…`,
  refusedFiles:
    'Une partie des formations n’est pas affichée : le fichier reçu n’est pas celui prévu par ce site. Parlez-en à la personne qui gère ce site.',
  detailLoading: 'Chargement de la fiche de la formation…',
  detailError: 'Cette fiche ne peut pas s’afficher pour le moment.',
  shownCount: (shown: number, total: number) =>
    `${shown.toLocaleString('fr-FR')} formations affichées sur ${total.toLocaleString('fr-FR')}.`,
  partialShards: (count: number) =>
    count === 1
      ? 'Une partie des formations n’a pas pu être chargée : la liste peut être incomplète.'
      : `${count} parties des formations n’ont pas pu être chargées : la liste peut être incomplète.`,
  tabsLabel: 'Choisir ce que vous voulez faire',
  tabSearch: 'Trouver une formation',
  tabOrientation: 'M’orienter',
  searchLabel: 'Quelle formation ou quel métier ?',
  searchHint: 'Par exemple : cuisine, aide à domicile, français, cariste.',
  suggestionsLabel: 'Suggestions',
  suggestionMetier: 'métier',
  suggestionTraining: 'formation',
  filtersTitle: 'Affiner la recherche',
  filtersShow: 'Afficher les filtres',
  filtersHide: 'Masquer les filtres',
  programmeLabel: 'Programme',
  programmeAll: 'Tous les programmes',
  placeLabel: 'Près de quelle ville ?',
  placeHint: 'Nom de la ville ou code postal.',
  placeUnknown: (text: string) =>
    `Nous ne trouvons pas « ${text} ». Essayez le nom de la ville ou le code postal.`,
  radiusLabel: 'Distance maximum',
  radiusOption: (km: number) => `${km} km`,
  radiusAny: 'Peu importe',
  aroundMe: 'Autour de moi',
  aroundMeHelp: 'Votre position reste dans cette page. Elle n’est envoyée à personne.',
  aroundMeWaiting: 'Recherche de votre position…',
  aroundMeDone: 'Autour de votre position',
  aroundMeDenied: 'Votre position n’est pas disponible. Vous pouvez écrire le nom de votre ville.',
  aroundMeUnsupported: 'Ce navigateur ne peut pas donner votre position. Écrivez le nom de votre ville.',
  clearPlace: 'Effacer le lieu',
  startLabel: 'À partir du',
  modeLegend: 'Comment se passe la formation ?',
  modePresentiel: 'Sur place',
  modeDistance: 'À distance',
  permanentEntries: 'Entrée possible toute l’année',
  disabilityAccess: 'Accessible aux personnes en situation de handicap',
  fundingPossible: 'Financement possible',
  resetFilters: 'Effacer les filtres',
  activeFiltersLabel: 'Filtres choisis',
  activeFilterCount: (count: number) => (count === 1 ? '1 filtre choisi' : `${count} filtres choisis`),
  removeFilter: 'Retirer le filtre :',
  chipPlace: (place: string, radiusKm: number | null) =>
    radiusKm === null ? `Autour de ${place}` : `${place}, ${radiusKm} km`,
  chipStartFrom: (date: string) => `À partir du ${date}`,
  newPerson: 'Nouvelle personne',
  resultsTitle: 'Formations',
  resultCount: (total: number) =>
    total === 0
      ? 'Aucune formation trouvée.'
      : total === 1
        ? '1 formation trouvée.'
        : `${total.toLocaleString('fr-FR')} formations trouvées.`,
  showMore: 'Voir plus de formations',
  free: 'Gratuit',
  distance: (km: number) => (km < 1 ? 'à moins de 1 km' : `à ${Math.round(km).toLocaleString('fr-FR')} km`),
  nextSession: (date: string) => `Prochaine session : ${date}`,
  dateUnknown: 'Date à confirmer',
  permanentSession: 'Entrée possible toute l’année',
  whatIsIt: 'C’est quoi ?',
  emptyTitle: 'Aucune formation ne correspond à votre recherche.',
  back: 'Retour aux résultats',
  teachingMode: {
    presentiel: 'Sur place',
    mixte: 'Sur place et à distance',
    distance: 'À distance',
  } as const,
} as const;

/** Texts for the webmaster, in the console. */
export const console_ = {
  missingCatalogue:
    'L’attribut catalogue est absent : indiquez l’URL d’un catalogue JSON ou d’un manifest.json, par exemple <passerelle-finder catalogue="/formations/manifest.json">.',
  network: (url: string, reason: string) =>
    `Le catalogue ${url} n’a pas pu être téléchargé (${reason}). Vérifiez l’URL et que le serveur autorise la page (CORS).`,
  http: (url: string, status: number) =>
    `Le catalogue ${url} a répondu ${status} au lieu de 200 : vérifiez l’URL de l’attribut catalogue.`,
  invalidJson: (url: string, where: string, message: string) =>
    `Le fichier ${url} n’est pas un JSON valide (${where}) : ${message}`,
  invalidCatalogue: (url: string, problems: string) =>
    `Le fichier ${url} n’est pas un catalogue Passerelle valide. Problèmes trouvés :\n${problems}`,
  invalidManifest: (url: string, problems: string) =>
    `Le manifest ${url} n’est pas valide. Problèmes trouvés :\n${problems}`,
  hashMismatch: (url: string, expected: string, actual: string) =>
    `Le fichier ${url} est refusé : son empreinte SHA-256 est ${actual}, le manifest annonce ${expected}. Publiez à nouveau le dossier (passerelle publish) ou videz le cache du CDN.`,
  originRefused: (url: string, manifest: string, origin: string) =>
    `Le fichier ${url}, listé par le manifest ${manifest}, est refusé : il n’est pas sur ${origin}. Pour l’autoriser, ajoutez son origine à l’attribut allow-origins (par exemple allow-origins="${new URL(url).origin}").`,
  insecureContext: (url: string) =>
    `Le fichier ${url} est refusé : la page n’est pas servie en https, le navigateur ne peut donc pas vérifier son empreinte SHA-256 (Web Crypto). Servez la page en https.`,
  invalidDetails: (url: string, problems: string) =>
    `Le fichier de détails ${url} n’est pas valide. Problèmes trouvés :\n${problems}`,
  readerFailed: (reason: string) =>
    `Le module de lecture des fichiers de recherche n’a pas pu être chargé (${reason}). Vérifiez que le dossier cdn/ est publié à côté de passerelle.js.`,
  missingDetails: (offerId: string) =>
    `L’offre ${offerId} n’est listée dans aucun fichier de détails de son fichier de recherche.`,
  shardFailed: (url: string, reason: string) => `Une partie du catalogue (${url}) est ignorée : ${reason}`,
  noShardForDepartements: (departements: string, url: string) =>
    `Le manifest ${url} n’a aucun fichier pour les départements ${departements} (attribut departement) : tous ses départements sont chargés.`,
  emptyManifest: (url: string) => `Le manifest ${url} ne liste aucun fichier de catalogue (shards est vide).`,
  invalidCommunes: (url: string, problems: string) =>
    `Le fichier de communes ${url} n’est pas valide : la recherche par ville l’ignore. Problèmes trouvés :\n${problems}`,
  unknownAttribute: (name: string, value: string, expected: string, fallback: string) =>
    `L’attribut ${name}="${value}" n’est pas reconnu : ${expected}. Valeur utilisée : ${fallback}.`,
  listPageRefused: (value: string) =>
    `L’attribut list-page="${value}" est ignoré : il faut l’adresse http(s) d’une page qui affiche les formations (par exemple list-page="formations.html"). La fiche à emporter n’aura pas de QR code.`,
  moduleLoadFailed: (name: string, reason: string) =>
    `Le module ${name} n’a pas pu être chargé (${reason}). Vérifiez que le dossier cdn/ est publié à côté de passerelle.js.`,
  unknownProgramme: (value: string, ruleset: string, known: string) =>
    `L’attribut programme="${value}" ne correspond à aucun programme du jeu de règles ${ruleset} (attendu : ${known}). Le filtre est ignoré.`,
  nearNotFound: (value: string) =>
    `L’attribut near="${value}" ne correspond à aucune commune connue : la recherche n’est pas centrée sur un lieu.`,
} as const;
