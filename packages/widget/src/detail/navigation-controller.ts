/**
 * Which view a finder shows — the list, or one training's detail — kept in step with the browser
 * history (the back button works inside the widget), with focus moved as a screen-reader user expects:
 * to the detail's title, then back to the card that opened it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SearchHit } from '@passerelle/core';
import { emit } from '../internal/emit.js';
import { sameView, ViewHistory, type View } from './view-history.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class NavigationController implements ReactiveController {
  view: View = { kind: 'list' };

  private readonly history = new ViewHistory();
  private openerKey: string | undefined;
  /** A detail opened but not drawn yet (its data or its code still coming): focus its title when drawn. */
  private titleFocusPending = false;
  private readonly handlePopState = (event: PopStateEvent) => this.restore(event.state);

  constructor(
    private readonly host: Host,
    /** Where focus goes when no card opened the detail (the search field). */
    private readonly fallbackFocus: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.handlePopState);
  }

  hostUpdated(): void {
    if (!this.titleFocusPending) return;
    const title = this.host.renderRoot.querySelector<HTMLElement>('#detail-title');
    if (!title) return;
    this.titleFocusPending = false;
    title.focus();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
  }

  open(hit: Pick<SearchHit, 'offerId' | 'actionId' | 'sessionId'>): void {
    const view: View = {
      kind: 'detail',
      offerId: hit.offerId,
      actionId: hit.actionId,
      sessionId: hit.sessionId,
    };
    this.openerKey = `${hit.offerId}\u0000${hit.actionId}`;
    this.history.write(view, 'push');
    this.show(view);
  }

  /** « Retour aux résultats »: back in history when the detail is this widget's last entry. */
  back(): void {
    if (this.history.detailOnTop) history.back();
    else this.show({ kind: 'list' });
  }

  /** « Nouvelle personne »: the list, without a history entry for the detail left behind. */
  reset(): void {
    if (this.view.kind === 'detail') this.history.write({ kind: 'list' }, 'replace');
    this.view = { kind: 'list' };
    this.host.requestUpdate();
  }

  /** The view of a history state (the page's, on first render, or a popstate's). */
  restore(state: unknown, moveFocus = true): void {
    const view = this.history.read(state);
    if (!sameView(view, this.view)) this.show(view, moveFocus);
  }

  private show(view: View, moveFocus = true): void {
    this.view = view;
    this.titleFocusPending = false;
    this.host.requestUpdate();
    if (view.kind === 'detail') {
      const { offerId, actionId, sessionId } = view;
      emit(this.host, 'passerelle-select', { offerId, actionId, sessionId });
    }
    if (moveFocus) void this.host.updateComplete.then(() => this.focus(view));
  }

  private focus(view: View): void {
    const root = this.host.renderRoot;
    if (view.kind === 'detail') {
      const title = root.querySelector<HTMLElement>('#detail-title');
      if (title) title.focus();
      else this.titleFocusPending = true;
      return;
    }
    const opener = [...root.querySelectorAll<HTMLElement>('.card')].find(
      (card) => `${card.dataset['offerId'] ?? ''}\u0000${card.dataset['actionId'] ?? ''}` === this.openerKey,
    );
    (opener?.querySelector<HTMLElement>('.card-title') ?? this.fallbackFocus())?.focus();
  }
}
