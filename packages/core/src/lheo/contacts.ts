/**
 * LHÉO contacts (`contact-formation`, `contact-organisme`, `contact-session`) → `Contact`: who, how
 * to call, write or visit. A contact with nothing to reach is left out.
 */
import type { Contact } from '../catalogue/schema.js';
import { readAddress } from './address.js';
import { CONTACT_KINDS } from './codes.js';
import type { FieldReader } from './field-reader.js';
import { messages } from './messages.js';
import { plainText } from './text.js';
import { assign, compact, PLACEHOLDERS } from './values.js';
import { child, children, rawText, type XmlNode } from './xml-node.js';

export function readContacts(fields: FieldReader, parent: XmlNode, name: string, path: string): Contact[] {
  const out: Contact[] = [];
  for (const node of children(parent, name)) {
    const contact = readContact(fields, node, path);
    if (contact !== undefined) out.push(contact);
  }
  return out;
}

function readContact(fields: FieldReader, node: XmlNode, path: string): Contact | undefined {
  const coordinates = child(node, 'coordonnees');
  if (coordinates === undefined) return undefined;
  const base = `${path}/coordonnees`;
  const contact: Contact = {
    phones: readPhones(child(coordinates, 'telfixe')),
    mobiles: readPhones(child(coordinates, 'portable')),
    urls: readUrls(child(coordinates, 'web')),
  };
  assign(contact, 'kind', fields.codeOf(node, 'type-contact', path, CONTACT_KINDS, 'dict-type-contact'));
  assign(contact, 'civility', fields.textOf(coordinates, 'civilite', base, 50));
  const fullName = [
    fields.textOf(coordinates, 'prenom', base, 50),
    fields.textOf(coordinates, 'nom', base, 50),
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  if (fullName !== '') contact.name = fullName;
  const email = child(coordinates, 'courriel');
  if (email) {
    const value = compact(rawText(email));
    if (/^[^@\s]+@[^@\s]+$/.test(value)) contact.email = value;
    else if (!PLACEHOLDERS.has(value)) {
      fields.problem(
        email.line,
        `${base}/courriel`,
        messages.badPattern(value, 'une adresse électronique'),
        'dropped',
      );
    }
  }
  const address = child(coordinates, 'adresse');
  assign(contact, 'address', address && readAddress(fields, address, `${base}/adresse`));
  const empty =
    contact.phones.length + contact.mobiles.length + contact.urls.length === 0 &&
    contact.name === undefined &&
    contact.email === undefined &&
    contact.address === undefined;
  return empty ? undefined : contact;
}

function readPhones(node: XmlNode | undefined): string[] {
  if (node === undefined) return [];
  return children(node, 'numtel')
    .map((numtel) => plainText(rawText(numtel)))
    .filter((value) => !PLACEHOLDERS.has(value));
}

function readUrls(node: XmlNode | undefined): string[] {
  if (node === undefined) return [];
  return children(node, 'urlweb')
    .map((url) => compact(rawText(url)))
    .filter((value) => !PLACEHOLDERS.has(value));
}

/** The first URL of a `url-*` element (LHÉO allows up to three). */
export function readUrl(node: XmlNode | undefined): string | undefined {
  return readUrls(node)[0];
}
