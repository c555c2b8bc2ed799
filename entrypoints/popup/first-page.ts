// The popup's first page of bookmarks, asked for as early as the popup page allows: by popup-first-page.js from
// the page's <head>, before the popup's own modules are fetched and run, and taken by the bookmarks section when
// it mounts. Wiring only: what a page is, and how it is read, is the background's.
import { earlyRequest } from '../../lib/messaging/early-request';
import type { GroupPage } from '../../lib/messaging/extension-requests';
import { send } from '../../lib/messaging/native-runtime';

/** Cable groups fetched at a time after the first page. */
export const PAGE_SIZE = 50;

/**
 * Cable groups in the first page: more than the panel's first draw (up to 40 rows, one cable at least) needs, and
 * a fifth of a page to send, so the first answer is small (50 busy cables were 270 kB to clone across).
 */
export const FIRST_PAGE_SIZE = 12;

/** Marks for the benchmarks: a list asked for, its answer in hand (`detail.query` says which list). */
export const REQUEST_MARK = 'cable-reader:popup-request';
export const ANSWER_MARK = 'cable-reader:popup-answer';

/** Where the early script leaves its request for the popup's modules (the same page, the same window). */
const firstPage = earlyRequest<GroupPage>('__cableReaderFirstPage');

/** Asks the background for the list's first page, once per page load; the answer waits for `takeFirstPage`. */
export function askFirstPage(): void {
  firstPage.ask(() => {
    performance.mark(REQUEST_MARK, { detail: { query: '' } });
    return send('bookmark.list', { offset: 0, limit: FIRST_PAGE_SIZE });
  });
}

/** The first page asked for early, once, unless the store changed since it was asked (then null: ask again). */
export const takeFirstPage = (): Promise<GroupPage> | null => firstPage.take();
