// Pure rules for bookmarks: how one is made from a block, which ones sit on a block, whether one is orphaned.
// No database access here; repository.ts applies these inside its transactions.

import type { CableDocument } from '../cable/types';
import { t } from '../i18n/t';
import { type AnchorText, anchor, describeQuote, findBlock } from './anchoring';
import { StoreError } from './errors';
import type { BookmarkRecord, OrphanReason } from './schema';

/** The natural id of a bookmark: cable and block; `~2`, `~3`... when another bookmark already has it. */
function bookmarkId(cableId: string, blockKey: string, taken: ReadonlySet<string> = new Set()): string {
  const base = `${cableId}#${blockKey}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}~${n}`)) n++;
  return `${base}~${n}`;
}

/** A new bookmark on a block of `doc`, its selectors taken from the document's anchoring text. */
export function newBookmark(
  doc: CableDocument & { id: string },
  text: AnchorText,
  blockKey: string,
  taken: ReadonlySet<string>,
  now: number,
): BookmarkRecord {
  const range = findBlock(text, blockKey);
  const block = doc.blocks.find((b) => b.key === blockKey);
  if (!range || !block) throw new StoreError('not-found', t('err_noParagraph', blockKey));
  // A bookmark finds its place again by its quote: with no text there is nothing to find (nor to restore).
  if (range.end <= range.start) {
    throw new StoreError('invalid', t('err_noTextToBookmark'));
  }
  return {
    id: bookmarkId(doc.id, blockKey, taken),
    cableId: doc.id,
    blockKey,
    label: block.number,
    marking: block.marking,
    selectors: describeQuote(text.text, range.start, range.end),
    orphan: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** The bookmarks that anchor on `blockKey` in this text (however they were keyed where they were made). */
export function bookmarksOnBlock(
  bookmarks: readonly BookmarkRecord[],
  text: AnchorText,
  blockKey: string,
): BookmarkRecord[] {
  return bookmarks.filter((b) => {
    const result = anchor(b.selectors, text);
    return !result.orphan && result.blockKey === blockKey;
  });
}

/** Why the bookmark does not anchor in the saved copy, or null when it does (or there is no saved copy). */
export function orphanIn(
  bookmark: Pick<BookmarkRecord, 'selectors'>,
  text: AnchorText | null,
): OrphanReason | null {
  if (!text) return null;
  const result = anchor(bookmark.selectors, text);
  return result.orphan ? result.reason : null;
}
