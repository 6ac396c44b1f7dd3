/** Every French message of the orientation module, kept together (Fuse's `errorMessages.ts`). */

function quoteList(values: readonly string[]): string {
  return values.map((value) => `« ${value} »`).join(', ');
}

/** What a ruleset names, with the agreement French gives it (« besoin inconnu », « définition inconnue »). */
const NAMED_KINDS = {
  need: { noun: 'besoin', unknown: 'inconnu', known: 'connus', none: 'aucun' },
  relayKind: { noun: 'sorte de relais', unknown: 'inconnue', known: 'connues', none: 'aucune' },
  definition: { noun: 'définition', unknown: 'inconnue', known: 'connues', none: 'aucune' },
  programme: { noun: 'programme', unknown: 'inconnu', known: 'connus', none: 'aucun' },
  requirement: { noun: 'condition d’accès partagée', unknown: 'inconnue', known: 'connues', none: 'aucune' },
} as const;

export type NamedKind = keyof typeof NAMED_KINDS;

export const MESSAGES = {
  valueNotForField: (field: string, detail: string) =>
    `valeur impossible pour le champ « ${field} » de la situation : ${detail}`,
  operatorWithoutField: (operators: readonly string[]) =>
    `${quoteList(operators)} compare la réponse d’un champ : ajoutez "field" ou retirez cette clé`,
  oneOperator: (operators: readonly string[]) =>
    `une condition sur un champ doit avoir exactement une comparaison parmi ${quoteList(operators)}`,
  listFieldOperator: (field: string) =>
    `le champ « ${field} » est une liste : utilisez "includes", "includesAny" ou "isEmpty"`,
  scalarFieldOperator: (field: string, operator: string) =>
    `« ${operator} » ne s’applique qu’à une liste, et le champ « ${field} » n’en est pas une`,
  numericOperator: (field: string) =>
    `le champ « ${field} » n’est pas un nombre : utilisez "eq", "ne", "in" ou "notIn"`,
  unknownName: (kind: NamedKind, name: string, known: readonly string[]) => {
    const words = NAMED_KINDS[kind];
    return `${words.noun} ${words.unknown} : « ${name} » (${words.known} : ${known.length > 0 ? quoteList(known) : words.none})`;
  },
  duplicate: (what: string, id: string) =>
    `${what} « ${id} » déjà défini plus haut : chaque identifiant ne doit apparaître qu’une fois`,
  oneOutcome: 'les raisons attendues portent sur un seul résultat : donnez "need", "programme" ou "relay"',
  placementSelf: (need: string) => `le besoin « ${need} » ne peut pas être placé après lui-même`,
  cycle: (trail: readonly string[]) => `références en boucle : ${trail.join(' → ')}`,
  demoteAlso:
    'seul un conseil "first" peut passer en "also" : retirez "demote" ou mettez "priority": "first"',
  listAnswer: 'la réponse à cette question est une liste, par exemple ["mobility"] ou []',
  missingQuestion: (field: string) =>
    `le champ « ${field} » sert dans une condition mais n’a pas de question : ajoutez-en une (texte, libellé, phrase « missing »)`,
  unknownPlaceholder: (name: string) =>
    `le texte contient « {${name}} », qui n’est pas un champ de la situation (ex. {age}, {experienceYears})`,
  notAnObject: 'la situation doit être un objet JSON, par exemple { "age": 19 }',
} as const;
