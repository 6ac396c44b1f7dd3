/**
 * The help shown when nothing matches is a module of its own (`empty-module.ts`): first results
 * never need it. It is asked for as soon as a catalogue is ready, so it is there by the time a
 * search finds nothing; until then the empty state is its title alone.
 */
import type { SearchHit } from '@passerelle/core';
import { lazyModule } from '../internal/lazy-module.js';
import type * as EmptyModuleExports from './empty-module.js';

export const radiusSteps = [5, 10, 20, 30, 50, 100] as const;

export interface EmptyAlternatives {
  /** The first larger radius that finds something. */
  readonly widerRadius: { readonly km: number; readonly total: number } | null;
  /** How many trainings without a distance limit, when no wider radius helps (0: nothing to offer). */
  readonly anywhere: number;
  readonly related: readonly string[];
  readonly nearby: readonly SearchHit[];
}

export const noAlternatives: EmptyAlternatives = { widerRadius: null, anywhere: 0, related: [], nearby: [] };

const help = lazyModule<typeof EmptyModuleExports>(() => import('./empty-module.js'));

/** The help's code when already here, else `undefined` (call `loadEmptyHelp`). */
export const emptyHelp = help.current;

/** Fetches the help's code; a later catalogue load asks again if this one fails. */
export const loadEmptyHelp = help.load;
