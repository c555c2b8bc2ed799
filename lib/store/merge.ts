// Pure merge of imported records into stored ones: the newer updatedAt wins, URLs are united, nothing is deleted.
// Decides what to write and counts it; repository.ts writes the plan in one transaction.
import { cableText } from './anchoring';
import { orphanIn } from './bookmarks';
import { sameData } from './canonical';
import { mergeUrls } from './mirror-urls';
import type { BookmarkRecord, CableRecord, HighlightRecord, NoteRecord, SavedCopyRecord } from './schema';

/** Every record of the store, or of an import file. */
export interface StoreContents {
  cables: CableRecord[];
  snapshots: SavedCopyRecord[];
  bookmarks: BookmarkRecord[];
  notes: NoteRecord[];
  /** Absent in files written before highlights existed. */
  highlights?: HighlightRecord[];
}

interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  cables: MergeCounts;
  bookmarks: MergeCounts;
  notes: MergeCounts;
  /** Only when the file carried highlights. */
  highlights?: MergeCounts;
}

export interface MergePlan {
  writes: StoreContents;
  report: ImportReport;
}

const zero = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0 });

function byKey<T>(records: readonly T[], key: (r: T) => string): Map<string, T> {
  return new Map(records.map((r) => [key(r), r]));
}

/** Same record: the one with the later updatedAt wins (equal times keep what is stored). */
function pick<T extends { updatedAt: number }>(
  stored: T | undefined,
  incoming: T,
  counts: MergeCounts,
): T | undefined {
  if (!stored) {
    counts.added++;
    return incoming;
  }
  if (incoming.updatedAt > stored.updatedAt) {
    counts.updated++;
    return incoming;
  }
  counts.unchanged++;
  return undefined;
}

/** Same cable: the newer record's fields, and every URL either has seen. */
function mergeCable(stored: CableRecord | undefined, incoming: CableRecord, counts: MergeCounts) {
  if (!stored) {
    counts.added++;
    return incoming;
  }
  const newer = incoming.updatedAt > stored.updatedAt ? incoming : stored;
  const merged = { ...newer, urls: mergeUrls(stored.urls, incoming.urls) };
  if (sameData(merged, stored)) {
    counts.unchanged++;
    return undefined;
  }
  counts.updated++;
  return merged;
}

/** Plans the writes that merge `incoming` into `stored`, and the orphan state of every bookmark they affect. */
export function planMerge(stored: StoreContents, incoming: StoreContents): MergePlan {
  const report: ImportReport = { cables: zero(), bookmarks: zero(), notes: zero() };
  const writes: StoreContents = { cables: [], snapshots: [], bookmarks: [], notes: [], highlights: [] };

  const cables = byKey(stored.cables, (c) => c.id);
  for (const cable of incoming.cables) {
    const merged = mergeCable(cables.get(cable.id), cable, report.cables);
    if (merged) writes.cables.push(merged);
  }

  const snapshots = byKey(stored.snapshots, (s) => s.cableId);
  const touched = new Set<string>();
  for (const savedCopy of incoming.snapshots) {
    const current = snapshots.get(savedCopy.cableId);
    if (!current || savedCopy.savedAt > current.savedAt) {
      writes.snapshots.push(savedCopy);
      snapshots.set(savedCopy.cableId, savedCopy);
      touched.add(savedCopy.cableId);
    }
  }

  const bookmarks = byKey(stored.bookmarks, (b) => b.id);
  for (const bookmark of incoming.bookmarks) {
    const winner = pick(bookmarks.get(bookmark.id), bookmark, report.bookmarks);
    if (winner) {
      bookmarks.set(winner.id, winner);
      touched.add(winner.cableId);
    }
  }

  const notes = byKey(stored.notes, (n) => n.id);
  for (const note of incoming.notes) {
    const winner: NoteRecord | undefined = pick(notes.get(note.id), note, report.notes);
    if (winner) writes.notes.push(winner);
  }

  const highlights = byKey(stored.highlights ?? [], (h) => h.id);
  if (incoming.highlights) {
    const counts = zero();
    report.highlights = counts;
    for (const highlight of incoming.highlights) {
      const winner = pick(highlights.get(highlight.id), highlight, counts);
      if (winner) {
        highlights.set(winner.id, winner);
        touched.add(winner.cableId);
      }
    }
  }

  // Orphan state is derived from the saved copy: recompute it wherever the copy or a bookmark changed.
  const texts = new Map<string, ReturnType<typeof cableText> | null>();
  const textOf = (cableId: string) => {
    if (!texts.has(cableId)) {
      const savedCopy = snapshots.get(cableId);
      texts.set(cableId, savedCopy ? cableText(savedCopy.document) : null);
    }
    return texts.get(cableId) ?? null;
  };
  const storedBookmarks = new Set(stored.bookmarks);
  for (const bookmark of bookmarks.values()) {
    if (!touched.has(bookmark.cableId)) continue;
    const orphan = orphanIn(bookmark, textOf(bookmark.cableId));
    if (!storedBookmarks.has(bookmark) || orphan !== bookmark.orphan)
      writes.bookmarks.push({ ...bookmark, orphan });
  }
  const storedHighlights = new Set(stored.highlights ?? []);
  for (const highlight of highlights.values()) {
    if (!touched.has(highlight.cableId)) continue;
    const orphan = orphanIn(highlight, textOf(highlight.cableId));
    if (!storedHighlights.has(highlight) || orphan !== highlight.orphan)
      writes.highlights?.push({ ...highlight, orphan });
  }
  return { writes, report };
}
