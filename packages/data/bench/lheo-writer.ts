/**
 * Writes demo offers as an LHÉO 2.2 file, for benchmarks that must start from LHÉO as a Region
 * does (`passerelle import` → `passerelle publish`). Only what the importer maps is written; the
 * values are the demo generator's (fictitious), the structure the one of real Intercarif exports.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Action, Address, Contact, Offer, Session } from '@passerelle/core';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const element = (name: string, value: string | undefined): string =>
  value === undefined ? '' : `<${name}>${escape(value)}</${name}>`;
const lheoDate = (iso: string | null, unknown: string): string =>
  iso === null ? unknown : iso.replaceAll('-', '');
const TEACHING = { presentiel: '0', mixte: '1', distance: '2' } as const;

function extras(list: Offer['extras']): string {
  if (list === undefined || list.length === 0) return '';
  return list
    .map((extra) => `<extras info="${escape(extra.key)}"><extra>${escape(extra.value)}</extra></extras>`)
    .join('');
}

function address(value: Address): string {
  const geo = value.coordinates
    ? `<geolocalisation><latitude>${value.coordinates.lat}</latitude><longitude>${value.coordinates.lon}</longitude></geolocalisation>`
    : '';
  return `<adresse>${element('denomination', value.label)}${value.lines.map((line) => element('ligne', line)).join('')}${element('codepostal', value.postalCode)}${element('ville', value.city)}${element('departement', value.departement)}${element('code-INSEE-commune', value.inseeCode)}${element('region', value.region)}${element('pays', value.country)}${geo}</adresse>`;
}

function coordinates(contact: Contact): string {
  return `<coordonnees>${element('nom', contact.name)}${contact.phones.map((phone) => `<telfixe><numtel>${escape(phone)}</numtel></telfixe>`).join('')}${element('courriel', contact.email)}${contact.urls.map((url) => `<web><urlweb>${escape(url)}</urlweb></web>`).join('')}</coordonnees>`;
}

function session(value: Session): string {
  return `<session numero="${escape(value.id)}"><periode><debut>${lheoDate(value.start, '00000000')}</debut><fin>${lheoDate(value.end, '99999999')}</fin></periode>${value.registrationAddress ? `<adresse-inscription>${address(value.registrationAddress)}</adresse-inscription>` : ''}${extras(value.extras)}</session>`;
}

function action(value: Action): string {
  const places = value.places
    .map(
      (place) =>
        `<lieu-de-formation><coordonnees>${address(place.address)}</coordonnees></lieu-de-formation>`,
    )
    .join('');
  return `<action numero="${escape(value.id)}">${element('rythme-formation', value.rhythm ?? 'Temps plein')}${value.targetPublics.map((code) => `<code-public-vise ref="V14">${code}</code-public-vise>`).join('')}<niveau-entree-obligatoire>0</niveau-entree-obligatoire><modalites-alternance>${escape(value.workStudy ?? '-')}</modalites-alternance><modalites-enseignement>${TEACHING[value.teachingMode ?? 'presentiel']}</modalites-enseignement>${element('conditions-specifiques', value.prerequisites)}<prise-en-charge-frais-possible>${value.fundingPossible ? 1 : 0}</prise-en-charge-frais-possible>${places}<modalites-entrees-sorties>${value.entries === 'permanent' ? 1 : 0}</modalites-entrees-sorties>${value.sessions.map(session).join('')}${element('acces-handicapes', value.disabilityAccess)}${value.publiclyFunded === undefined ? '' : `<conventionnement>${value.publiclyFunded ? 1 : 0}</conventionnement>`}${value.funders.map((code) => `<organisme-financeur><code-financeur>${code}</code-financeur></organisme-financeur>`).join('')}${extras(value.extras)}</action>`;
}

function formation(value: Offer): string {
  const domain = `<domaine-formation>${value.formacodes.map((code, i) => `<code-FORMACODE ref="V14"${i === 0 ? ' tag="principal"' : ''}>${code}</code-FORMACODE>`).join('')}${value.nsf.map((code) => `<code-NSF>${code}</code-NSF>`).join('')}${value.rome.map((code) => `<code-ROME>${code}</code-ROME>`).join('')}</domaine-formation>`;
  const organisation = value.organisation;
  return `<formation numero="${escape(value.id)}">${domain}${element('intitule-formation', value.title)}${element('objectif-formation', value.objective ?? value.title)}${element('resultats-attendus', value.expectedResults ?? '-')}${element('contenu-formation', value.content ?? value.title)}<certifiante>${value.certifying ? 1 : 0}</certifiante>${value.contacts.map((contact) => `<contact-formation>${coordinates(contact)}</contact-formation>`).join('')}${element('parcours-de-formation', value.pathway ?? '1')}${element('code-niveau-entree', value.entryLevel ?? '0')}${element('objectif-general-formation', value.generalObjective)}${element('code-niveau-sortie', value.exitLevel)}${value.actions.map(action).join('')}<organisme-formation-responsable numero="${escape(value.id)}-OF">${element('nom-organisme', organisation.name)}${element('raison-sociale', organisation.legalName ?? organisation.name)}<coordonnees-organisme><coordonnees>${organisation.address ? address(organisation.address) : ''}</coordonnees></coordonnees-organisme>${organisation.contacts.map((contact) => `<contact-organisme>${coordinates(contact)}</contact-organisme>`).join('')}</organisme-formation-responsable>${extras(value.extras)}</formation>\n`;
}

/** Streams the offers into an LHÉO 2.2 file; returns its size in bytes. */
export async function writeLheoFile(path: string, offers: Iterable<Offer>): Promise<number> {
  const out = createWriteStream(path);
  let written = 0;
  const write = async (text: string): Promise<void> => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://www.lheo.org/2.2"><offres>\n');
  for (const offer of offers) await write(formation(offer));
  await write('</offres></lheo>\n');
  await new Promise<void>((done) => out.end(done));
  return written;
}
