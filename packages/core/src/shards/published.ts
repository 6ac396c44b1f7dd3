/**
 * Reading what `passerelle publish` writes beside the manifest, per département:
 * - a search file: the prebuilt search index, the compact catalogue that result cards, filters and
 *   the index need (long texts and contacts left out), and which details file holds each offer;
 * - offer details files: the full offers, fetched only when a person opens one.
 * Pure: the caller fetches the bytes (and checks their SHA-256 against the listing) and hands the
 * text or the parsed JSON over.
 */
import { parseCatalogue, parseJsonText } from '../catalogue/parse.js';
import type { Action, Address, Catalogue, Offer, Session } from '../catalogue/schema.js';
import { checkUntrusted } from '../catalogue/untrusted.js';
import { err, ok, type Problem, type Result } from '../result.js';
import { loadSearchIndex } from '../search/persist.js';
import { PEOPLE_PUBLICS } from '../search/people-words.js';
import type { SearchIndexOptions } from '../search/search-index.js';
import { toProblems } from '../validation/french-issues.js';
import { offerDetailsSchema, searchShardEnvelopeSchema } from './published-runtime-schema.js';
import type { OfferDetails, SearchShard } from './published-types.js';
import type { FileEntry } from './schema.js';

const publishedMessages = {
  detailsCount: (offers: number, listed: number) =>
    `longueur inattendue : attendu un numéro de fichier de détails par offre du catalogue (${offers}), reçu ${listed}`,
  detailsFile: (index: number, files: number) =>
    `fichier de détails inconnu : ${index}, alors que details.files en liste ${files}`,
};

function jsonOf(input: unknown): Result<unknown, Problem[]> {
  return typeof input === 'string' ? parseJsonText(input) : ok(input);
}

function under(prefix: string, problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => ({ ...problem, path: `${prefix}.${problem.path}` }));
}

/**
 * Loads a département's search file (JSON text or parsed JSON) without rebuilding its index.
 * `options.labels` must be those the publisher used (none for `passerelle publish`). Returns every
 * problem with its path, in French.
 *
 * @example
 * ```ts
 * const entry = manifest.shards.find((shard) => shard.departement === '33')?.search;
 * if (entry !== undefined) {
 *   const shard = parseSearchShard(await (await fetch(versionedUrl(entry))).text());
 *   if (shard.ok) console.log(shard.value.index.search({ text: 'aide soignante' }).total);
 * }
 * ```
 */
export function parseSearchShard(
  input: unknown,
  options: SearchIndexOptions = {},
): Result<SearchShard, Problem[]> {
  const json = jsonOf(input);
  if (!json.ok) return json;
  const checked = checkUntrusted(json.value, () =>
    searchShardEnvelopeSchema.safeParse(json.value, { reportInput: true }),
  );
  if (!checked.ok) return checked;
  const envelope = checked.value;
  if (!envelope.success) return err(toProblems(envelope.error.issues));
  const { departement, details } = envelope.data;
  const catalogue = parseCatalogue(envelope.data.catalogue);
  if (!catalogue.ok) return err(under('catalogue', catalogue.error));
  const offers = catalogue.value.offers.length;
  if (details.offers.length !== offers) {
    return err([
      { path: 'details.offers', message: publishedMessages.detailsCount(offers, details.offers.length) },
    ]);
  }
  const outside = details.offers.findIndex((file) => file >= details.files.length);
  if (outside >= 0) {
    return err([
      {
        path: `details.offers[${outside}]`,
        message: publishedMessages.detailsFile(details.offers[outside]!, details.files.length),
      },
    ]);
  }
  const index = loadSearchIndex(catalogue.value, envelope.data.index, options);
  if (!index.ok) return index;
  return ok({ departement, catalogue: catalogue.value, index: index.value, details });
}

/**
 * The details file holding an offer of a loaded search file; undefined for an unknown offer.
 *
 * @example
 * ```ts
 * const entry = offerDetailsEntry(shard, hit.offerId); // shard: parseSearchShard's value
 * if (entry !== undefined) {
 *   const details = parseOfferDetails(await (await fetch(versionedUrl(entry))).text());
 *   const full = details.ok ? details.value.offers.find((candidate) => candidate.id === hit.offerId) : undefined;
 *   console.log(full?.objective);
 * }
 * ```
 */
