// What only the extension's own documents may ask the background: note text (also from an extension frame inside
// a page, which the page cannot read), and bulk, destructive and file requests (extension pages in their own tab).
import * as v from 'valibot';
import { cableIdSchema, countSchema, noteTextSchema, recordIdSchema } from '../store/fields';
import type { CableGroup } from '../store/groups';
import type { Collection, RejectedRecord } from '../store/import-records';
import type { ListCounts } from '../store/library';
import type { ImportReport } from '../store/merge';
import type { RemovedBookmark, SavedCable } from '../store/results';
import { MAX_TAG_LENGTH, type NoteRecord } from '../store/schema';
import type { IndexPiece } from '../store/search-index';
import { answer, request } from './define';
import { noteRecordSchema, pageEntries, removedBookmarksSchema, typedTagsSchema } from './schemas';
import type { Sender } from './senders';

/** Documents of the extension's origin, in their own tab, the popup, or framed in a page. */
const EXTENSION_DOCUMENTS: readonly Sender[] = ['extension-frame', 'extension-page'];
/** Extension pages in their own tab or the popup. */
const EXTENSION_PAGES: readonly Sender[] = ['extension-page'];

/** One page of cable groups and how many there are in all. */
export interface GroupPage {
  groups: CableGroup[];
  total: number;
}

/** Most cables one `bookmark.searchIndex` answer carries (about 1 MB to clone across at 10 bookmarks a cable). */
export const SEARCH_INDEX_PIECE = 100;

/** A piece of a backup file being downloaded. */
export interface ExportPiece {
  token: string;
  fileName: string;
  mimeType: 'application/json' | 'text/markdown';
  text: string;
  /** True on the file's last piece. */
  done: boolean;
}

/** Most characters of a file one import message carries (a runtime message is capped at 64 MiB). */
export const IMPORT_PIECE_CHARS = 8_000_000;

/** Names one transfer between an extension page and the background. */
const transferTokenSchema = v.pipe(v.string(), v.regex(/^[0-9a-f-]{36}$/, 'expected a transfer token'));

/** What an import piece gave: still reading, done, or waiting for the reader's word on invalid records. */
export type ImportPiece = { token: string } & (
  | { status: 'reading'; received: number }
  | { status: 'imported'; report: ImportReport; skipped: RejectedRecord[]; skippedCount: number }
  | {
      status: 'has-invalid';
      valid: Record<Collection, number>;
      rejected: RejectedRecord[];
      rejectedCount: number;
    }
);

