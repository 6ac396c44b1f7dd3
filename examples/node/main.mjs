// A Node program using Passerelle's packages through their public API only: it imports a LHÉO
// export, publishes it as the static folder the widget reads, searches it, and orients a person.
//   node examples/node/main.mjs [dossier-de-publication]     (after « pnpm build »)
// Run by tests/node/node-example.test.ts. The LHÉO sample beside it is fictitious.
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CATALOGUE_FORMAT,
  CATALOGUE_VERSION,
  compileRuleset,
  createSearchIndex,
  importLheo,
  matchProgrammes,
  orient,
} from '@passerelle/core';
import { publishCatalogue } from '@passerelle/data/publish';
import { getRuleset } from '@passerelle/data/rulesets';

const ruleset = compileRuleset(getRuleset('nouvelle-aquitaine'));

// 1. Import: LHÉO text in, offers and a French report of every problem out.
const xml = await readFile(new URL('./offres-exemple.xml', import.meta.url), 'utf8');
const imported = importLheo(xml, { programmesFor: (offer) => matchProgrammes(offer, ruleset) });
console.log(
  `Import : ${imported.summary.offers.kept} formation(s) gardée(s), ${imported.problems.length} problème(s).`,
);
const catalogue = {
  format: CATALOGUE_FORMAT,
  version: CATALOGUE_VERSION,
  meta: {
    source: 'offres-exemple.xml (fictif)',
    generatedAt: new Date().toISOString(),
    licence: 'exemple',
    demo: true,
    ruleset: 'nouvelle-aquitaine',
  },
  offers: imported.offers,
};

// 2. Publish: manifest.json and content-hashed files, ready for any static host or CDN.
const outDir = process.argv[2] ?? (await mkdtemp(join(tmpdir(), 'passerelle-exemple-')));
await mkdir(outDir, { recursive: true });
const publication = await publishCatalogue(catalogue, { outDir, warn: (message) => console.warn(message) });
console.log(
  `Publication : ${publication.files.length} fichier(s) dans ${outDir}, départements ${publication.manifest.shards
    .map((shard) => shard.departement)
    .join(', ')}.`,
);

// 3. Search, as the widget does: French words, typos and missing accents.
const index = createSearchIndex(catalogue);
const results = index.search({ text: 'aide soignante bordeaux', limit: 3 });
console.log(`Recherche « aide soignante bordeaux » : ${results.total} résultat(s).`);
for (const hit of results.hits) console.log(`  ${hit.title} (${hit.offerId})`);

// 4. Orient a situation: needs in order, programmes with a status and reasons, whom to see.
const plan = orient({ age: 19, postalCode: '33000', employment: 'job-seeker', highestLevel: 3 }, ruleset);
if (!plan.ok) {
  for (const problem of plan.error) console.error(`${problem.path} — ${problem.message}`);
  process.exit(1);
}
console.log(`Orientation : besoins ${plan.value.needs.join(', ') || 'aucun'}.`);
for (const programme of plan.value.programmes) console.log(`  ${programme.programme} : ${programme.status}`);
console.log(`Relais : ${plan.value.relays.map((advice) => advice.relay).join(', ')}.`);
