// What a content script in a mirror page may ask the background (extension pages may ask the same): where the
// cable's bookmarks are, toggling one, keeping the cable, and the view's own errands. Nothing answered reveals a note.
import * as v from 'valibot';
import { blockKeySchema, cableIdSchema } from '../store/fields';
import type { CablePlaces } from '../store/results';
import { ACTION_STATES } from '../view/action-icon';
import { answer, request, WRITE_ID } from './define';
import { clipboardTextSchema } from './offscreen';
import { cableInputSchema, cableSightingSchema, pageBlocksSchema } from './schemas';
import type { Sender } from './senders';

/** Content scripts, and the extension's own documents, which may do anything a page may. */
const ANY_CONTEXT: readonly Sender[] = ['page', 'extension-frame', 'extension-page'];

export const pageRequests = {
  /** Which blocks carry bookmarks (re-anchored in `blocks` when given) and whether they have notes; no note text. */
  'bookmark.forCable': request({
    data: v.strictObject({ cableId: cableIdSchema, blocks: v.optional(pageBlocksSchema) }),
    from: ANY_CONTEXT,
    answer: answer<CablePlaces>(),
  }),
  /**
   * Bookmark a block, or remove the bookmark(s) on it; a page cannot remove one that has notes. A removal answers
   * `undo`: this request's own write id, which `bookmark.undoRemove` takes to put back what it removed.
   */
  'bookmark.toggle': request({
    data: v.strictObject({ cable: cableInputSchema, blockKey: blockKeySchema }),
    from: ANY_CONTEXT,
    answer: answer<{ bookmarked: boolean; bookmarkIds: string[]; undo: string | null }>(),
  }),
  /**
   * Put back what a `bookmark.toggle` removed, named by the `undo` it answered: a sender can undo only a removal it
   * made itself (the id is its own, never shown to the page), and only while the store remembers that write.
   */
  'bookmark.undoRemove': request({
    data: v.strictObject({ undo: v.pipe(v.string(), v.regex(WRITE_ID)) }),
    from: ANY_CONTEXT,
    answer: answer<{ bookmarkIds: string[] }>(),
  }),
  /**
   * The cable was shown on a page: refresh its fields and URLs if it is kept (otherwise nothing is stored), and say
   * whether the saved copy is another reading than the page's (`copyWanted`: the page then sends `cable.save`).
   */
  'cable.seen': request({
    data: v.strictObject({ sighting: cableSightingSchema }),
    from: ANY_CONTEXT,
    answer: answer<{ kept: boolean; copyWanted: boolean }>(),
  }),
  /**
   * Save a copy of the cable (and its URL) even without a bookmark, e.g. before writing a note on it. A saved copy
   * from another page stays: `differs` names the paragraphs where this page's reading differs from it.
   */
  'cable.save': request({
    data: v.strictObject({ cable: cableInputSchema }),
    from: ANY_CONTEXT,
    answer: answer<{ cableId: string; differs: string[] }>(),
  }),
  /** Open a paragraph's notes page beside the asking tab (content scripts cannot open extension pages). */
  'note.openPage': request({
    data: v.strictObject({ cableId: cableIdSchema, blockKey: blockKeySchema }),
    from: ['page'],
    answer: answer<null>(),
  }),
  /** What the asking tab shows now, for its toolbar button's icon and tooltip (lib/view/action-icon.ts). */
  'view.showing': request({
    data: v.strictObject({ state: v.picklist(ACTION_STATES) }),
    from: ['page'],
    answer: answer<null>(),
  }),
  /** Run the clean view's code (reader.js) in the asking content script's frame. */
  'view.loadReader': request({ data: v.strictObject({}), from: ['page'], answer: answer<null>() }),
  /**
   * Copy the text the reader asked for ("Copy citation", "Copy link") from the extension's own context, out of the
   * page's reach; answers whether it reached the clipboard.
   */
  'clipboard.write': request({
    data: v.strictObject({ text: clipboardTextSchema }),
    from: ['page'],
    answer: answer<boolean>(),
  }),
  'options.open': request({ data: v.strictObject({}), from: ANY_CONTEXT, answer: answer<null>() }),
  /** The shortcut currently bound to a command (`Alt+Shift+V`), or null when the reader unbound it. */
  'command.shortcut': request({
    data: v.strictObject({ command: v.pipe(v.string(), v.maxLength(100)) }),
    from: ANY_CONTEXT,
    answer: answer<string | null>(),
  }),
} as const;
