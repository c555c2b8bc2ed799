// How the extension's pages change bookmarks and notes: every change reports its failure in the reader's words
// and refreshes the page after; a deletion offers "Undo" for a while. A Preact hook over the store client.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { NoteRecord, RemovedBookmark } from '../messages';
import { failureMessage, storeRequest } from './client';

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
  /** Runs a change, shows its failure, refreshes; resolves whether it worked. */
  change: (run: () => Promise<unknown>) => Promise<boolean>;
  updateNote: (note: NoteRecord, text: string) => Promise<boolean>;
  /** Deletes a note, with undo. */
  deleteNote: (note: NoteRecord) => void;
  /** Deletes bookmarks (and their notes), with undo; `say` words what was removed. */
  deleteBookmarks: (ids: readonly string[], say: (removed: RemovedBookmark[]) => string) => Promise<boolean>;
}

/** Changes for a page that shows store data and reloads it with `refresh`. */
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
        return false;
      } finally {
        void refresh();
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
    updateNote: (note, text) => change(() => storeRequest({ type: 'notes:update', noteId: note.id, text })),
    deleteNote: (note) =>
      void change(async () => {
        const removed = await storeRequest({ type: 'notes:delete', noteId: note.id });
        offerUndo('Deleted a note.', () => storeRequest({ type: 'notes:restore', note: removed }));
      }),
    deleteBookmarks: (ids, say) =>
      change(async () => {
        const removed = await Promise.all(
          ids.map((bookmarkId) => storeRequest({ type: 'bookmark:delete', bookmarkId })),
        );
        offerUndo(say(removed), () => storeRequest({ type: 'bookmark:restore', removed }));
      }),
  };
}
