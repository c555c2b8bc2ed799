// The clean view's code, run in a cable page's isolated world once the content script found a cable there (see
// content/lazy-reader.ts; the build wraps this file so loading it only defines the code). Hands its entry over.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ReaderEntry } from './content/lazy-reader';
import { readerEntry } from './content/reader';
import { READER_GLOBAL } from './content/reader-handover';

export default defineUnlistedScript(() => {
  (globalThis as typeof globalThis & { [READER_GLOBAL]?: ReaderEntry })[READER_GLOBAL] = readerEntry;
});
