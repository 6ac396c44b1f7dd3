/**
 * The one script a webmaster includes (`dist/passerelle.js`): a classic script, so a plain
 * `<script src>` works, that loads the widget's modules from the `cdn/` folder beside it. The search
 * loads first; heavier parts (the orientation) come as further modules of the same folder only when
 * they are needed. Module scripts of the script's own origin pass a strict CSP (`script-src 'self'`).
 */
const entry = 'cdn/passerelle-finder.js';

// Read while this script runs: afterwards `currentScript` is null.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

import(new URL(entry, base).href).catch((error: unknown) => {
  // No logger exists yet at this point: the console is the webmaster's only channel.
  console.error(
    `Passerelle : le module ${new URL(entry, base).href} n’a pas pu être chargé (${String(error)}). Le dossier cdn/ doit être publié à côté de passerelle.js.`,
  );
});
