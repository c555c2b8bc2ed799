// Valibot schema of every request the background accepts (lib/messages.ts), checked before anything runs.
// A request that does not fit is refused whole with the path of the problem; nothing here touches the store.
import * as v from 'valibot';
import type { StoreRequest } from '../messages';
import { type Assert, documentSchema, LIMITS, type Same } from './document-schema';
import { cableIdSchema, selectorsSchema } from './export-schema';
import { formatPath } from './import';
import { MAX_NOTE_LENGTH } from './schema';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const key = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const noteText = v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH));

const cableInput = v.strictObject({
  document: documentSchema,
  url: v.pipe(v.string(), v.maxLength(2_048)),
  site: v.pipe(v.string(), v.maxLength(LIMITS.shortText)),
});

const noteRecord = v.strictObject({
  id,
  bookmarkId: v.nullable(id),
  cableId: cableIdSchema,
  text: noteText,
  createdAt: time,
  updatedAt: time,
});

const bookmarkRecord = v.strictObject({
  id,
  cableId: cableIdSchema,
  blockKey: key,
  label: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.shortText))),
  marking: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.shortText))),
  selectors: selectorsSchema,
  orphan: v.nullable(v.picklist(['no-quote', 'not-found', 'too-weak'])),
  createdAt: time,
  updatedAt: time,
});

const requestSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('bookmarks:forCable'),
    cableId: cableIdSchema,
    blocks: v.optional(
      v.pipe(v.array(v.strictObject({ key, text: v.string() })), v.maxLength(LIMITS.blocks)),
    ),
  }),
  v.strictObject({ type: v.literal('bookmark:toggle'), cable: cableInput, blockKey: key }),
  v.strictObject({ type: v.literal('bookmark:delete'), bookmarkId: id }),
  v.strictObject({
    type: v.literal('bookmark:restore'),
    removed: v.pipe(
      v.array(v.strictObject({ bookmark: bookmarkRecord, notes: v.array(noteRecord) })),
      v.maxLength(LIMITS.listItems),
    ),
  }),
  v.strictObject({ type: v.literal('bookmarks:list'), offset: v.optional(count), limit: v.optional(count) }),
  v.strictObject({
    type: v.literal('search'),
    query: v.pipe(v.string(), v.maxLength(1_000)),
    offset: v.optional(count),
    limit: v.optional(count),
  }),
  v.strictObject({ type: v.literal('notes:list'), cableId: cableIdSchema }),
  v.strictObject({
    type: v.literal('notes:add'),
    cableId: cableIdSchema,
    bookmarkId: v.nullable(id),
    text: noteText,
  }),
  v.strictObject({ type: v.literal('notes:update'), noteId: id, text: noteText }),
  v.strictObject({ type: v.literal('notes:delete'), noteId: id }),
  v.strictObject({ type: v.literal('notes:restore'), note: noteRecord }),
  v.strictObject({ type: v.literal('cable:seen'), cable: cableInput }),
  v.strictObject({ type: v.literal('cable:save'), cable: cableInput }),
  v.strictObject({ type: v.literal('cable:get'), cableId: cableIdSchema }),
  v.strictObject({ type: v.literal('export:json') }),
  v.strictObject({ type: v.literal('export:markdown') }),
  v.strictObject({ type: v.literal('import:json'), text: v.string() }),
]);

// Fails to compile when the protocol in lib/messages.ts and this schema disagree: update both together.
export type RequestSchemaInStep = Assert<Same<v.InferOutput<typeof requestSchema>, StoreRequest>>;

export type ParsedRequest = { ok: true; request: StoreRequest } | { ok: false; message: string };

/** Validates an incoming message as a StoreRequest. */
export function parseRequest(message: unknown): ParsedRequest {
  const result = v.safeParse(requestSchema, message);
  if (result.success) return { ok: true, request: result.output };
  const [first] = result.issues;
  const path = formatPath((first.path ?? []).map((p) => p.key as string | number));
  return { ok: false, message: `That request was not understood (${path}: ${first.message}).` };
}
