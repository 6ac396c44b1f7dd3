/**
 * The catalogue of a finder: what the `catalogue` attribute points at (one file, or the needed
 * département shards of a manifest), its loading and error states, the search index built on it, and
 * the communes a person can search around (the manifest's communes files, fetched on first need).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue, Logger, Offer } from '@passerelle/core';
import { emit, type PasserelleErrorCode } from '../internal/emit.js';
import {
  createFinderIndex,
  placeFinder,
  placesOfCatalogue,
  type FinderIndex,
  type PlaceFinder,
} from '../internal/engine.js';
import { loadCatalogue, loadCommunes, type CommuneSource, type LoadFailure } from '../internal/loader.js';
import { console_ } from '../internal/messages.js';

export type LoadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly catalogue: Catalogue; readonly skipped: number }
  | { readonly kind: 'error'; readonly code: PasserelleErrorCode };

export interface CatalogueRequest {
  readonly url: string | undefined;
  readonly departements: readonly string[];
  readonly logger: Logger;
  /** Runs after the catalogue arrived and before it is shown (the preset place, so results come sorted). */
  readonly beforeReady: () => Promise<void>;
}

export class CatalogueController implements ReactiveController {
  state: LoadState = { kind: 'idle' };
  index: FinderIndex | undefined;
  places: PlaceFinder | undefined;
  /** Set when the manifest's preset départements were not found and all were loaded instead. */
  departementsIgnored = false;

  private offersById = new Map<string, Offer>();
  private communeSource: CommuneSource | undefined;
  private communesLoaded: Promise<void> | undefined;
  private abort: AbortController | undefined;
  private request: CatalogueRequest | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved elsewhere in the page while loading: the interrupted load starts again.
    if (this.state.kind === 'loading' && this.request) void this.load(this.request);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** The manifest's communes files are in use: their sources must be credited. */
  get usesCommunesFiles(): boolean {
    return this.communeSource !== undefined;
  }

  offer(id: string): Offer | undefined {
    return this.offersById.get(id);
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
    this.setState({ kind: 'loading' });
    const result = await loadCatalogue(url, {
      departements: request.departements,
      logger: request.logger,
      signal: abort.signal,
    });
    if (abort.signal.aborted) return;
    if (!result.ok) {
      this.fail(result.error, request.logger);
      return;
    }
    for (const failure of result.value.skipped) this.report(failure, request.logger);
    const { catalogue, communes, skipped, departementsIgnored } = result.value;
    this.departementsIgnored = departementsIgnored;
    this.index = createFinderIndex(catalogue);
    this.offersById = new Map(catalogue.offers.map((offer) => [offer.id, offer]));
    this.places = placeFinder(placesOfCatalogue(catalogue));
    this.communeSource = communes;
    this.communesLoaded = undefined;
    await request.beforeReady();
    if (abort.signal.aborted) return;
    this.setState({ kind: 'ready', catalogue, skipped: skipped.length });
  }

  /** Loads again with the last request (« Réessayer »). */
  retry(): void {
    if (this.request) void this.load(this.request);
  }

  /** Fetches the communes files of the manifest once, when a place is first needed. */
  ensureCommunes(logger: Logger): Promise<void> {
    const source = this.communeSource;
    if (!source) return Promise.resolve();
    this.communesLoaded ??= loadCommunes(source, logger).then((places) => {
      if (places.length > 0 && this.communeSource === source) {
        this.places = placeFinder(places);
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
    this.setState({ kind: 'error', code: failure.code });
    this.report(failure, logger);
  }
}
