/**
 * What the finder's status region says, derived from its parts at the end of each update: loading,
 * the number of results once typing pauses (never one count per key), the départements still
 * arriving, or a detail being fetched.
 */
import type { CatalogueController } from '../catalogue/catalogue-controller.js';
import { ofDepartement } from '../catalogue/departement-label.js';
import type { NavigationController } from '../detail/navigation-controller.js';
import { ui } from '../internal/messages.js';
import type { SearchController } from '../search/search-controller.js';
import type { Tab } from './tabs.js';

export interface AnnouncementParts {
  readonly catalogue: CatalogueController;
  readonly search: SearchController;
  readonly navigation: NavigationController;
  /** Whether the open detail's offer is already there. */
  readonly detailShown: boolean;
  readonly tab: Tab;
}

/** The new text, or `previous` while someone types, so the region is not re-read on every key. */
export function finderAnnouncement(parts: AnnouncementParts, previous: string): string {
  const { catalogue, search, navigation } = parts;
  const state = catalogue.state.kind;
  if (state === 'loading') return ui.loading;
  if (state !== 'ready') return '';
  if (search.shownAnnouncement) return search.shownAnnouncement;
  const view = navigation.view;
  if (view.kind === 'detail' && !parts.detailShown)
    return catalogue.detail(view.offerId).kind === 'loading' ? ui.detailLoading : '';
  if (!search.typingSettled) return previous;
  if (parts.tab !== 'search' || view.kind !== 'list') return '';
  const pending = catalogue.pending;
  return [
    ...(search.results.total > 0 || pending.length === 0 ? [ui.resultCount(search.results.total)] : []),
    ...pending.map((code) => ui.loadingDepartement(ofDepartement(code))),
  ].join(' ');
}
