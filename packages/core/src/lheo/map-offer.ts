/**
 * Maps ONE LHÉO `formation` element tree onto the catalogue model, checking each value against the
 * XSD types and the dict-* code tables on the way.
 *
 * Policy:
 * - a bad value in a field the model can do without is dropped (or repaired: text longer than the
 *   XSD allows is truncated, an impossible session date becomes unknown, a missing or invalid
 *   `prise-en-charge-frais-possible` becomes « non ») and reported; the record is kept;
 * - a session is rejected when it has no `numero` or no `periode`; an action when it has no `numero`
 *   or no valid session left; a formation when it has no `numero`, no title, no responsible
 *   organisation name (`nom-organisme`, else `raison-sociale`), no valid action left, or when its
 *   `numero` was already read. Rejecting a record rejects what it contains, and nothing else: its
 *   neighbours are kept;
 * - placeholders exporters put in mandatory fields (« - », « 00000 » postal codes) mean "absent" and
 *   are not reported; pre-2016 region codes are mapped silently (LHÉO 2.2 files legitimately use them);
 * - elements LHÉO does not define are reported as ignored; `extras` are kept on offers, actions and
 *   sessions (see `extrasOf`) and ignored elsewhere.
 */
import type {
  Action,
  Address,
  Certification,
  Contact,
  Extra,
  Hours,
  Offer,
  Organisation,
  Period,
  Session,
  TrainingPlace,
} from '../catalogue/schema.js';
import {
  BOOLEAN_CODES,
  CONTACT_KINDS,
  ENTRIES,
  FUNDERS,
  GENERAL_OBJECTIVES,
  LEVELS,
  OLD_REGIONS,
  PATHWAYS,
  RECRUITMENT_STATES,
  REGIONS,
  TEACHING_MODES,
  type GeneralObjective,
  type Pathway,
} from './codes.js';
import { messages } from './messages.js';
import type { LheoOutcome, LheoProblem, LheoRecordKind } from './problems.js';
import { plainText } from './text.js';
import { attr, child, children, rawText, type XmlNode } from './xml-node.js';

/** Counts for one formation: every action and session met, and how many were kept. */
export interface RecordTally {
  actionsRead: number;
  actionsKept: number;
  sessionsRead: number;
  sessionsKept: number;
}

export type MappedOffer =
  | { readonly ok: true; readonly offer: Offer; readonly tally: RecordTally }
  | { readonly ok: false; readonly tally: RecordTally };

export interface Scope {
  readonly record: LheoRecordKind;
  readonly numero: string | null;
}

/** An element LHÉO does not define, met where LHÉO expects elements (not inside a text field). */
export interface UnknownElement {
  readonly name: string;
  readonly line: number;
  /** LHÉO path, e.g. `formation/contact-formation/coordonneFs`. */
  readonly field: string;
  /** The enclosing action or session, if any. */
  readonly scope: Scope | undefined;
}

const DIGITS_14 = /^\d{14}$/;
const POSTAL_CODE = /^\d{5}$/;
const INSEE_CODE = /^(\d{2}|2[AB])\d{3}$/;
const DEPARTEMENT = /^(\d{2}|2[AB]|97\d)$/;
const FORMACODE = /^\d{5}$/;
const NSF = /^\d{3}$/;
const ROME = /^[A-N]\d{4}$/;
const UAI = /^\d{7}[A-Z]$/;
const LANGUAGE = /^[a-z]{2}$/;
const COUNTRY = /^[A-Z]{2}$/;
const LHEO_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Placeholders exporters write in mandatory text fields they have nothing for. */
const PLACEHOLDERS = new Set(['', '-', '.', '--', 'NC', 'nc', 'N/A', 'n/a']);

/** Maps LHÉO `formation` trees; one instance per import, reused for each record. */
export class OfferMapper {
  #offerId: string | null = null;
  #scope: Scope = { record: 'formation', numero: null };
  #problems = 0;

  constructor(private readonly report: (problem: LheoProblem) => void) {}

