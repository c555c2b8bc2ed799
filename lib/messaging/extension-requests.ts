// What only the extension's own documents may ask the background: note text (also from an extension frame inside
// a page, which the page cannot read), and bulk, destructive and file requests (extension pages in their own tab).
import * as v from 'valibot';
import { cableIdSchema, noteTextSchema, recordIdSchema } from '../store/fields';
import type { CableGroup } from '../store/groups';
import type { ImportReport } from '../store/merge';
import type { RemovedBookmark, SavedCable } from '../store/results';
import type { NoteRecord } from '../store/schema';
import { answer, request } from './define';
import { noteRecordSchema, pageEntries, removedBookmarksSchema } from './schemas';
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

/** A file produced for download. */
export interface ExportedText {
  fileName: string;
  mimeType: 'application/json' | 'text/markdown';
  text: string;
}

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
    }),
    from: EXTENSION_DOCUMENTS,
    answer: answer<NoteRecord>(),
  }),
  'note.update': request({
    data: v.strictObject({ noteId: recordIdSchema, text: noteTextSchema }),
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
  /** The same, filtered: every word must match a note, quote, label, subject or id. */
  'bookmark.search': request({
    data: v.strictObject({ query: v.pipe(v.string(), v.maxLength(1_000)), ...pageEntries }),
    from: EXTENSION_PAGES,
    answer: answer<GroupPage>(),
  }),
  'backup.export': request({
    data: v.strictObject({ format: v.picklist(['json', 'markdown']) }),
    from: EXTENSION_PAGES,
    answer: answer<ExportedText>(),
  }),
  /** Validate a whole export file (a JSON backup or a Web Annotation collection), then merge it. */
  'backup.import': request({
    data: v.strictObject({ text: v.string() }),
    from: EXTENSION_PAGES,
    answer: answer<ImportReport>(),
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
