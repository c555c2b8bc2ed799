// The library's first screen of rows, asked for as early as the page allows: by library-first-page.js from the
// page's <head>, before the page's modules are fetched and run, and taken by the index page when it mounts.
// Wiring only: what a row is, and how the first ones are read, is the background's.
import { send, watchChanges } from '../../lib/messaging/runtime';
import { readPageParams } from '../../lib/pages/addresses';
import type { LibraryPage } from '../../lib/store/library';

/** Rows in the first screen: what the table draws before the reader scrolls (LibraryTable's DRAW_STEP). */
const FIRST_ROWS = 40;

/** Performance mark for the benchmark: the list asked for (`detail.query` is '' for the list). */
export const REQUEST_MARK = 'cable-reader:library-request';

/** Where the early script leaves its request for the page's modules (the same page, the same window). */
const FIRST_SCREEN = '__cableReaderLibraryFirstScreen';

interface Asked {
  page: Promise<LibraryPage>;
  /** The store changed after it was asked: the answer may be old. */
  stale: boolean;
  stop: () => void;
}

type WithFirstScreen = typeof globalThis & { [FIRST_SCREEN]?: Asked | null };

/** Asks the background for the first rows, once per page load, on the library index only (not a saved copy). */
export function askFirstScreen(): void {
  const scope = globalThis as WithFirstScreen;
  if (scope[FIRST_SCREEN] !== undefined || readPageParams(location.search).cableId) return;
  const stop = watchChanges(() => {
    const asked = scope[FIRST_SCREEN];
    if (asked) asked.stale = true;
  });
  performance.mark(REQUEST_MARK, { detail: { query: '' } });
  const page = send('library.list', { limit: FIRST_ROWS });
  // Taken or not, a failure here is reported by the page's own request.
  page.catch(() => undefined);
  scope[FIRST_SCREEN] = { page, stale: false, stop };
}

/** The first rows asked for early, once, unless the store changed since they were asked (then null). */
export function takeFirstScreen(): Promise<LibraryPage> | null {
  const scope = globalThis as WithFirstScreen;
  const asked = scope[FIRST_SCREEN] ?? null;
  scope[FIRST_SCREEN] = null;
  asked?.stop();
  return asked && !asked.stale ? asked.page : null;
}
