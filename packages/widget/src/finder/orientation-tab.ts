/**
 * The finder's orientation tab: loads `<passerelle-orientation>` (a module of its own) the first
 * time the tab is shown, and hands it what the finder knows — the relay directory, the partner and
 * the catalogue's trainings near the person, rebuilt only when the catalogue or the day changes.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Logger } from '@passerelle/core';
import type { CatalogueController } from '../catalogue/catalogue-controller.js';
import type { FinderMode } from '../internal/attributes.js';
import { console_ } from '../internal/messages.js';
import type { RelaysSource } from '../orientation/relays-source.js';
import type { OrientationTrainings, TrainingPick } from '../orientation/trainings.js';
import { loadOrientation, type TrainingsFactory } from './lazy-orientation.js';
import { loadingBox } from '../catalogue/catalogue-status.js';

/** What the tab reads from the finder, at each update. */
export interface OrientationTabInputs {
  readonly mode: FinderMode;
  readonly rulesetId: string;
  readonly departements: readonly string[];
  readonly today: string;
  /** The `relays` attribute. */
  readonly relays: string | undefined;
  readonly partner: string | undefined;
  readonly logger: Logger;
  /** A training of the plan opens in the search tab (`both` mode). */
  readonly open: (pick: TrainingPick) => void;
  /** « Voir toutes ces formations »: the search tab with the plan's programme and place. */
  readonly openSearch: (programmes: readonly string[], postalCode: string | undefined) => void;
}

export class OrientationTab implements ReactiveController {
  private factory: TrainingsFactory | undefined;
  private loading: Promise<unknown> | undefined;
  private trainings: OrientationTrainings | undefined;
  private trainingsInputs: readonly unknown[] = [];
  private lastRelays: RelaysSource | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly catalogue: CatalogueController,
    private readonly inputs: () => OrientationTabInputs,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the orientation's module has arrived. */
  get ready(): boolean {
    return this.factory !== undefined;
  }

  /** The orientation code is not part of the first load: it comes the first time the tab opens. */
  load(): void {
    this.loading ??= loadOrientation().then(
      (factory) => {
        this.factory = factory;
        this.host.requestUpdate();
      },
      (error: unknown) =>
        this.inputs().logger.warn(console_.moduleLoadFailed('d’orientation', String(error))),
    );
  }

  /** Rebuilds the plan's trainings when one of their inputs changed (call from `willUpdate`). */
  update(): void {
    const { mode, today, departements, logger, open, openSearch } = this.inputs();
    const ready = this.catalogue.state.kind === 'ready';
    // The plan measures distances from the person's commune: the communes files are needed then.
    if (this.factory && ready) void this.catalogue.ensureCommunes(logger);
    const index = ready ? this.catalogue.index : undefined;
    const inputs = [this.factory, index, this.catalogue.places, today, mode, departements.join()];
    if (inputs.every((input, i) => input === this.trainingsInputs[i])) return;
    this.trainingsInputs = inputs;
    this.trainings =
      index && this.factory
        ? this.factory({
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

  render(shown: boolean) {
    if (!this.factory) return shown ? loadingBox() : nothing;
    const { rulesetId, partner, today } = this.inputs();
    return html`<passerelle-orientation
      .rulesetId=${rulesetId}
      .relays=${this.relaysSource()}
      .partner=${partner?.trim() || undefined}
      .trainings=${this.trainings}
      .today=${today}
    ></passerelle-orientation>`;
  }
}
