/**
 * packages/widget/README.md is the webmaster's how-to and ships in the tarball; its lists of
 * attributes, events, custom properties and parts are written by hand, so this test holds them to
 * custom-elements.json (generated from the code by `pnpm build`): a name added to the element and
 * forgotten here, or one left here after it went away, fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const manifestPath = join(repo, 'packages/widget/custom-elements.json');
const readme = readFileSync(join(repo, 'packages/widget/README.md'), 'utf8');

interface Declaration {
  readonly tagName?: string;
  readonly attributes?: readonly { name: string }[];
  readonly events?: readonly { name: string }[];
  readonly cssProperties?: readonly { name: string }[];
  readonly cssParts?: readonly { name: string }[];
}

/** The README's part of a section, from its `## ` heading to the next one. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`packages/widget/README.md : pas de section « ## ${title} »`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Names written as code (`name`) in a text. */
const codeNames = (text: string): Set<string> =>
  new Set([...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!));

describe('the widget README', () => {
  it('is checked against a built custom-elements.json (pnpm build)', () => {
    expect(existsSync(manifestPath), 'packages/widget/custom-elements.json: run `pnpm build` first').toBe(
      true,
    );
  });
  if (!existsSync(manifestPath)) return;

  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  const finder = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((item) => item.tagName === 'passerelle-finder');
  const names = (list: readonly { name: string }[] | undefined) =>
    (list ?? []).map((entry) => entry.name).sort();

  it('lists every attribute of <passerelle-finder> in its table, and no other', () => {
    const rows = [...section('Attributes').matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]!);
    expect(rows.sort()).toEqual(names(finder?.attributes));
  });

  it('lists every event in its table, and no other', () => {
    const rows = [...section('Events').matchAll(/^\| `(passerelle-[a-z-]+)` \|/gm)].map((match) => match[1]!);
    expect(rows.sort()).toEqual(names(finder?.events));
  });

  it('names every custom property and every part, and no other', () => {
    const theming = section('Theming');
    const properties = [...codeNames(theming)].filter((name) => name.startsWith('--passerelle-'));
    expect(properties.sort()).toEqual(names(finder?.cssProperties));
    const parts = /^Parts: ([\s\S]+?)\.\n/m.exec(theming)?.[1] ?? '';
    expect([...codeNames(parts)].sort()).toEqual(names(finder?.cssParts));
  });
});
