/** The boundary of the lazy search-file reader: the loader imports only this file statically. */
let reader: Promise<typeof import('./search-file.js')> | undefined;

/** Starts loading the reader (once); a failed load may be tried again by the next call. */
export function searchFileReader(): Promise<typeof import('./search-file.js')> {
  reader ??= import('./search-file.js').catch((error: unknown) => {
    reader = undefined;
    throw error;
  });
  return reader;
}
