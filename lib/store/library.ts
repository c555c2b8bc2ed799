// The library index: one entry per saved cable with its header fields, when it was read, and how many bookmarks,
// highlights and notes it carries, with the reader's tags. Pure: built from the records already in memory.
import type { Level } from '../cable/types';
import type { RecordSet } from './groups';

/** One saved cable as the library lists it. */
export interface LibraryEntry {
  id: string;
  subject: string | null;
  classification: string | null;
  level: Level | null;
  origin: string | null;
  /** The cable's own date as the header gives it (ISO-like text), or null. */
  date: string | null;
  /** When the reader last had it open on a mirror (epoch ms). */
  readAt: number;
  /** Most recent mirror address, or null. */
  url: string | null;
  site: string | null;
  saved: boolean;
  bookmarks: number;
  highlights: number;
  /** Notes on paragraphs and the whole cable, plus highlights that carry a note. */
  notes: number;
  /** Every tag on its highlights, first spelling kept, alphabetical. */
  tags: string[];
}

/** Every saved cable, most recently read first. */
export function libraryEntries(records: RecordSet): LibraryEntry[] {
  const counts = new Map<
    string,
    { bookmarks: number; highlights: number; notes: number; tags: Map<string, string> }
  >();
  const of = (id: string) => {
    let found = counts.get(id);
    if (!found) {
      found = { bookmarks: 0, highlights: 0, notes: 0, tags: new Map() };
      counts.set(id, found);
    }
    return found;
  };
  for (const b of records.bookmarks.values()) of(b.cableId).bookmarks++;
  const tag = (c: { tags: Map<string, string> }, tags: readonly string[]) => {
    for (const t of tags) if (!c.tags.has(t.toLocaleLowerCase())) c.tags.set(t.toLocaleLowerCase(), t);
  };
  for (const n of records.notes.values()) {
    const c = of(n.cableId);
    c.notes++;
    tag(c, n.tags);
  }
  for (const h of records.highlights.values()) {
    const c = of(h.cableId);
    c.highlights++;
    if (h.note.trim()) c.notes++;
    tag(c, h.tags);
  }
  const entries: LibraryEntry[] = [];
  for (const cable of records.cables.values()) {
    const c = counts.get(cable.id);
    const seen = cable.urls[0];
    entries.push({
      id: cable.id,
      subject: cable.subject,
      classification: cable.classification,
      level: cable.level,
      origin: cable.origin,
      date: cable.date,
      readAt: seen?.lastSeen ?? cable.updatedAt,
      url: seen?.url ?? null,
      site: seen?.site ?? null,
      saved: records.savedCopyIds.has(cable.id),
      bookmarks: c?.bookmarks ?? 0,
      highlights: c?.highlights ?? 0,
      notes: c?.notes ?? 0,
      tags: [...(c?.tags.values() ?? [])].sort((a, b) => a.localeCompare(b)),
    });
  }
  return entries.sort((a, b) => b.readAt - a.readAt || (a.id < b.id ? -1 : 1));
}
