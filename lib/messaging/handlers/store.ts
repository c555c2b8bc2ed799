// The handlers of every request the store answers: each runs one repository call and names the cables it changed.
// Sender rights are already checked by the router; the one rule that depends on the sender (notes) is here. Every
// write passes on the sender's request id, so a write sent again after its answer was lost is not applied twice.

import type { CableGroup } from '../../store/groups';
import type { Repository } from '../../store/repository';
import type { extensionRequests, GroupPage } from '../extension-requests';
import type { pageRequests } from '../page-requests';
import type { Handlers } from '../router';

/** What the store's handlers need besides the request: the repository (opened on first use) and the clock. */
export interface StoreContext {
  repository(): Promise<Repository>;
  now(): number;
}

type StoreTable = Pick<
  typeof pageRequests,
  'bookmark.forCable' | 'bookmark.toggle' | 'bookmark.undoRemove' | 'cable.seen' | 'cable.save'
> &
  Omit<typeof extensionRequests, 'command.run' | 'backup.export' | 'backup.import'>;

function page(groups: CableGroup[], { offset = 0, limit }: { offset?: number; limit?: number }): GroupPage {
  return {
    groups: groups.slice(offset, limit === undefined ? undefined : offset + limit),
    total: groups.length,
  };
}

export const storeHandlers: Handlers<StoreTable, StoreContext> = {
  'bookmark.forCable': async ({ cableId, blocks }, { repository }) =>
    (await repository()).placesForCable(cableId, blocks),
  'bookmark.toggle': async ({ cable, blockKey }, { repository, sender, changed, writeId }) => {
    // Only an extension page, where the notes are visible, may remove a bookmark that carries them.
    const allowNotes = sender === 'extension-page';
    const result = await (await repository()).toggleBookmark(cable, blockKey, { allowNotes, writeId });
    changed(cable.document.id);
    const bookmarkIds = result.bookmarked ? [result.bookmark.id] : result.removed.map((r) => r.bookmark.id);
    return { bookmarked: result.bookmarked, bookmarkIds, undo: result.bookmarked ? null : (writeId ?? null) };
  },
  'bookmark.undoRemove': async ({ undo }, { repository, changed, writeId }) => {
    const restored = await (await repository()).undoRemoval(undo, { writeId });
    for (const cableId of new Set(restored.map((r) => r.bookmark.cableId))) changed(cableId);
    return { bookmarkIds: restored.map((r) => r.bookmark.id) };
  },
  'cable.seen': async ({ sighting }, { repository, writeId }) => {
    const seen = await (await repository()).noteSighting(sighting, { writeId });
    return { kept: seen !== null, copyWanted: seen?.copyWanted ?? false };
  },
  'cable.save': async ({ cable }, { repository, writeId }) => {
    const { record, differs } = await (await repository()).upsertCable(cable, { writeId });
    return { cableId: record.id, differs };
  },
  'cable.get': async ({ cableId }, { repository }) => (await repository()).getCable(cableId),
  'bookmark.delete': async ({ bookmarkId }, { repository, changed, writeId }) => {
    const removed = await (await repository()).removeBookmark(bookmarkId, { writeId });
    changed(removed.bookmark.cableId);
    return removed;
  },
  'bookmark.restore': async ({ removed }, { repository, changed, writeId }) => {
    await (await repository()).restore(removed, { writeId });
    for (const r of removed) changed(r.bookmark.cableId);
    return null;
  },
  'bookmark.list': async ({ offset = 0, limit }, { repository }) =>
    (await repository()).listPage(offset, limit),
  'bookmark.counts': async (_, { repository }) => (await repository()).listCounts(),
  'bookmark.search': async ({ query, tag, ...window }, { repository }) =>
    page(await (await repository()).search(query, tag), window),
  'bookmark.searchIndex': async (window, { repository }) => (await repository()).searchIndex(window),
  'note.list': async ({ cableId }, { repository }) => (await repository()).listNotes(cableId),
  'note.add': async (note, { repository, changed, writeId }) => {
    const added = await (await repository()).addNote(note, { writeId });
    changed(added.cableId);
    return added;
  },
  'note.update': async ({ noteId, ...change }, { repository, changed, writeId }) => {
    const note = await (await repository()).updateNote(noteId, change, { writeId });
    changed(note.cableId);
    return note;
  },
  'note.delete': async ({ noteId }, { repository, changed, writeId }) => {
    const note = await (await repository()).deleteNote(noteId, { writeId });
    changed(note.cableId);
    return note;
  },
  'note.restore': async ({ note }, { repository, changed, writeId }) => {
    await (await repository()).restoreNote(note, { writeId });
    changed(note.cableId);
    return null;
  },
};
