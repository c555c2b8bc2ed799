// The JSON export file, version 1: its valibot schema (what import accepts) and the types export writes.
// Field by field and strict: unknown keys, wrong types and oversized values are refused, never coerced.
import * as v from 'valibot';
import { documentSchema } from './document-schema';
import {
  blockKeySchema,
  cableIdSchema,
  countSchema,
  isoTimeSchema,
  LIMITS,
  levelSchema,
  mediumTextSchema,
  noteTextSchema,
  recordIdSchema,
  shortTextSchema,
  tagListSchema,
  webUrlSchema,
} from './fields';
import { MAX_VARIANTS } from './saved-copies';
import { HIGHLIGHT_COLOURS } from './schema';

export const EXPORT_FORMAT = 'cable-reader-export';
export const EXPORT_VERSION = 1;

/**
 * Largest file import reads, in characters. The streamed import (import-stream.ts) never holds the file as one
 * string, so this bounds the work, not memory: 20,000 saved cables with 100,000 notes are about 1 GB.
 */
export const MAX_IMPORT_CHARS = 4_000_000_000;

/** Most records of one kind a file may hold. */
export const RECORDS_LIMIT = 500_000;

const quoteSelector = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.longText)),
  prefix: v.pipe(v.string(), v.maxLength(256)),
  suffix: v.pipe(v.string(), v.maxLength(256)),
});

const positionSelector = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: countSchema, end: countSchema }),
  v.check((p) => p.start <= p.end, 'expected start <= end'),
);

export const selectorsSchema = v.strictTuple([quoteSelector, positionSelector]);

export const exportedCableSchema = v.strictObject({
  id: cableIdSchema,
  subject: v.nullable(mediumTextSchema),
  classification: v.nullable(shortTextSchema),
  level: v.nullable(levelSchema),
  origin: v.nullable(shortTextSchema),
  date: v.nullable(shortTextSchema),
  urls: v.pipe(
    v.array(
      v.strictObject({
        url: webUrlSchema,
        site: shortTextSchema,
        lastSeen: isoTimeSchema,
        /** Absent in files from before visits were counted. */
        visits: v.optional(v.pipe(countSchema, v.minValue(1))),
      }),
    ),
    v.maxLength(100),
  ),
  updatedAt: isoTimeSchema,
  /** The saved clean copy, or null when there is none. */
  saved: v.nullable(
    v.strictObject({
      savedAt: isoTimeSchema,
      document: documentSchema,
      /** The page it was read from; absent in files from before it was kept. */
      url: v.optional(webUrlSchema),
      /** Other pages' differing readings, kept beside it; absent where there are none. */
      variants: v.optional(
        v.pipe(
          v.array(v.strictObject({ url: webUrlSchema, seenAt: isoTimeSchema, document: documentSchema })),
          v.maxLength(MAX_VARIANTS),
        ),
      ),
    }),
  ),
});

export const exportedBookmarkSchema = v.strictObject({
  id: recordIdSchema,
  cableId: cableIdSchema,
  blockKey: blockKeySchema,
  label: v.nullable(shortTextSchema),
  marking: v.nullable(shortTextSchema),
  selectors: selectorsSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});

export const exportedNoteSchema = v.strictObject({
  id: recordIdSchema,
  bookmarkId: v.nullable(recordIdSchema),
  cableId: cableIdSchema,
  text: noteTextSchema,
  /** Absent in files from before notes had tags. */
  tags: v.optional(tagListSchema),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});

export const exportedHighlightSchema = v.strictObject({
  id: recordIdSchema,
  cableId: cableIdSchema,
  blockKey: blockKeySchema,
  label: v.nullable(shortTextSchema),
  selectors: selectorsSchema,
  colour: v.picklist(HIGHLIGHT_COLOURS),
  note: noteTextSchema,
  tags: tagListSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});

/** The whole file. `format` and `version` are checked first, apart, for a clearer message. */
const exportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: isoTimeSchema,
  cables: v.pipe(v.array(exportedCableSchema), v.maxLength(RECORDS_LIMIT)),
  bookmarks: v.pipe(v.array(exportedBookmarkSchema), v.maxLength(RECORDS_LIMIT)),
  notes: v.pipe(v.array(exportedNoteSchema), v.maxLength(RECORDS_LIMIT)),
  /** Absent in files from before highlights, and in files without any. */
  highlights: v.optional(v.pipe(v.array(exportedHighlightSchema), v.maxLength(RECORDS_LIMIT))),
});

export type ExportFile = v.InferOutput<typeof exportFileSchema>;
export type ExportedCable = ExportFile['cables'][number];
export type ExportedBookmark = ExportFile['bookmarks'][number];
export type ExportedNote = ExportFile['notes'][number];
export type ExportedHighlight = NonNullable<ExportFile['highlights']>[number];
