import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { freshName } from '../../tests/fixtures/idb-schema';
import { seededRandom } from '../../tests/fixtures/mutations';
import { Repository } from './repository';

const opened: Repository[] = [];
afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
});

async function open(name: string, now: () => number = Date.now): Promise<Repository> {
  let ids = 0;
  const repository = await Repository.open({ name, now, newId: () => `note-${name}-${++ids}` });
  opened.push(repository);
  return repository;
}

/** A store of `cables` cables with bookmarks and notes in a random order, times often tied (a coarse clock). */
async function filledStore(cables: number): Promise<{ name: string; writer: Repository }> {
  const name = freshName('newest');
  const random = seededRandom(7);
  let clock = 1_700_000_000_000;
  // The clock moves on one tick in three: equal times across cables, so the order's tie-break is exercised.
  const writer = await open(name, () => (random() < 0.33 ? ++clock : clock));
  const ids = Array.from({ length: cables }, (_, i) => `0${i % 10}ZEMBLA${i}`);
  for (let step = 0; step < cables * 4; step++) {
    const id = ids[Math.floor(random() * ids.length)] as string;
    const input = cableInput(makeDocument(id, PARAGRAPHS, { subject: `Subject of ${id}` }));
    const kind = random();
    if (kind < 0.6)
      await writer.toggleBookmark(input, String(1 + Math.floor(random() * 4)), { allowNotes: true });
    else if (kind < 0.8) {
      await writer.upsertCable(input);
      await writer.addNote({ cableId: id, bookmarkId: null, text: `A note on ${id}` });
    } else {
      const [first] = await writer.listBookmarks(id);
      if (first) await writer.addNote({ cableId: id, bookmarkId: first.id, text: `On ${first.id}` });
    }
  }
  return { name, writer };
}

describe('listPage', () => {
  it('reads the first page from the indexes exactly as the in-memory copy lists it', async () => {
    const { name, writer } = await filledStore(40);
    const all = await writer.listAll();
    expect(all.length).toBeGreaterThan(15);
    for (const limit of [1, 5, 12, 50]) {
      // A repository that has read nothing yet, as the service worker is when the popup opens.
      const fresh = await open(name);
      const page = await fresh.listPage(0, limit);
      expect(page.total).toBe(all.length);
      expect(page.groups).toEqual(all.slice(0, limit));
      fresh.close();
    }
  });

  it('serves later pages, and every page once loaded, from memory', async () => {
    const { name, writer } = await filledStore(20);
    const all = await writer.listAll();
    const fresh = await open(name);
    expect((await fresh.listPage(5, 5)).groups).toEqual(all.slice(5, 10));
    expect(await fresh.listPage(0, 3)).toEqual({ groups: all.slice(0, 3), total: all.length });
    expect((await fresh.listPage(0, undefined)).groups).toEqual(all);
  });

  it('loads no store whole for the first page; the first request that needs every record does', async () => {
    const { name } = await filledStore(20);
    const fresh = await open(name);
    // Every record is read with one getAll per store; the first page reads by index (IDBIndex.getAll) only.
    const wholeStores = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    try {
      await fresh.listPage(0, 5);
      // Time for a load started after the answer to reach the database.
      await new Promise((done) => setTimeout(done, 50));
      expect(wholeStores).not.toHaveBeenCalled();
      await fresh.tags();
      expect(wholeStores.mock.contexts.map((store) => (store as IDBObjectStore).name)).toContain('bookmarks');
    } finally {
      wholeStores.mockRestore();
    }
  });

  it('is empty on an empty store', async () => {
    const fresh = await open(freshName('newest-empty'));
    expect(await fresh.listPage(0, 50)).toEqual({ groups: [], total: 0 });
  });
});

describe('listCounts', () => {
  it('counts the list from the summaries, as the in-memory list has it, loading no store whole', async () => {
    const { name, writer } = await filledStore(30);
    const all = await writer.listAll();
    const expected = {
      cables: all.length,
      bookmarks: all.reduce((n, g) => n + g.bookmarks.length, 0),
      notes: all.reduce(
        (n, g) => n + g.cableNotes.length + g.bookmarks.reduce((m, b) => m + b.notes.length, 0),
        0,
      ),
    };
    expect(expected.notes).toBeGreaterThan(0);
    const fresh = await open(name);
    const wholeStores = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    try {
      expect(await fresh.listCounts()).toEqual(expected);
      expect(wholeStores).not.toHaveBeenCalled();
    } finally {
      wholeStores.mockRestore();
    }
  });

  it('counts a highlight’s note as the library row does, and a cable with only highlights not at all', async () => {
    const writer = await open(freshName('counts-highlights'));
    const noted = cableInput(makeDocument('08ZEMBLA1', PARAGRAPHS, { subject: 'Noted' }));
    const marked = cableInput(makeDocument('08ZEMBLA2', PARAGRAPHS, { subject: 'Highlighted only' }));
    await writer.addBookmark(noted, '2');
    await writer.addHighlight(noted, { start: 0, end: 20 }, { colour: 'yellow', note: 'Worth quoting.' });
    await writer.addHighlight(marked, { start: 0, end: 20 }, { colour: 'pink' });
    const row = (await writer.listLibrary()).entries.find((e) => e.id === '08ZEMBLA1');
    expect(row?.notes).toBe(1);
    expect(await writer.listCounts()).toEqual({ cables: 1, bookmarks: 1, notes: 1 });
  });
});
