/**
 * Helpers for tests/browser: a plain HTML page (as a webmaster writes it) loaded in an iframe, then
 * read through the DOM. Lives here so that tests/browser resolves the test libraries through the
 * widget package.
 */
export { expect, waitUntil } from '@open-wc/testing';
export { executeServerCommand, sendKeys } from '@web/test-runner-commands';

export interface WebmasterPage {
  readonly frame: HTMLIFrameElement;
  readonly window: Window & { pageErrors: string[]; passerelleEvents: { name: string; detail: unknown }[] };
  readonly document: Document;
  readonly finder: HTMLElement;
  readonly root: ShadowRoot;
  remove(): void;
}

export async function openPage(path: string, width = 800): Promise<WebmasterPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as WebmasterPage['window'] | null;
  const doc = frame.contentDocument;
  if (!win || !doc) throw new Error(`page ${path} did not load`);
  const finder = doc.querySelector<HTMLElement>('passerelle-finder');
  if (!finder) throw new Error(`no <passerelle-finder> in ${path}`);
  await win.customElements.whenDefined('passerelle-finder');
  const start = Date.now();
  while (!finder.shadowRoot || finder.shadowRoot.querySelector('.loading')) {
    if (Date.now() - start > 5000) throw new Error(`the widget of ${path} is still loading`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  return {
    frame,
    window: win,
    document: doc,
    finder,
    root: finder.shadowRoot,
    remove: () => frame.remove(),
  };
}

export function cardTitles(page: WebmasterPage): string[] {
  return [...page.root.querySelectorAll('.results[part="results"] .card-title')].map(
    (node) => node.textContent?.trim() ?? '',
  );
}

export function requestedUrls(page: WebmasterPage): string[] {
  return page.window.performance.getEntriesByType('resource').map((entry) => entry.name);
}
