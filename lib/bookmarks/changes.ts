// How the extension's pages change bookmarks and notes: every change reports its failure in the reader's words;
// a deletion offers "Undo" for a while. A Preact hook over the typed client; refreshing is the broadcast's job.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { failureMessage } from '../messaging/result';
import { send } from '../messaging/runtime';
import type { RemovedBookmark } from '../store/results';
import type { NoteRecord } from '../store/schema';

/** What was just removed, and how to put it back. */
export interface UndoOffer {
  message: string;
  undo: () => void;
}

/** How long "Undo" is offered. */
export const UNDO_MS = 10_000;

export interface StoreChanges {
  /** The last failure, worded for the reader; null after a change that worked. */
  error: string | null;
  setError: (error: string | null) => void;
  undo: UndoOffer | null;
  dismissUndo: () => void;
  /** Runs a change, shows its failure (and refreshes then: no broadcast comes); resolves whether it worked. */
  change: (run: () => Promise<unknown>) => Promise<boolean>;
  updateNote: (note: NoteRecord, text: string) => Promise<boolean>;
  /** Deletes a note, with undo. */
  deleteNote: (note: NoteRecord) => void;
  /** Deletes bookmarks (and their notes), with undo; `say` words what was removed. */
  deleteBookmarks: (ids: readonly string[], say: (removed: RemovedBookmark[]) => string) => Promise<boolean>;
}

/**
 * Changes for a page that shows store data, reloads it on every change broadcast (lib/messaging/refresh.ts) and
 * with `refresh` after a failed change, which broadcasts nothing.
 */
export function useStoreChanges(refresh: () => unknown): StoreChanges {
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoOffer | null>(null);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const change = useCallback(
    async (run: () => Promise<unknown>): Promise<boolean> => {
      try {
        await run();
        setError(null);
        return true;
      } catch (e) {
        setError(failureMessage(e));
        void refresh();
        return false;
      }
    },
    [refresh],
  );

  const offerUndo = (message: string, restore: () => Promise<unknown>) =>
    setUndo({
      message,
      undo: () => {
        setUndo(null);
        void change(restore);
      },
    });

  return {
    error,
    setError,
    undo,
    dismissUndo: () => setUndo(null),
    change,
    updateNote: (note, text) => change(() => send('note.update', { noteId: note.id, text })),
    deleteNote: (note) =>
      void change(async () => {
        const removed = await send('note.delete', { noteId: note.id });
        offerUndo(t('undo_noteDeleted'), () => send('note.restore', { note: removed }));
      }),
    deleteBookmarks: (ids, say) =>
      change(async () => {
        const removed = await Promise.all(ids.map((bookmarkId) => send('bookmark.delete', { bookmarkId })));
        offerUndo(say(removed), () => send('bookmark.restore', { removed }));
      }),
  };
}
