/**
 * The smaller parts of an offer and an action: training places, trainers, certifications,
 * Formacodes, languages, funders and periods.
 */
import type { Action, Certification, Period, TrainingPlace } from '../catalogue/schema.js';
import { readAddress } from './address.js';
import { FUNDERS } from './codes.js';
import type { FieldReader } from './field-reader.js';
import { messages } from './messages.js';
import { plainText } from './text.js';
import { assign, compact, FORMACODE, LANGUAGE, PLACEHOLDERS } from './values.js';
import { attr, child, children, rawText, type XmlNode } from './xml-node.js';

export function readPlace(fields: FieldReader, node: XmlNode, path: string): TrainingPlace | undefined {
  const coordinates = child(node, 'coordonnees');
  if (coordinates === undefined) return undefined;
  const base = `${path}/coordonnees`;
  const addressNode = child(coordinates, 'adresse');
  const address = addressNode && readAddress(fields, addressNode, `${base}/adresse`);
  // The place's name is in `coordonnees/nom` (or its first `ligne`) when the address has no `denomination`.
  const label =
    address?.label ??
    fields.textOf(coordinates, 'nom', base, 50) ??
    children(coordinates, 'ligne')
      .map((line) => plainText(rawText(line)))
      .find((line) => !PLACEHOLDERS.has(line));
  if (address === undefined && label === undefined) return undefined;
  const place: TrainingPlace = { address: address ?? { lines: [] } };
  if (place.address.label === undefined && label !== undefined) place.address.label = label;
  const siret = child(node, 'SIRET-lieu-formation');
  assign(place, 'siret', siret && fields.siret(siret, `${path}/SIRET-lieu-formation/SIRET`));
  return place;
}

export function readTrainer(fields: FieldReader, node: XmlNode, path: string): Action['trainers'][number] {
  const trainer: Action['trainers'][number] = {};
  const siret = child(node, 'SIRET-formateur');
  assign(trainer, 'siret', siret && fields.siret(siret, `${path}/SIRET-formateur/SIRET`));
  assign(trainer, 'name', fields.textOf(node, 'raison-sociale-formateur', path, 250));
  return trainer;
}

export function readCertification(
  fields: FieldReader,
  node: XmlNode,
  path: string,
): Certification | undefined {
  const certification: Certification = {};
  assign(certification, 'rncp', fields.codeText(child(node, 'code-RNCP'), `${path}/code-RNCP`, 1, 10));
  assign(
    certification,
    'certifInfo',
    fields.codeText(child(node, 'code-CERTIFINFO'), `${path}/code-CERTIFINFO`, 1, 10),
  );
  assign(certification, 'rs', fields.codeText(child(node, 'code-RS'), `${path}/code-RS`, 3, 10));
  assign(certification, 'cpf', fields.codeText(child(node, 'code-CPF'), `${path}/code-CPF`, 4, 10));
  return Object.keys(certification).length > 0 ? certification : undefined;
}

/** Formacodes, the one tagged `principal` first, duplicates removed. */
export function readFormacodes(fields: FieldReader, domain: XmlNode): string[] {
  const principal: string[] = [];
  const others: string[] = [];
  for (const node of children(domain, 'code-FORMACODE')) {
    const code = fields.pattern(
      node,
      'formation/domaine-formation/code-FORMACODE',
      FORMACODE,
      'un code Formacode de 5 chiffres',
    );
    if (code === undefined) continue;
    (attr(node, 'tag') === 'principal' ? principal : others).push(code);
  }
  return [...new Set([...principal, ...others])];
}

export function readLanguages(fields: FieldReader, action: XmlNode, path: string): string[] {
  const out = new Set<string>();
  for (const node of children(action, 'langue-formation')) {
    const value = compact(rawText(node)).toLowerCase();
    if (LANGUAGE.test(value)) out.add(value);
    else if (!PLACEHOLDERS.has(value)) {
      fields.problem(
        node.line,
        `${path}/langue-formation`,
        messages.badPattern(value, 'un code langue de 2 lettres'),
        'dropped',
      );
    }
  }
  return [...out];
}

/** The dict-financeurs codes of an action's `organisme-financeur`s, duplicates removed. */
export function readFunders(fields: FieldReader, action: XmlNode, path: string): string[] {
  const out = new Set<string>();
  for (const funder of children(action, 'organisme-financeur')) {
    const code = fields.codeOf(
      funder,
      'code-financeur',
      `${path}/organisme-financeur`,
      FUNDERS,
      'dict-financeurs',
    );
    if (code !== undefined) out.add(code);
  }
  return [...out];
}

export function readPeriod(fields: FieldReader, node: XmlNode, path: string): Period {
  return {
    start: fields.date(child(node, 'debut'), `${path}/debut`),
    end: fields.date(child(node, 'fin'), `${path}/fin`),
  };
}
