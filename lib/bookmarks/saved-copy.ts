// Rules for working from a cable's saved copy in the extension's pages: the input a bookmark needs, and which
// stored bookmark sits on a block. Pure functions over what `cable:get` answers.
import type { CableInput } from '../store/cables';
import { isWebUrl } from '../store/mirror-urls';
import type { SavedCable } from '../store/results';

type SavedBookmark = SavedCable['bookmarks'][number];

/** The saved copy as a bookmark's cable input (its last web address), or null when it has no copy or address. */
export function savedCableInput(saved: SavedCable): CableInput | null {
  const seen = saved.cable.urls.find((u) => isWebUrl(u.url));
  if (!saved.document || !seen) return null;
  return { document: saved.document, url: seen.url, site: seen.site };
}

/**
 * The bookmarks on a block of the saved copy: those placed there, else (no copy to place them in) those made
 * on a block of that key.
 */
export function bookmarksOn(saved: SavedCable, blockKey: string): SavedBookmark[] {
  const placed = saved.bookmarks.filter((b) => b.placedKey === blockKey);
  if (placed.length > 0 || saved.document) return placed;
  return saved.bookmarks.filter((b) => b.blockKey === blockKey);
}
