// FROZEN: the database code of schema version 2 exactly as released, and records shaped as v2 wrote them.
// Never edit. Version 1's records are reused as they were (v1.ts is frozen too); v2 adds a highlight.
import { openDB } from 'idb';
import { records as v1Records } from './v1';

export const version = 2;

/** Version 2's stores: version 1's, then highlights and the search index with its change log. */
function createSchema(db: IDBDatabase): void {
  db.createObjectStore('cables', { keyPath: 'id' });
  db.createObjectStore('snapshots', { keyPath: 'cableId' });
  const bookmarks = db.createObjectStore('bookmarks', { keyPath: 'id' });
  bookmarks.createIndex('cableId', 'cableId');
  bookmarks.createIndex('updatedAt', 'updatedAt');
  const notes = db.createObjectStore('notes', { keyPath: 'id' });
  notes.createIndex('bookmarkId', 'bookmarkId');
  notes.createIndex('cableId', 'cableId');
  db.createObjectStore('meta', { keyPath: 'key' });
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('cableId', 'cableId');
  highlights.createIndex('updatedAt', 'updatedAt');
  db.createObjectStore('searchIndex', { keyPath: 'key' });
  db.createObjectStore('searchDirty', { keyPath: 'cableId' });
}

const exact = 'Second paragraph of the frozen cable';
const [firstBlock] = v1Records.snapshots[0]?.document.blocks ?? [];
const start = (firstBlock?.text.length ?? 0) + 2;

/** Records as version 2 wrote them; the upgrade test expects to find each one. */
export const records = {
  ...v1Records,
  highlights: [
    {
      id: 'highlight-frozen-1',
      cableId: '08FROZEN1',
      blockKey: '2',
      label: '2',
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact,
          prefix: 'ted with confidence.\n\n',
          suffix: ', which carries a bookm',
        },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
      colour: 'blue',
      note: 'A note beside the passage.',
      tags: ['follow up'],
      orphan: null,
      createdAt: 1_700_000_000_003,
      updatedAt: 1_700_000_000_003,
    },
  ],
  searchDirty: [{ cableId: '08FROZEN1', revision: 5 }],
  meta: [{ key: 'revision', value: 5 }],
};

/** Builds a version 2 database named `name` with v2's own code and fills it with `records`. */
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
