/** The boundary of the lazy search-file reader: the loader imports only this file statically. */
import type * as SearchFileModule from './search-file.js';

type SearchFileReader = typeof SearchFileModule;

let reader: Promise<SearchFileReader> | undefined;

/** Starts loading the reader (once); a failed load may be tried again by the next call. */
export function searchFileReader(): Promise<SearchFileReader> {
  reader ??= import('./search-file.js').catch((error: unknown) => {
    reader = undefined;
    throw error;
  });
  return reader;
}
