/**
 * The small element tree built for ONE `formation` at a time: the importer drops it as soon as the
 * offer is mapped, so memory depends on the largest record, never on the file.
 */

export interface XmlNode {
  /** Local name (namespace prefix removed: LHÉO 2.2, 2.3 and no namespace read alike). */
  readonly name: string;
  /** Attributes by local name; `null` when the element has none (most LHÉO elements). */
  readonly attrs: Readonly<Record<string, string>> | null;
  /** 1-based line of the start tag. */
  readonly line: number;
  /** The element's own text (for most elements, all there is). */
  text: string;
  /** Child elements, `null` when there are none (most LHÉO elements are leaves). */
  children: XmlNode[] | null;
  /**
   * Text and child elements in document order, kept only for mixed content (raw HTML tags inside
   * a text field), where order matters; `null` otherwise.
   */
  mixed: Array<XmlNode | string> | null;
  /** Children by name, built on first lookup in elements with many children (an `action`). */
  index: Map<string, XmlNode[]> | null;
}

/** Above this many children, lookups go through an index instead of a scan. */
const INDEX_FROM = 12;

function indexOf(node: XmlNode, list: readonly XmlNode[]): Map<string, XmlNode[]> {
  let index = node.index;
  if (index === null) {
    index = new Map();
    for (const item of list) {
      const same = index.get(item.name);
      if (same === undefined) index.set(item.name, [item]);
      else same.push(item);
    }
    node.index = index;
  }
  return index;
}

export function newNode(name: string, attrs: XmlNode['attrs'], line: number): XmlNode {
  return { name, attrs, line, text: '', children: null, mixed: null, index: null };
}

/** Adds a child element; once an element has both text and children, their order is kept too. */
export function appendChild(parent: XmlNode, node: XmlNode, keepOrder: boolean): void {
  if (parent.children === null) parent.children = [node];
  else parent.children.push(node);
  parent.index = null;
  if (parent.mixed !== null) parent.mixed.push(node);
  else if (keepOrder) parent.mixed = parent.text === '' ? [node] : [parent.text, node];
}

export function appendText(node: XmlNode, text: string): void {
  node.text += text;
  if (node.mixed !== null) node.mixed.push(text);
}

export function attr(node: XmlNode, name: string): string | undefined {
  return node.attrs?.[name];
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  const list = node.children;
  if (list === null) return undefined;
  if (list.length > INDEX_FROM) return indexOf(node, list).get(name)?.[0];
  for (let i = 0; i < list.length; i += 1) {
    const item = list[i] as XmlNode;
    if (item.name === name) return item;
  }
  return undefined;
}

const NONE: readonly XmlNode[] = [];

/** The children with this name (do not modify the list: it may be shared). */
export function children(node: XmlNode, name: string): readonly XmlNode[] {
  const list = node.children;
  if (list === null) return NONE;
  if (list.length > INDEX_FROM) return indexOf(node, list).get(name) ?? NONE;
  const out: XmlNode[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const item = list[i] as XmlNode;
    if (item.name === name) out.push(item);
  }
  return out;
}

/**
 * The raw content of a value element. Raw HTML tags that the XML parser read as elements
 * (`<objectif-formation><p>…</p></objectif-formation>`) are written back as tags so that
 * `plainText` treats them like escaped HTML.
 */
export function rawText(node: XmlNode): string {
  if (node.mixed === null) {
    if (node.children === null) return node.text;
    // Children but no text around them: still written back in order.
    return node.children.map(serialize).join('');
  }
  let out = '';
  for (const part of node.mixed) out += typeof part === 'string' ? part : serialize(part);
  return out;
}

function serialize(node: XmlNode): string {
  const inner = rawText(node);
  return inner === '' ? `<${node.name}/>` : `<${node.name}>${inner}</${node.name}>`;
}
