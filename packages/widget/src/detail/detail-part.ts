/**
 * The finder's open training: which offer and action the view shows (resolved when the view or the
 * catalogue changes), and the detail view's code, fetched the first time a detail opens. After a
 * failed fetch only « Réessayer » asks again, never an update (that would loop on a dead network).
 */
import type { Logger } from '@passerelle/core';
import type { ReactiveControllerHost } from 'lit';
import type { CatalogueController } from '../catalogue/catalogue-controller.js';
import { whenIdle } from '../internal/idle.js';
import { console_ } from '../internal/messages.js';
import type { ProgrammeInfo } from '../internal/programmes.js';
import { detailCode } from './lazy-detail.js';
import { resolveDetail, type OfferDetail } from './resolve-detail.js';
import type { View } from './view-history.js';

export class DetailPart {
  /** The open training, when its offer is here. */
  detail: OfferDetail | undefined;
  private prefetchAsked = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly catalogue: CatalogueController,
    private readonly logger: () => Logger,
  ) {}

  /** Call from `willUpdate`, after the catalogue and the view may have changed. */
  update(
    view: View,
    programmes: ReadonlyMap<string, ProgrammeInfo>,
    fallback: ProgrammeInfo | undefined,
  ): void {
    this.detail = resolveDetail(view, (id) => this.catalogue.readyOffer(id), programmes, fallback);
    if (view.kind === 'detail' && !detailCode.current() && !detailCode.failed()) this.loadCode();
    // Results are there: the first training opened should not wait for the view's code.
    else if (this.catalogue.state.kind === 'ready' && !this.prefetchAsked) {
      this.prefetchAsked = true;
      whenIdle(() => detailCode.prefetch());
    }
  }

  /** Whether the detail is drawn (its offer and its code are both here). */
  get shown(): boolean {
    return this.detail !== undefined && detailCode.current() !== undefined;
  }

  /** « Réessayer » on a detail whose data or code did not come. */
  retry(offerId: string): void {
    this.catalogue.retryDetail(offerId);
    if (detailCode.failed()) this.loadCode();
  }

  private loadCode(): void {
    // Either way the view changes: the detail, or its error box with « Réessayer ».
    void detailCode.load().then(
      () => this.host.requestUpdate(),
      (error: unknown) => {
        this.logger().warn(console_.moduleLoadFailed('de la fiche', String(error)));
        this.host.requestUpdate();
      },
    );
  }
}
