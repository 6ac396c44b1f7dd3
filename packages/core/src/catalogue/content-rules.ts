/**
 * The rules a catalogue's content must follow beyond its shape (`runtime-schema.ts`): texts within
 * `TEXT_LIMITS` and free of bidirectional controls, links that are http(s), mailto or tel, real
 * e-mail addresses, phone numbers in the form that dials them. The import never writes anything
 * else (it repairs or drops, and says so); `passerelle validate` checks them on any catalogue, offer
 * by offer. The widget still loads a catalogue that breaks them, its own filters being the
 * second line: one bad link must not take every training of a département off a page.
 */
import type { Problem } from '../result.js';
import type { Offer } from './schema.js';
import {
  cutText,
  EMAIL,
  NO_BIDI_CONTROLS,
  PHONE,
  SAFE_URL,
  stripBidiControls,
  TEXT_LIMITS,
} from './text-rules.js';

/** Fields whose text may be long (descriptions): every other text is short. */
const LONG_FIELDS: ReadonlySet<string> = new Set([
  'objective',
  'expectedResults',
  'content',
  'details',
  'rhythm',
  'workStudy',
  'prerequisites',
  'recruitmentInfo',
  'fundingDetails',
  'comment',
  'key',
]);
const ID_FIELDS: ReadonlySet<string> = new Set(['id', 'info', 'numero', 'ref', 'programmes']);
const URL_FIELDS: ReadonlySet<string> = new Set(['url', 'urls']);
const PHONE_FIELDS: ReadonlySet<string> = new Set(['phones', 'mobiles']);

function shown(value: string): string {
  const clean = stripBidiControls(value);
  return `« ${clean.length > 40 ? `${cutText(clean, 40)}…` : clean} »`;
}

/** What is wrong with one text of field `field`, or `undefined`. */
function textProblem(field: string, value: string, inExtraValue: boolean): string | undefined {
  if (!NO_BIDI_CONTROLS.test(value))
    return `caractère de contrôle du sens d'écriture (U+202A–U+202E, U+2066–U+2069…) interdit : il peut déguiser un texte (${shown(value)})`;
  if (URL_FIELDS.has(field)) {
    if (!SAFE_URL.test(value))
      return `adresse refusée : attendu une adresse commençant par http://, https://, mailto: ou tel: (reçu ${shown(value)})`;
    if (value.length > TEXT_LIMITS.url)
      return `adresse de ${value.length} caractères : au plus ${TEXT_LIMITS.url}`;
    return undefined;
  }
  if (field === 'email') {
    if (!EMAIL.test(value) || value.length > TEXT_LIMITS.email)
      return `adresse électronique invalide : attendu nom@domaine.fr, au plus ${TEXT_LIMITS.email} caractères (reçu ${shown(value)})`;
    return undefined;
  }
  if (PHONE_FIELDS.has(field)) {
    if (!PHONE.test(value))
      return `numéro de téléphone invalide : attendu un numéro français écrit 05 56 00 00 01, international +3225550100 ou court 3949 (reçu ${shown(value)})`;
    return undefined;
  }
  const max = inExtraValue
    ? TEXT_LIMITS.extraValue
    : LONG_FIELDS.has(field)
      ? TEXT_LIMITS.long
      : ID_FIELDS.has(field)
        ? TEXT_LIMITS.id
        : TEXT_LIMITS.short;
  return value.length > max ? `texte de ${value.length} caractères : au plus ${max} permis` : undefined;
}

/**
 * Every content rule an offer breaks, each with its path (`prefix` then the path inside the
 * offer, e.g. `offers[3].contacts[0].phones[1]`). An offer the schema accepted is expected.
 *
 * @example
 * ```ts
 * for (const [i, offer] of catalogue.offers.entries()) {
 *   for (const problem of checkOfferContent(offer, `offers[${i}]`)) console.warn(`${problem.path} — ${problem.message}`);
 * }
 * ```
 */
export function checkOfferContent(offer: Offer, prefix = ''): Problem[] {
  const problems: Problem[] = [];
  // An explicit stack: the walk never recurses, whatever the document.
  const pending: Array<{ value: unknown; path: string; field: string; extraValue: boolean }> = [
    { value: offer, path: prefix, field: '', extraValue: false },
  ];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { value, path, field } = item;
    if (typeof value === 'string') {
      const problem = textProblem(field, value, item.extraValue);
      if (problem !== undefined) problems.push({ path: path || '(racine)', message: problem });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1)
        pending.push({ value: value[i], path: `${path}[${i}]`, field, extraValue: item.extraValue });
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      const inExtras = field === 'extras' || field === 'values';
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, inner] = entries[i] as [string, unknown];
        pending.push({
          value: inner,
          path: path === '' ? key : `${path}.${key}`,
          field: key,
          extraValue: inExtras && key === 'value',
        });
      }
    }
  }
  return problems;
}