  /** Maps a formation; `unknown` lists the elements the tree builder did not recognise. */
  map(formation: XmlNode, unknown: readonly UnknownElement[] = []): MappedOffer {
    const tally: RecordTally = { actionsRead: 0, actionsKept: 0, sessionsRead: 0, sessionsKept: 0 };
    const numero = nonBlank(attr(formation, 'numero'));
    this.#offerId = numero ?? null;
    this.#scope = { record: 'formation', numero: this.#offerId };
    this.#problems = 0;

    this.reportUnknownElements(unknown);

    const actions: Action[] = [];
    for (const node of children(formation, 'action')) {
      const action = this.mapAction(node, tally);
      if (action !== undefined) actions.push(action);
    }
    this.#scope = { record: 'formation', numero: this.#offerId };

    const reject = (line: number, field: string, reason: string): MappedOffer => {
      this.problem(line, field, reason, 'rejected');
      return { ok: false, tally: { ...tally, actionsKept: 0, sessionsKept: 0 } };
    };

    if (numero === undefined)
      return reject(formation.line, 'formation/@numero', messages.missingNumero('formation'));
    const titleNode = child(formation, 'intitule-formation');
    const title = titleNode && this.text(titleNode, 'formation/intitule-formation', 255);
    if (title === undefined) {
      return reject(titleNode?.line ?? formation.line, 'formation/intitule-formation', messages.missingTitle);
    }
    const organisation = this.mapOrganisation(child(formation, 'organisme-formation-responsable'));
    if (organisation === undefined) {
      const node = child(formation, 'organisme-formation-responsable');
      return reject(
        node?.line ?? formation.line,
        'formation/organisme-formation-responsable',
        messages.missingOrganisation,
      );
    }
    if (actions.length === 0) return reject(formation.line, 'formation/action', messages.noValidAction);

    const domain = child(formation, 'domaine-formation');
    const offer: Offer = {
      id: numero,
      title,
      formacodes: domain ? this.formacodes(domain) : [],
      nsf: domain
        ? this.codes(
            domain,
            'code-NSF',
            'formation/domaine-formation/code-NSF',
            NSF,
            'un code NSF de 3 chiffres',
          )
        : [],
      rome: domain
        ? this.codes(
            domain,
            'code-ROME',
            'formation/domaine-formation/code-ROME',
            ROME,
            'un code ROME (une lettre et 4 chiffres)',
          )
        : [],
      certifications: children(formation, 'certification')
        .map((node) => this.certification(node, 'formation/certification'))
        .filter((c): c is Certification => c !== undefined),
      contacts: this.contacts(formation, 'contact-formation', 'formation/contact-formation'),
      organisation,
      programmes: [],
      actions,
    };
    assign(offer, 'objective', this.textOf(formation, 'objectif-formation', 'formation', 3000));
    assign(offer, 'expectedResults', this.textOf(formation, 'resultats-attendus', 'formation', 3000));
    assign(offer, 'content', this.textOf(formation, 'contenu-formation', 'formation', 3000));
    assign(offer, 'certifying', this.boolOf(formation, 'certifiante', 'formation'));
    assign(
      offer,
      'pathway',
      this.codeOf(formation, 'parcours-de-formation', 'formation', PATHWAYS, 'dict-type-parcours') as
        Pathway | undefined,
    );
    assign(
      offer,
      'entryLevel',
      this.codeOf(formation, 'code-niveau-entree', 'formation', LEVELS, 'dict-niveaux'),
    );
    assign(
      offer,
      'exitLevel',
      this.codeOf(formation, 'code-niveau-sortie', 'formation', LEVELS, 'dict-niveaux'),
    );
    assign(
      offer,
      'generalObjective',
      this.codeOf(formation, 'objectif-general-formation', 'formation', GENERAL_OBJECTIVES, 'dict-AIS') as
        GeneralObjective | undefined,
    );
    assign(offer, 'url', this.url(child(formation, 'url-formation')));
    assign(offer, 'extras', extrasOf(formation));
    return { ok: true, offer, tally };
  }

  /** Rejects a formation without reading it (its tree could not be built whole). */
  rejectWhole(formation: XmlNode, line: number, reason: string): void {
    this.#offerId = nonBlank(attr(formation, 'numero')) ?? null;
    this.#scope = { record: 'formation', numero: this.#offerId };
    this.#problems = 0;
    this.problem(line, 'formation', reason, 'rejected');
  }

  /** Number of problems reported for the last formation mapped. */
  get problemCount(): number {
    return this.#problems;
  }

  /** Reports a problem in the current scope (formation, action or session). */
  problem(
    line: number,
    field: string,
    reason: string,
    outcome: LheoOutcome,
    scope: Scope = this.#scope,
  ): void {
    this.#problems += 1;
    this.report({
      numero: scope.numero,
      record: scope.record,
      offerId: this.#offerId,
      line,
      field,
      reason,
      outcome,
    });
  }

  // ── Records ────────────────────────────────────────────────────────────────────────────────

