/**
 * XML namespaces for the LHÉO import, handled here instead of by saxes' `xmlns` mode: that mode
 * resolves every element and attribute and allocates a scope per tag (6 to 10 % of an import),
 * while LHÉO needs little (elements are read by local name; the root's namespace names the
 * version). The well-formedness checks of that mode are kept, with its messages, at the same
 * points of the document (so errors keep their line and column): malformed prefixed names,
 * `xmlns` as an element prefix, undeclared prefixes on elements and attributes, attributes
 * repeated under two prefixes of one namespace, and the reserved `xml`/`xmlns` bindings.
 *
 * Three differences remain, all on documents that stop anyway: an entity named with a colon
 * (`&a:b;`) is reported as an unknown entity rather than a bad character; a processing instruction
 * whose target has a colon is refused at its end rather than at the colon; a start tag with both a
 * repeated attribute and a bad prefix on its own name reports the repeated attribute.
 */

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** Reports a well-formedness error (the importer passes saxes' `fail`, which stops the parse). */
export type Fail = (message: string) => void;

/** Bindings in force from one element down (frames are copied on write: declarations are rare). */
interface Frame {
  readonly depth: number;
  readonly bindings: ReadonlyMap<string, string>;
}

const ROOT_FRAME: Frame = {
  depth: 0,
  bindings: new Map([
    ['xml', XML_NAMESPACE],
    ['xmlns', XMLNS_NAMESPACE],
  ]),
};

/**
 * Tracks the namespace declarations in scope while saxes reads the document without its `xmlns`
 * mode. Call `attribute` for each attribute as saxes reads it, `open` on each start tag (before
 * anything else), `close` on each end tag.
 */
export class NamespaceScope {
  readonly #fail: Fail;
  readonly #xmlVersion: () => string;
  readonly #frames: Frame[] = [ROOT_FRAME];
  /** The last of `#frames`, kept apart: read on every tag. */
  #frame: Frame = ROOT_FRAME;
  #depth = 0;
  /** Declarations read on the start tag being read, in force from its `open`. */
  #declared: Map<string, string> | null = null;
  /** Whether the start tag being read has prefixed or `xmlns` attributes (they need the slow path). */
  #special = false;
  /** Attribute names of the start tag being read, in document order. */
  readonly #names: string[] = [];

  /** Namespace URI of the root element (`''` for none), known once it is open. */
  rootNamespace = '';
  /** Attributes of the last start tag by local name, namespace declarations apart; `null` when none. */
  attributes: Readonly<Record<string, string>> | null = null;

  /** `xmlVersion` gives the version of the XML declaration (undefining a prefix is XML 1.1 only). */
  constructor(fail: Fail, xmlVersion: () => string) {
    this.#fail = fail;
    this.#xmlVersion = xmlVersion;
  }

  /** An attribute of the start tag being read, when saxes reads it. */
  attribute(name: string, value: string): void {
    this.#names.push(name);
    const colon = name.indexOf(':');
    if (colon === -1) {
      if (name === 'xmlns') {
        this.#special = true;
        this.#declare('', value.trim());
      }
      return;
    }
    this.#special = true;
    const prefix = name.slice(0, colon);
    const local = name.slice(colon + 1);
    if (prefix === '' || local === '' || local.includes(':')) this.#fail(`malformed name: ${name}.`);
    if (prefix === 'xmlns') {
      const uri = value.trim();
      if (uri === '' && this.#xmlVersion() === '1.0') {
        this.#fail('invalid attempt to undefine prefix in XML 1.0');
      }
      this.#declare(local, uri);
    }
  }

  /**
   * A start tag, once read whole: checks its names and returns its local name; `attributes` then
   * holds its attributes (a field rather than a returned object: one less allocation per element).
   * `plain` says the caller knows the name has no colon (a known LHÉO name).
   */
  open(name: string, attributes: Readonly<Record<string, string>>, plain: boolean): string {
    this.#depth += 1;
    const declared = this.#declared;
    if (declared !== null) {
      const bindings = new Map(this.#frame.bindings);
      for (const [prefix, uri] of declared) bindings.set(prefix, uri);
      this.#frame = { depth: this.#depth, bindings };
      this.#frames.push(this.#frame);
      this.#declared = null;
    }
    const colon = plain ? -1 : name.indexOf(':');
    let local = name;
    let prefix = '';
    if (colon !== -1) {
      prefix = name.slice(0, colon);
      local = name.slice(colon + 1);
      if (prefix === '' || local === '' || local.includes(':')) this.#fail(`malformed name: ${name}.`);
      if (prefix === 'xmlns') this.#fail('tags may not have "xmlns" as prefix.');
      if ((this.#frame.bindings.get(prefix) ?? '') === '') {
        this.#fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
      }
    }
    if (this.#depth === 1) this.rootNamespace = this.#frame.bindings.get(prefix) ?? '';
    if (this.#names.length === 0) {
      this.attributes = null;
    } else {
      this.attributes = this.#special ? this.#attributesByLocalName(attributes) : attributes;
      this.#special = false;
      this.#names.length = 0;
    }
    return local;
  }

  /** An end tag (saxes calls its handler once per element it closes). */
  close(): void {
    if (this.#frame.depth === this.#depth) {
      this.#frames.pop();
      this.#frame = this.#frames[this.#frames.length - 1] as Frame;
    }
    this.#depth -= 1;
  }

  /** A processing instruction: its target is a name without colon when namespaces are on. */
  processingInstruction(target: string): void {
    if (target.includes(':')) this.#fail('disallowed character in processing instruction name.');
  }

  /**
   * saxes without `xmlns` finds a repeated attribute by its written name, before `open`; the
   * namespace-aware check runs over the attributes in order, resolving prefixes first. Gives the
   * message that check would give for the start tag being read.
   */
  repeatedAttribute(message: string): string {
    const bindings = new Map(this.#frame.bindings);
    for (const [prefix, uri] of this.#declared ?? []) bindings.set(prefix, uri);
    const seen = new Set<string>();
    for (const name of this.#names) {
      const colon = name.indexOf(':');
      let expanded = name;
      if (colon !== -1) {
        const prefix = name.slice(0, colon);
        const uri = bindings.get(prefix);
        if (uri === undefined) return `unbound namespace prefix: ${JSON.stringify(prefix)}.`;
        expanded = `{${uri}}${name.slice(colon + 1)}`;
      }
      if (seen.has(expanded)) return `duplicate attribute: ${expanded}.`;
      seen.add(expanded);
    }
    return message;
  }

  #declare(prefix: string, uri: string): void {
    (this.#declared ??= new Map()).set(prefix, uri);
    checkBinding(this.#fail, prefix, uri);
  }

  /** The slow path: prefixes resolved and checked, duplicates found by namespace, declarations left out. */
  #attributesByLocalName(attributes: Readonly<Record<string, string>>): Record<string, string> | null {
    const { bindings } = this.#frame;
    const seen = new Set<string>();
    let out: Record<string, string> | null = null;
    for (const name in attributes) {
      const colon = name.indexOf(':');
      const prefix = colon === -1 ? '' : name.slice(0, colon);
      const local = colon === -1 ? name : name.slice(colon + 1);
      let expanded = name;
      if (prefix !== '') {
        let uri = bindings.get(prefix);
        if (uri === undefined) {
          this.#fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
          uri = prefix;
        }
        expanded = `{${uri}}${local}`;
      }
      if (seen.has(expanded)) this.#fail(`duplicate attribute: ${expanded}.`);
      seen.add(expanded);
      if (prefix === 'xmlns' || name === 'xmlns') continue;
      (out ??= {})[local] = attributes[name] as string;
    }
    return out;
  }
}

/** The reserved bindings of the Namespaces in XML recommendation. */
function checkBinding(fail: Fail, prefix: string, uri: string): void {
  if (prefix === 'xml' && uri !== XML_NAMESPACE) fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
  if (prefix === 'xmlns' && uri !== XMLNS_NAMESPACE)
    fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
  if (uri === XMLNS_NAMESPACE) {
    fail(
      prefix === ''
        ? `the default namespace may not be set to ${uri}.`
        : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`,
    );
  } else if (uri === XML_NAMESPACE && prefix !== 'xml') {
    fail(
      prefix === ''
        ? `the default namespace may not be set to ${uri}.`
        : 'may not assign the xml namespace to another prefix.',
    );
  }
}
