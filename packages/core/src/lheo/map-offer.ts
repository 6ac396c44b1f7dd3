/**
 * Maps ONE LHÉO `formation` element tree onto the catalogue model, checking each value against the
 * XSD types and the dict-* code tables on the way. This module holds the records (formation,
 * action, session, responsible organisation); their parts are read by `address.ts`, `contacts.ts`,
 * `offer-parts.ts` and `extras.ts`, every value through one `FieldReader`.
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
  Certification,
  Hours,
  Offer,
  Organisation,
  Session,
  TrainingPlace,
} from '../catalogue/schema.js';
import { readAddress, readAddressIn } from './address.js';
import { walkCoverage, type CoverageListener } from './coverage.js';
import {
  ENTRIES,
  GENERAL_OBJECTIVES,
  RECRUITMENT_AREAS,
  LEVELS,
  PATHWAYS,
  RECRUITMENT_STATES,
  TEACHING_MODES,
  type GeneralObjective,
  type Pathway,
} from './codes.js';
import { readContacts, readUrl } from './contacts.js';
import { readExtras, type ExtrasRead } from './extras.js';
import { FieldReader, type Scope } from './field-reader.js';
import { messages } from './messages.js';
import {
  readCertification,
  readFormacodes,
  readFunderDetails,
  readFunders,
  readLanguages,
  readPeriod,
  readPlace,
  readRecruitment,
  readTrainer,
} from './offer-parts.js';
import type { LheoOutcome, LheoProblem } from './problems.js';
import { assign, compact, FORMACODE, NSF, PLACEHOLDERS, ROME } from './values.js';
import { child, children, rawText, type XmlNode } from './xml-node.js';

export type { Scope } from './field-reader.js';

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

/** An element LHÉO does not define, met where LHÉO expects elements (not inside a text field). */
export interface UnknownElement {
  readonly name: string;
  readonly line: number;
  /** LHÉO path, e.g. `formation/contact-formation/coordonneFs`. */
  readonly field: string;
  /** The enclosing action or session, if any. */
  readonly scope: Scope | undefined;
}

/** Maps LHÉO `formation` trees; one instance per import, reused for each record. */
export class OfferMapper {
  readonly #fields: FieldReader;
  readonly #coverage: CoverageListener;

