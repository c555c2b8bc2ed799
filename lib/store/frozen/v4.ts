// FROZEN: the database code of schema version 4 exactly as released, and records shaped as v4 wrote them.
// Never edit. Version 4 has version 3's stores and indexes; its notes carry tags.
import { openDB } from 'idb';
import { records as v3Records } from './v3';

export const version = 4;

/** Version 4's stores: the same as version 3's (the step only rewrote notes). */
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

/** Records as version 4 wrote them: version 3's, every note with its tags. */
export const records = {
  ...v3Records,
  notes: v3Records.notes.map((note, i) => ({ ...note, tags: i === 0 ? ['frozen tag'] : [] })),
};

/** Builds a version 4 database named `name` with v4's own code and fills it with `records`. */
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
