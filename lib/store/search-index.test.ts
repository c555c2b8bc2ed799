import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument } from '../../tests/fixtures/documents';
import { seededRandom } from '../../tests/fixtures/mutations';
import { tickingRepository } from '../../tests/fixtures/repository';
import type { Repository } from './repository';
import { PopupSearchIndex } from './search-index';

const opened: Repository[] = [];
afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
});

const WORDS = (
  'pipeline tender ministry embassy Þórður reykjavík opposition contract consortium election border treaty ' +
  'follow up energy oil gas bank court judge président müller'
).split(' ');

/** A library of 30 cables: long and short quotes, accents, bookmark and cable notes, tags. */
async function generatedLibrary(): Promise<Repository> {
  const repository = await tickingRepository({ label: 'search-index', ids: 'note' });
  opened.push(repository);
  const random = seededRandom(14);
  const words = (n: number) =>
    Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  for (let c = 1; c <= 30; c++) {
    const id = `0${c % 9}SEARCHPOST${c}`;
    // Paragraphs of 8 to 80 words: quotes both under and over the listed excerpt's 240 characters.
    const paragraphs = Array.from({ length: 5 }, (_, p) => `${words(8 + ((c * 7 + p * 13) % 73))}.`);
    const doc = makeDocument(id, paragraphs, { subject: words(4), origin: `Embassy ${words(1)}` });
    for (let p = 1; p <= 1 + (c % 4); p++) {
      const bookmark = await repository.addBookmark(cableInput(doc), String(p));
      if (random() < 0.5) {
        const tags = random() < 0.4 ? ['Follow', words(1)] : [];
        await repository.addNote({ cableId: id, bookmarkId: bookmark.id, text: words(6), tags });
      }
    }
    if (c % 5 === 0)
      await repository.addNote({ cableId: id, bookmarkId: null, text: words(5), tags: ['Cable'] });
  }
  return repository;
}

/** The popup's index filled from the repository's pieces, as the popup fetches them. */
async function popupIndex(repository: Repository, pieceSize: number): Promise<PopupSearchIndex> {
  const index = new PopupSearchIndex();
  for (let offset = 0, total = 1; offset < total; offset += pieceSize) {
    const piece = await repository.searchIndex({ offset, limit: pieceSize });
    total = piece.total;
    for (const entry of piece.entries) index.put(entry);
  }
  return index;
}

const QUERIES = [
  '',
  'pipeline',
  'PIPELINE tender',
  'thordur',
  'reykjavik court',
  'president',
  'muller',
  'searchpost1',
  '07searchpost16 oil',
  'follow up',
  'pip',
  'zzz',
  'embassy gas',
  '2',
];

// Without the tag, every query; with each tag, a few.
const TAGGED: [string, string][] = [
  ['', 'follow'],
  ['pipeline', 'Follow'],
  ['', 'cable'],
  ['oil', 'cable'],
];

async function expectSameResults(repository: Repository, index: PopupSearchIndex): Promise<number> {
  let matched = 0;
  for (const query of QUERIES) {
    const expected = await repository.search(query);
    expect(index.search(query), query).toEqual(expected);
    matched += expected.length;
  }
  for (const [query, tag] of TAGGED) {
    const expected = await repository.search(query, tag);
    expect(index.search(query, tag), `${query} #${tag}`).toEqual(expected);
    matched += expected.length;
  }
  return matched;
}

describe("the popup's search index", () => {
  it('finds what the background finds: the same groups, bookmarks, notes and order', async () => {
    const repository = await generatedLibrary();
    const index = await popupIndex(repository, 7);
    expect(index.size).toBe((await repository.listAll()).length);
    // The comparison covers real matches, not only empty lists.
    expect(await expectSameResults(repository, index)).toBeGreaterThan(100);
  });

  it('sends a full quote only where the listed excerpt shortens it', async () => {
    const repository = await generatedLibrary();
    const { entries } = await repository.searchIndex({ offset: 0, limit: 100 });
    const bookmarks = entries.flatMap((e) => e.group.bookmarks);
    const shortened = bookmarks.filter((b) => b.excerpt.endsWith('…'));
    expect(shortened.length).toBeGreaterThan(0);
    expect(shortened.length).toBeLessThan(bookmarks.length);
    const quotes = Object.assign({}, ...entries.map((e) => e.quotes));
    expect(Object.keys(quotes).sort()).toEqual(shortened.map((b) => b.id).sort());
  });

  it('stays the same as the background after the changed cables are fetched again', async () => {
    const repository = await generatedLibrary();
    const index = await popupIndex(repository, 10);
    const [first, second] = await repository.listAll();
    if (!first || !second) throw new Error('the library has cables');
    const [gone] = second.bookmarks;
    if (!gone) throw new Error('the second cable has a bookmark');
    // A note on an older cable moves it to the top; removing every bookmark of another drops it from the list.
    const last = (await repository.listAll()).at(-1);
    if (!last) throw new Error('the library has cables');
    await repository.addNote({
      cableId: last.cable.id,
      bookmarkId: null,
      text: 'Reykjavík pipeline follow up',
    });
    for (const bookmark of first.bookmarks) await repository.removeBookmark(bookmark.id);
    for (const note of first.cableNotes) await repository.deleteNote(note.id);
    await repository.removeBookmark(gone.id);
    const changed = [last.cable.id, first.cable.id, second.cable.id];
    const piece = await repository.searchIndex({ cableIds: changed });
    expect(piece.entries.map((e) => e.group.cable.id).sort()).toEqual(
      [last.cable.id, second.cable.id].sort(),
    );
    index.remove(first.cable.id);
    for (const entry of piece.entries) index.put(entry);
    expect((await repository.listAll())[0]?.cable.id).toBe(last.cable.id);
    await expectSameResults(repository, index);
  });
});
