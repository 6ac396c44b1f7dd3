/**
 * Data is data: every JSON file shipped under packages/data/src must pass the core schema its
 * `format` marker names. A JSON file with an unknown marker fails too, so a new kind of data
 * cannot be shipped without a schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  parseCatalogue,
  parseCommunes,
  parseDepartements,
  parseManifest,
  parseRegions,
  parseRelayDirectory,
  parseRuleset,
  type Problem,
  type Result,
} from '@passerelle/core';

import { SUMMARIES_FORMAT } from './programmes/summaries.js';
import { explanationsJson, summariesJson } from './programmes/write-summaries.js';

const root = fileURLToPath(new URL('./', import.meta.url));

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

const PARSERS: Readonly<Record<string, (json: unknown) => Result<unknown, Problem[]>>> = {
  'passerelle-catalogue': parseCatalogue,
  'passerelle-manifest': parseManifest,
  'passerelle-relays': parseRelayDirectory,
  'passerelle-ruleset': parseRuleset,
  // Derived from the rulesets: valid when it is exactly what the rulesets give today.
  [SUMMARIES_FORMAT]: (json) =>
    JSON.stringify(json, null, 2) === summariesJson().trimEnd()
      ? { ok: true, value: json }
      : { ok: false, error: [{ path: '', message: 'résumé périmé : lancez build:summaries' }] },
  [`${SUMMARIES_FORMAT}-explanations`]: (json) =>
    JSON.stringify(json, null, 2) === explanationsJson().trimEnd()
      ? { ok: true, value: json }
      : { ok: false, error: [{ path: '', message: 'explications périmées : lancez build:summaries' }] },
  'passerelle-territoires': (json) => {
    const document = json as { communes?: unknown; departements?: unknown };
    if (document.communes !== undefined) return parseCommunes(json);
    if (document.departements !== undefined) return parseDepartements(json);
    return parseRegions(json);
  },
};

describe('JSON files shipped in packages/data/src', () => {
  const files = jsonFiles(root);

  it('include the demo relays and the rulesets', () => {
    const names = files.map((file) => relative(root, file));
    expect(names).toContain('relays/demo-relays.json');
    expect(names).toContain('rulesets/nouvelle-aquitaine.json');
  });

  it.each(files.map((file) => [relative(root, file), file]))(
    '%s passes the core schema of its format',
    (_, file) => {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { format?: string };
      const parse = PARSERS[json.format ?? ''];
      expect(parse, `format « ${json.format ?? '(absent)'} » sans schéma dans core`).toBeDefined();
      const result = parse?.(json);
      expect(result?.ok ? [] : result?.error.slice(0, 5)).toEqual([]);
    },
  );
});