export const extensionRequests = {
  /** A cable's notes, oldest first. */
  'note.list': request({
    data: v.strictObject({ cableId: cableIdSchema }),
    from: EXTENSION_DOCUMENTS,
    answer: answer<NoteRecord[]>(),
  }),
  /** Add a note to a bookmark, or to the whole cable with `bookmarkId: null`. */
  'note.add': request({
    data: v.strictObject({
      cableId: cableIdSchema,
      bookmarkId: v.nullable(recordIdSchema),
      text: noteTextSchema,
      tags: v.optional(typedTagsSchema),
    }),
    from: EXTENSION_DOCUMENTS,
    answer: answer<NoteRecord>(),
  }),
  /** Change a note's text, its tags, or both. */
  'note.update': request({
    data: v.pipe(
      v.strictObject({
        noteId: recordIdSchema,
        text: v.optional(noteTextSchema),
        tags: v.optional(typedTagsSchema),
      }),
      v.check((d) => d.text !== undefined || d.tags !== undefined, 'expected a text or tags to change'),
    ),
    from: EXTENSION_DOCUMENTS,
    answer: answer<NoteRecord>(),
  }),
  'note.delete': request({
    data: v.strictObject({ noteId: recordIdSchema }),
    from: EXTENSION_DOCUMENTS,
    answer: answer<NoteRecord>(),
  }),
  'note.restore': request({
    data: v.strictObject({ note: noteRecordSchema }),
    from: EXTENSION_DOCUMENTS,
    answer: answer<null>(),
  }),
  /** A cable with its saved copy, its bookmarks placed in it, and notes (for the offline reader). */
  'cable.get': request({
    data: v.strictObject({ cableId: cableIdSchema }),
    from: EXTENSION_DOCUMENTS,
    answer: answer<SavedCable | null>(),
  }),
  /** Remove a bookmark and its notes; the answer carries them for `bookmark.restore`. */
  'bookmark.delete': request({
    data: v.strictObject({ bookmarkId: recordIdSchema }),
    from: EXTENSION_PAGES,
    answer: answer<RemovedBookmark>(),
  }),
  'bookmark.restore': request({
    data: v.strictObject({ removed: removedBookmarksSchema }),
    from: EXTENSION_PAGES,
    answer: answer<null>(),
  }),
  /** Cables with their bookmarks and notes, newest first (the popup's list), a page at a time if asked. */
  'bookmark.list': request({
    data: v.strictObject(pageEntries),
    from: EXTENSION_PAGES,
    answer: answer<GroupPage>(),
  }),
  /** How many cables the list has, and bookmarks and notes on them (the backup page's summary), not the list. */
  'bookmark.counts': request({
    data: v.strictObject({}),
    from: EXTENSION_PAGES,
    answer: answer<ListCounts>(),
  }),
  /** The same, filtered: every word must match a note, quote, label, subject or id. */
  'bookmark.search': request({
    data: v.strictObject({
      query: v.pipe(v.string(), v.maxLength(1_000)),
      /** Only the notes carrying this tag, and the cables and bookmarks they are on. */
      tag: v.optional(v.pipe(v.string(), v.maxLength(MAX_TAG_LENGTH * 2))),
      ...pageEntries,
    }),
    from: EXTENSION_PAGES,
    answer: answer<GroupPage>(),
  }),
  /**
   * The popup's search index, a piece at a time: `limit` cables from `offset` (newest first), or the cables named
   * (after a change to them), each with its listed group and full quotes, and the store revision they were read at.
   */
  'bookmark.searchIndex': request({
    data: v.union([
      v.strictObject({ offset: countSchema, limit: v.pipe(countSchema, v.maxValue(SEARCH_INDEX_PIECE)) }),
      v.strictObject({ cableIds: v.pipe(v.array(cableIdSchema), v.maxLength(SEARCH_INDEX_PIECE)) }),
    ]),
    from: EXTENSION_PAGES,
    answer: answer<IndexPiece>(),
  }),
  /**
   * The next piece of a backup file: without `token` an export starts (the records are listed then); each answer
   * carries its token, a piece of the file of a few MB, and `done` on the last. Joined, the pieces are the file.
   */
  'backup.export': request({
    data: v.strictObject({
      format: v.picklist(['json', 'markdown']),
      token: v.optional(transferTokenSchema),
    }),
    from: EXTENSION_PAGES,
    answer: answer<ExportPiece>(),
  }),
  /**
   * A piece of a file to import: without `token` an import starts; the piece marked `last` ends the file, which is
   * then checked whole and record by record. Sound files are merged at once; a file with bad records is merged
   * only when asked again with `acceptValid` (and no text). Nothing is written before that.
   */
  'backup.import': request({
    data: v.strictObject({
      text: v.pipe(v.string(), v.maxLength(IMPORT_PIECE_CHARS)),
      token: v.optional(transferTokenSchema),
      last: v.optional(v.boolean(), true),
      acceptValid: v.optional(v.boolean(), false),
    }),
    from: EXTENSION_PAGES,
    answer: answer<ImportPiece>(),
  }),
  /** Run a keyboard command for a tab (the active one when none is given); false when it has no view to switch. */
  'command.run': request({
    data: v.strictObject({
      command: v.pipe(v.string(), v.maxLength(100)),
      tabId: v.optional(v.pipe(v.number(), v.integer())),
    }),
    from: EXTENSION_PAGES,
    answer: answer<boolean>(),
  }),
} as const;
