import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument } from '../../tests/fixtures/documents';
import { freshName } from '../../tests/fixtures/idb-schema';
import { cableText, findBlock } from './anchoring';
import { sightingOf } from './cables';
import { Repository } from './repository';
import type { SummaryRecord } from './schema';

const opened: Repository[] = [];
afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
});

async function open(name: string, now: () => number): Promise<Repository> {
  let ids = 0;
  const repository = await Repository.open({ name, now, newId: () => `id-${++ids}` });
  opened.push(repository);
  return repository;
}

async function stored(name: string, id: string): Promise<SummaryRecord | undefined> {
  const db = await openDB(name);
  try {
    return (await db.get('summaries', id)) as SummaryRecord | undefined;
  } finally {
    db.close();
  }
}

const doc = makeDocument('08ZEMBLA7', undefined, { origin: 'Embassy Zembla', date: '2008-02-03' });

describe('cable summaries', () => {
  it('follow every write that touches the cable, in the same transaction', async () => {
    const name = freshName('summaries');
    let clock = 1_000;
    const repository = await open(name, () => ++clock);

    await repository.upsertCable(cableInput(doc));
    expect(await stored(name, '08ZEMBLA7')).toEqual({
      id: '08ZEMBLA7',
      subject: 'Subject of 08ZEMBLA7',
      classification: 'CONFIDENTIAL',
      level: 'C',
      origin: 'Embassy Zembla',
      date: '2008-02-03',
      readAt: 1_001,
      url: 'https://mirror.example/cable/08ZEMBLA7',
      site: 'mirror.example',
      saved: true,
      bookmarks: 0,
      highlights: 0,
      notes: 0,
      tags: [],
    });

    const bookmark = await repository.addBookmark(cableInput(doc), '2');
    const note = await repository.addNote({
      cableId: doc.id as string,
      bookmarkId: null,
      text: 'x',
      tags: ['b'],
    });
    const start = findBlock(cableText(doc), '3')?.start ?? 0;
    await repository.addHighlight(
      cableInput(doc),
      { start, end: start + 20 },
      { colour: 'green', note: 'why', tags: ['A', 'b'] },
    );
    expect(await stored(name, '08ZEMBLA7')).toMatchObject({
      bookmarks: 1,
      highlights: 1,
      notes: 2,
      tags: ['A', 'b'],
      listedAt: note.updatedAt,
    });

    await repository.deleteNote(note.id);
    await repository.removeBookmark(bookmark.id);
    const left = await stored(name, '08ZEMBLA7');
    expect(left).toMatchObject({ bookmarks: 0, highlights: 1, notes: 1, tags: ['A', 'b'] });
    // Nothing left for the popup to list: out of the listedAt index, so out of its count.
    expect(left).not.toHaveProperty('listedAt');
    const fresh = await open(name, () => ++clock);
    expect(await fresh.listPage(0, 10)).toEqual({ groups: [], total: 0 });
    expect(await fresh.listLibrary(10)).toMatchObject({ entries: [{ id: '08ZEMBLA7' }], total: 1 });
  });

  it('give the library the most recently read first, a first screen or all', async () => {
    const name = freshName('summaries-order');
    let clock = 5_000;
    const repository = await open(name, () => (clock += 10));
    for (const id of ['08ZEMBLA1', '08ZEMBLA2', '08ZEMBLA3'])
      await repository.upsertCable(cableInput(makeDocument(id)));
    // Seen again: read last, so first.
    await repository.noteSighting(sightingOf(cableInput(makeDocument('08ZEMBLA1'))));
    const ids = (page: { entries: { id: string }[] }) => page.entries.map((e) => e.id);
    expect(ids(await repository.listLibrary())).toEqual(['08ZEMBLA1', '08ZEMBLA3', '08ZEMBLA2']);
    const first = await repository.listLibrary(2);
    expect(ids(first)).toEqual(['08ZEMBLA1', '08ZEMBLA3']);
    expect(first.total).toBe(3);
  });
});
