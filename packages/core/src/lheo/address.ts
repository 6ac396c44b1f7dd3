/**
 * LHÉO `adresse` → `Address`: lines, postal and INSEE codes, département, region (pre-2016 codes
 * mapped onto today's), country and coordinates, each checked against the XSD.
 */
import type { Address } from '../catalogue/schema.js';
import { OLD_REGIONS, REGIONS } from './codes.js';
import type { FieldReader } from './field-reader.js';
import { messages } from './messages.js';
import { assign, compact, COUNTRY, DEPARTEMENT, INSEE_CODE, PLACEHOLDERS, POSTAL_CODE } from './values.js';
import { child, rawText, type XmlNode } from './xml-node.js';

/** Today's region code for a current or pre-2016 one (Aquitaine 72 → Nouvelle-Aquitaine 75). */
export function currentRegion(code: string): string | undefined {
  if (REGIONS.has(code)) return code;
  return Object.hasOwn(OLD_REGIONS, code) ? OLD_REGIONS[code] : undefined;
}

/** `adresse-information`, `adresse-inscription`: a wrapper around one `adresse`. */
export function readAddressIn(fields: FieldReader, wrapper: XmlNode, path: string): Address | undefined {
  const node = child(wrapper, 'adresse');
  return node && readAddress(fields, node, `${path}/adresse`);
}

export function readAddress(fields: FieldReader, node: XmlNode, path: string): Address | undefined {
  const address: Address = {
    // A `ligne` sometimes holds several lines of the address: each becomes a line.
    lines: [],
  };
  for (const part of node.children ?? []) {
    if (part.name !== 'ligne') continue;
    const value = fields.text(part, `${path}/ligne`, 150);
    if (value === undefined) continue;
    if (value.includes('\n')) address.lines.push(...value.split('\n'));
    else address.lines.push(value);
  }
  assign(address, 'label', fields.textOf(node, 'denomination', path, 255));
  const postal = child(node, 'codepostal');
  assign(
    address,
    'postalCode',
    postal && fields.pattern(postal, `${path}/codepostal`, POSTAL_CODE, 'un code postal de 5 chiffres', true),
  );
  assign(address, 'city', fields.textOf(node, 'ville', path, 50));
  const insee = child(node, 'code-INSEE-commune');
  assign(
    address,
    'inseeCode',
    insee &&
      fields.pattern(
        insee,
        `${path}/code-INSEE-commune`,
        INSEE_CODE,
        'un code commune INSEE de 5 caractères',
        true,
      ),
  );
  const departement = child(node, 'departement');
  assign(
    address,
    'departement',
    departement &&
      fields.pattern(departement, `${path}/departement`, DEPARTEMENT, 'un code de département (33, 2A, 971)'),
  );
  const region = child(node, 'region');
  if (region) {
    const value = compact(rawText(region));
    const current = currentRegion(value);
    if (current !== undefined) address.region = current;
    else if (!PLACEHOLDERS.has(value))
      fields.problem(region.line, `${path}/region`, messages.unknownRegion(value), 'dropped');
  }
  const country = child(node, 'pays');
  if (country) {
    const value = compact(rawText(country)).toUpperCase();
    if (COUNTRY.test(value)) address.country = value;
    else if (!PLACEHOLDERS.has(value)) {
      fields.problem(
        country.line,
        `${path}/pays`,
        messages.badPattern(value, 'un code pays de 2 lettres'),
        'dropped',
      );
    }
  }
  const geo = child(node, 'geolocalisation');
  if (geo) {
    const lat = fields.coordinate(child(geo, 'latitude'), `${path}/geolocalisation/latitude`, 90);
    const lon = fields.coordinate(child(geo, 'longitude'), `${path}/geolocalisation/longitude`, 180);
    if (lat !== undefined && lon !== undefined) address.coordinates = { lat, lon };
  }
  const empty =
    address.lines.length === 0 &&
    address.label === undefined &&
    address.postalCode === undefined &&
    address.city === undefined &&
    address.inseeCode === undefined;
  return empty ? undefined : address;
}
