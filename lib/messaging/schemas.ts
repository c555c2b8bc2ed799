// Valibot pieces the message tables share: ids, keys, a cable as a page reads it, stored records for undo.
// Bounds every string and list a sender may pass; nothing here touches the store.
import * as v from 'valibot';
import { documentSchema, LIMITS } from '../store/document-schema';
import { cableIdSchema, selectorsSchema } from '../store/export-schema';
import { MAX_NOTE_LENGTH } from '../store/schema';

export { cableIdSchema };

export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
export const blockKeySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const noteTextSchema = v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH));

/** A window into a long list: `offset` groups skipped, at most `limit` returned (default: all). */
export const pageEntries = { offset: v.optional(count), limit: v.optional(count) };

/** A cable as the sending page reads it, with the address and adapter it was read with. */
export const cableInputSchema = v.strictObject({
  document: documentSchema,
  url: v.pipe(v.string(), v.maxLength(2_048)),
  site: v.pipe(v.string(), v.maxLength(LIMITS.shortText)),
});

/** The blocks of the cable as the sending page reads it, for re-anchoring bookmarks there. */
export const pageBlocksSchema = v.pipe(
  v.array(v.strictObject({ key: blockKeySchema, text: v.string() })),
  v.maxLength(LIMITS.blocks),
);

export const noteRecordSchema = v.strictObject({
  id: idSchema,
  bookmarkId: v.nullable(idSchema),
  cableId: cableIdSchema,
  text: noteTextSchema,
  createdAt: time,
  updatedAt: time,
});

const bookmarkRecordSchema = v.strictObject({
  id: idSchema,
  cableId: cableIdSchema,
  blockKey: blockKeySchema,
  label: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.shortText))),
  marking: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.shortText))),
  selectors: selectorsSchema,
  orphan: v.nullable(v.picklist(['no-quote', 'not-found', 'too-weak'])),
  createdAt: time,
  updatedAt: time,
});

/** What a removal handed back, for undo. */
export const removedBookmarksSchema = v.pipe(
  v.array(v.strictObject({ bookmark: bookmarkRecordSchema, notes: v.array(noteRecordSchema) })),
  v.maxLength(LIMITS.listItems),
);
