/**
 * The boundary of the lazy place engine: the catalogue controller imports only this file
 * statically; the gazetteer and the communes reader come as a module of their own.
 */
import { lazyModule } from '../internal/lazy-module.js';

export const placesCode = lazyModule(() => import('./places.js'));

export type PlacesModule = Awaited<ReturnType<typeof placesCode.load>>;
