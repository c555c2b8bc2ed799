// Pure rule for a cable's saved copy: a newer copy replaces the old one unless it would lose a bookmark or highlight.
// No database access here; repository.ts applies it inside its transactions.
import type { CableDocument } from '../cable/types';
import { anchor, cableText } from './anchoring';
import type { BookmarkRecord, SavedCopyRecord } from './schema';

export interface SavedCopyChoice {
  savedCopy: SavedCopyRecord;
  /** True when `savedCopy` differs from the stored one and must be written. */
  changed: boolean;
}

/**
 * Keeps the newest copy of the cable (a mirror or a pipeline update may read it better), except when a bookmark
 * (or highlight) that finds its text in the stored copy would not find it in the new one: then the stored copy stays.
 */
export function chooseSavedCopy(
  current: SavedCopyRecord | undefined,
  incoming: CableDocument & { id: string },
  bookmarks: readonly Pick<BookmarkRecord, 'selectors' | 'orphan'>[],
  now: number,
): SavedCopyChoice {
  const fresh: SavedCopyRecord = { cableId: incoming.id, document: incoming, savedAt: now };
  if (!current) return { savedCopy: fresh, changed: true };
  if (JSON.stringify(current.document) === JSON.stringify(incoming))
    return { savedCopy: current, changed: false };
  const text = cableText(incoming);
  const keepsEveryBookmark = bookmarks
    .filter((b) => b.orphan === null)
    .every((b) => anchor(b.selectors, text).orphan === undefined);
  return keepsEveryBookmark ? { savedCopy: fresh, changed: true } : { savedCopy: current, changed: false };
}
