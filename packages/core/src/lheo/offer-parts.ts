/**
 * The smaller parts of an offer and an action: training places, trainers, certifications,
 * Formacodes, languages, funders and periods.
 */
import type {
  Action,
  Certification,
  FunderDetail,
  Period,
  SessionRecruitment,
  TrainingPlace,
} from '../catalogue/schema.js';
import { readAddress } from './address.js';
import { FUNDERS, RECRUITMENT_AREAS, RECRUITMENT_METHODS } from './codes.js';
import { readExtras } from './extras.js';
import type { FieldReader } from './field-reader.js';
import { messages } from './messages.js';
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
      .map((line) => fields.text(line, `${base}/ligne`, 50, true))
      .find((line) => line !== undefined);
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

/**
 * The `organisme-financeur`s as written: funded places (`nb-places-financees`) and the recruitment
 * area Intercarif writes in their extras. One without a valid code is left out (reported by `readFunders`).
 */
export function readFunderDetails(fields: FieldReader, action: XmlNode, path: string): FunderDetail[] {
  const out: FunderDetail[] = [];
  const base = `${path}/organisme-financeur`;
  for (const funder of children(action, 'organisme-financeur')) {
    const codeNode = child(funder, 'code-financeur');
    const code = codeNode && compact(rawText(codeNode));
    if (code === undefined || !FUNDERS.has(code)) continue;
    const detail: FunderDetail = { code };
    assign(detail, 'fundedPlaces', fields.intOf(funder, 'nb-places-financees', base, 0, 99999));
    const extras = readExtras(fields, funder, base);
    assign(detail, 'recruitmentArea', extras.recruitmentArea);
    assign(detail, 'extraBlocks', extras.extraBlocks);
    out.push(detail);
  }
  return out;
}

/** A session's `recrutement`: how, from where and when trainees are recruited. */
export function readRecruitment(fields: FieldReader, node: XmlNode, path: string): SessionRecruitment {
  const recruitment: SessionRecruitment = {};
  assign(
    recruitment,
    'method',
    fields.codeOf(node, 'modalite-recrutement', path, RECRUITMENT_METHODS, 'dict-modalite-recrutement'),
  );
  assign(
    recruitment,
    'area',
    fields.mapped(node, 'code-perimetre-recrutement', path, RECRUITMENT_AREAS, 'dict-perimetre-recrutement'),
  );
  assign(recruitment, 'areaInfo', fields.textOf(node, 'infos-perimetre-recrutement', path, 50));
  assign(recruitment, 'remote', fields.boolOf(node, 'a-distance', path));
  const address = child(node, 'adresse');
  assign(recruitment, 'address', address && readAddress(fields, address, `${path}/adresse`));
  const url = child(node, 'urlweb');
  assign(recruitment, 'url', url && fields.url(url, `${path}/urlweb`));
  assign(recruitment, 'places', fields.intOf(node, 'nb-places', path, 0, 99999));
  const period = child(node, 'periode');
  assign(recruitment, 'period', period && readPeriod(fields, period, `${path}/periode`));
  assign(recruitment, 'startTime', fields.textOf(node, 'heure-debut', path, 5));
  assign(recruitment, 'endTime', fields.textOf(node, 'heure-fin', path, 5));
  assign(recruitment, 'comment', fields.textOf(node, 'commentaire', path, 500));
  return recruitment;
}
