/**
 * Attributes are a public API: each parser accepts what a webmaster may reasonably write (spaces,
 * case), warns in French through the logger about anything else, and returns a sensible fallback.
 */
import type { Logger } from '@passerelle/core';
import { console_ } from './messages.js';

export type FinderMode = 'search' | 'orientation' | 'both';
const modes: readonly FinderMode[] = ['search', 'orientation', 'both'];

export function parseMode(raw: string | null | undefined, logger: Logger): FinderMode {
  if (raw === null || raw === undefined || raw.trim() === '') return 'both';
  const value = raw.trim().toLowerCase();
  if ((modes as readonly string[]).includes(value)) return value as FinderMode;
  logger.warn(console_.unknownAttribute('mode', raw, 'attendu search, orientation ou both', 'both'));
  return 'both';
}

const departementPattern = /^(\d{2}|2[AB]|97\d)$/;

/** `departement="33, 24"` → `['33', '24']`; `"1"` is read as `01`; invalid codes are dropped with a warning. */
export function parseDepartements(raw: string | null | undefined, logger: Logger): string[] {
  if (raw === null || raw === undefined || raw.trim() === '') return [];
  const codes: string[] = [];
  for (const part of raw.split(/[,;\s]+/)) {
    if (part === '') continue;
    const code = /^\d$/.test(part) ? `0${part}` : part.toUpperCase();
    if (departementPattern.test(code)) {
      if (!codes.includes(code)) codes.push(code);
    } else {
      logger.warn(
        console_.unknownAttribute(
          'departement',
          part,
          'attendu des codes de département séparés par des virgules, comme 33,24 ou 2A',
          'ce code est ignoré',
        ),
      );
    }
  }
  return codes;
}

/** `near="33000"`: a 5-digit postal code, or `undefined` with a warning. */
export function parsePostalCode(raw: string | null | undefined, logger: Logger): string | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return undefined;
  const value = raw.replace(/\s+/g, '');
  if (/^\d{5}$/.test(value)) return value;
  logger.warn(
    console_.unknownAttribute('near', raw, 'attendu un code postal à 5 chiffres, comme 33000', 'aucun lieu'),
  );
  return undefined;
}

/** A choice among known ids (ruleset, programme): trimmed, lower-cased, or the fallback with a warning. */
export function parseChoice(
  name: string,
  raw: string | null | undefined,
  known: readonly string[],
  fallback: string | undefined,
  logger: Logger,
): string | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (known.includes(value)) return value;
  logger.warn(
    console_.unknownAttribute(name, raw, `attendu l’un de ${known.join(', ')}`, fallback ?? 'aucun'),
  );
  return fallback;
}

/** `programme="HSP-Socle"`: a programme of the ruleset, or none with a warning. */
export function parseProgramme(
  raw: string | null | undefined,
  ruleset: { readonly id: string; readonly programmes: readonly { readonly id: string }[] } | undefined,
  logger: Logger,
): string {
  const value = raw?.trim().toLowerCase() ?? '';
  const known = ruleset?.programmes.map((programme) => programme.id) ?? [];
  if (value === '' || known.includes(value)) return value;
  logger.warn(console_.unknownProgramme(raw ?? '', ruleset?.id ?? '', known.join(', ')));
  return '';
}