  private mapAction(node: XmlNode, tally: RecordTally): Action | undefined {
    tally.actionsRead += 1;
    const numero = nonBlank(attr(node, 'numero'));
    this.#scope = { record: 'action', numero: numero ?? null };
    const path = 'formation/action';

    const sessions: Session[] = [];
    const sessionNodes = children(node, 'session');
    tally.sessionsRead += sessionNodes.length;
    for (const sessionNode of sessionNodes) {
      const session = this.mapSession(sessionNode);
      if (session !== undefined) sessions.push(session);
    }
    this.#scope = { record: 'action', numero: numero ?? null };

    if (numero === undefined) {
      this.problem(node.line, `${path}/@numero`, messages.missingNumero('action'), 'rejected');
      return undefined;
    }
    if (sessions.length === 0) {
      this.problem(node.line, `${path}/session`, messages.noValidSession, 'rejected');
      return undefined;
    }
    tally.actionsKept += 1;
    tally.sessionsKept += sessions.length;

    const funding = child(node, 'prise-en-charge-frais-possible');
    let fundingPossible = funding
      ? this.bool(funding, `${path}/prise-en-charge-frais-possible`, true)
      : undefined;
    if (fundingPossible === undefined) {
      const raw = funding ? rawText(funding).trim() : undefined;
      this.problem(
        funding?.line ?? node.line,
        `${path}/prise-en-charge-frais-possible`,
        messages.fundingUnknown(raw),
        'repaired',
      );
      fundingPossible = false;
    }

    const action: Action = {
      id: numero,
      targetPublics: this.codes(
        node,
        'code-public-vise',
        `${path}/code-public-vise`,
        FORMACODE,
        'un code Formacode de 5 chiffres',
      ),
      fundingPossible,
      places: children(node, 'lieu-de-formation')
        .map((place) => this.place(place, `${path}/lieu-de-formation`))
        .filter((place): place is TrainingPlace => place !== undefined),
      informationDates: children(node, 'date-information')
        .map((info) => this.infoDate(info, `${path}/date-information/date`))
        .filter((date): date is string => date !== undefined),
      languages: this.languages(node, path),
      funders: this.funders(node, path),
      trainers: children(node, 'organisme-formateur').map((trainer) =>
        this.trainer(trainer, `${path}/organisme-formateur`),
      ),
      sessions,
    };
    assign(action, 'rhythm', this.textOf(node, 'rythme-formation', path, 3000));
    assign(action, 'targetPublicInfo', this.textOf(node, 'info-public-vise', path, 250));
    assign(action, 'entryLevelRequired', this.boolOf(node, 'niveau-entree-obligatoire', path));
    assign(action, 'workStudy', this.textOf(node, 'modalites-alternance', path, 3000));
    assign(
      action,
      'teachingMode',
      this.mapped(node, 'modalites-enseignement', path, TEACHING_MODES, 'dict-modalites-enseignement'),
    );
    assign(action, 'prerequisites', this.textOf(node, 'conditions-specifiques', path, 3000));
    assign(
      action,
      'entries',
      this.mapped(node, 'modalites-entrees-sorties', path, ENTRIES, 'dict-modalites-es'),
    );
    assign(action, 'url', this.url(child(node, 'url-action')));
    assign(action, 'cycleWeeks', this.intOf(node, 'duree-cycle', path, 0, 99));
    const information = child(node, 'adresse-information');
    assign(
      action,
      'informationAddress',
      information && this.addressIn(information, `${path}/adresse-information`),
    );
    assign(action, 'catering', this.textOf(node, 'restauration', path, 250));
    assign(action, 'housing', this.textOf(node, 'hebergement', path, 250));
    assign(action, 'transport', this.textOf(node, 'transport', path, 250));
    assign(action, 'disabilityAccess', this.textOf(node, 'acces-handicapes', path, 250));
    assign(action, 'recruitmentInfo', this.textOf(node, 'modalites-recrutement', path, 3000));
    assign(action, 'teachingMethods', this.textOf(node, 'modalites-pedagogiques', path, 200));
    assign(action, 'remainingCosts', this.textOf(node, 'frais-restants', path, 200));
    assign(action, 'hourlyPrice', this.priceOf(node, 'prix-horaire-TTC', path));
    assign(action, 'totalPrice', this.priceOf(node, 'prix-total-TTC', path));
    const hours: Hours = {};
    assign(hours, 'total', this.intOf(node, 'nombre-heures-total', path, 0, 99999));
    assign(hours, 'centre', this.intOf(node, 'nombre-heures-centre', path, 0, 99999));
    assign(hours, 'company', this.intOf(node, 'nombre-heures-entreprise', path, 0, 99999));
    if (Object.keys(hours).length > 0) action.hours = hours;
    assign(action, 'indicativeDuration', this.textOf(node, 'duree-indicative', path, 150));
    assign(action, 'fundingDetails', this.textOf(node, 'detail-conditions-prise-en-charge', path, 600));
    assign(action, 'publiclyFunded', this.boolOf(node, 'conventionnement', path));
    assign(action, 'extras', extrasOf(node));
    return action;
  }

