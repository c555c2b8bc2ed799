// FROZEN: the database code of schema version 3 exactly as released, and records shaped as v3 wrote them.
// Never edit. Version 2's records are reused as they were (v2.ts is frozen too); v3 only adds an index on notes.
import { openDB } from 'idb';
import { records as v2Records } from './v2';

export const version = 3;

/** Version 3's stores: version 2's, and notes indexed by updatedAt. */
function createSchema(db: IDBDatabase): void {
  db.createObjectStore('cables', { keyPath: 'id' });
  db.createObjectStore('snapshots', { keyPath: 'cableId' });
  const bookmarks = db.createObjectStore('bookmarks', { keyPath: 'id' });
  bookmarks.createIndex('cableId', 'cableId');
  bookmarks.createIndex('updatedAt', 'updatedAt');
  const notes = db.createObjectStore('notes', { keyPath: 'id' });
  notes.createIndex('bookmarkId', 'bookmarkId');
  notes.createIndex('cableId', 'cableId');
  notes.createIndex('updatedAt', 'updatedAt');
  db.createObjectStore('meta', { keyPath: 'key' });
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('cableId', 'cableId');
  highlights.createIndex('updatedAt', 'updatedAt');
  db.createObjectStore('searchIndex', { keyPath: 'key' });
  db.createObjectStore('searchDirty', { keyPath: 'cableId' });
}

/** Records as version 3 wrote them (the same shapes as version 2's); the upgrade test expects each one. */
export const records = v2Records;

/** Builds a version 3 database named `name` with v3's own code and fills it with `records`. */
export async function build(name: string): Promise<void> {
  const db = await openDB(name, version, {
    upgrade(database) {
      createSchema(database as unknown as IDBDatabase);
    },
  });
  const stores = Object.keys(records);
  const tx = db.transaction(stores, 'readwrite');
  for (const [store, list] of Object.entries(records)) {
    for (const record of list) await tx.objectStore(store).put(record);
  }
  await tx.done;
  db.close();
}
