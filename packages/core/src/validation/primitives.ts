/**
 * The field types every document of ours shares (catalogues, shards, relay directories, territory
 * files), defined once so a postal code or a département code means the same thing everywhere.
 */
import * as z from 'zod/mini';

export const nonEmpty = z.string().check(z.trim(), z.minLength(1));
export const postalCode = z.string().check(z.regex(/^\d{5}$/));
/** INSEE commune code: 5 characters, Corsica uses 2A/2B. */
export const inseeCode = z.string().check(z.regex(/^(\d{2}|2[AB])\d{3}$/));
/** Département code: 01-95, 2A, 2B, 971-976. */
export const departementCode = z.string().check(z.regex(/^(\d{2}|2[AB]|97\d)$/));
export const latitude = z.number().check(z.gte(-90), z.lte(90));
export const longitude = z.number().check(z.gte(-180), z.lte(180));

/** Where a document comes from: every file we load says it, and whether it is fictitious. */
export const provenanceFields = {
  /** Where the data comes from, in words (« Export LHÉO du Carif-Oref… », « Données de démonstration »). */
  source: nonEmpty,
  /** ISO date or date-time of generation. */
  generatedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/)),
  licence: nonEmpty,
  /** True for generated, fictitious data: every screen that shows it must say so. */
  demo: z.boolean(),
  title: z.optional(nonEmpty),
};
