/**
 * Prints one widget and nothing of the host page: while printing, every element that is neither
 * the widget, one of its ancestors nor inside it is hidden by a constructed stylesheet (allowed
 * under a strict CSP, unlike a <style> element), and the marks are removed after printing. Inside
 * the widget, its own print styles choose what prints.
 */
import { emit } from './emit.js';

const PATH = 'data-passerelle-print-path';
const TARGET = 'data-passerelle-printing';

let sheet: CSSStyleSheet | undefined;

function printStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print {
      [${PATH}] > :not([${PATH}]):not([${TARGET}]) { display: none !important; }
      [${PATH}] { margin: 0 !important; padding: 0 !important; border: 0 !important; max-width: none !important; }
      [${TARGET}] { margin: 0 !important; }
    }`);
  }
  return sheet;
}

export function printOnly(host: HTMLElement, print: () => void = () => window.print()): void {
  const marked: Element[] = [];
  for (let node = host.parentElement; node; node = node.parentElement) {
    node.setAttribute(PATH, '');
    marked.push(node);
  }
  host.setAttribute(TARGET, '');
  const styles = printStyles();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, styles];
  const cleanUp = () => {
    for (const node of marked) node.removeAttribute(PATH);
    host.removeAttribute(TARGET);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((entry) => entry !== styles);
  };
  // window.print() blocks until the dialog closes in Chromium, which fires afterprint; a browser
  // that fires nothing is cleaned up a moment later.
  window.addEventListener('afterprint', cleanUp, { once: true });
  print();
  setTimeout(() => {
    if (!host.hasAttribute(TARGET)) return;
    window.removeEventListener('afterprint', cleanUp);
    cleanUp();
  }, 1000);
}

/**
 * A person asked to print a sheet from `source`: says so (`passerelle-print`, which carries
 * nothing) and prints `host`, the whole widget, alone.
 */
export function printSheet(source: HTMLElement, host: HTMLElement = source): void {
  emit(source, 'passerelle-print', {});
  printOnly(host);
}
