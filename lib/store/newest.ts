// The popup's first page read straight from the database: the newest cables by the summaries' listedAt index,
// each cable's records by its cableId indexes, and the number of cables listed (a count). Reads only, in the
// caller's transaction; the same groups as the in-memory copy gives, without loading every record first.
import type { IDBPTransaction } from 'idb';
import { byNewest, type CableGroup, groupOf } from './groups';
import type { CableReaderDB, SummaryRecord } from './schema';
import type { DataStore } from './tx';

/** A read transaction over the data stores and the summaries (runRead's). */
type ReadTx = IDBPTransaction<CableReaderDB, ('meta' | 'summaries' | DataStore)[], 'readonly'>;

/** A page of groups and how many there are in all. */
export interface NewestPage {
  groups: CableGroup[];
  total: number;
}

/**
 * The `limit` summaries highest in `index` (`listedAt`: the cables changed last, a group's time being its newest
 * bookmark or note; `readAt`: read last), highest first, read with one cursor backwards. Those tied with the last
 * one taken are taken too, so sorting after (with its tie-break) and cutting gives the same first page as sorting all.
 */
export async function latestSummaries(
  tx: ReadTx,
  index: 'listedAt' | 'readAt',
  limit: number,
): Promise<SummaryRecord[]> {
  const found: SummaryRecord[] = [];
  let floor = Number.NEGATIVE_INFINITY;
  let cursor = await tx.objectStore('summaries').index(index).openCursor(null, 'prev');
  while (cursor && (found.length < limit || cursor.key >= floor)) {
    found.push(cursor.value);
    if (found.length === limit) floor = cursor.key;
    cursor = await cursor.continue();
  }
  return found;
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

/** The first `limit` groups, newest first, and the number of groups in all. */
export async function readNewest(tx: ReadTx, limit: number): Promise<NewestPage> {
  const [ids, total] = await Promise.all([
    latestSummaries(tx, 'listedAt', limit).then((found) => found.map((s) => s.id)),
    // Cables with a bookmark or a note: those in the index.
    tx.objectStore('summaries').index('listedAt').count(),
  ]);
  const groups = (await Promise.all(ids.map((id) => readGroup(tx, id)))).filter(
    (g): g is CableGroup => g !== null,
  );
  return { groups: groups.sort(byNewest).slice(0, limit), total };
}
