/**
 * The relay directory as zod/mini schemas, to check a partner's file (see `schema.ts` for the model).
 */
import * as z from 'zod/mini';
import {
  departementCode,
  inseeCode,
  nonEmpty,
  postalCode,
  provenanceFields,
} from '../validation/primitives.js';
import type { AllTrue, SameShape } from '../validation/type-equality.js';
import { checkOpeningHours } from './opening-hours.js';
import {
  RELAY_DIRECTORY_FORMAT,
  RELAY_DIRECTORY_KINDS,
  RELAY_DIRECTORY_VERSION,
  type RelayDirectory,
} from './schema.js';

/** French numbers as people write them: `05 36 49 12 34`, `+33 5 36 49 12 34`, short `39 49`. */
const phone = z.string().check(z.regex(/^(\+33 ?[1-9]|0[1-9]|[1-9]\d)([ .]?\d{2}){1,4}$/));
const email = z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/));
/** Only http(s): a `javascript:` or `data:` link in a partner file must never become a link. */
const website = z.string().check(z.regex(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$/i));

const openingHours = z.string().check(
  z.superRefine((value, ctx) => {
    const checked = checkOpeningHours(value);
    if (!checked.ok) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `horaires au format OpenStreetMap invalides : ${checked.error}`,
      });
    }
  }),
);

export const directoryRelayKindSchema = z.enum(RELAY_DIRECTORY_KINDS);

export const relayAddressSchema = z.object({
  lines: z.array(nonEmpty).check(z.minLength(1)),
  postalCode,
  city: nonEmpty,
  inseeCode: z.optional(inseeCode),
  coordinates: z.optional(
    z.object({
      lat: z.number().check(z.gte(-90), z.lte(90)),
      lon: z.number().check(z.gte(-180), z.lte(180)),
    }),
  ),
});

export const relaySchema = z.object({
  /** Stable identifier inside the directory. */
  id: nonEmpty,
  kind: directoryRelayKindSchema,
  name: nonEmpty,
  address: relayAddressSchema,
  departement: departementCode,
  phone: z.optional(phone),
  email: z.optional(email),
  website: z.optional(website),
  /** OSM `opening_hours`, e.g. `Mo-Fr 09:00-12:00,14:00-17:00; PH off`. */
  openingHours: z.optional(openingHours),
  /** Whether a visit needs an appointment. */
  appointment: z.optional(z.boolean()),
  /** Papers to bring, one per item, in plain French. */
  whatToBring: z.array(nonEmpty),
  /** Anything else worth saying (who is welcome, access, languages spoken). */
  notes: z.optional(nonEmpty),
});

export const relayDirectoryMetaSchema = z.object(provenanceFields);

export const relayDirectorySchema = z.object({
  format: z.literal(RELAY_DIRECTORY_FORMAT),
  version: z.literal(RELAY_DIRECTORY_VERSION),
  meta: relayDirectoryMetaSchema,
  relays: z.array(relaySchema),
});

/** Compile-time proof that the schemas and the plain types of `schema.ts` describe the same values. */
export type RelaySchemasMatchTypes = AllTrue<
  [SameShape<z.infer<typeof relayDirectorySchema>, RelayDirectory>]
>;
