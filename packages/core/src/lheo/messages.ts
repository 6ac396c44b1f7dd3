/**
 * Every French message of the LHÉO import, in one place (as Fuse keeps its `errorMessages.ts`),
 * so wording stays consistent and a translator finds them all.
 */
import { cutText } from '../catalogue/text-rules.js';

/** Shows a value as read, shortened so a report stays readable. */
export function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `« ${flat.length > 40 ? `${cutText(flat, 40)}…` : flat} »`;
}

export const messages = {
  // Records rejected
  missingNumero: (element: string) =>
    `élément <${element}> sans attribut numero : impossible de l'identifier`,
  duplicateOffer: (numero: string, line: number) =>
    `numéro de formation ${quote(numero)} déjà lu ligne ${line} : ce doublon est écarté`,
  missingTitle: 'intitulé de formation absent ou vide : il est obligatoire',
  missingOrganisation: 'organisme responsable absent ou sans nom (nom-organisme) : il est obligatoire',
  missingPeriod: 'période de session absente (<periode> avec <debut> et <fin>) : elle est obligatoire',
  noValidSession: 'aucune session valide : une action doit en avoir au moins une',
  noValidAction: 'aucune action valide : une formation doit en avoir au moins une',
  tooDeep: (max: number) =>
    `éléments imbriqués sur plus de ${max} niveaux dans cette formation : formation écartée (les autres sont gardées)`,
  tooLarge: (length: number, limit: number) =>
    `texte de ${length} caractères, plus que les ${limit} permis : formation écartée (les autres sont gardées)`,
  schemaRejected: (path: string, message: string) =>
    `non conforme au modèle du catalogue (${path}) : ${message}`,

  // Fields dropped or repaired
  badCode: (value: string, table: string) =>
    `code ${quote(value)} inconnu de la table LHÉO ${table} : valeur ignorée`,
  badSiret: (value: string) =>
    `SIRET invalide : 14 chiffres attendus, reçu ${quote(value)} (${value.length} caractères) : valeur ignorée`,
  badPattern: (value: string, expected: string) =>
    `valeur ${quote(value)} invalide : attendu ${expected} : valeur ignorée`,
  badDate: (value: string) =>
    `date ${quote(value)} invalide : attendu AAAAMMJJ (00000000 ou 99999999 si inconnue) : date considérée comme inconnue`,
  badDateDropped: (value: string) => `date ${quote(value)} invalide : attendu AAAAMMJJ : valeur ignorée`,
  badNumber: (value: string) => `nombre ${quote(value)} illisible : valeur ignorée`,
  outOfRange: (value: string, min: number, max: number) =>
    `valeur ${quote(value)} hors des bornes ${min}–${max} : valeur ignorée`,
  tooLong: (length: number, max: number) =>
    `texte de ${length} caractères, au plus ${max} permis par LHÉO : tronqué à ${max} caractères`,
  tooLongDropped: (length: number, max: number) =>
    `texte de ${length} caractères, au plus ${max} permis : valeur ignorée`,
  bidiStripped: (count: number) =>
    `${count} caractère(s) de contrôle du sens d'écriture (U+202E…) retiré(s) : ils peuvent déguiser un texte`,
  unsafeUrl: (value: string) =>
    `adresse ${quote(value)} refusée : attendu une adresse commençant par http://, https://, mailto: ou tel: : valeur ignorée`,
  urlWithoutScheme: (value: string) =>
    `adresse ${quote(value)} sans http:// ni https:// : lue comme https://`,
  badPhone: (value: string) =>
    `numéro de téléphone ${quote(value)} illisible : attendu un numéro français (10 chiffres, ex. 05 56 00 00 01) ou international (+ et l'indicatif du pays) : valeur ignorée`,
  fundingUnknown: (value: string | undefined) =>
    `${value === undefined ? 'prise-en-charge-frais-possible absente' : `prise-en-charge-frais-possible ${quote(value)} invalide`} : considérée comme « non » (0)`,
  unknownRegion: (value: string) =>
    `code région ${quote(value)} inconnu (ni actuel, ni d'avant 2016) : valeur ignorée`,
  invalidBytes: (count: number, encoding: string) =>
    `${count === 1 ? 'un octet illisible' : `${count} octets illisibles`} en ${encoding} (fichier abîmé ou mal encodé) : remplacé${count === 1 ? '' : 's'} par « \uFFFD », le reste est gardé ; vérifiez ce texte`,
  unknownElement: (name: string) => `élément <${name}> inconnu de LHÉO 2.3 : ignoré avec son contenu`,
  misplacedElement: (name: string, parent: string) =>
    `élément <${name}> hors de sa place : LHÉO 2.3 ne le met pas dans <${parent}> ; ignoré avec son contenu`,

  // Fatal XML errors and warnings
  malformed: (line: number, column: number, reason: string) =>
    `XML mal formé ligne ${line}, colonne ${column} : ${reason}. Import arrêté ; les formations lues avant sont gardées.`,
  oldLheo: (line: number, column: number, version: string, uri: string) =>
    `ligne ${line}, colonne ${column} : fichier LHÉO ${version === '1' ? '1.x' : version}${uri === '' ? ' (éléments <offre-formation>)' : ` (espace de noms ${uri})`} : cette ancienne version n'est pas prise en charge, seules LHÉO 2.2 et 2.3 le sont ; demandez un export en LHÉO 2.2 ou 2.3. Import arrêté.`,
  lheoIndex: (line: number, column: number) =>
    `ligne ${line}, colonne ${column} : ce fichier est un index LHÉO (<lheo-index>, des résumés d'offres comme les renvoie le web-service Intercarif), pas un export d'offres : demandez l'export LHÉO complet (élément racine <lheo> avec ses <formation>). Import arrêté.`,
  htmlRoot: (line: number, column: number) =>
    `ligne ${line}, colonne ${column} : ce fichier est une page web (élément racine <html>), pas un export LHÉO : le téléchargement a sans doute renvoyé une page d'erreur ou de connexion. Import arrêté.`,
  notLheo: (line: number, column: number, name: string) =>
    `ligne ${line}, colonne ${column} : ce n'est pas un fichier LHÉO (élément racine <${name}>, attendu <lheo>). Import arrêté.`,
  unknownNamespace: (uri: string) =>
    `espace de noms ${quote(uri)} inconnu (attendu http://lheo.gouv.fr/2.3 ou http://www.lheo.org/2.2) : lu comme LHÉO 2.3`,
} as const;

