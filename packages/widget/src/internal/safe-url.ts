/**
 * Catalogue data comes from other people's files: a link is only made when its scheme is one a person
 * can safely follow. `javascript:`, `data:`, `vbscript:` and everything else give `undefined`.
 */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function safeUrl(raw: string | undefined | null): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Browsers ignore leading/trailing C0 controls and spaces and strip tabs/newlines anywhere in a URL,
  // which is how `java\tscript:` tricks work: parse what the browser would parse.
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000-\u0020]+$|^[\u0000-\u0020]+/g, '').replace(/[\t\n\r]/g, '');
  if (cleaned === '') return undefined;
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return undefined;
  }
  return allowedSchemes.has(url.protocol) ? url.href : undefined;
}

/** A `tel:` link from a phone number as written in a catalogue (« 05 56 00 00 00 »). */
export function telUrl(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  if (!/^\+?\d{3,15}$/.test(digits)) return undefined;
  return `tel:${digits}`;
}

/** A `mailto:` link from an e-mail address, or `undefined` when it does not look like one. */
export function mailtoUrl(email: string): string | undefined {
  const trimmed = email.trim();
  if (!/^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(trimmed)) return undefined;
  return `mailto:${trimmed}`;
}

/**
 * A link to the place on openstreetmap.org. Only a link: the widget itself never asks a map server
 * for anything, the person chooses to follow it.
 */
export function mapUrl(lat: number, lon: number): string {
  const la = lat.toFixed(5);
  const lo = lon.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=16/${la}/${lo}`;
}
