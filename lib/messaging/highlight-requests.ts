// Requests about highlights, tags and the library. A page may place and make highlights (positions and colours
// only: no note or tag travels to or from it); notes, tags and edits are for extension documents (the notes
// panel frame included); the library's list and search are for extension pages in their own tab.
import * as v from 'valibot';
import { selectorsSchema } from '../store/export-schema';
import {
  blockKeySchema,
  cableIdSchema,
  countSchema,
  epochTimeSchema,
  noteTextSchema,
  recordIdSchema,
  shortTextSchema,
} from '../store/fields';
import type { LibraryPage } from '../store/library';
import type { LibraryResults } from '../store/library-search';
import type { HighlightPlaces, PlacedHighlight, TagCount } from '../store/results';
import { HIGHLIGHT_COLOURS, type HighlightRecord, MAX_TAG_LENGTH, MAX_TAGS } from '../store/schema';
import { answer, request } from './define';
import { cableInputSchema, pageBlocksSchema, typedTagsSchema } from './schemas';
import type { Sender } from './senders';

const ANY_CONTEXT: readonly Sender[] = ['page', 'extension-frame', 'extension-page'];
const EXTENSION_DOCUMENTS: readonly Sender[] = ['extension-frame', 'extension-page'];
const EXTENSION_PAGES: readonly Sender[] = ['extension-page'];

const offset = countSchema;
const time = epochTimeSchema;
const idSchema = recordIdSchema;
const colourSchema = v.picklist(HIGHLIGHT_COLOURS);

/** A highlight as stored, for undo. */
const highlightRecordSchema = v.strictObject({
  id: idSchema,
  cableId: cableIdSchema,
  blockKey: blockKeySchema,
  label: v.nullable(shortTextSchema),
  selectors: selectorsSchema,
  colour: colourSchema,
  note: noteTextSchema,
  tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TAG_LENGTH))), v.maxLength(MAX_TAGS)),
  orphan: v.nullable(v.picklist(['no-quote', 'not-found', 'too-weak'])),
  createdAt: time,
  updatedAt: time,
});

export const highlightRequests = {
  /** Where the cable's highlights sit in the page's own blocks, with their colours; no note, no tag. */
  'highlight.forCable': request({
    data: v.strictObject({ cableId: cableIdSchema, blocks: pageBlocksSchema }),
    from: ANY_CONTEXT,
    answer: answer<HighlightPlaces>(),
  }),
  /** Highlight `[start, end)` of the anchoring text of `cable` (as the page reads it), keeping the cable. */
  'highlight.add': request({
    data: v.strictObject({ cable: cableInputSchema, start: offset, end: offset, colour: colourSchema }),
    from: ANY_CONTEXT,
    answer: answer<{ id: string; cableId: string }>(),
  }),
  /** A cable's highlights with notes and tags, in reading order, placed in `blocks` or the saved copy. */
  'highlight.list': request({
    data: v.strictObject({ cableId: cableIdSchema, blocks: v.optional(pageBlocksSchema) }),
    from: EXTENSION_DOCUMENTS,
    answer: answer<PlacedHighlight[]>(),
  }),
  'highlight.update': request({
    data: v.strictObject({
      highlightId: idSchema,
      colour: v.optional(colourSchema),
      note: v.optional(noteTextSchema),
      tags: v.optional(typedTagsSchema),
    }),
    from: EXTENSION_DOCUMENTS,
    answer: answer<HighlightRecord>(),
  }),
  'highlight.delete': request({
    data: v.strictObject({ highlightId: idSchema }),
    from: EXTENSION_DOCUMENTS,
    answer: answer<HighlightRecord>(),
  }),
  'highlight.restore': request({
    data: v.strictObject({ highlight: highlightRecordSchema }),
    from: EXTENSION_DOCUMENTS,
    answer: answer<null>(),
  }),
  /** The tab the asking panel frame sits in (a frame cannot tell otherwise), to talk to the view there. */
  'panel.tabId': request({
    data: v.strictObject({}),
    from: ['extension-frame'],
    answer: answer<number | null>(),
  }),
  /** Every tag in use, most used first (autocompletion, filters). */
  'tag.list': request({ data: v.strictObject({}), from: EXTENSION_DOCUMENTS, answer: answer<TagCount[]>() }),
  /** Kept cables with counts and tags, most recently read first (the library): the first `limit`, or all. */
  'library.list': request({
    data: v.strictObject({
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000))),
    }),
    from: EXTENSION_PAGES,
    answer: answer<LibraryPage>(),
  }),
  /** Full-text search over saved copies, notes and highlights, with snippets. */
  'library.search': request({
    data: v.strictObject({
      query: v.pipe(v.string(), v.maxLength(1_000)),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
    }),
    from: EXTENSION_PAGES,
    answer: answer<LibraryResults>(),
  }),
  /** Highlights, bookmarks and notes as a W3C Web Annotation (JSON-LD) collection. */
  'annotation.export': request({
    data: v.strictObject({}),
    from: EXTENSION_PAGES,
    answer: answer<{ fileName: string; mimeType: 'application/ld+json'; text: string }>(),
  }),
} as const;
