/**
 * The catalogue of a finder: what the `catalogue` attribute points at (one file, or the needed
 * département shards of a manifest), its loading and error states, the search index built on it, and
 * the communes a person can search around (the manifest's communes files, fetched on first need).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mergeCatalogues } from '@passerelle/core';
import type { Catalogue, FileEntry, Logger, Offer, SearchIndex, SearchShard } from '@passerelle/core';
import { emit, type PasserelleErrorCode } from '../internal/emit.js';
import { createFinderIndex, nothingLoaded, type FinderIndex, type PlaceFinder } from '../internal/engine.js';
import {
  loadCatalogue,
  listedUrl,
  loadOfferDetails,
  type CommuneSource,
  type ListedFile,
  type LoadFailure,
  type ManifestLoad,
} from '../internal/loader.js';
import { whenIdle } from '../internal/idle.js';
import { console_ } from '../internal/messages.js';
import { combinerCode } from './lazy-combine.js';
import { placesCode, type PlacesModule } from '../location/lazy-places.js';

export type LoadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly catalogue: Catalogue; readonly skipped: number }
  | { readonly kind: 'error'; readonly code: PasserelleErrorCode };

/** Where an opened offer's full text is: there, on its way, or not to be had. */
export type DetailState =
  | { readonly kind: 'ready'; readonly offer: Offer }
  | { readonly kind: 'loading' }
  | { readonly kind: 'error' }
  | { readonly kind: 'unknown' };

export interface CatalogueRequest {
  readonly url: string | undefined;
  readonly departements: readonly string[];
  /** Origins besides the manifest's that its files may come from (`allow-origins`). */
  readonly allowedOrigins: readonly string[];
  readonly logger: Logger;
  /** Runs after the catalogue (or the manifest) arrived and before it is shown (the preset place). */
  readonly beforeReady: () => Promise<void>;
}

/** Where the full offers of a search file's compact ones are. */
interface DetailsSource {
  readonly shard: SearchShard;
  readonly url: string;
}

/** An offer's details file (as core's `offerDetailsEntry`, read once per search file). */
interface DetailsFile {
  readonly source: DetailsSource;
  readonly entry: FileEntry | undefined;
}

const refusalCodes: ReadonlySet<PasserelleErrorCode> = new Set([
  'hash-mismatch',
  'origin-refused',
  'insecure-context',
]);

export class CatalogueController implements ReactiveController {
  state: LoadState = { kind: 'idle' };
  index: FinderIndex | undefined;
  places: PlaceFinder | undefined;
  /** Set when the manifest's preset départements were not found and all were loaded instead. */
  departementsIgnored = false;
  /** Départements of the manifest still on their way: results come from the others meanwhile. */
  pending: readonly string[] = [];
  /** Files refused (hash, origin, no Web Crypto): shown as an alert, never used. */
  refused = 0;

  private offersById = new Map<string, Offer>();
  private detailsFiles = new Map<string, DetailsFile>();
  private details = new Map<string, DetailState>();
  private communeSource: CommuneSource | undefined;

  /** The relay directory the manifest lists, resolved and ready to check (none without one). */
  listedRelays(): { readonly url: string; readonly listed: ListedFile } | undefined {
    const source = this.communeSource;
    const entry = source?.manifest.relays;
    if (!source || !entry) return undefined;
    const url = listedUrl(entry, source.manifestUrl, source.listed);
    return url.ok ? { url: url.value, listed: { ...source.listed, hash: entry.hash } } : undefined;
  }
  private communesLoaded: Promise<void> | undefined;
  /** True once the communes files replaced the towns of the catalogue in the place field. */
  private communesPlaces = false;
  private abort: AbortController | undefined;
  private request: CatalogueRequest | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved elsewhere in the page while loading: the interrupted load starts again.
    if ((this.state.kind === 'loading' || this.pending.length > 0) && this.request)
      void this.load(this.request);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** The manifest's communes files are in use: their sources must be credited. */
  get usesCommunesFiles(): boolean {
    return this.communeSource !== undefined;
  }

  /** The offer as a card shows it (compact when it came from a search file). */
  offer(id: string): Offer | undefined {
    return this.offersById.get(id);
  }

  /** The offer once its details are there (fetching them if needed), else `undefined`. */
  readyOffer(id: string): Offer | undefined {
    const detail = this.detail(id);
    return detail.kind === 'ready' ? detail.offer : undefined;
  }

