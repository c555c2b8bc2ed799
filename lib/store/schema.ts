// The database's name, current version and the shape of every stored record (the idb DBSchema).
// Types and constants only: how stores are created lives in migrations.ts, how they are used in repository.ts.
import type { DBSchema } from 'idb';
import type { CableDocument, Level } from '../cable/types';

/** IndexedDB database name; one per browser profile, owned by the background. */
export const DB_NAME = 'cable-reader';

/** Current schema version. Bump it (and add a migration step, an entry in schema.snapshot.json, a frozen copy) on any change. */
export const DB_VERSION = 5;

/** Longest note accepted, in characters. */
export const MAX_NOTE_LENGTH = 100_000;

/** W3C Web Annotation quote selector: the quoted text with up to 32 characters of context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation position selector: offsets into the cable's anchoring text (see anchoring/cable-text.ts). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** How a bookmark finds its text again: the quote first, the position as a hint. */
export type Selectors = [TextQuoteSelector, TextPositionSelector];

/** Why a bookmark no longer finds its text. */
export type OrphanReason = 'no-quote' | 'not-found' | 'too-weak';

/** A page where the reader saw the cable. */
export interface SeenUrl {
  /** Always an http(s) URL. */
  url: string;
  /** The mirror layout (adapter name) or host that showed it. */
  site: string;
  /** Epoch milliseconds. */
  lastSeen: number;
  /** How many times the reader was on that page; absent in entries stored before visits were counted (once). */
  visits?: number;
}

/** One cable the reader keeps (it has a bookmark or a note, or was saved for offline reading). */
export interface CableRecord {
  /** Canonical reference id, e.g. `08OSLO123`. */
  id: string;
  subject: string | null;
  classification: string | null;
  level: Level | null;
  origin: string | null;
  date: string | null;
  /** Newest first, one entry per mirror page (see mirror-urls.ts). */
  urls: SeenUrl[];
  updatedAt: number;
}

/** A cable's saved copy (its clean text), apart from CableRecord so listing cables never loads whole documents. */
export interface SavedCopyRecord {
  cableId: string;
  document: CableDocument;
  savedAt: number;
  /** The mirror page the copy was read from; absent in copies saved before it was kept. */
  url?: string;
  /** Other mirror pages' differing readings, kept beside the copy and never in its place (see saved-copies.ts). */
  variants?: SavedVariant[];
}

/** Another mirror page's reading of a cable whose saved copy came from elsewhere. */
export interface SavedVariant {
  url: string;
  document: CableDocument;
  seenAt: number;
}

export interface BookmarkRecord {
  /** `${cableId}#${blockKey}`, or that with a `~suffix` when that id is taken. */
  id: string;
  cableId: string;
  /** Key of the block it was made on (see Block.key). */
  blockKey: string;
  /** Paragraph label as written, or null. */
  label: string | null;
  /** Normalised portion marking of the block, or null. */
  marking: string | null;
  selectors: Selectors;
  /** Derived: why it does not anchor in the cable's saved copy, or null when it does. Never exported. */
  orphan: OrphanReason | null;
  createdAt: number;
  updatedAt: number;
}

export interface NoteRecord {
  id: string;
  /** The bookmark it annotates, or null for a note on the whole cable. */
  bookmarkId: string | null;
  cableId: string;
  /** Plain text, stored exactly as typed; never interpreted as markup. */
  text: string;
  /** Free-text tags, as on a highlight (trimmed, no case-insensitive repeats, in the order given). */
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

/** The highlight colours; each has a label the reader sees (lib/highlights/colours.ts). */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** Most tags one highlight or note carries, and the longest tag. */
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 60;

/** A passage the reader marked: any stretch of the cable's text, with a colour, tags and an optional note. */
export interface HighlightRecord {
  /** Random id (a passage has no natural key: two highlights may overlap). */
  id: string;
  cableId: string;
  /** Key of the block the passage starts in where it was made. */
  blockKey: string;
  /** That block's paragraph label as written, or null. */
  label: string | null;
  selectors: Selectors;
  colour: HighlightColour;
  /** Plain text the reader wrote beside the passage; empty for a bare highlight. */
  note: string;
  /** Free-text tags, trimmed, without duplicates (case-insensitive), in the order given. */
  tags: string[];
  /** Derived: why it does not anchor in the saved copy, or null. Never exported. */
  orphan: OrphanReason | null;
  createdAt: number;
  updatedAt: number;
}

/** The library's full-text index (lib/search), saved whole now and then: MiniSearch's JSON and what it covers. */
interface SearchIndexRecord {
  key: 'index';
  /** Layout of the indexed documents; a different one is rebuilt, never read. */
  format: number;
  /** MiniSearch.toJSON() output, as a string (structured clone of the object costs more than the parse). */
  json: string;
  /** Store revision the index reflects, apart from the cables listed in `searchDirty`. */
  revision: number;
  savedAt: number;
}

/** A cable whose searchable text changed after the index was last saved; re-indexed on the next start. */
interface SearchDirtyRecord {
  cableId: string;
  /** Store revision of the change. */
  revision: number;
}

/**
 * One kept cable summed up for the lists (the library's row, the popup's order): written again in every write
 * transaction that touches the cable (tx.ts), so a first screen is read from one index without loading the records.
 */
export interface SummaryRecord {
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
  /** Every tag on its notes and highlights, first spelling kept, alphabetical. */
  tags: string[];
  /**
   * Newest change among its bookmarks and notes (the popup's order); absent when it has neither, which leaves it
   * out of the `listedAt` index, as the popup does not list it.
   */
  listedAt?: number;
}

/**
 * Bookkeeping, in one store whose shape never changed (so no migration): `revision` counts committed writes so every
 * repository can tell when its cache is stale; `applied` lists the ids of the last writes applied, oldest first,
 * and `applied:<id>` keeps each one's answer while its id is listed, so a resent write is answered, not redone.
 */
export type MetaRecord =
  | { key: 'revision'; value: number }
  | { key: 'applied'; value: string[] }
  | { key: `applied:${string}`; value: unknown };

export interface CableReaderDB extends DBSchema {
  cables: { key: string; value: CableRecord };
  /** The saved copies. The store's name on disk predates the word; renaming it would need a migration for nothing. */
  snapshots: { key: string; value: SavedCopyRecord };
  bookmarks: { key: string; value: BookmarkRecord; indexes: { cableId: string; updatedAt: number } };
  notes: {
    key: string;
    value: NoteRecord;
    indexes: { bookmarkId: string; cableId: string; updatedAt: number };
  };
  meta: { key: string; value: MetaRecord };
  highlights: { key: string; value: HighlightRecord; indexes: { cableId: string; updatedAt: number } };
  searchIndex: { key: string; value: SearchIndexRecord };
  searchDirty: { key: string; value: SearchDirtyRecord };
  summaries: { key: string; value: SummaryRecord; indexes: { readAt: number; listedAt: number } };
}
