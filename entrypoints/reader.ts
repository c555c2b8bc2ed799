// The clean view's code, run in a cable page's isolated world by the background when the content script found
// a cable there (see content/lazy-reader.ts). Hands its entry over and does nothing else on load.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READER_GLOBAL, type ReaderEntry } from './content/lazy-reader';
import { readerEntry } from './content/reader';

export default defineUnlistedScript(() => {
  (globalThis as typeof globalThis & { [READER_GLOBAL]?: ReaderEntry })[READER_GLOBAL] = readerEntry;
});
