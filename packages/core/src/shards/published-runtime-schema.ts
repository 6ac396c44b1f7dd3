/**
 * The files `passerelle publish` writes beside the manifest, as zod/mini schemas to check them when
 * loaded (see `published.ts` for the model).
 */
import * as z from 'zod/mini';
import { offerSchema } from '../catalogue/runtime-schema.js';
import type { AllTrue, SameShape } from '../validation/type-equality.js';
import { departementCode } from '../validation/primitives.js';
import {
  OFFER_DETAILS_FORMAT,
  OFFER_DETAILS_VERSION,
  SEARCH_SHARD_FORMAT,
  SEARCH_SHARD_VERSION,
  type DetailsLocator,
  type OfferDetails,
} from './published-types.js';
import { fileEntrySchema } from './runtime-schema.js';

export const detailsLocatorSchema = z.object({
  files: z.array(fileEntrySchema),
  /** For each offer of the compact catalogue, in order: its position in `files`. */
  offers: z.array(z.number().check(z.int(), z.gte(0))),
});

export const searchShardEnvelopeSchema = z.object({
  format: z.literal(SEARCH_SHARD_FORMAT),
  version: z.literal(SEARCH_SHARD_VERSION),
  departement: departementCode,
  catalogue: z.unknown(),
  index: z.unknown(),
  details: detailsLocatorSchema,
});

export const offerDetailsSchema = z.object({
  format: z.literal(OFFER_DETAILS_FORMAT),
  version: z.literal(OFFER_DETAILS_VERSION),
  departement: departementCode,
  /** Full offers, each with only this département's actions (as in its catalogue shard). */
  offers: z.array(offerSchema),
});

export type PublishedSchemasMatchTypes = AllTrue<
  [
    SameShape<z.infer<typeof detailsLocatorSchema>, DetailsLocator>,
    SameShape<z.infer<typeof offerDetailsSchema>, OfferDetails>,
  ]
>;