  private mapSession(node: XmlNode): Session | undefined {
    const numero = nonBlank(attr(node, 'numero'));
    this.#scope = { record: 'session', numero: numero ?? null };
    const path = 'formation/action/session';
    if (numero === undefined) {
      this.problem(node.line, `${path}/@numero`, messages.missingNumero('session'), 'rejected');
      return undefined;
    }
    const periodNode = child(node, 'periode');
    if (periodNode === undefined) {
      this.problem(node.line, `${path}/periode`, messages.missingPeriod, 'rejected');
      return undefined;
    }
    const period = this.period(periodNode, `${path}/periode`);
    const session: Session = {
      id: numero,
      start: period.start,
      end: period.end,
      contacts: this.contacts(node, 'contact-session', `${path}/contact-session`),
    };
    const registration = child(node, 'adresse-inscription');
    assign(
      session,
      'registrationAddress',
      registration && this.addressIn(registration, `${path}/adresse-inscription`),
    );
    const registrationPeriod = child(node, 'periode-inscription');
    const registrationPeriodNode = registrationPeriod && child(registrationPeriod, 'periode');
    if (registrationPeriodNode) {
      session.registrationPeriod = this.period(registrationPeriodNode, `${path}/periode-inscription/periode`);
    }
    assign(session, 'registrationInfo', this.textOf(node, 'modalites-inscription', path, 255));
    assign(
      session,
      'recruitment',
      this.mapped(node, 'etat-recrutement', path, RECRUITMENT_STATES, 'dict-etat-recrutement'),
    );
    assign(session, 'url', this.url(child(node, 'url-session')));
    assign(session, 'extras', extrasOf(node));
    return session;
  }

  private mapOrganisation(node: XmlNode | undefined): Organisation | undefined {
    if (node === undefined) return undefined;
    const path = 'formation/organisme-formation-responsable';
    const name = this.textOf(node, 'nom-organisme', path, 250);
    const legalName = this.textOf(node, 'raison-sociale', path, 250);
    const displayName = name ?? legalName;
    if (displayName === undefined) return undefined;
    const organisation: Organisation = {
      name: displayName,
      contacts: this.contacts(node, 'contact-organisme', `${path}/contact-organisme`),
    };
    if (legalName !== undefined && legalName !== displayName) organisation.legalName = legalName;
    const siret = child(node, 'SIRET-organisme-formation');
    assign(organisation, 'siret', siret && this.siret(siret, `${path}/SIRET-organisme-formation/SIRET`));
    const activity = child(node, 'numero-activite');
    if (activity) {
      const value = compact(rawText(activity));
      if (value.length === 11) organisation.activityNumber = value;
      else if (!PLACEHOLDERS.has(value)) {
        this.problem(
          activity.line,
          `${path}/numero-activite`,
          messages.badPattern(value, '11 caractères'),
          'dropped',
        );
      }
    }
    const uai = child(node, 'code-UAI-organisme-formation');
    assign(organisation, 'uai', uai && this.uai(uai, `${path}/code-UAI-organisme-formation/code-UAI`));
    const coordinates = child(node, 'coordonnees-organisme');
    const coordinatesNode = coordinates && child(coordinates, 'coordonnees');
    const address = coordinatesNode && child(coordinatesNode, 'adresse');
    assign(
      organisation,
      'address',
      address && this.address(address, `${path}/coordonnees-organisme/coordonnees/adresse`),
    );
    assign(organisation, 'details', this.textOf(node, 'renseignements-specifiques', path, 3000));
    return organisation;
  }

  // ── Parts ──────────────────────────────────────────────────────────────────────────────────

  private contacts(parent: XmlNode, name: string, path: string): Contact[] {
    const out: Contact[] = [];
    for (const node of children(parent, name)) {
      const contact = this.contact(node, path);
      if (contact !== undefined) out.push(contact);
    }
    return out;
  }

