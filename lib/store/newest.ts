// The popup's first page read straight from the database: the newest cables by the bookmarks' and notes' updatedAt
// indexes, each cable's records by its cableId indexes, and the number of cables listed. Reads only, in the
// caller's transaction; the same groups as the in-memory copy gives, without loading every record first.
import type { IDBPTransaction } from 'idb';
import { byNewest, type CableGroup, groupOf } from './groups';
import type { CableReaderDB } from './schema';
import type { DataStore } from './tx';

/** A read transaction over the data stores (runRead's). */
type ReadTx = IDBPTransaction<CableReaderDB, ('meta' | DataStore)[], 'readonly'>;

/** A page of groups and how many there are in all. */
export interface NewestPage {
  groups: CableGroup[];
  total: number;
}

/**
 * Ids of the `limit` cables changed last (a group's time is its newest bookmark or note), walking both updatedAt
 * indexes backwards at once. Cables tied with the last one taken are taken too, so sorting by `byNewest` after
 * gives the same first page as sorting every group.
 */
async function newestCableIds(tx: ReadTx, limit: number): Promise<string[]> {
  const ids = new Set<string>();
  let floor = Number.NEGATIVE_INFINITY;
  let bookmark = await tx.objectStore('bookmarks').index('updatedAt').openCursor(null, 'prev');
  let note = await tx.objectStore('notes').index('updatedAt').openCursor(null, 'prev');
  while (bookmark || note) {
    const fromBookmarks =
      bookmark !== null && (note === null || bookmark.value.updatedAt >= note.value.updatedAt);
    const cursor = fromBookmarks ? bookmark : note;
    if (!cursor) break;
    const { updatedAt, cableId } = cursor.value;
    if (ids.size >= limit && updatedAt < floor) break;
    if (!ids.has(cableId)) {
      ids.add(cableId);
      if (ids.size === limit) floor = updatedAt;
    }
    if (fromBookmarks) bookmark = await (bookmark as NonNullable<typeof bookmark>).continue();
    else note = await (note as NonNullable<typeof note>).continue();
  }
  return [...ids];
}

/** One cable's group from its records (null when nothing of it is listed). */
async function readGroup(tx: ReadTx, cableId: string): Promise<CableGroup | null> {
  const [record, bookmarks, notes, saved] = await Promise.all([
    tx.objectStore('cables').get(cableId),
    tx.objectStore('bookmarks').index('cableId').getAll(cableId),
    tx.objectStore('notes').index('cableId').getAll(cableId),
    tx.objectStore('snapshots').getKey(cableId),
  ]);
  return groupOf(cableId, record, bookmarks, notes, saved !== undefined);
}

/** Cables with a bookmark or a note: the distinct keys of both cableId indexes (keys only, no records read). */
async function listedCables(tx: ReadTx): Promise<number> {
  const ids = new Set<string>();
  for (const store of ['bookmarks', 'notes'] as const) {
    let cursor = await tx.objectStore(store).index('cableId').openKeyCursor(null, 'nextunique');
    while (cursor) {
      ids.add(cursor.key);
      cursor = await cursor.continue();
    }
  }
  return ids.size;
}

/** The first `limit` groups, newest first, and the number of groups in all. */
export async function readNewest(tx: ReadTx, limit: number): Promise<NewestPage> {
  const [ids, total] = await Promise.all([newestCableIds(tx, limit), listedCables(tx)]);
  const groups = (await Promise.all(ids.map((id) => readGroup(tx, id)))).filter(
    (g): g is CableGroup => g !== null,
  );
  return { groups: groups.sort(byNewest).slice(0, limit), total };
}