  detail(id: string): DetailState {
    const known = this.details.get(id);
    if (known) return known;
    const file = this.detailsFiles.get(id);
    const offer = this.offersById.get(id);
    if (!file) return offer ? { kind: 'ready', offer } : { kind: 'unknown' };
    this.fetchDetails(id, file);
    return this.details.get(id) ?? { kind: 'loading' };
  }

  /** Loads (or reloads) the catalogue; also what « Réessayer » does. */
  async load(request: CatalogueRequest): Promise<void> {
    this.request = request;
    this.abort?.abort();
    const url = request.url?.trim();
    if (!url) {
      this.fail({ code: 'missing-catalogue', message: console_.missingCatalogue }, request.logger);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.pending = [];
    this.refused = 0;
    this.setState({ kind: 'loading' });
    // The place engine comes beside the catalogue, so the preset place applies before the first results.
    const engine = this.placeEngine(request.logger);
    const result = await loadCatalogue(url, {
      departements: request.departements,
      allowedOrigins: request.allowedOrigins,
      logger: request.logger,
      signal: abort.signal,
    });
    if (abort.signal.aborted) return;
    if (!result.ok) {
      this.fail(result.error, request.logger);
      return;
    }
    this.offersById = new Map();
    this.detailsFiles = new Map();
    this.details = new Map();
    this.communesLoaded = undefined;
    this.communesPlaces = false;
    const loaded = result.value;
    if (loaded.kind === 'catalogue') {
      this.departementsIgnored = false;
      this.communeSource = undefined;
      const index = createFinderIndex(loaded.catalogue);
      this.index = index;
      whenIdle(() => index.prepare());
      this.addOffers(loaded.catalogue);
      const places = await engine;
      this.places = places?.townsOf(loaded.catalogue);
      await request.beforeReady();
      if (abort.signal.aborted) return;
      this.setState({ kind: 'ready', catalogue: loaded.catalogue, skipped: 0 });
      return;
    }
    await this.showShards(loaded, request, abort.signal, engine);
  }

  /** The place engine once it has come; undefined if it cannot (the place field then offers nothing). */
  private async placeEngine(logger: Logger): Promise<PlacesModule | undefined> {
    try {
      return await placesCode.load();
    } catch (error) {
      logger.warn(console_.moduleLoadFailed('de recherche par ville', String(error)));
      return undefined;
    }
  }

  /**
   * The search box is there as soon as the manifest is: each département joins the results when
   * its file arrives (a prebuilt index, or one built on its catalogue shard).
   */
  private async showShards(
    loaded: ManifestLoad,
    request: CatalogueRequest,
    signal: AbortSignal,
    engine: Promise<PlacesModule | undefined>,
  ) {
    this.departementsIgnored = loaded.departementsIgnored;
    this.communeSource = loaded.communes;
    this.pending = loaded.shards.map((shard) => shard.departement);
    const parts: SearchIndex[] = [];
    const catalogues: Catalogue[] = [];
    const failures: LoadFailure[] = [];
    const empty: Catalogue = {
      format: 'passerelle-catalogue',
      version: 1,
      meta: loaded.manifest.meta,
      offers: [],
    };
    // Several départements are searched together by a module of its own, fetched beside the shards.
    const combining = loaded.shards.length > 1 ? combinerCode.load() : undefined;
    // Its failure is shown when a second département arrives, not as an unhandled rejection before.
    combining?.catch(() => undefined);
    this.index = nothingLoaded;
    this.places = placesCode.current()?.placeFinder([]);
    await request.beforeReady();
    if (signal.aborted) return;
    let combine: Awaited<typeof combining>;
    let combinerFailed = false;
    const waitForCombiner = async (coming: NonNullable<typeof combining>) => {
      try {
        combine = await coming;
      } catch (error) {
        const message = console_.moduleLoadFailed('de recherche sur plusieurs départements', String(error));
        if (!combinerFailed && !signal.aborted) this.fail({ code: 'network', message }, request.logger);
        combinerFailed = true;
      }
    };
    const show = () => {
      // A second index only joins once the combiner is here (below), so `combine` is set then.
      this.index = parts.length > 1 && combine ? combine([...parts]) : (parts[0] ?? nothingLoaded);
      const catalogue = mergeCatalogues(catalogues) ?? empty;
      // Until the communes files are in (or if they fail), the towns of the trainings loaded so far.
      const places = placesCode.current();
      if (!this.communesPlaces && places) this.places = places.townsOf(catalogue);
      this.setState({ kind: 'ready', catalogue, skipped: failures.length - this.refused });
    };
    show();
    // The search box does not wait for the place engine; the towns of the trainings follow it.
    void engine.then(() => {
      if (!signal.aborted && !combinerFailed && this.state.kind === 'ready') show();
    });
    await Promise.all(
      loaded.shards.map(async ({ departement, loaded: arriving }) => {
        const shard = await arriving;
        // A second index waits for the combiner; if it cannot come, the error box says so, once.
        if (shard.ok && parts.length > 0 && combining && !combine) await waitForCombiner(combining);
        if (signal.aborted || combinerFailed) return;
        this.pending = this.pending.filter((code) => code !== departement);
        if (shard.ok) {
          const { catalogue, search } = shard.value;
          const index = search ? search.shard.index : createFinderIndex(catalogue);
          parts.push(index);
          // The typo and sound tables are built while the person reads, not on their first typo.
          whenIdle(() => index.prepare());
          catalogues.push(catalogue);
          this.addOffers(catalogue, search);
        } else {
          failures.push(shard.error);
          if (refusalCodes.has(shard.error.code)) this.refused += 1;
          this.report(shard.error, request.logger);
        }
        show();
      }),
    );
    if (signal.aborted || catalogues.length > 0) return;
    const first = failures[0];
    if (first) {
      this.index = undefined;
      this.setState({ kind: 'error', code: first.code });
    }
  }

  private addOffers(catalogue: Catalogue, search?: DetailsSource): void {
    catalogue.offers.forEach((offer, position) => {
      this.offersById.set(offer.id, offer);
      if (!search) return;
      const { files, offers } = search.shard.details;
      this.detailsFiles.set(offer.id, { source: search, entry: files[offers[position]!] });
    });
  }

  private fetchDetails(id: string, { source, entry }: DetailsFile): void {
    const request = this.request;
    const listed = this.communeSource?.listed;
    if (!request || !listed || !entry) {
      request?.logger.warn(console_.missingDetails(id));
      this.details.set(id, { kind: 'error' });
      return;
    }
    // Every offer of the same file is there when it arrives: one request per details file.
    const sameFile = [...this.detailsFiles]
      .filter(([, file]) => file.entry === entry)
      .map(([other]) => other);
    for (const other of sameFile) this.details.set(other, { kind: 'loading' });
    void loadOfferDetails(entry, source.url, listed).then((result) => {
      if (this.communeSource?.listed !== listed) return;
      if (!result.ok) {
        for (const other of sameFile) this.details.delete(other);
        this.details.set(id, { kind: 'error' });
        this.report(result.error, request.logger);
      } else {
        for (const offer of result.value) this.details.set(offer.id, { kind: 'ready', offer });
        if (!this.details.get(id) || this.details.get(id)?.kind === 'loading')
          this.details.set(id, { kind: 'error' });
        for (const other of sameFile)
          if (this.details.get(other)?.kind === 'loading') this.details.delete(other);
      }
      this.host.requestUpdate();
    });
  }

  /** « Réessayer » on a detail that failed: asks for its file again. */
  retryDetail(id: string): void {
    this.details.delete(id);
    this.host.requestUpdate();
  }

  /** Loads again with the last request (« Réessayer »). */
  retry(): void {
    if (this.request) void this.load(this.request);
  }

  /** Fetches the communes files of the manifest once, when a place is first needed. */
  ensureCommunes(logger: Logger): Promise<void> {
    const source = this.communeSource;
    if (!source) return Promise.resolve();
    this.communesLoaded ??= this.placeEngine(logger).then(async (engine) => {
      const places = (await engine?.loadCommunes(source, logger)) ?? [];
      if (engine && places.length > 0 && this.communeSource === source) {
        this.communesPlaces = true;
        this.places = engine.placeFinder(places);
        this.host.requestUpdate();
      }
    });
    return this.communesLoaded;
  }

  /** True until the communes files were asked for: the first keystroke in the place field asks. */
  get communesPending(): boolean {
    return this.communeSource !== undefined && this.communesLoaded === undefined;
  }

  private setState(state: LoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private report(failure: LoadFailure, logger: Logger): void {
    logger.warn(failure.message);
    emit(this.host, 'passerelle-error', { code: failure.code, message: failure.message });
  }

  private fail(failure: LoadFailure, logger: Logger): void {
    this.index = undefined;
    this.pending = [];
    this.setState({ kind: 'error', code: failure.code });
    this.report(failure, logger);
  }
}
