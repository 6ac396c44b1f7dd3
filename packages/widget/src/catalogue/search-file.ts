/**
 * Reading published search files (prebuilt index and compact catalogue) and offer details files: a
 * module of its own in the built script, so a single-catalogue page does not pay for it; a manifest
 * that lists search files asks for it at once, while its files download.
 */
export { parseOfferDetails, parseSearchShard } from '@passerelle/core';
