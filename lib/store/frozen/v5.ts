// FROZEN: the database code of schema version 5 exactly as released, and records shaped as v5 wrote them.
// Never edit. Version 5 adds the summaries store (one record per kept cable) indexed by readAt and listedAt.
import { openDB } from 'idb';
import { records as v4Records } from './v4';

export const version = 5;

/** Version 5's stores: version 4's, and the summaries with their two indexes. */
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
  const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
  summaries.createIndex('readAt', 'readAt');
  summaries.createIndex('listedAt', 'listedAt');
}

/** Records as version 5 wrote them: version 4's, and the one cable's summary. */
export const records = {
  ...v4Records,
  summaries: [
    {
      id: '08FROZEN1',
      subject: 'Frozen subject',
      classification: 'CONFIDENTIAL',
      level: 'C',
      origin: 'Embassy Frozen',
      date: '2008-06-10',
      readAt: 1_700_000_000_000,
      url: 'https://mirror.example/cable/08FROZEN1',
      site: 'mirror.example',
      saved: true,
      bookmarks: 1,
      highlights: 1,
      notes: 3,
      tags: ['follow up', 'frozen tag'],
      listedAt: 1_700_000_000_002,
    },
  ],
};

/** Builds a version 5 database named `name` with v5's own code and fills it with `records`. */
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
