/**
 * The finder's views (the list, or one training's detail) in the browser history, so the back button
 * works inside the widget. History state is shared with the host page and other widgets: each finder
 * only reads and writes its own key.
 */
export type View =
  | { readonly kind: 'list' }
  | {
      readonly kind: 'detail';
      readonly offerId: string;
      readonly actionId: string;
      readonly sessionId: string | null;
    };

interface HistoryEntry {
  readonly passerelle?: Readonly<Record<string, View>>;
}

const listView: View = { kind: 'list' };
let instanceCount = 0;

export class ViewHistory {
  private readonly key = `passerelle-finder-${(instanceCount += 1)}`;

  write(view: View, how: 'push' | 'replace'): void {
    const current = (history.state as HistoryEntry | null) ?? {};
    const next: HistoryEntry = { ...current, passerelle: { ...current.passerelle, [this.key]: view } };
    if (how === 'push') history.pushState(next, '');
    else history.replaceState(next, '');
  }

  /** This finder's view in a history state (a popstate's, or the current one). */
  read(state: unknown): View {
    return (state as HistoryEntry | null)?.passerelle?.[this.key] ?? listView;
  }

  /** True when the current entry is this finder's detail: « Retour » then goes back in history. */
  get detailOnTop(): boolean {
    return this.read(history.state).kind === 'detail';
  }
}

export function sameView(a: View, b: View): boolean {
  return a.kind === b.kind && (a.kind === 'list' || JSON.stringify(a) === JSON.stringify(b));
}
