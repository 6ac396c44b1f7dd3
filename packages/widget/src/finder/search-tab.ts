/**
 * The finder's search tab as one view: the catalogue's loading or error box, an offer's detail (or
 * the box that waits for it), else the search panel with its shard notices. It reads the parts'
 * state and computes nothing: the finder derives that state in `willUpdate`.
 */
import { html, nothing } from 'lit';
import type { PasserelleCombobox } from '../combobox/passerelle-combobox.js';
import type { CatalogueController } from '../catalogue/catalogue-controller.js';
import { detailStatus, errorBox, loadingBox, shardNotices } from '../catalogue/catalogue-status.js';
import type { NavigationController } from '../detail/navigation-controller.js';
import { detailCode } from '../detail/lazy-detail.js';
import type { OfferDetail } from '../detail/resolve-detail.js';
import type { ProgrammeInfo } from '../internal/programmes.js';
import type { LocationController } from '../location/location-controller.js';
import type { ViewContext } from '../results/result-card.js';
import type { SearchController } from '../search/search-controller.js';
import { searchPanel } from '../search/search-panel.js';

export interface SearchTabParts {
  readonly catalogue: CatalogueController;
  readonly search: SearchController;
  readonly location: LocationController;
  readonly navigation: NavigationController;
  /** The open offer's detail, when it has arrived. */
  readonly detail: OfferDetail | undefined;
  readonly context: ViewContext;
  readonly programmes: readonly ProgrammeInfo[];
  readonly today: string;
  readonly partner: string | undefined;
  readonly filtersOpen: boolean;
  readonly onReload: () => void;
  /** « Réessayer » on a detail whose data or code did not come. */
  readonly onRetryDetail: (offerId: string) => void;
  readonly onPrint: () => void;
  readonly onToggleFilters: () => void;
  readonly onNewPerson: () => void;
  readonly onResetFilters: () => void;
  /** « Être orienté » (only when the orientation is the other tab). */
  readonly onOrient: (() => void) | undefined;
}

export function searchTab(parts: SearchTabParts) {
  const { catalogue, navigation } = parts;
  const state = catalogue.state;
  if (state.kind === 'loading') return loadingBox();
  if (state.kind === 'error') return errorBox(state.code, parts.onReload);
  if (state.kind !== 'ready') return nothing;
  const view = navigation.view;
  const code = detailCode.current();
  if (view.kind === 'detail' && (!parts.detail || !code)) {
    const detail = catalogue.detail(view.offerId);
    if (detail.kind === 'loading' || detail.kind === 'error' || !code)
      return detailStatus(
        detail.kind === 'error' || (!code && detailCode.failed()) ? 'error' : 'loading',
        () => navigation.back(),
        () => parts.onRetryDetail(view.offerId),
      );
  }
  if (parts.detail && code) {
    return code.detailView(
      {
        ...parts.detail,
        partner: parts.partner?.trim() || undefined,
        onBack: () => navigation.back(),
        onPrint: parts.onPrint,
      },
      parts.context,
    );
  }
  return html`${shardNotices(catalogue)}${searchPanel({
    search: parts.search,
    location: parts.location,
    context: parts.context,
    programmes: parts.programmes,
    today: parts.today,
    skipped: state.skipped,
    loading: catalogue.pending.length > 0,
    filtersOpen: parts.filtersOpen,
    onToggleFilters: parts.onToggleFilters,
    onNewPerson: parts.onNewPerson,
    onResetFilters: parts.onResetFilters,
    onOrient: parts.onOrient,
  })}`;
}

/** The search field of a rendered search tab (focus returns there after a detail or a reset). */
export function searchBoxIn(root: ParentNode): PasserelleCombobox | null {
  return root.querySelector<PasserelleCombobox>('passerelle-combobox.search-input');
}
