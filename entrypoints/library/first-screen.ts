// The library's first screen of rows, asked for as early as the page allows: by library-first-page.js from the
// page's <head>, before the page's modules are fetched and run, and taken by the index page when it mounts.
// Wiring only: what a row is, and how the first ones are read, is the background's.
import { earlyRequest } from '../../lib/messaging/early-request';
import { send } from '../../lib/messaging/native-runtime';
import { readPageParams } from '../../lib/pages/addresses';
import type { LibraryPage } from '../../lib/store/library';

/** Rows in the first screen: what the table draws before the reader scrolls (LibraryTable's DRAW_STEP). */
const FIRST_ROWS = 40;

/** Performance mark for the benchmark: the list asked for (`detail.query` is '' for the list). */
export const REQUEST_MARK = 'cable-reader:library-request';

/** Where the early script leaves its request for the page's modules (the same page, the same window). */
const firstScreen = earlyRequest<LibraryPage>('__cableReaderLibraryFirstScreen');

/** Asks the background for the first rows, once per page load, on the library index only (not a saved copy). */
export function askFirstScreen(): void {
  if (readPageParams(location.search).cableId) return;
  firstScreen.ask(() => {
    performance.mark(REQUEST_MARK, { detail: { query: '' } });
    return send('library.list', { limit: FIRST_ROWS });
  });
}

/** The first rows asked for early, once, unless the store changed since they were asked (then null). */
export const takeFirstScreen = (): Promise<LibraryPage> | null => firstScreen.take();
