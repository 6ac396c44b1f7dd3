/**
 * LHÉO `extras`: the blocks exporters add anywhere for what LHÉO has no element for (dispositifs,
 * CPF eligibility, session states).
 */
import type { Extra } from '../catalogue/schema.js';
import { plainText } from './text.js';
import { attr, children, rawText, type XmlNode } from './xml-node.js';

/**
 * LHÉO `extras` blocks of an element as key/value pairs. The key joins the `info` of the block and
 * of the extra (`dispositif/contrat-apprentissage`); when they are the same, or one is missing, it
 * is that one name, so `<extras info="dispositif"><extra info="dispositif">hsp-socle</extra></extras>`,
 * `<extras><extra info="dispositif">…` and `<extras info="dispositif"><extra>…` all give `dispositif`,
 * the key the rulesets' matchers read.
 */
export function extrasOf(node: XmlNode): Extra[] | undefined {
  const out: Extra[] = [];
  for (const block of children(node, 'extras')) collectExtras(block, infoOf(block), out);
  return out.length > 0 ? out : undefined;
}

function infoOf(node: XmlNode): string | undefined {
  const info = attr(node, 'info')?.trim();
  return info === '' ? undefined : info;
}

function extraKey(prefix: string | undefined, info: string | undefined): string | undefined {
  if (prefix === undefined || prefix === info) return info ?? prefix;
  return info === undefined ? prefix : `${prefix}/${info}`;
}

function collectExtras(block: XmlNode, prefix: string | undefined, out: Extra[]): void {
  for (const part of block.children ?? []) {
    const key = extraKey(prefix, infoOf(part)) ?? part.name;
    if (part.children !== null && part.name !== 'extra') collectExtras(part, key, out);
    else out.push({ key, value: plainText(rawText(part)) });
  }
}