/** French wording of the parser's well-formedness errors (saxes reports them in English). */
export function frenchXmlError(english: string): string {
  const text = english.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
  let match: RegExpExecArray | null;
  if ((match = /^unclosed tag: (.+)$/.exec(text)))
    return `balise <${match[1]}> jamais fermée (fichier tronqué ?)`;
  if ((match = /^unmatched closing tag: (.+?)\.?$/.exec(text)))
    return `balise fermante </${match[1]}> sans balise ouvrante correspondante`;
  if (text.startsWith('unexpected close tag'))
    return 'balise fermante qui ne correspond pas à la dernière balise ouverte';
  if (text.startsWith('undefined entity')) return 'entité inconnue (un « & » doit s’écrire &amp;amp;)';
  if (text.startsWith('disallowed character')) return 'caractère interdit à cet endroit';
  if (text.startsWith('text data outside of root node')) return 'texte en dehors de l’élément racine <lheo>';
  if (text.startsWith('document must contain a root element')) return 'document vide : aucun élément racine';
  if (text.startsWith('documents may contain only one root')) return 'plusieurs éléments racines';
  if ((match = /^duplicate attribute: (.+?)\.?$/.exec(text))) return `attribut ${match[1]} répété`;
  if (text.startsWith('unquoted attribute value') || text.startsWith('value must be quoted'))
    return 'valeur d’attribut sans guillemets';
  if ((match = /^unbound namespace prefix: (.+?)\.?$/.exec(text)))
    return `préfixe d’espace de noms ${match[1]} non déclaré`;
  if (text.startsWith('unexpected end')) return 'fin de fichier inattendue (fichier tronqué ?)';
  return `erreur de syntaxe XML (${text})`;
}