  /**
   * `report` receives each problem; `unmapped` each LHÉO 2.3 element met that the catalogue does
   * not carry, by path, once per element (see `coverage.ts`).
   */
  constructor(report: (problem: LheoProblem) => void, unmapped: (path: string) => void) {
    this.#fields = new FieldReader(report);
    this.#coverage = {
      unmapped,
      misplaced: (node, path, parent, scope) =>
        this.#fields.problem(node.line, path, messages.misplacedElement(node.name, parent), 'ignored', scope),
    };
  }

  /** Maps a formation; `unknown` lists the elements the tree builder did not recognise. */
  map(formation: XmlNode, unknown: readonly UnknownElement[] = []): MappedOffer {
    const fields = this.#fields;
    const tally: RecordTally = { actionsRead: 0, actionsKept: 0, sessionsRead: 0, sessionsKept: 0 };
    const numero = fields.beginOffer(formation);

    this.reportUnknownElements(unknown);
    walkCoverage(formation, fields.offerId, this.#coverage);

    const actions: Action[] = [];
    for (const node of children(formation, 'action')) {
      const action = this.mapAction(node, tally);
      if (action !== undefined) actions.push(action);
    }
    fields.enter('formation', null);

    const reject = (line: number, field: string, reason: string): MappedOffer => {
      // A text past its size limit is the reason, whatever else it then made missing.
      const oversized = fields.oversized;
      if (oversized === undefined) fields.problem(line, field, reason, 'rejected');
      else
        fields.problem(
          oversized.line,
          oversized.field,
          messages.tooLarge(oversized.length, oversized.limit),
          'rejected',
        );
      return { ok: false, tally: { ...tally, actionsKept: 0, sessionsKept: 0 } };
    };

    if (numero === undefined)
      return reject(formation.line, 'formation/@numero', messages.missingNumero('formation'));
    const titleNode = child(formation, 'intitule-formation');
    const title = titleNode && fields.text(titleNode, 'formation/intitule-formation', 255);
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
      formacodes: domain ? readFormacodes(fields, domain) : [],
      nsf: domain
        ? fields.codes(
            domain,
            'code-NSF',
            'formation/domaine-formation/code-NSF',
            NSF,
            'un code NSF de 3 chiffres',
          )
        : [],
      rome: domain
        ? fields.codes(
            domain,
            'code-ROME',
            'formation/domaine-formation/code-ROME',
            ROME,
            'un code ROME (une lettre et 4 chiffres)',
          )
        : [],
      certifications: children(formation, 'certification')
        .map((node) => readCertification(fields, node, 'formation/certification'))
        .filter((c): c is Certification => c !== undefined),
      contacts: readContacts(fields, formation, 'contact-formation', 'formation/contact-formation'),
      organisation,
      programmes: [],
      actions,
    };
    assign(offer, 'objective', fields.textOf(formation, 'objectif-formation', 'formation', 3000));
    assign(offer, 'expectedResults', fields.textOf(formation, 'resultats-attendus', 'formation', 3000));
    assign(offer, 'content', fields.textOf(formation, 'contenu-formation', 'formation', 3000));
    assign(offer, 'certifying', fields.boolOf(formation, 'certifiante', 'formation'));
    assign(
      offer,
      'pathway',
      fields.codeOf(formation, 'parcours-de-formation', 'formation', PATHWAYS, 'dict-type-parcours') as
        Pathway | undefined,
    );
    assign(
      offer,
      'entryLevel',
      fields.codeOf(formation, 'code-niveau-entree', 'formation', LEVELS, 'dict-niveaux'),
    );
    assign(
      offer,
      'exitLevel',
      fields.codeOf(formation, 'code-niveau-sortie', 'formation', LEVELS, 'dict-niveaux'),
    );
    assign(
      offer,
      'generalObjective',
      fields.codeOf(formation, 'objectif-general-formation', 'formation', GENERAL_OBJECTIVES, 'dict-AIS') as
        GeneralObjective | undefined,
    );
    assign(offer, 'url', readUrl(fields, child(formation, 'url-formation'), 'formation/url-formation'));
    withExtras(offer, readExtras(fields, formation, 'formation'));
    if (fields.oversized !== undefined) return reject(formation.line, 'formation', '');
    return { ok: true, offer, tally };
  }

  /** Rejects a formation without reading it (its tree could not be built whole). */
  rejectWhole(formation: XmlNode, line: number, reason: string): void {
    this.#fields.beginOffer(formation);
    this.#fields.problem(line, 'formation', reason, 'rejected');
  }

  /** Number of problems reported for the last formation mapped. */
  get problemCount(): number {
    return this.#fields.problemCount;
  }

  /** The record problems are reported against now, and the formation's `numero`. */
  get scope(): Scope & { readonly offerId: string | null } {
    return { ...this.#fields.scope, offerId: this.#fields.offerId };
  }

  /** Reports a problem in the current scope (formation, action or session). */
  problem(line: number, field: string, reason: string, outcome: LheoOutcome, scope?: Scope): void {
    this.#fields.problem(line, field, reason, outcome, scope);
  }

  // ── Records ────────────────────────────────────────────────────────────────────────────────

  private mapAction(node: XmlNode, tally: RecordTally): Action | undefined {
    const fields = this.#fields;
    tally.actionsRead += 1;
    const numero = fields.attribute(node, 'numero', 'formation/action');
    fields.enter('action', numero ?? null);
    const path = 'formation/action';

    const sessions: Session[] = [];
    const sessionNodes = children(node, 'session');
    tally.sessionsRead += sessionNodes.length;
    for (const sessionNode of sessionNodes) {
      const session = this.mapSession(sessionNode);
      if (session !== undefined) sessions.push(session);
    }
    fields.enter('action', numero ?? null);

    if (numero === undefined) {
      fields.problem(node.line, `${path}/@numero`, messages.missingNumero('action'), 'rejected');
      return undefined;
    }
    if (sessions.length === 0) {
      fields.problem(node.line, `${path}/session`, messages.noValidSession, 'rejected');
      return undefined;
    }
    tally.actionsKept += 1;
    tally.sessionsKept += sessions.length;

    const funding = child(node, 'prise-en-charge-frais-possible');
    let fundingPossible = funding
      ? fields.bool(funding, `${path}/prise-en-charge-frais-possible`, true)
      : undefined;
    if (fundingPossible === undefined) {
      const raw = funding ? rawText(funding).trim() : undefined;
      fields.problem(
        funding?.line ?? node.line,
        `${path}/prise-en-charge-frais-possible`,
        messages.fundingUnknown(raw),
        'repaired',
      );
      fundingPossible = false;
    }

    const action: Action = {
      id: numero,
      targetPublics: fields.codes(
        node,
        'code-public-vise',
        `${path}/code-public-vise`,
        FORMACODE,
        'un code Formacode de 5 chiffres',
      ),
      fundingPossible,
      places: children(node, 'lieu-de-formation')
        .map((place) => readPlace(fields, place, `${path}/lieu-de-formation`))
        .filter((place): place is TrainingPlace => place !== undefined),
      informationDates: children(node, 'date-information')
        .map((info) => {
          const date = child(info, 'date');
          return date && fields.optionalDate(date, `${path}/date-information/date`);
        })
        .filter((date): date is string => date !== undefined),
      languages: readLanguages(fields, node, path),
      funders: readFunders(fields, node, path),
      trainers: children(node, 'organisme-formateur').map((trainer) =>
        readTrainer(fields, trainer, `${path}/organisme-formateur`),
      ),
      sessions,
    };
    assign(action, 'rhythm', fields.textOf(node, 'rythme-formation', path, 3000));
    assign(action, 'targetPublicInfo', fields.textOf(node, 'info-public-vise', path, 250));
    assign(action, 'entryLevelRequired', fields.boolOf(node, 'niveau-entree-obligatoire', path));
    assign(action, 'workStudy', fields.textOf(node, 'modalites-alternance', path, 3000));
    assign(
      action,
      'teachingMode',
      fields.mapped(node, 'modalites-enseignement', path, TEACHING_MODES, 'dict-modalites-enseignement'),
    );
    assign(action, 'prerequisites', fields.textOf(node, 'conditions-specifiques', path, 3000));
    assign(
      action,
      'entries',
      fields.mapped(node, 'modalites-entrees-sorties', path, ENTRIES, 'dict-modalites-es'),
    );
    assign(action, 'url', readUrl(fields, child(node, 'url-action'), `${path}/url-action`));
    assign(action, 'cycleWeeks', fields.intOf(node, 'duree-cycle', path, 0, 99));
    const information = child(node, 'adresse-information');
    assign(
      action,
      'informationAddress',
      information && readAddressIn(fields, information, `${path}/adresse-information`),
    );
    assign(action, 'catering', fields.textOf(node, 'restauration', path, 250));
    assign(action, 'housing', fields.textOf(node, 'hebergement', path, 250));
    assign(action, 'transport', fields.textOf(node, 'transport', path, 250));
    assign(action, 'disabilityAccess', fields.textOf(node, 'acces-handicapes', path, 250));
    assign(action, 'recruitmentInfo', fields.textOf(node, 'modalites-recrutement', path, 3000));
    assign(action, 'teachingMethods', fields.textOf(node, 'modalites-pedagogiques', path, 200));
    assign(action, 'remainingCosts', fields.textOf(node, 'frais-restants', path, 200));
    assign(action, 'hourlyPrice', fields.priceOf(node, 'prix-horaire-TTC', path));
    assign(action, 'totalPrice', fields.priceOf(node, 'prix-total-TTC', path));
    const hours: Hours = {};
    assign(hours, 'total', fields.intOf(node, 'nombre-heures-total', path, 0, 99999));
    assign(hours, 'centre', fields.intOf(node, 'nombre-heures-centre', path, 0, 99999));
    assign(hours, 'company', fields.intOf(node, 'nombre-heures-entreprise', path, 0, 99999));
    if (Object.keys(hours).length > 0) action.hours = hours;
    assign(action, 'indicativeDuration', fields.textOf(node, 'duree-indicative', path, 150));
    assign(action, 'fundingDetails', fields.textOf(node, 'detail-conditions-prise-en-charge', path, 600));
    assign(action, 'publiclyFunded', fields.boolOf(node, 'conventionnement', path));
    const funderDetails = readFunderDetails(fields, node, path);
    if (funderDetails.length > 0) action.funderDetails = funderDetails;
    const extras = readExtras(fields, node, path);
    assign(
      action,
      'recruitmentArea',
      fields.mapped(
        node,
        'code-perimetre-recrutement',
        path,
        RECRUITMENT_AREAS,
        'dict-perimetre-recrutement',
      ) ?? extras.recruitmentArea,
    );
    assign(action, 'recruitmentAreaInfo', fields.textOf(node, 'infos-perimetre-recrutement', path, 50));
    withExtras(action, extras);
    return action;
  }

  private mapSession(node: XmlNode): Session | undefined {
    const fields = this.#fields;
    const numero = fields.attribute(node, 'numero', 'formation/action/session');
    fields.enter('session', numero ?? null);
    const path = 'formation/action/session';
    if (numero === undefined) {
      fields.problem(node.line, `${path}/@numero`, messages.missingNumero('session'), 'rejected');
      return undefined;
    }
    const periodNode = child(node, 'periode');
    if (periodNode === undefined) {
      fields.problem(node.line, `${path}/periode`, messages.missingPeriod, 'rejected');
      return undefined;
    }
    const period = readPeriod(fields, periodNode, `${path}/periode`);
    const session: Session = {
      id: numero,
      start: period.start,
      end: period.end,
      contacts: readContacts(fields, node, 'contact-session', `${path}/contact-session`),
    };
    const registration = child(node, 'adresse-inscription');
    assign(
      session,
      'registrationAddress',
      registration && readAddressIn(fields, registration, `${path}/adresse-inscription`),
    );
    const registrationPeriod = child(node, 'periode-inscription');
    const registrationPeriodNode = registrationPeriod && child(registrationPeriod, 'periode');
    if (registrationPeriodNode) {
      session.registrationPeriod = readPeriod(
        fields,
        registrationPeriodNode,
        `${path}/periode-inscription/periode`,
      );
    }
    assign(session, 'registrationInfo', fields.textOf(node, 'modalites-inscription', path, 255));
    assign(
      session,
      'recruitment',
      fields.mapped(node, 'etat-recrutement', path, RECRUITMENT_STATES, 'dict-etat-recrutement'),
    );
    assign(session, 'url', readUrl(fields, child(node, 'url-session'), `${path}/url-session`));
    const recruitments = children(node, 'recrutement')
      .map((recruitment) => readRecruitment(fields, recruitment, `${path}/recrutement`))
      .filter((recruitment) => Object.keys(recruitment).length > 0);
    if (recruitments.length > 0) session.recruitments = recruitments;
    withExtras(session, readExtras(fields, node, path));
    return session;
  }

  private mapOrganisation(node: XmlNode | undefined): Organisation | undefined {
    if (node === undefined) return undefined;
    const fields = this.#fields;
    const path = 'formation/organisme-formation-responsable';
    const name = fields.textOf(node, 'nom-organisme', path, 250);
    const legalName = fields.textOf(node, 'raison-sociale', path, 250);
    const displayName = name ?? legalName;
    if (displayName === undefined) return undefined;
    const organisation: Organisation = {
      name: displayName,
      contacts: readContacts(fields, node, 'contact-organisme', `${path}/contact-organisme`),
    };
    if (legalName !== undefined && legalName !== displayName) organisation.legalName = legalName;
    const siret = child(node, 'SIRET-organisme-formation');
    assign(organisation, 'siret', siret && fields.siret(siret, `${path}/SIRET-organisme-formation/SIRET`));
    const activity = child(node, 'numero-activite');
    if (activity) {
      const value = compact(rawText(activity));
      if (value.length === 11) organisation.activityNumber = value;
      else if (!PLACEHOLDERS.has(value)) {
        fields.problem(
          activity.line,
          `${path}/numero-activite`,
          messages.badPattern(value, '11 caractères'),
          'dropped',
        );
      }
    }
    const uai = child(node, 'code-UAI-organisme-formation');
    assign(organisation, 'uai', uai && fields.uai(uai, `${path}/code-UAI-organisme-formation/code-UAI`));
    const coordinates = child(node, 'coordonnees-organisme');
    const coordinatesNode = coordinates && child(coordinates, 'coordonnees');
    const address = coordinatesNode && child(coordinatesNode, 'adresse');
    assign(
      organisation,
      'address',
      address && readAddress(fields, address, `${path}/coordonnees-organisme/coordonnees/adresse`),
    );
    assign(organisation, 'details', fields.textOf(node, 'renseignements-specifiques', path, 3000));
    return organisation;
  }

  /** Reports elements LHÉO does not define (typos such as `coordonneFs`); their content was skipped. */
  private reportUnknownElements(unknown: readonly UnknownElement[]): void {
    for (const element of unknown) {
      const scope: Scope = element.scope ?? { record: 'formation', numero: this.#fields.offerId };
      this.#fields.problem(
        element.line,
        element.field,
        messages.unknownElement(element.name),
        'ignored',
        scope,
      );
    }
  }
}

/** Puts the extras read from an element on its record (flat pairs and blocks as written). */
function withExtras(target: Pick<Offer, 'extras' | 'extraBlocks'>, read: ExtrasRead): void {
  assign(target, 'extras', read.extras);
  assign(target, 'extraBlocks', read.extraBlocks);
}
