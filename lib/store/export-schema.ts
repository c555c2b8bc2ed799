// The JSON export file, version 1: its valibot schema (what import accepts) and the types export writes.
// Field by field and strict: unknown keys, wrong types and oversized values are refused, never coerced.
import * as v from 'valibot';
import { isWebUrl } from './cables';
import { documentSchema, LIMITS, levelSchema } from './document-schema';
import { HIGHLIGHT_COLOURS, MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from './schema';

export const EXPORT_FORMAT = 'cable-reader-export';
export const EXPORT_VERSION = 1;

/** Largest file import reads, in characters. */
export const MAX_IMPORT_CHARS = 200_000_000;

const RECORDS_LIMIT = 500_000;

const isoTime = v.pipe(
  v.string(),
  v.isoTimestamp('expected an ISO 8601 time such as 2024-05-01T12:00:00.000Z'),
);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const short = v.pipe(v.string(), v.maxLength(LIMITS.shortText));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const webUrl = v.pipe(v.string(), v.maxLength(2_048), v.check(isWebUrl, 'expected an http(s) URL'));

export const cableIdSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'expected a cable reference id such as 08OSLO123'),
);

const quoteSelector = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.longText)),
  prefix: v.pipe(v.string(), v.maxLength(256)),
  suffix: v.pipe(v.string(), v.maxLength(256)),
});

const positionSelector = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.start <= p.end, 'expected start <= end'),
);

export const selectorsSchema = v.strictTuple([quoteSelector, positionSelector]);

const exportedCable = v.strictObject({
  id: cableIdSchema,
  subject: v.nullable(v.pipe(v.string(), v.maxLength(5_000))),
  classification: v.nullable(short),
  level: v.nullable(levelSchema),
  origin: v.nullable(short),
  date: v.nullable(short),
  urls: v.pipe(v.array(v.strictObject({ url: webUrl, site: short, lastSeen: isoTime })), v.maxLength(100)),
  updatedAt: isoTime,
  /** The saved clean copy, or null when none was kept. */
  saved: v.nullable(v.strictObject({ savedAt: isoTime, document: documentSchema })),
});

const exportedBookmark = v.strictObject({
  id,
  cableId: cableIdSchema,
  blockKey: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  label: v.nullable(short),
  marking: v.nullable(short),
  selectors: selectorsSchema,
  createdAt: isoTime,
  updatedAt: isoTime,
});

const exportedNote = v.strictObject({
  id,
  bookmarkId: v.nullable(id),
  cableId: cableIdSchema,
  text: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)),
  createdAt: isoTime,
  updatedAt: isoTime,
});

const exportedHighlight = v.strictObject({
  id,
  cableId: cableIdSchema,
  blockKey: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  label: v.nullable(short),
  selectors: selectorsSchema,
  colour: v.picklist(HIGHLIGHT_COLOURS),
  note: v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)),
  tags: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TAG_LENGTH))),
    v.maxLength(MAX_TAGS),
  ),
  createdAt: isoTime,
  updatedAt: isoTime,
});

/** The whole file. `format` and `version` are checked first, apart, for a clearer message. */
export const exportFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: isoTime,
  cables: v.pipe(v.array(exportedCable), v.maxLength(RECORDS_LIMIT)),
  bookmarks: v.pipe(v.array(exportedBookmark), v.maxLength(RECORDS_LIMIT)),
  notes: v.pipe(v.array(exportedNote), v.maxLength(RECORDS_LIMIT)),
  /** Absent in files from before highlights, and in files without any. */
  highlights: v.optional(v.pipe(v.array(exportedHighlight), v.maxLength(RECORDS_LIMIT))),
});

export type ExportFile = v.InferOutput<typeof exportFileSchema>;
export type ExportedCable = ExportFile['cables'][number];
export type ExportedBookmark = ExportFile['bookmarks'][number];
export type ExportedNote = ExportFile['notes'][number];
export type ExportedHighlight = NonNullable<ExportFile['highlights']>[number];
