// Run by tests/node/packed-packages.test.ts with Node, in a project that installed the packed
// tarballs: every public entry imports as plain Node ESM and does something real. Prints one JSON.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as core from '@passerelle/core';
import * as data from '@passerelle/data';
import { getRuleset, rulesetIds } from '@passerelle/data/rulesets';
import { rulesetSummary } from '@passerelle/data/programmes';
import { programmeExplanation } from '@passerelle/data/explanations';
import { publishCatalogue, MANIFEST_FILE } from '@passerelle/data/publish';
import * as widget from '@passerelle/widget';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(
  await readFile(require.resolve('@passerelle/widget/custom-elements.json'), 'utf8'),
);

const catalogue = data.generateDemoCatalogue({ size: 40 });
const hits = core.createSearchIndex(catalogue).search({ text: 'aide soignante', limit: 3 });
const ruleset = getRuleset(rulesetIds[0]);
const checked = core.parseRuleset(ruleset);

console.log(
  JSON.stringify({
    coreExports: Object.keys(core).length,
    dataExports: Object.keys(data).length,
    offers: catalogue.offers.length,
    searchTotal: hits.total,
    rulesetValid: checked.ok,
    summary: rulesetSummary(rulesetIds[0])?.programmes.length ?? 0,
    explanation: typeof programmeExplanation(rulesetIds[0], 'hsp-socle'),
    publish: typeof publishCatalogue,
    manifestFile: MANIFEST_FILE,
    widgetExports: Object.keys(widget).sort(),
    elements: manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => declaration.tagName),
  }),
);
