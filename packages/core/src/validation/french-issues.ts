/**
 * Turns zod issues into French, path-precise problems. Messages are passed per parse and never
 * through zod's global config, which lives on `globalThis` and would leak into the host page's zod.
 */
import type { $ZodIssue } from 'zod/v4/core';
import type { Problem } from '../result.js';

/** What a field must look like, by field name, for formats a regex cannot explain by itself. */
const EXPECTED_FORMATS: Readonly<Record<string, string>> = {
  postalCode: 'un code postal de 5 chiffres (ex. 33000)',
  inseeCode: 'un code commune INSEE de 5 caractères (ex. 33063, 2A004)',
  departement: 'un code de département (ex. 33, 2A, 971)',
  departements: 'un code de département (ex. 33, 2A, 971)',
  region: 'un code de région INSEE à 2 chiffres (ex. 75)',
  country: 'un code pays à 2 lettres majuscules (ex. FR)',
  start: 'une date AAAA-MM-JJ',
  end: 'une date AAAA-MM-JJ',
  informationDates: 'une date AAAA-MM-JJ',
  generatedAt: 'une date ISO (ex. 2026-01-31 ou 2026-01-31T08:00:00Z)',
  formacodes: 'un code Formacode de 5 chiffres',
  targetPublics: 'un code Formacode de 5 chiffres',
  nsf: 'un code NSF de 3 chiffres',
  rome: 'un code ROME (une lettre et 4 chiffres, ex. J1501)',
  siret: 'un SIRET de 14 chiffres',
  uai: 'un code UAI (7 chiffres et une lettre)',
  funders: 'un code financeur LHÉO (1 ou 2 chiffres)',
  kind: 'un code de type de contact LHÉO (1 ou 2 chiffres)',
  languages: 'un code langue à 2 lettres minuscules (ex. fr)',
  phone: 'un numéro de téléphone',
  email: 'une adresse e-mail (ex. contact@exemple.fr)',
  website: 'une adresse web commençant par http:// ou https://',
  url: 'une adresse relative (ex. catalogue-33.json) ou commençant par http:// ou https://',
  hash: 'une empreinte SHA-256 en hexadécimal (64 caractères 0-9 a-f)',
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'du texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'vrai ou faux (true/false)',
  array: 'une liste',
  object: 'un objet',
  null: 'null',
};

/** `offers[3].actions[0].id` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(racine)' : out;
}

function lastFieldName(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const key = path[i];
    if (typeof key === 'string') return key;
  }
  return undefined;
}

function describeReceived(input: unknown): string {
  if (input === undefined) return 'rien (champ absent)';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'une liste';
  if (typeof input === 'string')
    return `le texte « ${input.length > 40 ? `${input.slice(0, 40)}…` : input} »`;
  if (typeof input === 'number') return `le nombre ${input}`;
  if (typeof input === 'boolean') return String(input);
  return 'un objet';
}

export function frenchIssueMessage(issue: $ZodIssue): string {
  const field = lastFieldName(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return `champ obligatoire manquant : attendu ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      return `attendu ${TYPE_NAMES[issue.expected] ?? issue.expected}, reçu ${describeReceived(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'ce texte ne doit pas être vide';
      if (issue.origin === 'array')
        return `la liste doit contenir au moins ${String(issue.minimum)} élément(s)`;
      return `la valeur doit être au moins ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `ce texte doit faire au plus ${String(issue.maximum)} caractères`;
      if (issue.origin === 'array')
        return `la liste doit contenir au plus ${String(issue.maximum)} élément(s)`;
      return `la valeur doit être au plus ${String(issue.maximum)}`;
    case 'invalid_format': {
      const expected =
        (field !== undefined ? EXPECTED_FORMATS[field] : undefined) ??
        `le format ${issue.pattern ?? issue.format}`;
      return `format invalide : attendu ${expected}, reçu ${describeReceived(issue.input)}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => `« ${String(v)} »`).join(', ');
      if (issue.input === undefined) return `champ obligatoire manquant : valeurs permises ${allowed}`;
      return `valeur non reconnue : ${describeReceived(issue.input)} ; valeurs permises : ${allowed}`;
    }
    case 'unrecognized_keys':
      return `champ(s) inconnu(s) : ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'la valeur ne correspond à aucune des formes permises';
    case 'not_multiple_of':
      return `la valeur doit être un multiple de ${String(issue.divisor)}`;
    case 'invalid_key':
      return 'clé invalide';
    case 'invalid_element':
      return 'élément invalide';
    case 'custom':
      return issue.message;
  }
}

export function toProblems(issues: readonly $ZodIssue[]): Problem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: frenchIssueMessage(issue) }));
}
