/**
 * A part of the widget that a first search never needs, fetched as a module of its own the first
 * time it is asked for. Views render from `current()` (never awaiting in `render()`) and ask for
 * `load()` when their state says the part is wanted.
 */
export interface LazyModule<M> {
  /** The module when it has arrived, else `undefined`. */
  current(): M | undefined;
  /**
   * Whether the last fetch failed (the network, or a CDN without this file) and none is under way.
   * Views then offer « Réessayer » rather than fetching again by themselves, which would loop.
   */
  failed(): boolean;
  /** Fetches the module once; a failed fetch is tried again by the next call. */
  load(): Promise<M>;
  /**
   * Fetches it ahead of need (when the page is idle); a failure is not remembered, so the first
   * real need fetches again rather than showing « Réessayer » for a fetch nobody asked for.
   */
  prefetch(): void;
}

export function lazyModule<M>(fetch: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  let failed = false;
  const part: LazyModule<M> = {
    current: () => loaded,
    failed: () => failed,
    prefetch() {
      if (loaded !== undefined || loading !== undefined) return;
      part.load().catch(() => {
        failed = false;
      });
    },
    load() {
      if (loading) return loading;
      failed = false;
      loading = fetch().then(
        (module) => (loaded = module),
        (error: unknown) => {
          failed = true;
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
  return part;
}
