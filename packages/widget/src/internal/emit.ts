/**
 * Public events: one typed helper fires them from the host (bubbling out of the shadow root), and the
 * global event map declares them, so `el.addEventListener('passerelle-select', (e) => e.detail.offerId)`
 * type-checks in the host page's code. Details never carry what a person answered.
 */
import type { SearchFilters } from '@passerelle/core';

export type PasserelleErrorCode =
  | 'missing-catalogue'
  | 'network'
  | 'http'
  | 'invalid-json'
  | 'invalid-catalogue'
  | 'invalid-manifest'
  | 'shard-failed'
  /** A listed file's SHA-256 differs from the manifest's: refused, never shown. */
  | 'hash-mismatch'
  /** A listed file outside the manifest's origin, not allowed by `allow-origins`. */
  | 'origin-refused'
  /** No Web Crypto (page served over plain http): the manifest's files cannot be checked. */
  | 'insecure-context'
  | 'details-failed'
  | 'invalid-relays';

export interface PasserelleEventDetails {
  'passerelle-search': { text: string; filters: SearchFilters; total: number };
  'passerelle-select': { offerId: string; actionId: string; sessionId: string | null };
  'passerelle-orientation': {
    needs: readonly string[];
    programmes: readonly { programme: string; status: string }[];
  };
  'passerelle-print': Record<string, never>;
  'passerelle-error': { code: PasserelleErrorCode; message: string };
}

export type PasserelleEventName = keyof PasserelleEventDetails;

export function emit<K extends PasserelleEventName>(
  host: HTMLElement,
  name: K,
  detail: PasserelleEventDetails[K],
): CustomEvent<PasserelleEventDetails[K]> {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false });
  host.dispatchEvent(event);
  return event;
}

declare global {
  interface HTMLElementEventMap {
    'passerelle-search': CustomEvent<PasserelleEventDetails['passerelle-search']>;
    'passerelle-select': CustomEvent<PasserelleEventDetails['passerelle-select']>;
    'passerelle-orientation': CustomEvent<PasserelleEventDetails['passerelle-orientation']>;
    'passerelle-print': CustomEvent<PasserelleEventDetails['passerelle-print']>;
    'passerelle-error': CustomEvent<PasserelleEventDetails['passerelle-error']>;
  }
}
