// The library's row for one kept cable: its header fields, when it was read, how many bookmarks, highlights and
// notes it carries, and the reader's tags. Pure: built from one cable's records, as a write or a migration has them.
import type { BookmarkRecord, CableRecord, HighlightRecord, NoteRecord, SummaryRecord } from './schema';

/** One saved cable as the library lists it (its stored summary without the popup's order). */
export type LibraryEntry = Omit<SummaryRecord, 'listedAt'>;

/** The first entries of the library, most recently read first, and how many there are in all. */
export interface LibraryPage {
  entries: LibraryEntry[];
  total: number;
}

/** The stored summary of `cable` from all its bookmarks, notes and highlights. */
export function summaryOf(
  cable: CableRecord,
  saved: boolean,
  bookmarks: readonly BookmarkRecord[],
  notes: readonly NoteRecord[],
  highlights: readonly HighlightRecord[],
): SummaryRecord {
  const tags = new Map<string, string>();
  const tag = (list: readonly string[]) => {
    for (const t of list) if (!tags.has(t.toLocaleLowerCase())) tags.set(t.toLocaleLowerCase(), t);
  };
  let listedAt: number | undefined;
  for (const listed of [...bookmarks, ...notes]) listedAt = Math.max(listedAt ?? 0, listed.updatedAt);
  for (const n of notes) tag(n.tags);
  let notesOnHighlights = 0;
  for (const h of highlights) {
    if (h.note.trim()) notesOnHighlights++;
    tag(h.tags);
  }
  const seen = cable.urls[0];
  return {
    id: cable.id,
    subject: cable.subject,
    classification: cable.classification,
    level: cable.level,
    origin: cable.origin,
    date: cable.date,
    readAt: seen?.lastSeen ?? cable.updatedAt,
    url: seen?.url ?? null,
    site: seen?.site ?? null,
    saved,
    bookmarks: bookmarks.length,
    highlights: highlights.length,
    notes: notes.length + notesOnHighlights,
    tags: [...tags.values()].sort((a, b) => a.localeCompare(b)),
    ...(listedAt === undefined ? {} : { listedAt }),
  };
}

/** What the list holds in all: the cables with bookmarks or notes, and their bookmarks and notes. */
export interface ListCounts {
  cables: number;
  bookmarks: number;
  /** As the library's rows count them: notes on paragraphs and whole cables, and highlights that carry a note. */
  notes: number;
}

/** The counts of the listed summaries (those in the `listedAt` index: a cable with bookmarks or notes). */
export function countsOf(listed: readonly SummaryRecord[]): ListCounts {
  let bookmarks = 0;
  let notes = 0;
  for (const s of listed) {
    bookmarks += s.bookmarks;
    notes += s.notes;
  }
  return { cables: listed.length, bookmarks, notes };
}

/** The library's entry of a stored summary. */
export function entryOf({ listedAt: _, ...entry }: SummaryRecord): LibraryEntry {
  return entry;
}

/** Most recently read first; the same time by id. */
export function byReadAt(a: LibraryEntry, b: LibraryEntry): number {
  return b.readAt - a.readAt || (a.id < b.id ? -1 : 1);
}
