// FROZEN: the database code of schema version 1 exactly as released, and records shaped as v1 wrote them.
// Never edit. The upgrade test builds a v1 database with it and checks today's code finds every record.
import { openDB } from 'idb';

export const version = 1;

/** Version 1's stores, as its migration created them. */
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
}

const blocks = [
  { key: '1', text: 'First paragraph of the frozen cable, long enough to be quoted with confidence.' },
  { key: '2', text: 'Second paragraph of the frozen cable, which carries a bookmark and two notes.' },
];

const document = {
  id: '08FROZEN1',
  meta: {
    classification: 'CONFIDENTIAL',
    level: 'C',
    date: '2008-06-10',
    origin: 'Embassy Frozen',
    subject: 'Frozen subject',
    from: null,
    to: [],
    info: [],
    tags: [],
    references: [],
    classifiedBy: null,
    reasons: [],
    declassify: null,
    executiveOrder: null,
    passing: [],
    handling: [],
    section: null,
    signature: null,
  },
  pageBreaks: [],
  blocks: blocks.map((b) => ({
    kind: 'paragraph',
    key: b.key,
    number: b.key,
    marking: 'C',
    markingWritten: '(C)',
    text: b.text,
    depth: 0,
    parent: null,
    spans: [],
  })),
};

const start = (blocks[0]?.text.length ?? 0) + 2;
const exact = blocks[1]?.text ?? '';

/** Records as version 1 wrote them; the upgrade test expects to find each one. */
export const records = {
  cables: [
    {
      id: '08FROZEN1',
      subject: 'Frozen subject',
      classification: 'CONFIDENTIAL',
      level: 'C',
      origin: 'Embassy Frozen',
      date: '2008-06-10',
      urls: [
        {
          url: 'https://mirror.example/cable/08FROZEN1',
          site: 'mirror.example',
          lastSeen: 1_700_000_000_000,
        },
      ],
      updatedAt: 1_700_000_000_000,
    },
  ],
  snapshots: [{ cableId: '08FROZEN1', document, savedAt: 1_700_000_000_000 }],
  bookmarks: [
    {
      id: '08FROZEN1#2',
      cableId: '08FROZEN1',
      blockKey: '2',
      label: '2',
      marking: 'C',
      selectors: [
        { type: 'TextQuoteSelector', exact, prefix: `${(blocks[0]?.text ?? '').slice(-30)}\n\n`, suffix: '' },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
      orphan: null,
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    },
  ],
  notes: [
    {
      id: 'note-frozen-1',
      bookmarkId: '08FROZEN1#2',
      cableId: '08FROZEN1',
      text: 'A note on the bookmark <b>kept as text</b>.',
      createdAt: 1_700_000_000_001,
      updatedAt: 1_700_000_000_001,
    },
    {
      id: 'note-frozen-2',
      bookmarkId: null,
      cableId: '08FROZEN1',
      text: 'A note on the whole cable.',
      createdAt: 1_700_000_000_002,
      updatedAt: 1_700_000_000_002,
    },
  ],
  meta: [{ key: 'revision', value: 4 }],
};

/** Builds a version 1 database named `name` with v1's own code and fills it with `records`. */
export async function build(name: string): Promise<void> {
  const db = await openDB(name, version, {
    upgrade(database) {
      createSchema(database as unknown as IDBDatabase);
    },
  });
  const tx = db.transaction(['cables', 'snapshots', 'bookmarks', 'notes', 'meta'], 'readwrite');
  for (const [store, list] of Object.entries(records)) {
    for (const record of list) await tx.objectStore(store).put(record);
  }
  await tx.done;
  db.close();
}