  private contact(node: XmlNode, path: string): Contact | undefined {
    const coordinates = child(node, 'coordonnees');
    if (coordinates === undefined) return undefined;
    const base = `${path}/coordonnees`;
    const contact: Contact = {
      phones: this.phones(child(coordinates, 'telfixe')),
      mobiles: this.phones(child(coordinates, 'portable')),
      urls: this.urls(child(coordinates, 'web')),
    };
    assign(contact, 'kind', this.codeOf(node, 'type-contact', path, CONTACT_KINDS, 'dict-type-contact'));
    assign(contact, 'civility', this.textOf(coordinates, 'civilite', base, 50));
    const fullName = [this.textOf(coordinates, 'prenom', base, 50), this.textOf(coordinates, 'nom', base, 50)]
      .filter((part) => part !== undefined)
      .join(' ');
    if (fullName !== '') contact.name = fullName;
    const email = child(coordinates, 'courriel');
    if (email) {
      const value = compact(rawText(email));
      if (/^[^@\s]+@[^@\s]+$/.test(value)) contact.email = value;
      else if (!PLACEHOLDERS.has(value)) {
        this.problem(
          email.line,
          `${base}/courriel`,
          messages.badPattern(value, 'une adresse électronique'),
          'dropped',
        );
      }
    }
    const address = child(coordinates, 'adresse');
    assign(contact, 'address', address && this.address(address, `${base}/adresse`));
    const empty =
      contact.phones.length + contact.mobiles.length + contact.urls.length === 0 &&
      contact.name === undefined &&
      contact.email === undefined &&
      contact.address === undefined;
    return empty ? undefined : contact;
  }

  private phones(node: XmlNode | undefined): string[] {
    if (node === undefined) return [];
    return children(node, 'numtel')
      .map((numtel) => plainText(rawText(numtel)))
      .filter((value) => !PLACEHOLDERS.has(value));
  }

  private urls(node: XmlNode | undefined): string[] {
    if (node === undefined) return [];
    return children(node, 'urlweb')
      .map((url) => compact(rawText(url)))
      .filter((value) => !PLACEHOLDERS.has(value));
  }

  /** The first URL of a `url-*` element (LHÉO allows up to three). */
  private url(node: XmlNode | undefined): string | undefined {
    return this.urls(node)[0];
  }

  /** `adresse-information`, `adresse-inscription`: a wrapper around one `adresse`. */
  private addressIn(wrapper: XmlNode, path: string): Address | undefined {
    const node = child(wrapper, 'adresse');
    return node && this.address(node, `${path}/adresse`);
  }

