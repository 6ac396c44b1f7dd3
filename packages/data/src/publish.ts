/**
 * `@passerelle/data/publish` — writes a catalogue as the static folder `passerelle publish` writes
 * (manifest, per-département search files, offer details, communes), for a Node program that builds
 * its publication itself, into an existing folder (create it first). The layout and the cache headers
 * are in docs/publishing.md.
 *
 * @example
 * ```ts
 * import { parseCatalogue } from '@passerelle/core';
 * import { publishCatalogue } from '@passerelle/data/publish';
 *
 * const catalogue = parseCatalogue(await readFile('catalogue.json', 'utf8'));
 * if (catalogue.ok) {
 *   await mkdir('site', { recursive: true });
 *   const publication = await publishCatalogue(catalogue.value, { outDir: 'site', warn: console.warn });
 *   console.log(publication.manifest.shards.length, 'départements publiés');
 * }
 * ```
 *
 * @module @passerelle/data/publish
 */
export {
  MANIFEST_FILE,
  publishCatalogue,
  type Publication,
  type PublishedFile,
  type PublishOptions,
} from './cli/publish-folder.js';
