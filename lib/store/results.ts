// The shapes the repository answers with: removals (for undo), toggles, what a page may see, a saved cable.
// Types only; repository.ts produces them, lib/messaging carries them between contexts.
import type { CableDocument } from '../cable/types';
import type { AnchorMethod } from './anchoring';
import type { BookmarkView } from './groups';
import type { Placement } from './highlights';
import type {
  BookmarkRecord,
  CableRecord,
  HighlightColour,
  HighlightRecord,
  NoteRecord,
  OrphanReason,
} from './schema';

/** What a removal took away, so the UI can put it back with `restore`. */
export interface RemovedBookmark {
  bookmark: BookmarkRecord;
  notes: NoteRecord[];
}

export type ToggleResult =
  | { bookmarked: true; bookmark: BookmarkRecord }
  | { bookmarked: false; removed: RemovedBookmark[] };

/** A bookmark as a page may see it: where it sits, never what its notes say. */
export interface BookmarkPlace {
  id: string;
  /** Block it anchors on in the blocks given (or where it was made when none were given); null if orphaned. */
  blockKey: string | null;
  label: string | null;
  method: AnchorMethod | null;
  orphan: OrphanReason | null;
  hasNotes: boolean;
}

export interface CablePlaces {
  cableId: string;
  bookmarks: BookmarkPlace[];
  hasCableNotes: boolean;
}

/** A saved cable for reading offline: its record, saved copy, bookmarks placed in that copy, and notes. */
export interface SavedCable {
  cable: CableRecord;
  document: CableDocument | null;
  bookmarks: (BookmarkView & { placedKey: string | null })[];
  cableNotes: NoteRecord[];
}

export interface NewNote {
  cableId: string;
  /** Null for a note on the whole cable. */
  bookmarkId: string | null;
  text: string;
  /** Free-text tags; cleaned as a highlight's are. */
  tags?: readonly string[];
}

/** What an edit of a note changes: its text, its tags, or both. */
export interface NoteChange {
  text?: string;
  tags?: readonly string[];
}

/** A highlight as a page may see it: where it sits in the page's reading and its colour, never note or tags. */
export interface HighlightPlace {
  id: string;
  /** Offsets into the anchoring text of the blocks the page sent; null when not found there. */
  start: number | null;
  end: number | null;
  colour: HighlightColour;
  hasNote: boolean;
  orphan: OrphanReason | null;
}

export interface HighlightPlaces {
  cableId: string;
  highlights: HighlightPlace[];
}

/** A highlight with where it sits in the reading asked about (the page's blocks, or the saved copy). */
export interface PlacedHighlight {
  highlight: HighlightRecord;
  placed: Placement;
}

/** A tag and how many notes and highlights carry it, for autocompletion and filters. */
export interface TagCount {
  tag: string;
  count: number;
}

/** A cable's blocks as some page reads them (key and text only), for placing marks there. */
export type PageBlocks = { key: string; text: string }[];