  private address(node: XmlNode, path: string): Address | undefined {
    const address: Address = {
      // A `ligne` sometimes holds several lines of the address: each becomes a line.
      lines: [],
    };
    for (const part of node.children ?? []) {
      if (part.name !== 'ligne') continue;
      const value = this.text(part, `${path}/ligne`, 150);
      if (value === undefined) continue;
      if (value.includes('\n')) address.lines.push(...value.split('\n'));
      else address.lines.push(value);
    }
    assign(address, 'label', this.textOf(node, 'denomination', path, 255));
    const postal = child(node, 'codepostal');
    assign(
      address,
      'postalCode',
      postal && this.pattern(postal, `${path}/codepostal`, POSTAL_CODE, 'un code postal de 5 chiffres', true),
    );
    assign(address, 'city', this.textOf(node, 'ville', path, 50));
    const insee = child(node, 'code-INSEE-commune');
    assign(
      address,
      'inseeCode',
      insee &&
        this.pattern(
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
        this.pattern(departement, `${path}/departement`, DEPARTEMENT, 'un code de département (33, 2A, 971)'),
    );
    const region = child(node, 'region');
    if (region) {
      const value = compact(rawText(region));
      if (REGIONS.has(value)) address.region = value;
      else if (OLD_REGIONS[value] !== undefined) address.region = OLD_REGIONS[value];
      else if (!PLACEHOLDERS.has(value))
        this.problem(region.line, `${path}/region`, messages.unknownRegion(value), 'dropped');
    }
    const country = child(node, 'pays');
    if (country) {
      const value = compact(rawText(country)).toUpperCase();
      if (COUNTRY.test(value)) address.country = value;
      else if (!PLACEHOLDERS.has(value)) {
        this.problem(
          country.line,
          `${path}/pays`,
          messages.badPattern(value, 'un code pays de 2 lettres'),
          'dropped',
        );
      }
    }
    const geo = child(node, 'geolocalisation');
    if (geo) {
      const lat = this.coordinate(child(geo, 'latitude'), `${path}/geolocalisation/latitude`, 90);
      const lon = this.coordinate(child(geo, 'longitude'), `${path}/geolocalisation/longitude`, 180);
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

  private coordinate(node: XmlNode | undefined, path: string, limit: number): number | undefined {
    if (node === undefined) return undefined;
    const raw = compact(rawText(node));
    if (PLACEHOLDERS.has(raw)) return undefined;
    const value = parseDecimal(raw);
    if (value === undefined) {
      this.problem(node.line, path, messages.badNumber(raw), 'dropped');
      return undefined;
    }
    if (Math.abs(value) > limit) {
      this.problem(node.line, path, messages.outOfRange(raw, -limit, limit), 'dropped');
      return undefined;
    }
    return value;
  }

  private place(node: XmlNode, path: string): TrainingPlace | undefined {
    const coordinates = child(node, 'coordonnees');
    if (coordinates === undefined) return undefined;
    const base = `${path}/coordonnees`;
    const addressNode = child(coordinates, 'adresse');
    const address = addressNode && this.address(addressNode, `${base}/adresse`);
    // The place's name is in `coordonnees/nom` (or its first `ligne`) when the address has no `denomination`.
    const label =
      address?.label ??
      this.textOf(coordinates, 'nom', base, 50) ??
      children(coordinates, 'ligne')
        .map((line) => plainText(rawText(line)))
        .find((line) => !PLACEHOLDERS.has(line));
    if (address === undefined && label === undefined) return undefined;
    const place: TrainingPlace = { address: address ?? { lines: [] } };
    if (place.address.label === undefined && label !== undefined) place.address.label = label;
    const siret = child(node, 'SIRET-lieu-formation');
    assign(place, 'siret', siret && this.siret(siret, `${path}/SIRET-lieu-formation/SIRET`));
    return place;
  }

  private trainer(node: XmlNode, path: string): Action['trainers'][number] {
    const trainer: Action['trainers'][number] = {};
    const siret = child(node, 'SIRET-formateur');
    assign(trainer, 'siret', siret && this.siret(siret, `${path}/SIRET-formateur/SIRET`));
    assign(trainer, 'name', this.textOf(node, 'raison-sociale-formateur', path, 250));
    return trainer;
  }

  private certification(node: XmlNode, path: string): Certification | undefined {
    const certification: Certification = {};
    assign(certification, 'rncp', this.codeText(child(node, 'code-RNCP'), `${path}/code-RNCP`, 1, 10));
    assign(
      certification,
      'certifInfo',
      this.codeText(child(node, 'code-CERTIFINFO'), `${path}/code-CERTIFINFO`, 1, 10),
    );
    assign(certification, 'rs', this.codeText(child(node, 'code-RS'), `${path}/code-RS`, 3, 10));
    assign(certification, 'cpf', this.codeText(child(node, 'code-CPF'), `${path}/code-CPF`, 4, 10));
    return Object.keys(certification).length > 0 ? certification : undefined;
  }

  /** Formacodes, the one tagged `principal` first, duplicates removed. */
  private formacodes(domain: XmlNode): string[] {
    const principal: string[] = [];
    const others: string[] = [];
    for (const node of children(domain, 'code-FORMACODE')) {
      const code = this.pattern(
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

  private codes(parent: XmlNode, name: string, path: string, pattern: RegExp, expected: string): string[] {
    const out = new Set<string>();
    for (const node of children(parent, name)) {
      const code = this.pattern(node, path, pattern, expected);
      if (code !== undefined) out.add(code);
    }
    return [...out];
  }

  private languages(action: XmlNode, path: string): string[] {
    const out = new Set<string>();
    for (const node of children(action, 'langue-formation')) {
      const value = compact(rawText(node)).toLowerCase();
      if (LANGUAGE.test(value)) out.add(value);
      else if (!PLACEHOLDERS.has(value)) {
        this.problem(
          node.line,
          `${path}/langue-formation`,
          messages.badPattern(value, 'un code langue de 2 lettres'),
          'dropped',
        );
      }
    }
    return [...out];
  }

  private funders(action: XmlNode, path: string): string[] {
    const out = new Set<string>();
    for (const funder of children(action, 'organisme-financeur')) {
      const code = this.codeOf(
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

  private period(node: XmlNode, path: string): Period {
    return {
      start: this.date(child(node, 'debut'), `${path}/debut`),
      end: this.date(child(node, 'fin'), `${path}/fin`),
    };
  }

  // ── Values ─────────────────────────────────────────────────────────────────────────────────

  /** A text field as plain text; `undefined` when empty or a placeholder such as « - ». */
  private text(node: XmlNode, path: string, max: number, quiet = false): string | undefined {
    const value = plainText(rawText(node));
    if (PLACEHOLDERS.has(value)) return undefined;
    if (value.length > max) {
      if (!quiet) this.problem(node.line, path, messages.tooLong(value.length, max), 'repaired');
      return `${value.slice(0, max - 1).trimEnd()}…`;
    }
    return value;
  }

  private textOf(parent: XmlNode, name: string, path: string, max: number): string | undefined {
    const node = child(parent, name);
    return node && this.text(node, `${path}/${name}`, max);
  }

  private pattern(
    node: XmlNode,
    path: string,
    pattern: RegExp,
    expected: string,
    zeroIsBlank = false,
  ): string | undefined {
    const value = compact(rawText(node));
    if (PLACEHOLDERS.has(value) || (zeroIsBlank && /^0+$/.test(value))) return undefined;
    if (pattern.test(value)) return value;
    this.problem(node.line, path, messages.badPattern(value, expected), 'dropped');
    return undefined;
  }

  private codeText(node: XmlNode | undefined, path: string, min: number, max: number): string | undefined {
    if (node === undefined) return undefined;
    const value = compact(rawText(node));
    if (PLACEHOLDERS.has(value)) return undefined;
    if (value.length >= min && value.length <= max) return value;
    this.problem(node.line, path, messages.badPattern(value, `de ${min} à ${max} caractères`), 'dropped');
    return undefined;
  }

  private siret(wrapper: XmlNode, path: string): string | undefined {
    const node = child(wrapper, 'SIRET');
    if (node === undefined) return undefined;
    const value = compact(rawText(node));
    if (PLACEHOLDERS.has(value)) return undefined;
    if (DIGITS_14.test(value)) return value;
    this.problem(node.line, path, messages.badSiret(value), 'dropped');
    return undefined;
  }

  private uai(wrapper: XmlNode, path: string): string | undefined {
    const node = child(wrapper, 'code-UAI');
    if (node === undefined) return undefined;
    const value = compact(rawText(node)).toUpperCase();
    if (PLACEHOLDERS.has(value)) return undefined;
    if (UAI.test(value)) return value;
    this.problem(
      node.line,
      path,
      messages.badPattern(value, 'un code UAI (7 chiffres et une lettre)'),
      'dropped',
    );
    return undefined;
  }

  private codeOf<T extends string>(
    parent: XmlNode,
    name: string,
    path: string,
    table: ReadonlySet<T>,
    tableName: string,
  ): T | undefined {
    const node = child(parent, name);
    if (node === undefined) return undefined;
    const value = compact(rawText(node));
    if (table.has(value as T)) return value as T;
    if (PLACEHOLDERS.has(value)) return undefined;
    this.problem(node.line, `${path}/${name}`, messages.badCode(value, tableName), 'dropped');
    return undefined;
  }

  private mapped<T>(
    parent: XmlNode,
    name: string,
    path: string,
    table: Readonly<Record<string, T>>,
    tableName: string,
  ): T | undefined {
    const node = child(parent, name);
    if (node === undefined) return undefined;
    const value = compact(rawText(node));
    const mapped = Object.hasOwn(table, value) ? table[value] : undefined;
    if (mapped !== undefined) return mapped;
    if (!PLACEHOLDERS.has(value))
      this.problem(node.line, `${path}/${name}`, messages.badCode(value, tableName), 'dropped');
    return undefined;
  }

  private bool(node: XmlNode, path: string, quiet = false): boolean | undefined {
    const value = compact(rawText(node));
    const mapped = Object.hasOwn(BOOLEAN_CODES, value) ? BOOLEAN_CODES[value] : undefined;
    if (mapped === undefined && !quiet && !PLACEHOLDERS.has(value)) {
      this.problem(node.line, path, messages.badCode(value, 'dict-boolean'), 'dropped');
    }
    return mapped;
  }

  private boolOf(parent: XmlNode, name: string, path: string): boolean | undefined {
    const node = child(parent, name);
    return node && this.bool(node, `${path}/${name}`);
  }

  private intOf(parent: XmlNode, name: string, path: string, min: number, max: number): number | undefined {
    const node = child(parent, name);
    if (node === undefined) return undefined;
    const raw = compact(rawText(node));
    if (PLACEHOLDERS.has(raw)) return undefined;
    if (!/^[+-]?\d+$/.test(raw)) {
      this.problem(node.line, `${path}/${name}`, messages.badNumber(raw), 'dropped');
      return undefined;
    }
    const value = Number(raw);
    if (value < min || value > max) {
      this.problem(node.line, `${path}/${name}`, messages.outOfRange(raw, min, max), 'dropped');
      return undefined;
    }
    return value;
  }

  /** Prices are text in LHÉO: « 12,50 », « 1 200 € » are read as numbers. */
  private priceOf(parent: XmlNode, name: string, path: string): number | undefined {
    const node = child(parent, name);
    if (node === undefined) return undefined;
    const raw = compact(rawText(node));
    if (PLACEHOLDERS.has(raw)) return undefined;
    const value = parseDecimal(raw.replace(/(?:€|EUR|euros?)$/i, ''));
    if (value === undefined || value < 0) {
      this.problem(node.line, `${path}/${name}`, messages.badNumber(raw), 'dropped');
      return undefined;
    }
    return value;
  }

  /** A session date: 00000000 and 99999999 mean unknown (`null`); an impossible date is reported. */
  private date(node: XmlNode | undefined, path: string): string | null {
    if (node === undefined) return null;
    const raw = compact(rawText(node));
    if (raw === '00000000' || raw === '99999999') return null;
    const iso = isoDate(raw);
    if (iso === undefined) {
      this.problem(node.line, path, messages.badDate(raw), 'repaired');
      return null;
    }
    return iso;
  }

  private infoDate(wrapper: XmlNode, path: string): string | undefined {
    const node = child(wrapper, 'date');
    if (node === undefined) return undefined;
    const raw = compact(rawText(node));
    if (raw === '00000000' || raw === '99999999' || PLACEHOLDERS.has(raw)) return undefined;
    const iso = isoDate(raw);
    if (iso === undefined) this.problem(node.line, path, messages.badDateDropped(raw), 'dropped');
    return iso;
  }

  // ── Unknown elements ───────────────────────────────────────────────────────────────────────

  /** Reports elements LHÉO does not define (typos such as `coordonneFs`); their content was skipped. */
  private reportUnknownElements(unknown: readonly UnknownElement[]): void {
    for (const element of unknown) {
      const scope: Scope = element.scope ?? { record: 'formation', numero: this.#offerId };
      this.problem(element.line, element.field, messages.unknownElement(element.name), 'ignored', scope);
    }
  }
}

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────

/** Sets an optional property only when there is a value (the model uses exactOptionalPropertyTypes). */
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function nonBlank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** Codes and identifiers: no spaces at all (« 824 228 142 01874 » is a SIRET written for humans). */
function compact(value: string): string {
  // Fast path: most codes come without any space.
  return HAS_SPACE.test(value) ? value.replace(SPACES, '') : value;
}
const HAS_SPACE = /[\s\u00a0]/;
const SPACES = /[\s\u00a0]+/g;
const DECIMAL = /^[+-]?(?:\d+[.,]?\d*|[.,]\d+)$/;

/** A decimal written the French way (« 12,50 ») or the English way (« 12.50 »). */
export function parseDecimal(raw: string): number | undefined {
  const text = compact(raw);
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** `AAAAMMJJ` → `AAAA-MM-JJ` when it is a real calendar date. */
export function isoDate(raw: string): string | undefined {
  const match = LHEO_DATE.exec(raw);
  if (match === null) return undefined;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1900 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  if (daysInMonth === undefined || day > daysInMonth) return undefined;
  return `${y}-${m}-${d}`;
}

/**
 * LHÉO `extras` blocks of an element as key/value pairs. The key joins the `info` of the block and
 * of the extra (`dispositif/contrat-apprentissage`); when they are the same, or one is missing, it
 * is that one name, so `<extras info="dispositif"><extra info="dispositif">hsp-socle</extra></extras>`,
 * `<extras><extra info="dispositif">…` and `<extras info="dispositif"><extra>…` all give `dispositif`,
 * the key the rulesets' matchers read.
 */
export function extrasOf(node: XmlNode): Extra[] | undefined {
  const out: Extra[] = [];
  for (const block of children(node, 'extras')) collectExtras(block, infoOf(block), out);
  return out.length > 0 ? out : undefined;
}

function infoOf(node: XmlNode): string | undefined {
  const info = attr(node, 'info')?.trim();
  return info === '' ? undefined : info;
}

function extraKey(prefix: string | undefined, info: string | undefined): string | undefined {
  if (prefix === undefined || prefix === info) return info ?? prefix;
  return info === undefined ? prefix : `${prefix}/${info}`;
}

function collectExtras(block: XmlNode, prefix: string | undefined, out: Extra[]): void {
  for (const part of block.children ?? []) {
    const key = extraKey(prefix, infoOf(part)) ?? part.name;
    if (part.children !== null && part.name !== 'extra') collectExtras(part, key, out);
    else out.push({ key, value: plainText(rawText(part)) });
  }
}
