/**
 * The link a take-away sheet's QR code carries: the page that shows the widget, opened on the
 * trainings list for a programme and a place. It sits in the URL's fragment, which the browser
 * never sends to a server, and holds only those two choices, never the person's answers.
 */
const PREFIX = '#passerelle-formations?';

export interface ListLink {
  readonly programme?: string | undefined;
  /** A postal code. */
  readonly near?: string | undefined;
}

/** `page` (any URL of the host page) opened on the list; its own fragment is replaced. */
export function listLinkUrl(page: string, link: ListLink): string {
  const url = new URL(page);
  const query = new URLSearchParams();
  if (link.programme) query.set('programme', link.programme);
  if (link.near) query.set('pres-de', link.near);
  url.hash = '';
  return `${url.href}${PREFIX}${query.toString()}`;
}

/** What a fragment asks for, or `undefined` when it is not one of ours. Values are checked by the caller. */
export function readListLink(hash: string): ListLink | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  const query = new URLSearchParams(hash.slice(PREFIX.length));
  return { programme: query.get('programme') ?? undefined, near: query.get('pres-de') ?? undefined };
}
