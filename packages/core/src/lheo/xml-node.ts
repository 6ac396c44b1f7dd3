/**
 * The small element tree built for ONE `formation` at a time: the importer drops it as soon as the
 * offer is mapped, so memory depends on the largest record, never on the file.
 */
import { LHEO_VALUE_ELEMENTS } from './codes.js';

export interface XmlNode {
  /** Local name (namespace prefix removed: LHÉO 2.2, 2.3 and no namespace read alike). */
  readonly name: string;
  /** Attributes by local name; `null` when the element has none (most LHÉO elements). */
  readonly attrs: Readonly<Record<string, string>> | null;
  /** 1-based line of the start tag. */
  readonly line: number;
  /** Text and child elements, in document order. */
  readonly parts: Array<XmlNode | string>;
}

export function attr(node: XmlNode, name: string): string | undefined {
  return node.attrs?.[name];
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  for (const part of node.parts) if (typeof part !== 'string' && part.name === name) return part;
  return undefined;
}

export function children(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const part of node.parts) if (typeof part !== 'string' && part.name === name) out.push(part);
  return out;
}

/** Follows a path of child names, taking the first match at each step. */
export function descend(node: XmlNode, ...names: string[]): XmlNode | undefined {
  let current: XmlNode | undefined = node;
  for (const name of names) {
    if (current === undefined) return undefined;
    current = child(current, name);
  }
  return current;
}

/**
 * The raw content of a value element. Raw HTML tags that the XML parser read as elements
 * (`<objectif-formation><p>…</p></objectif-formation>`) are written back as tags so that
 * `plainText` treats them like escaped HTML.
 */
export function rawText(node: XmlNode): string {
  const { parts } = node;
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if (part.parts.length === 0) out += `<${part.name}/>`;
    else out += `<${part.name}>${rawText(part)}</${part.name}>`;
  }
  return out;
}

/** Whether an element holds a value (text, code, number, date) rather than other elements. */
export function isValueElement(name: string): boolean {
  return LHEO_VALUE_ELEMENTS.has(name);
}
