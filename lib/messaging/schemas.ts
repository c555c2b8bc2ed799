// Valibot pieces the message tables share: ids, keys, a cable as a page reads it, stored records for undo.
// Built from the store's field schemas (lib/store/fields.ts), so a request is bounded as a record or a file is.
import * as v from 'valibot';
import { documentSchema } from '../store/document-schema';
import { selectorsSchema } from '../store/export-schema';
import {
  blockKeySchema,
  cableIdSchema,
  countSchema,
  epochTimeSchema,
  LIMITS,
  levelSchema,
  noteTextSchema,
  recordIdSchema,
  shortTextSchema,
  siteSchema,
  tagListSchema,
  webUrlSchema,
} from '../store/fields';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../store/schema';

/** A window into a long list: `offset` groups skipped, at most `limit` returned (default: all). */
export const pageEntries = { offset: v.optional(countSchema), limit: v.optional(countSchema) };

/**
 * A page's sighting of a cable (lib/store/cables CableSighting): the fields the popup lists, the address, and the
 * digest of the page's reading; never the document.
 */
export const cableSightingSchema = v.strictObject({
  id: cableIdSchema,
  meta: v.strictObject({
    subject: v.nullable(shortTextSchema),
    classification: v.nullable(shortTextSchema),
    level: v.nullable(levelSchema),
    origin: v.nullable(shortTextSchema),
    date: v.nullable(shortTextSchema),
  }),
  url: webUrlSchema,
  site: siteSchema,
  digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
});

/** A cable as the sending page reads it, with the address and adapter it was read with. */
export const cableInputSchema = v.strictObject({
  document: documentSchema,
  url: webUrlSchema,
  site: siteSchema,
});

/** The blocks of the cable as the sending page reads it, for re-anchoring bookmarks there. */
export const pageBlocksSchema = v.pipe(
  v.array(v.strictObject({ key: blockKeySchema, text: v.string() })),
  v.maxLength(LIMITS.blocks),
);

/** Tags as the reader typed them, before the store tidies them (spaces collapsed, repeats dropped). */
export const typedTagsSchema = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(MAX_TAG_LENGTH * 2))),
  v.maxLength(MAX_TAGS * 2),
);

export const noteRecordSchema = v.strictObject({
  id: recordIdSchema,
  bookmarkId: v.nullable(recordIdSchema),
  cableId: cableIdSchema,
  text: noteTextSchema,
  tags: tagListSchema,
  createdAt: epochTimeSchema,
  updatedAt: epochTimeSchema,
});

const bookmarkRecordSchema = v.strictObject({
  id: recordIdSchema,
  cableId: cableIdSchema,
  blockKey: blockKeySchema,
  label: v.nullable(shortTextSchema),
  marking: v.nullable(shortTextSchema),
  selectors: selectorsSchema,
  orphan: v.nullable(v.picklist(['no-quote', 'not-found', 'too-weak'])),
  createdAt: epochTimeSchema,
  updatedAt: epochTimeSchema,
});

/** What a removal handed back, for undo. */
export const removedBookmarksSchema = v.pipe(
  v.array(v.strictObject({ bookmark: bookmarkRecordSchema, notes: v.array(noteRecordSchema) })),
  v.maxLength(LIMITS.listItems),
);
