// The popup's view of the store: bookmarks and notes grouped by cable, newest cable first.
// Pure functions over records already read; no database access and no note text leaves through here by accident.
import type { Level } from '../cable/types';
import type {
  BookmarkRecord,
  CableRecord,
  HighlightRecord,
  NoteRecord,
  OrphanReason,
  SeenUrl,
} from './schema';

/** What the popup shows of a cable. */
export interface CableSummary {
  id: string;
  subject: string | null;
  classification: string | null;
  level: Level | null;
  origin: string | null;
  date: string | null;
  /** The most recent page where it was seen, or null. */
  lastUrl: SeenUrl | null;
  /** True when a clean copy is saved and can be read offline. */
  saved: boolean;
}

/** A bookmark as listed: the quote shortened to an excerpt, with its notes. */
export interface BookmarkView {
  id: string;
  cableId: string;
  blockKey: string;
  label: string | null;
  marking: string | null;
  excerpt: string;
  orphan: OrphanReason | null;
  createdAt: number;
  updatedAt: number;
  /** Oldest first. */
  notes: NoteRecord[];
}

export interface CableGroup {
  cable: CableSummary;
  /** In the cable's reading order. */
  bookmarks: BookmarkView[];
  /** Notes on the whole cable, oldest first. */
  cableNotes: NoteRecord[];
  /** Newest change among its bookmarks and notes (seeing the cable again does not move it). */
  updatedAt: number;
}

/** Everything the grouping needs, as kept in memory. */
export interface RecordSet {
  cables: Map<string, CableRecord>;
  bookmarks: Map<string, BookmarkRecord>;
  notes: Map<string, NoteRecord>;
  highlights: Map<string, HighlightRecord>;
  savedCopyIds: Set<string>;
}

/** Longest excerpt shown for a quote. */
const EXCERPT_LENGTH = 240;

/** The start of a quote, cut at a word boundary, with an ellipsis when shortened. */
function excerpt(text: string, length = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return `${text.slice(0, cut > length / 2 ? cut : length).trimEnd()}…`;
}

function summary(id: string, record: CableRecord | undefined, saved: boolean): CableSummary {
  return {
    id,
    subject: record?.subject ?? null,
    classification: record?.classification ?? null,
    level: record?.level ?? null,
    origin: record?.origin ?? null,
    date: record?.date ?? null,
    lastUrl: record?.urls[0] ?? null,
    saved,
  };
}

const byCreated = (a: NoteRecord, b: NoteRecord) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

function view(bookmark: BookmarkRecord, notes: NoteRecord[]): BookmarkView {
  const [quote] = bookmark.selectors;
  return {
    id: bookmark.id,
    cableId: bookmark.cableId,
    blockKey: bookmark.blockKey,
    label: bookmark.label,
    marking: bookmark.marking,
    excerpt: excerpt(quote.exact),
    orphan: bookmark.orphan,
    createdAt: bookmark.createdAt,
    updatedAt: bookmark.updatedAt,
    notes: notes.sort(byCreated),
  };
}

/** One cable's group from its records, or null when it has neither bookmarks nor notes. */
export function groupOf(
  id: string,
  record: CableRecord | undefined,
  bookmarks: Iterable<BookmarkRecord>,
  notes: Iterable<NoteRecord>,
  saved: boolean,
): CableGroup | null {
  const notesByBookmark = new Map<string, NoteRecord[]>();
  const cableNotes: NoteRecord[] = [];
  for (const note of notes) {
    if (note.bookmarkId === null) cableNotes.push(note);
    else notesByBookmark.set(note.bookmarkId, [...(notesByBookmark.get(note.bookmarkId) ?? []), note]);
  }
  const views = [...bookmarks]
    .sort((a, b) => a.selectors[1].start - b.selectors[1].start || (a.id < b.id ? -1 : 1))
    .map((b) => view(b, notesByBookmark.get(b.id) ?? []));
  if (views.length === 0 && cableNotes.length === 0) return null;
  let updatedAt = 0;
  for (const b of views) {
    updatedAt = Math.max(updatedAt, b.updatedAt, ...b.notes.map((n) => n.updatedAt));
  }
  for (const n of cableNotes) updatedAt = Math.max(updatedAt, n.updatedAt);
  return {
    cable: summary(id, record, saved),
    bookmarks: views,
    cableNotes: cableNotes.sort(byCreated),
    updatedAt,
  };
}

/** Newest group first; equal times by cable id, so the order is stable. */
export function byNewest(a: CableGroup, b: CableGroup): number {
  return b.updatedAt - a.updatedAt || (a.cable.id < b.cable.id ? -1 : a.cable.id > b.cable.id ? 1 : 0);
}

/** A cable's bookmarks, notes and highlights, as kept per cable. */
export interface CableSlot {
  bookmarks: Map<string, BookmarkRecord>;
  notes: Map<string, NoteRecord>;
  highlights: Map<string, HighlightRecord>;
}

/** An empty slot. */
export const emptySlot = (): CableSlot => ({ bookmarks: new Map(), notes: new Map(), highlights: new Map() });

/** Indexes bookmarks, notes and highlights by cable. */
export function slotsByCable(records: RecordSet): Map<string, CableSlot> {
  const slots = new Map<string, CableSlot>();
  const slot = (id: string) => {
    const found = slots.get(id) ?? emptySlot();
    slots.set(id, found);
    return found;
  };
  for (const b of records.bookmarks.values()) slot(b.cableId).bookmarks.set(b.id, b);
  for (const n of records.notes.values()) slot(n.cableId).notes.set(n.id, n);
  for (const h of records.highlights.values()) slot(h.cableId).highlights.set(h.id, h);
  return slots;
}

/** Groups every bookmark and note by cable; cables with neither are left out. Newest cable first. */
export function groupByCable(records: RecordSet): CableGroup[] {
  const groups: CableGroup[] = [];
  for (const [id, { bookmarks, notes }] of slotsByCable(records)) {
    const group = groupOf(
      id,
      records.cables.get(id),
      bookmarks.values(),
      notes.values(),
      records.savedCopyIds.has(id),
    );
    if (group) groups.push(group);
  }
  return groups.sort(byNewest);
}