export function offerDetailsEntry(shard: SearchShard, offerId: string): FileEntry | undefined {
  const position = shard.catalogue.offers.findIndex((offer) => offer.id === offerId);
  return position < 0 ? undefined : shard.details.files[shard.details.offers[position]!];
}

/**
 * Checks an offer details file (JSON text or parsed JSON).
 *
 * @example
 * ```ts
 * const details = parseOfferDetails(await readFile('details-33-0.json', 'utf8'));
 * if (details.ok) console.log(details.value.departement, details.value.offers.length, 'offres');
 * else for (const problem of details.error) console.error(`${problem.path} — ${problem.message}`);
 * ```
 */
export function parseOfferDetails(input: unknown): Result<OfferDetails, Problem[]> {
  const json = jsonOf(input);
  if (!json.ok) return json;
  const checked = checkUntrusted(json.value, () =>
    offerDetailsSchema.safeParse(json.value, { reportInput: true }),
  );
  if (!checked.ok) return checked;
  const result = checked.value;
  return result.success ? ok(result.data) : err(toProblems(result.error.issues));
}

function compactAddress(address: Address): Address {
  // Cards show the town, filters use the département and coordinates; the rest is for the details.
  const compact: Address = { lines: [] };
  if (address.city !== undefined) compact.city = address.city;
  if (address.inseeCode !== undefined) compact.inseeCode = address.inseeCode;
  if (address.departement !== undefined) compact.departement = address.departement;
  if (address.coordinates !== undefined) compact.coordinates = address.coordinates;
  return compact;
}

function compactSession(session: Session): Session {
  const compact: Session = { id: session.id, start: session.start, end: session.end, contacts: [] };
  if (session.recruitment !== undefined) compact.recruitment = session.recruitment;
  return compact;
}

function compactAction(action: Action): Action {
  const compact: Action = {
    id: action.id,
    // The publics people's words filter on (« jeune », « RSA »); the others wait in the details.
    targetPublics: action.targetPublics.filter((code) => PEOPLE_PUBLICS.has(code)),
    fundingPossible: action.fundingPossible,
    places: action.places.map((place) => ({ address: compactAddress(place.address) })),
    informationDates: [],
    languages: [],
    funders: [],
    trainers: [],
    sessions: action.sessions.map(compactSession),
  };
  if (action.teachingMode !== undefined) compact.teachingMode = action.teachingMode;
  if (action.entries !== undefined) compact.entries = action.entries;
  if (action.publiclyFunded !== undefined) compact.publiclyFunded = action.publiclyFunded;
  // The disability filter keys on this text being there; it is short in practice.
  if (action.disabilityAccess !== undefined) compact.disabilityAccess = action.disabilityAccess;
  return compact;
}

/**
 * The compact form of an offer: what a result card, the filters and a prebuilt index need (ids,
 * title, programmes, organisation name, places' towns, départements, INSEE codes and coordinates,
 * session dates, teaching mode, entries, funding and disability flags, the publics people's words
 * filter on). Everything else (texts,
 * codes, contacts, street addresses) is left for the details file: this is most of what a browser
 * fetches before the first results, so every field kept must be needed there.
 *
 * @example
 * ```ts
 * const card = compactOffer(offer); // ids, title, places' towns, session dates, flags…
 * console.log(card.title, card.objective); // the objective (undefined here) waits in the details file
 * ```
 */
export function compactOffer(offer: Offer): Offer {
  const compact: Offer = {
    id: offer.id,
    title: offer.title,
    formacodes: [],
    nsf: [],
    rome: [],
    certifications: [],
    contacts: [],
    organisation: { name: offer.organisation.name, contacts: [] },
    programmes: offer.programmes,
    actions: offer.actions.map(compactAction),
  };
  return compact;
}

/**
 * A catalogue with every offer in its compact form (see `compactOffer`).
 *
 * @example
 * ```ts
 * const compact = compactCatalogue(catalogue); // what result cards, filters and the index need
 * console.log(JSON.stringify(compact).length, 'octets au lieu de', JSON.stringify(catalogue).length);
 * ```
 */
export function compactCatalogue(catalogue: Catalogue): Catalogue {
  return { ...catalogue, offers: catalogue.offers.map(compactOffer) };
}
