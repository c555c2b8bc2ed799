// Forward schema migrations: step N turns a version N-1 database into version N, in the upgrade transaction.
// Never edit a released step (frozen/ and schema.snapshot.json hold it to that); add a new one instead.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { summaryOf } from './library';
import type { BookmarkRecord, CableRecord, HighlightRecord, NoteRecord } from './schema';

/** Untyped on purpose: a step sees the schema of its own time, not today's. */
export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** One step; may be async, but must only await requests on `tx` (anything else lets the transaction commit). */
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

/** Version 1: cables, their saved copies, bookmarks, notes, and the write counter. */
function toV1(db: UpgradeDb): void {
  db.createObjectStore('cables', { keyPath: 'id' });
  db.createObjectStore('snapshots', { keyPath: 'cableId' });
  const bookmarks = db.createObjectStore('bookmarks', { keyPath: 'id' });
  bookmarks.createIndex('cableId', 'cableId');
  bookmarks.createIndex('updatedAt', 'updatedAt');
  const notes = db.createObjectStore('notes', { keyPath: 'id' });
  // Cable-level notes have bookmarkId null, which is not a valid key: they stay out of this index by design.
  notes.createIndex('bookmarkId', 'bookmarkId');
  notes.createIndex('cableId', 'cableId');
  db.createObjectStore('meta', { keyPath: 'key' });
}

/**
 * Version 2: highlights of any passage (with colour, tags and note), and the library's persisted search index
 * with its log of cables changed since the index was saved. Additive: earlier stores are untouched.
 */
function toV2(db: UpgradeDb): void {
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('cableId', 'cableId');
  highlights.createIndex('updatedAt', 'updatedAt');
  db.createObjectStore('searchIndex', { keyPath: 'key' });
  db.createObjectStore('searchDirty', { keyPath: 'cableId' });
}

/**
 * Version 3: notes indexed by `updatedAt`, beside the bookmarks' index of version 1, so the popup's first page (the
 * newest cables) is read from the two indexes newest first without loading every record. Additive.
 */
function toV3(_db: UpgradeDb, tx: UpgradeTx): void {
  tx.objectStore('notes').createIndex('updatedAt', 'updatedAt');
}

/**
 * Version 4: notes carry tags, as highlights do. Every note written before gets an empty list, so no reader of the
 * store has to know that the field was once missing. No new store or index.
 */
async function toV4(_db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('notes').openCursor();
  while (cursor) {
    const note = cursor.value as { tags?: unknown };
    if (!Array.isArray(note.tags)) await cursor.update({ ...note, tags: [] });
    cursor = await cursor.continue();
  }
}

/**
 * Version 5: a summary of every kept cable (the library's row, with the popup's order in `listedAt`), indexed by
 * `readAt` and `listedAt`, so the library's and the popup's first screens are one short cursor each, and their
 * totals one count(). Filled here from the records already stored; every write keeps it in step after.
 */
async function toV5(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
  summaries.createIndex('readAt', 'readAt');
  summaries.createIndex('listedAt', 'listedAt');
  const [cables, bookmarks, notes, highlights, saved] = await Promise.all([
    tx.objectStore('cables').getAll() as Promise<CableRecord[]>,
    tx.objectStore('bookmarks').getAll() as Promise<BookmarkRecord[]>,
    tx.objectStore('notes').getAll() as Promise<NoteRecord[]>,
    tx.objectStore('highlights').getAll() as Promise<HighlightRecord[]>,
    tx.objectStore('snapshots').getAllKeys(),
  ]);
  const ofCable = <T extends { cableId: string }>(list: readonly T[]) => {
    const by = new Map<string, T[]>();
    for (const item of list) {
      const found = by.get(item.cableId);
      if (found) found.push(item);
      else by.set(item.cableId, [item]);
    }
    return (id: string) => by.get(id) ?? [];
  };
  const [bookmarksOf, notesOf, highlightsOf] = [ofCable(bookmarks), ofCable(notes), ofCable(highlights)];
  const savedIds = new Set(saved);
  await Promise.all(
    cables.map((cable) =>
      summaries.put(
        summaryOf(
          cable,
          savedIds.has(cable.id),
          bookmarksOf(cable.id),
          notesOf(cable.id),
          highlightsOf(cable.id),
        ),
      ),
    ),
  );
}

/** `migrations[n - 1]` upgrades version n-1 to n; its length is the current version. */
export const migrations: readonly Migration[] = [toV1, toV2, toV3, toV4, toV5];

/**
 * Runs every step from `oldVersion + 1` to `newVersion` in order, inside the upgrade transaction.
 * Resolves when all steps are done; rejects with the first step's error (the caller aborts the transaction).
 */
export async function runMigrations(
  steps: readonly Migration[],
  db: UpgradeDb,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = steps[version - 1];
    if (!step) throw new Error(`No migration to schema version ${version}.`);
    await step(db, tx);
  }
}
