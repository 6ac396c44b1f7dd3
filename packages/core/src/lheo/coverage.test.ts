/**
 * Every LHÉO 2.3 element that the XSD defines under a kept element is mapped or reported as
 * ignored. The XSD is read at test time from `shared/reference/lheo/` (never copied into the
 * repository; `LHEO_XSD` may name it), and `LHEO_COVERAGE` is compared with it element by element,
 * order and parentage included. Then a formation holding every element is imported: each ignored
 * element must be counted in `unmapped`, and changing any mapped value must change the offer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { IGNORED, LHEO_COVERAGE, type Coverage } from './coverage.js';
import { importLheo } from './importer.js';

function findXsd(): string {
  const named = process.env['LHEO_XSD'];
  if (named !== undefined) return named;
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'reference', 'lheo', 'lheo-2.3.xsd');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('lheo-2.3.xsd introuvable : indiquez son chemin dans LHEO_XSD');
}

interface SimpleType {
  enumerations: string[];
  minLength?: number;
  maxLength?: number;
}

/** What the test reads of the XSD: each element's child elements in order, or its value type. */
interface Xsd {
  /** `null` for an element holding a value. */
  children(element: string): string[] | null;
  simple(element: string): SimpleType;
}

function readXsd(path: string): Xsd {
  const elementTypes = new Map<string, string>();
  const complex = new Map<string, { refs: string[]; complexBase?: string; simpleBase?: string }>();
  const simple = new Map<string, SimpleType>();
  const local = (name: string): string => name.replace(/^[^:]*:/, '');
  const stack: string[] = [];
  let currentComplex: { refs: string[]; complexBase?: string; simpleBase?: string } | undefined;
  let currentSimple: SimpleType | undefined;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    const parent = stack[stack.length - 1];
    stack.push(tag.name);
    if (tag.name === 'xs:element' && attrs['name'] !== undefined && stack.length === 2) {
      elementTypes.set(attrs['name'], local(attrs['type'] ?? ''));
    } else if (tag.name === 'xs:complexType' && attrs['name'] !== undefined) {
      currentComplex = { refs: [] };
      complex.set(attrs['name'], currentComplex);
    } else if (tag.name === 'xs:simpleType' && attrs['name'] !== undefined) {
      currentSimple = { enumerations: [] };
      simple.set(attrs['name'], currentSimple);
    } else if (tag.name === 'xs:element' && attrs['ref'] !== undefined) {
      currentComplex?.refs.push(local(attrs['ref']));
    } else if (tag.name === 'xs:extension' && currentComplex !== undefined) {
      if (parent === 'xs:complexContent') currentComplex.complexBase = local(attrs['base'] ?? '');
      else currentComplex.simpleBase = local(attrs['base'] ?? '');
    } else if (currentSimple !== undefined) {
      const value = attrs['value'] ?? '';
      if (tag.name === 'xs:enumeration') currentSimple.enumerations.push(value);
      if (tag.name === 'xs:minLength') currentSimple.minLength = Number(value);
      if (tag.name === 'xs:maxLength') currentSimple.maxLength = Number(value);
      if (tag.name === 'xs:length') currentSimple.minLength = currentSimple.maxLength = Number(value);
    }
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'xs:complexType' && stack.length === 1) currentComplex = undefined;
    if (tag.name === 'xs:simpleType' && stack.length === 1) currentSimple = undefined;
  });
  parser.write(readFileSync(path, 'utf8')).close();

  const typeOf = (element: string) => {
    const type = complex.get(elementTypes.get(element) ?? '');
    if (type === undefined) throw new Error(`élément ${element} absent du XSD`);
    return type;
  };
  return {
    children(element) {
      const type = typeOf(element);
      if (type.complexBase === undefined) return type.simpleBase === undefined ? type.refs : null;
      return complex.get(type.complexBase)?.refs ?? [];
    },
    simple(element) {
      return simple.get(typeOf(element).simpleBase ?? '') ?? { enumerations: [] };
    },
  };
}

const xsd = readXsd(findXsd());

/** Each container of the coverage tree with its path and LHÉO element name. */
function containers(): Array<{ path: string; element: string; coverage: Coverage }> {
  const out: Array<{ path: string; element: string; coverage: Coverage }> = [];
  const pending = [{ path: 'formation', element: 'formation', coverage: LHEO_COVERAGE }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    out.push(item);
    for (const [name, fate] of Object.entries(item.coverage)) {
      if (typeof fate !== 'string')
        pending.push({ path: `${item.path}/${name}`, element: name, coverage: fate });
    }
  }
  return out;
}

/** Values the mapping accepts, two for each element (the second one to see that it is read). */
const SAMPLES: Readonly<Record<string, readonly [string, string]>> = {
  'code-FORMACODE': ['15084', '31815'],
  'code-NSF': ['415', '311'],
  'code-ROME': ['K2111', 'N1101'],
  'code-public-vise': ['15082', '15040'],
  codepostal: ['33000', '24000'],
  'code-INSEE-commune': ['33063', '24322'],
  departement: ['33', '24'],
  region: ['75', '11'],
  pays: ['FR', 'BE'],
  latitude: ['44,84', '45,18'],
  longitude: ['-0,58', '0,72'],
  SIRET: ['12345678901234', '98765432109876'],
  'code-UAI': ['0330001A', '0240002B'],
  'numero-activite': ['75000000001', '75000000002'],
  courriel: ['accueil@exemple.invalid', 'direction@exemple.invalid'],
  urlweb: ['https://a.exemple.invalid/', 'https://b.exemple.invalid/'],
  numtel: ['05 56 00 00 01', '05 56 00 00 02'],
  'langue-formation': ['fr', 'en'],
  'prix-horaire-TTC': ['12,50', '13'],
  'prix-total-TTC': ['1500', '1600'],
  'heure-debut': ['9h30', '10h'],
  'heure-fin': ['12h', '13h'],
  debut: ['20270111', '20270112'],
  fin: ['20270326', '20270327'],
  date: ['20261203', '20261204'],
};

