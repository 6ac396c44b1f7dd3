#!/usr/bin/env node
// The `passerelle` command. A file that exists before any build, so that installing the workspace
// links it without warnings; the CLI itself is the compiled dist/cli/main.js.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(main)) {
  await import(main.href);
} else {
  process.stderr.write(
    'Erreur : passerelle n’est pas encore compilé (dist/cli/main.js manque). Lancez « pnpm build » à la racine du dépôt.\n',
  );
  process.exitCode = 1;
}
