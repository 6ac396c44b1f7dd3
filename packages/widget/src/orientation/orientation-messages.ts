/** What the orientation screens say, in plain French (FALC spirit: short sentences, common words). */
import type { EligibilityStatus } from '@passerelle/core';

export const say = {
  title: 'Être orienté',
  intro:
    'Quelques questions simples, une par écran. À la fin : les étapes, les formations et la personne à voir en premier.',
  privacy:
    'Les réponses restent dans cette page, sur cet appareil. Elles ne sont ni enregistrées ni envoyées. « Nouvelle personne » les efface.',
  start: 'Commencer',
  allQuestions: 'Voir toutes les questions',
  allQuestionsTitle: 'Toutes les questions',
  allQuestionsIntro: 'Pour les professionnels : répondez à ce que vous savez, laissez le reste vide.',
  showPlan: 'Voir le parcours',
  conversation: 'Revenir aux questions une par une',
  dontKnow: 'Je ne sais pas',
  pass: 'Passer',
  back: 'Retour',
  validate: 'Valider',
  remaining: (count: number) =>
    count === 0
      ? 'C’est la dernière question.'
      : count === 1
        ? 'Encore 1 question environ après celle-ci.'
        : `Encore ${count} questions environ après celle-ci.`,
  questionNumber: (n: number) => `Question ${n}`,
  ageLabel: 'Âge, en années',
  ageInvalid: 'Écrivez un âge entre 0 et 120 ans.',
  postalLabel: 'Code postal (5 chiffres)',
  postalInvalid: 'Écrivez un code postal de 5 chiffres, par exemple 33000.',
  textLabel: 'Votre réponse',
  choose: 'Cochez ce qui compte, puis validez.',
  tipTitle: 'Conseil pour le bénévole',
  readAloud: 'Écouter',
  readAloudLabel: (what: string) => `Écouter : ${what}`,
  textSize: 'Taille du texte',
  bigger: 'Texte plus grand',
  smaller: 'Texte plus petit',
  newPerson: 'Nouvelle personne',
  cleared: 'Les réponses ont été effacées. Vous pouvez commencer avec une nouvelle personne.',
  idleCleared:
    'Les réponses ont été effacées après 10 minutes sans activité, pour protéger la vie privée de la personne.',
  planTitle: 'Votre parcours',
  planIntro: 'Voici les étapes, dans l’ordre. Chaque étape dit pourquoi.',
  noNeed:
    'D’après les réponses, aucune étape particulière ne ressort. Un lieu d’information peut vous aider à choisir.',
  stepNumber: (n: number) => `Étape ${n}`,
  job: 'Un emploi',
  why: 'Pourquoi ?',
  programmesTitle: 'Les programmes de la Région',
  statusWords: {
    eligible: 'Vous pouvez y entrer',
    'to-check': 'À vérifier avec le conseiller',
    derogation: 'Possible sur dérogation',
    'not-eligible': 'Pas pour vous maintenant',
  } satisfies Record<EligibilityStatus, string>,
  whoTitle: 'Qui aller voir',
  first: 'D’abord',
  also: 'Aussi',
  nearest: 'Le plus proche',
  distance: (km: number) => `à ${km < 10 ? km.toFixed(1).replace('.', ',') : Math.round(km)} km`,
  phone: 'Téléphone :',
  hours: 'Horaires :',
  appointment: 'Sur rendez-vous.',
  bring: 'À apporter :',
  findNearest: (name: string) =>
    `Pour trouver le lieu le plus proche, cherchez « ${name} » et votre ville sur internet, ou demandez à la mairie.`,
  demoRelays: 'Annuaire de démonstration : ces lieux sont fictifs.',
  trainingsTitle: 'Des formations près de chez vous',
  noTraining: (relay: string) =>
    `Pas de formation trouvée pour cette étape dans le catalogue. ${relay} vous aidera à en trouver une.`,
  seeAllTrainings: 'Voir toutes ces formations',
  sessions: (count: number) => (count === 1 ? '1 session' : `${count} sessions`),
  startsOn: (date: string) => `Début le ${date}`,
  informationMeeting: (date: string) => `Réunion d’information le ${date}`,
  toCheckTitle: 'À vérifier',
  toCheckIntro: 'Ces réponses manquent. Le conseiller pourra les vérifier avec vous :',
  answersTitle: 'Les réponses',
  change: 'Modifier',
  changeLabel: (label: string) => `Modifier ${label}`,
  unknownAnswer: 'Je ne sais pas',
  passedAnswer: 'Passé',
  sayTitle: 'Ce que je dis à l’accueil',
  sayText: (partner: string | undefined, steps: readonly string[]) =>
    `Bonjour. ${partner ? `Je viens de la part de ${partner}. ` : ''}${
      steps.length > 0
        ? `Voici mon parcours : ${steps.map((step, index) => `${index + 1}) ${step}`).join(' ; ')}.`
        : 'Je cherche une formation.'
    } Pouvez-vous m’aider pour la première étape ?`,
  bringTitle: 'Ce que j’apporte',
  bringDefault: ['Une pièce d’identité', 'Votre carte Vitale ou votre numéro de sécurité sociale'],
  print: 'Imprimer la fiche',
  sms: 'Copier pour un SMS',
  smsCopied: 'Le texte est copié. Collez-le dans un SMS.',
  smsFailed: 'La copie n’a pas marché. Sélectionnez le texte ci-dessous et copiez-le.',
  sheetTitle: 'Ma fiche d’orientation',
  sheetDate: (date: string) => `Fiche faite le ${date}`,
  sheetPartner: (partner: string) => `Avec ${partner}`,
  sheetSteps: 'Mes étapes',
  sheetWho: 'Qui je vais voir en premier',
  sheetAppointment: 'Mon rendez-vous',
  sheetAppointmentLine: 'Le ____ / ____ / ________ à ____ h ____',
  sheetTrainings: 'Des formations près de chez moi',
  sheetQr: 'Pour revoir ces formations, scannez ce code avec un téléphone.',
  sheetQrLabel: 'Code QR : la liste des formations sur ce site',
  sheetNoAnswers: 'Cette fiche ne contient pas les réponses de la personne.',
  loadingRelays: 'Chargement des lieux…',
  relaysFailed: 'La liste des lieux n’a pas pu être chargée. Les types de lieux restent expliqués.',
} as const;