function samples(element: string): readonly [string, string] {
  const known = SAMPLES[element];
  if (known !== undefined) return known;
  const type = xsd.simple(element);
  const [first, second] = type.enumerations;
  if (first !== undefined) return [first, second ?? first];
  const min = type.minLength ?? 1;
  const max = type.maxLength ?? 100;
  // Numbers (xs:long, xs:int) have no length: '5' and '6' are in every range LHÉO gives.
  const text = (letter: string) => `Texte ${letter}`.padEnd(min, letter).slice(0, Math.min(max, 40));
  return max < 7 || type.maxLength === undefined ? ['5', '6'] : [text('A'), text('B')];
}

const EXTRAS = (value: string) =>
  `<extras info="bloc" numero="1"><extra info="valeur">${value}</extra></extras>`;

/** A formation holding every element the coverage tree names, once; `change` takes the second sample there. */
function formation(change?: string, without: readonly string[] = []): string {
  const build = (coverage: Coverage, path: string): string => {
    let out = '';
    for (const [name, fate] of Object.entries(coverage)) {
      const here = `${path}/${name}`;
      if (without.includes(here)) continue;
      const second = here === change;
      if (name === 'extras') out += EXTRAS(second ? 'valeur B' : 'valeur A');
      else if (typeof fate !== 'string') {
        const numero = name === 'action' || name === 'session' ? ` numero="${name}-1"` : '';
        out += `<${name}${numero}>${build(fate, here)}</${name}>`;
      } else if (xsd.children(name) !== null) out += `<${name}/>`;
      else out += `<${name}>${samples(name)[second ? 1 : 0]}</${name}>`;
    }
    return out;
  };
  return `<lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation numero="F-1">${build(LHEO_COVERAGE, 'formation')}</formation></offres></lheo>`;
}

/** Mapped values read only when another element is absent (a place's name without `denomination`). */
const FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  'formation/action/lieu-de-formation/coordonnees/nom': [
    'formation/action/lieu-de-formation/coordonnees/adresse/denomination',
  ],
  'formation/action/lieu-de-formation/coordonnees/ligne': [
    'formation/action/lieu-de-formation/coordonnees/adresse/denomination',
    'formation/action/lieu-de-formation/coordonnees/nom',
  ],
};

/** Every path of the tree whose fate is a field, or `IGNORED`. */
function leaves(): Array<{ path: string; fate: string }> {
  return containers().flatMap(({ path, coverage }) =>
    Object.entries(coverage)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([name, fate]) => ({ path: `${path}/${name}`, fate })),
  );
}

describe('LHEO_COVERAGE against the LHÉO 2.3 XSD', () => {
  it('lists, for every kept element, exactly the children the XSD gives it, in the XSD’s order', () => {
    const mismatches = containers()
      .map(({ path, element, coverage }) => ({
        path,
        xsd: xsd.children(element),
        ours: Object.keys(coverage),
      }))
      .filter(({ xsd: theirs, ours }) => JSON.stringify(theirs) !== JSON.stringify(ours));
    expect(mismatches).toEqual([]);
  });

  it('gives a value element its field and never descends into one', () => {
    for (const { path } of containers()) {
      const element = path.slice(path.lastIndexOf('/') + 1);
      expect(xsd.children(element), path).not.toBeNull();
    }
  });
});

describe('importing a formation that holds every LHÉO 2.3 element', () => {
  const full = importLheo(formation());

  it('keeps it without a problem', () => {
    expect(full.problems).toEqual([]);
    expect(full.offers).toHaveLength(1);
  });

  it('counts every element it does not carry in unmapped, by path', () => {
    const ignored = leaves()
      .filter(({ fate }) => fate === IGNORED)
      .map(({ path }) => path);
    expect(ignored.length).toBeGreaterThan(50);
    expect(full.summary.unmapped).toEqual(Object.fromEntries(ignored.map((path) => [path, 1])));
  });

  it.each(leaves().filter(({ fate }) => fate !== IGNORED))('maps $path onto $fate', ({ path }) => {
    const without = FALLBACKS[path] ?? [];
    const before = importLheo(formation(undefined, without));
    const after = importLheo(formation(path, without));
    expect(after.problems).toEqual([]);
    expect(JSON.stringify(after.offers)).not.toBe(JSON.stringify(before.offers));
  });

  it('reports a known element out of its place as ignored, with its record', () => {
    const xml = formation().replace(
      '<action numero="action-1">',
      '<action numero="action-1"><nom-organisme>X</nom-organisme>',
    );
    const { problems, offers } = importLheo(xml);
    expect(offers).toHaveLength(1);
    expect(problems).toMatchObject([
      { record: 'action', numero: 'action-1', field: 'formation/action/nom-organisme', outcome: 'ignored' },
    ]);
    expect(problems[0]?.reason).toMatchInlineSnapshot(
      `"élément <nom-organisme> hors de sa place : LHÉO 2.3 ne le met pas dans <action> ; ignoré avec son contenu"`,
    );
  });
});
