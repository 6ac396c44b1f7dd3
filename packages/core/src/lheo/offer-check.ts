/**
 * The import's check of each mapped offer, compiled once from `offerSchema` (see
 * `validation/fast-check.ts`): it reads the offer once and allocates nothing, where zod would
 * build a full copy of it. It only decides "valid": when it says no, the importer runs
 * `offerSchema` itself, which words the problems.
 */
import { offerSchema } from '../catalogue/runtime-schema.js';
import { compileCheck } from '../validation/fast-check.js';

/** True exactly when `offerSchema` accepts the value. */
export const isCatalogueOffer = compileCheck(offerSchema);
