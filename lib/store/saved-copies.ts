// Pure rules for a cable's saved copy: the first copy stays; another mirror page's differing reading is recorded
// beside it (a variant), never in its place; the page the copy came from may replace it with a better reading of its
// own unless that would lose a bookmark or highlight. No database access; repository.ts applies these.
import type { CableDocument } from '../cable/types';
import { anchor, cableText } from './anchoring';
import { keptUrl } from './mirror-urls';
import type { BookmarkRecord, SavedCopyRecord, SavedVariant } from './schema';

/** How many other readings a saved copy keeps beside it (one per mirror page, the oldest let go of). */
export const MAX_VARIANTS = 5;

export interface SavedCopyChoice {
  savedCopy: SavedCopyRecord;
  /** True when `savedCopy` differs from the stored one and must be written. */
  changed: boolean;
  /** Labels (or keys) of the paragraphs where the page's reading differs from the saved copy; empty when none. */
  differs: string[];
}

const same = (a: CableDocument, b: CableDocument) => JSON.stringify(a) === JSON.stringify(b);

/** The paragraphs whose text differs between two readings, or that only one has, in reading order. */
function differingParagraphs(page: CableDocument, saved: CableDocument): string[] {
  const savedText = new Map(saved.blocks.map((b) => [b.key, b.text]));
  const pageKeys = new Set(page.blocks.map((b) => b.key));
  const labels = [
    ...page.blocks.filter((b) => savedText.get(b.key) !== b.text),
    ...saved.blocks.filter((b) => !pageKeys.has(b.key)),
  ].map((b) => b.number ?? b.key);
  return [...new Set(labels)];
}

/** The copy with `incoming` recorded as the reading of `url`, or null when that reading is recorded already. */
function withVariant(
  current: SavedCopyRecord,
  incoming: CableDocument,
  url: string,
  now: number,
): SavedCopyRecord | null {
  const variants = current.variants ?? [];
  const known = variants.find((v) => v.url === url);
  if (known && same(known.document, incoming)) return null;
  const variant: SavedVariant = { url, document: incoming, seenAt: now };
  const rest = variants.filter((v) => v.url !== url).sort((a, b) => b.seenAt - a.seenAt);
  return { ...current, variants: [variant, ...rest].slice(0, MAX_VARIANTS) };
}

/**
 * What to store when a page at `pageUrl` reads the cable as `incoming`. The first copy is kept: another page's
 * differing reading becomes a variant beside it. The page the copy came from may replace it (a pipeline update
 * reads it better) unless a bookmark or highlight that finds its text in the stored copy would not in the new one.
 */
export function chooseSavedCopy(
  current: SavedCopyRecord | undefined,
  incoming: CableDocument & { id: string },
  pageUrl: string,
  bookmarks: readonly Pick<BookmarkRecord, 'selectors' | 'orphan'>[],
  now: number,
): SavedCopyChoice {
  const url = keptUrl(pageUrl)?.url ?? pageUrl;
  const fresh: SavedCopyRecord = { cableId: incoming.id, document: incoming, savedAt: now, url };
  if (!current) return { savedCopy: fresh, changed: true, differs: [] };
  if (same(current.document, incoming)) return { savedCopy: current, changed: false, differs: [] };
  if (current.url === url) {
    const text = cableText(incoming);
    const keepsEveryBookmark = bookmarks
      .filter((b) => b.orphan === null)
      .every((b) => anchor(b.selectors, text).orphan === undefined);
    if (keepsEveryBookmark) {
      const variants = current.variants;
      return { savedCopy: variants ? { ...fresh, variants } : fresh, changed: true, differs: [] };
    }
  }
  const differs = differingParagraphs(incoming, current.document);
  const recorded = withVariant(current, incoming, url, now);
  return recorded
    ? { savedCopy: recorded, changed: true, differs }
    : { savedCopy: current, changed: false, differs };
}
