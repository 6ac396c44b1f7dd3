/**
 * LHÉO contacts (`contact-formation`, `contact-organisme`, `contact-session`) → `Contact`: who, how
 * to call, write or visit. A contact with nothing to reach is left out.
 */
import type { Contact } from '../catalogue/schema.js';
import { readAddress } from './address.js';
import { CONTACT_KINDS } from './codes.js';
import type { FieldReader } from './field-reader.js';
import { assign } from './values.js';
import { child, children, type XmlNode } from './xml-node.js';

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
    phones: readPhones(fields, child(coordinates, 'telfixe'), `${base}/telfixe/numtel`),
    mobiles: readPhones(fields, child(coordinates, 'portable'), `${base}/portable/numtel`),
    urls: readUrls(fields, child(coordinates, 'web'), `${base}/web/urlweb`),
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
  assign(contact, 'email', email && fields.email(email, `${base}/courriel`));
  const address = child(coordinates, 'adresse');
  assign(contact, 'address', address && readAddress(fields, address, `${base}/adresse`));
  const empty =
    contact.phones.length + contact.mobiles.length + contact.urls.length === 0 &&
    contact.name === undefined &&
    contact.email === undefined &&
    contact.address === undefined;
  return empty ? undefined : contact;
}

function readPhones(fields: FieldReader, node: XmlNode | undefined, path: string): string[] {
  if (node === undefined) return [];
  const out: string[] = [];
  for (const numtel of children(node, 'numtel')) {
    const phone = fields.phone(numtel, path);
    if (phone !== undefined) out.push(phone);
  }
  return out;
}

function readUrls(fields: FieldReader, node: XmlNode | undefined, path: string): string[] {
  if (node === undefined) return [];
  const out: string[] = [];
  for (const urlweb of children(node, 'urlweb')) {
    const url = fields.url(urlweb, path);
    if (url !== undefined) out.push(url);
  }
  return out;
}

/** The first URL of a `url-*` element (LHÉO allows up to three). */
export function readUrl(fields: FieldReader, node: XmlNode | undefined, path: string): string | undefined {
  return readUrls(fields, node, `${path}/urlweb`)[0];
}
