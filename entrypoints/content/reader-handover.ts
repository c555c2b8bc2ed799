// The names the small content script, reader.js and the build agree on to hand the clean view's code over in a
// page's isolated world (see lazy-reader.ts and scripts/view-code.ts). Names only: no code runs here.

/** The built file of entrypoints/reader.ts, as the manifest and scripting.executeScript name it. */
export const READER_FILE = '/reader.js';

/**
 * Where reader.js leaves the view's code, a function not yet run: the build wraps the file so that loading it
 * only defines this (the isolated world's global; the page cannot see it).
 */
export const READER_CODE_GLOBAL = '__cableReaderCode';

/** Where the view's code, once run, leaves its entry. */
export const READER_GLOBAL = '__cableReaderEntry';
