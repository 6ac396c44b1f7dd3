/**
 * Short tips for the bénévole, written by us, on the questions where they help: noticing reading
 * difficulties kindly, and telling apart the three needs the orientation spec separates
 * (illettrisme, FLE, alphabétisation), since each leads to a different course.
 */
const tips: Readonly<Partial<Record<string, string>>> = {
  readingWriting:
    'Beaucoup de personnes cachent une difficulté à lire. Parlez de situations concrètes (un courrier, un formulaire), jamais d’un test. Si la personne dit « j’ai oublié mes lunettes » ou vous demande de remplir pour elle, c’est peut-être un signe : proposez votre aide, sans insister.',
  schooling:
    'La réponse choisit le bon cours. Allée à l’école en français mais lire est difficile : c’est l’illettrisme (remise à niveau). Allée à l’école dans une autre langue : c’est le FLE (apprendre le français). Peu ou pas allée à l’école : c’est l’alphabétisation (apprendre à lire et écrire pour la première fois).',
  frenchSpeaking:
    'Parler et lire sont deux choses différentes : une personne peut bien parler français et avoir du mal à lire, ou lire dans sa langue et débuter en français.',
  numeracy: 'Pensez au quotidien : rendre la monnaie, lire un horaire de bus, suivre une recette.',
  digitalSkills:
    'Demandez plutôt comment la personne fait ses démarches (CAF, France Travail) : seule, avec un proche, ou pas du tout.',
  barriers:
    'Un frein (transport, garde d’enfants, logement, santé) passe souvent avant la formation. On peut en parler sans entrer dans les détails.',
};

export function tipFor(field: string): string | undefined {
  return tips[field];
}
