/**
 * LHÉO `extras`: the blocks exporters add anywhere for what LHÉO has no element for (dispositifs,
 * CPF eligibility, a funder's recruitment area, session states). Each block is kept as written
 * (`extraBlocks`: its `info`, `numero` and values in order) and, for the rulesets' matchers, as
 * flat key/value pairs (`extras`).
 */
import type { Extra, ExtraBlock, ExtraValue, RecruitmentArea } from '../catalogue/schema.js';
import { currentRegion } from './address.js';
import { TEXT_LIMITS } from '../catalogue/text-rules.js';
import { RECRUITMENT_AREAS } from './codes.js';
import type { FieldReader } from './field-reader.js';
import { messages } from './messages.js';
import { assign, compact, PLACEHOLDERS } from './values.js';
import { children, type XmlNode } from './xml-node.js';

export interface ExtrasRead {
  /** Flat key/value pairs (see `extraKey`). */
  readonly extras: Extra[] | undefined;
  readonly extraBlocks: ExtraBlock[] | undefined;
  /** A valid `code-perimetre-recrutement` found among the values (the first one). */
  readonly recruitmentArea: RecruitmentArea | undefined;
}

/** Extras whose value is a region code: a pre-2016 one is mapped onto today's, as in addresses. */
const REGION_INFOS: ReadonlySet<string> = new Set(['region', 'code-region']);

/** One open block while reading: explicit, so no nesting the file chooses can overflow the stack. */
interface Frame {
  readonly node: XmlNode;
  readonly index: number;
  readonly prefix: string | undefined;
  next: number;
}

/** Reads every `extras` block of an element, in document order. */
export function readExtras(fields: FieldReader, node: XmlNode, path: string): ExtrasRead {
  const flat: Extra[] = [];
  const blocks: ExtraBlock[] = [];
  let recruitmentArea: RecruitmentArea | undefined;
  for (const top of children(node, 'extras')) {
    const stack: Frame[] = [openBlock(fields, path, blocks, top, undefined, infoOf(fields, top, path))];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as Frame;
      const parts = frame.node.children ?? [];
      if (frame.next >= parts.length) {
        stack.pop();
        continue;
      }
      const part = parts[frame.next] as XmlNode;
      frame.next += 1;
      const key = extraKey(frame.prefix, infoOf(fields, part, path)) ?? part.name;
      if (part.children !== null && part.name !== 'extra') {
        stack.push(openBlock(fields, path, blocks, part, frame.index, key));
        continue;
      }
      const info = infoOf(fields, part, path) ?? (part.name === 'extra' ? undefined : part.name);
      let value = fields.freeText(part, `${path}/extras/extra`, TEXT_LIMITS.extraValue);
      if (info !== undefined && REGION_INFOS.has(info)) value = currentRegion(compact(value)) ?? value;
      if (info === 'code-perimetre-recrutement') {
        const code = compact(value);
        const area = Object.hasOwn(RECRUITMENT_AREAS, code) ? RECRUITMENT_AREAS[code] : undefined;
        if (area !== undefined) recruitmentArea ??= area;
        else if (!PLACEHOLDERS.has(code)) {
          fields.problem(
            part.line,
            `${path}/extras/extra[@info="code-perimetre-recrutement"]`,
            messages.badCode(code, 'dict-perimetre-recrutement'),
            'dropped',
          );
        }
      }
      flat.push({ key, value });
      const extra: ExtraValue = { value };
      assign(extra, 'info', info);
      assign(extra, 'numero', fields.attribute(part, 'numero', `${path}/extras/extra`));
      assign(extra, 'ref', fields.attribute(part, 'ref', `${path}/extras/extra`));
      (blocks[frame.index] as ExtraBlock).values.push(extra);
    }
  }
  return {
    extras: flat.length > 0 ? flat : undefined,
    extraBlocks: blocks.length > 0 ? blocks : undefined,
    recruitmentArea,
  };
}

function openBlock(
  fields: FieldReader,
  path: string,
  blocks: ExtraBlock[],
  node: XmlNode,
  parent: number | undefined,
  prefix: string | undefined,
): Frame {
  const block: ExtraBlock = { values: [] };
  assign(block, 'info', infoOf(fields, node, path) ?? (node.name === 'extras' ? undefined : node.name));
  assign(block, 'numero', fields.attribute(node, 'numero', `${path}/extras`));
  assign(block, 'parent', parent);
  blocks.push(block);
  return { node, index: blocks.length - 1, prefix, next: 0 };
}

function infoOf(fields: FieldReader, node: XmlNode, path: string): string | undefined {
  return fields.attribute(node, 'info', `${path}/extras`);
}

/**
 * The flat key of a value: the `info` of its block and its own joined
 * (`dispositif/contrat-apprentissage`); when they are the same, or one is missing, that one name,
 * so `<extras info="dispositif"><extra info="dispositif">hsp-socle</extra></extras>`,
 * `<extras><extra info="dispositif">…` and `<extras info="dispositif"><extra>…` all give
 * `dispositif`, the key the rulesets' matchers read.
 */
function extraKey(prefix: string | undefined, info: string | undefined): string | undefined {
  if (prefix === undefined || prefix === info) return info ?? prefix;
  return info === undefined ? prefix : `${prefix}/${info}`;
}
