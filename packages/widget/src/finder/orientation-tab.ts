/**
 * The finder's orientation tab: loads `<passerelle-orientation>` (a module of its own) the first
 * time the tab is shown, and hands it what the finder knows — the relay directory, the partner and
 * the catalogue's trainings near the person, rebuilt only when the catalogue or the day changes.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Logger } from '@passerelle/core';
import type { CatalogueController } from '../catalogue/catalogue-controller.js';
import type { FinderMode } from '../internal/attributes.js';
import { console_, ui } from '../internal/messages.js';
import type { RelaysSource } from '../orientation/relays-source.js';
import type { OrientationTrainings, TrainingPick } from '../orientation/trainings.js';
import { orientationCode } from './lazy-orientation.js';
import { loadingBox, retryBox } from '../catalogue/catalogue-status.js';

/**
 * `value` resolved against the page, when it is an http(s) address. Not in `internal/safe-url.ts`:
 * only the lazily loaded detail and plan views import it; importing it here put it in the first load.
 */
function webPageUrl(value: string): string | undefined {
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** What the tab reads from the finder, at each update. */
export interface OrientationTabInputs {
  readonly mode: FinderMode;
  readonly rulesetId: string;
  readonly departements: readonly string[];
  readonly today: string;
  /** The `relays` attribute. */
  readonly relays: string | undefined;
  readonly partner: string | undefined;
  /** The `list-page` attribute. */
  readonly listPage: string | undefined;
  readonly logger: Logger;
  /** A training of the plan opens in the search tab (`both` mode). */
  readonly open: (pick: TrainingPick) => void;
  /** « Voir toutes ces formations »: the search tab with the plan's programme and place. */
  readonly openSearch: (programmes: readonly string[], postalCode: string | undefined) => void;
}

/** Not a controller: the finder calls it from `willUpdate` and `render`, after reading its settings. */
export class OrientationTab {
  private trainings: OrientationTrainings | undefined;
  private trainingsInputs: readonly unknown[] = [];
  private lastRelays: RelaysSource | undefined;
  private listPageRead: { readonly attribute: string | undefined; readonly url: string | undefined } = {
    attribute: undefined,
    url: undefined,
  };
  /** The fetch of the orientation's code under way (a failed one is retried by « Réessayer » only). */
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly catalogue: CatalogueController,
    private readonly inputs: () => OrientationTabInputs,
  ) {}

  /** The orientation code is not part of the first load: it comes the first time the tab opens. */
  load(): void {
    if (orientationCode.current() || orientationCode.failed() || this.loading) return;
    this.fetchCode();
  }

  /** « Réessayer » after the code did not come. */
  private retry(): void {
    if (!this.loading) this.fetchCode();
    this.host.requestUpdate();
  }

  private fetchCode(): void {
    this.loading = orientationCode
      .load()
      .then(
        () => undefined,
        (error: unknown) =>
          this.inputs().logger.warn(console_.moduleLoadFailed('d’orientation', String(error))),
      )
      .finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
  }

  /** Rebuilds the plan's trainings when one of their inputs changed (call from `willUpdate`). */
  update(): void {
    const { mode, today, departements, logger, open, openSearch } = this.inputs();
    const factory = orientationCode.current();
    const ready = this.catalogue.state.kind === 'ready';
    // The plan measures distances from the person's commune: the communes files are needed then.
    if (factory && ready) void this.catalogue.ensureCommunes(logger);
    const index = ready ? this.catalogue.index : undefined;
    const inputs = [factory, index, this.catalogue.places, today, mode, departements.join()];
    if (inputs.every((input, i) => input === this.trainingsInputs[i])) return;
    this.trainingsInputs = inputs;
    this.trainings =
      index && factory
        ? factory({
            index,
            places: this.catalogue.places,
            today,
            departements,
            open: mode === 'both' ? open : undefined,
            openSearch: mode === 'both' ? openSearch : undefined,
          })
        : undefined;
  }

  /**
   * The orientation's relay directory: the `relays` attribute, or else the one the manifest lists
   * (hash-checked like every listed file). Kept as one object while its URL stays the same.
   */
  private relaysSource(): RelaysSource | undefined {
    const attribute = this.inputs().relays?.trim();
    const source: RelaysSource | undefined = attribute
      ? { url: new URL(attribute, document.baseURI).href }
      : this.catalogue.listedRelays();
    if (source?.url !== this.lastRelays?.url) this.lastRelays = source;
    return this.lastRelays;
  }

  /**
   * The `list-page` attribute as an absolute http(s) URL, read once per value: any other scheme
   * would put a `javascript:` link in a QR code, so it is refused and the webmaster told.
   */
  private listPage(): string | undefined {
    const { listPage, logger } = this.inputs();
    if (listPage === this.listPageRead.attribute) return this.listPageRead.url;
    const url = listPage?.trim() ? webPageUrl(listPage.trim()) : undefined;
    if (listPage?.trim() && url === undefined) logger.warn(console_.listPageRefused(listPage));
    this.listPageRead = { attribute: listPage, url };
    return url;
  }

  render(shown: boolean) {
    if (!orientationCode.current()) {
      if (!shown) return nothing;
      return orientationCode.failed() ? retryBox(ui.orientationError, () => this.retry()) : loadingBox();
    }
    const { rulesetId, partner, today } = this.inputs();
    return html`<passerelle-orientation
      .rulesetId=${rulesetId}
      .relays=${this.relaysSource()}
      .partner=${partner?.trim() || undefined}
      .listPage=${this.listPage()}
      .trainings=${this.trainings}
      .today=${today}
    ></passerelle-orientation>`;
  }
}
