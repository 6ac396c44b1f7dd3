/**
 * The detail view's code is fetched the first time a person opens a training (or lands on one
 * through the browser's history), with the offer's details when the catalogue publishes them apart.
 */
import { lazyModule } from '../internal/lazy-module.js';
import type * as OfferDetailExports from './offer-detail.js';

export const detailCode = lazyModule<typeof OfferDetailExports>(() => import('./offer-detail.js'));
