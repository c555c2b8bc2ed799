import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { freshName } from '../../tests/fixtures/idb-schema';
import { mutate } from '../../tests/fixtures/mutations';
import { tickingRepository } from '../../tests/fixtures/repository';
import { cableText, findBlock } from './anchoring';
import { sightingOf } from './cables';
import { StoreError } from './errors';
import { Repository } from './repository';
import { MAX_VARIANTS } from './saved-copies';

const opened: Repository[] = [];
afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
});

/** A repository on a fresh database with a clock that advances one second per reading. */
async function openRepository(name = freshName('repo')) {
  const repository = await tickingRepository({ name, ids: 'note' });
  opened.push(repository);
  return repository;
}

const doc = makeDocument('08ASTANA1', PARAGRAPHS, {
  subject: 'Pipeline tender reopened',
  origin: 'Embassy Astana',
});
const input = cableInput(doc);

describe('cables', () => {
  it('stores the cable with the page URL and a saved copy', async () => {
    const repository = await openRepository();
    const { record } = await repository.upsertCable(input);
    expect(record).toMatchObject({ id: '08ASTANA1', subject: 'Pipeline tender reopened', level: 'C' });
    expect(record.urls).toEqual([
      { url: input.url, site: 'mirror.example', lastSeen: expect.any(Number), visits: 1 },
    ]);
    const saved = await repository.getCable('08ASTANA1');
    expect(saved?.document).toEqual(doc);
  });

  it('remembers every mirror URL, newest first', async () => {
    const repository = await openRepository();
    await repository.upsertCable(input);
    await repository.upsertCable(cableInput(doc, 'https://other.example/08ASTANA1.html'));
    const saved = await repository.getCable('08ASTANA1');
    expect(saved?.cable.urls.map((u) => u.url)).toEqual(['https://other.example/08ASTANA1.html', input.url]);
  });

  it('records a sighting only for a cable already kept', async () => {
    const repository = await openRepository();
    expect(await repository.noteSighting(sightingOf(input))).toBeNull();
    expect(await repository.getCable('08ASTANA1')).toBeNull();
    await repository.addBookmark(input, '2');
    const seen = await repository.noteSighting(
      sightingOf(cableInput(doc, 'https://third.example/c/08ASTANA1')),
    );
    expect(seen?.record.urls[0]?.url).toBe('https://third.example/c/08ASTANA1');
    // The page's reading is the saved copy: the page is not asked for its document.
    expect(seen?.copyWanted).toBe(false);
  });

  it('asks for the document when the page reads the cable otherwise than the saved copy', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '2');
    const other = makeDocument('08ASTANA1', [...PARAGRAPHS, 'A paragraph this mirror adds.'], {
      subject: 'Pipeline tender reopened',
    });
    const seen = await repository.noteSighting(
      sightingOf(cableInput(other, 'https://other.example/08ASTANA1')),
    );
    expect(seen?.copyWanted).toBe(true);
    // The sighting alone never touches the saved copy.
    expect((await repository.getCable('08ASTANA1'))?.document).toEqual(doc);
  });

  it('refuses a cable without an id and a page that is not http(s)', async () => {
    const repository = await openRepository();
    await expect(repository.upsertCable(cableInput({ ...doc, id: null }))).rejects.toMatchObject({
      kind: 'invalid',
    });
    await expect(repository.upsertCable({ ...input, url: 'javascript:alert(1)' })).rejects.toMatchObject({
      kind: 'invalid',
    });
  });

  it('keeps a cable whose page break stood in a line as long as a flattened paragraph', async () => {
    const repository = await openRepository();
    const line = 'the minister said the talks would resume '.repeat(14);
    const flattened = {
      ...doc,
      pageBreaks: [
        { text: 'ASTANA 00000001 002 OF 002', page: 2, of: 2, offset: 40, blockKey: '2', around: [line] },
      ],
    };
    expect(line.length).toBeGreaterThan(500);
    await repository.addBookmark(cableInput(flattened), '2');
    expect((await repository.getCable('08ASTANA1'))?.document?.pageBreaks[0]?.around).toEqual([line]);
  });

  it('refuses, with the field named, a document its own import would refuse', async () => {
    const repository = await openRepository();
    const oversized = makeDocument('08ASTANA1', PARAGRAPHS, { origin: 'x'.repeat(501) });
    await expect(repository.upsertCable(cableInput(oversized))).rejects.toThrow(
      /cannot be saved: meta\.origin: .*500/,
    );
    expect(await repository.getCable('08ASTANA1')).toBeNull();
  });
});

describe('bookmarks', () => {
  it('bookmarks a block with quote and position selectors taken from the clean text', async () => {
    const repository = await openRepository();
    const bookmark = await repository.addBookmark(input, '3');
    const text = cableText(doc);
    const range = findBlock(text, '3');
    expect(bookmark).toMatchObject({
      id: '08ASTANA1#3',
      cableId: '08ASTANA1',
      blockKey: '3',
      label: '3',
      marking: 'C',
    });
    expect(bookmark.selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: PARAGRAPHS[2] });
    expect(bookmark.selectors[1]).toEqual({
      type: 'TextPositionSelector',
      start: range?.start,
      end: range?.end,
    });
    expect(await repository.addBookmark(input, '3')).toEqual(bookmark);
    expect(await repository.listBookmarks('08ASTANA1')).toEqual([bookmark]);
  });

  it('refuses a paragraph with no text, whose bookmark could never be found again', async () => {
    const repository = await openRepository();
    const empty = makeDocument('08ASTANA1', ['', PARAGRAPHS[1] as string]);
    await expect(repository.addBookmark(cableInput(empty), '1')).rejects.toThrow(/no text of its own/);
    expect((await repository.addBookmark(cableInput(empty), '2')).blockKey).toBe('2');
  });

  it('refuses a block the cable does not have', async () => {
    const repository = await openRepository();
    await expect(repository.addBookmark(input, '99')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('toggles a bookmark on and off', async () => {
    const repository = await openRepository();
    const on = await repository.toggleBookmark(input, '2');
    expect(on).toMatchObject({ bookmarked: true, bookmark: { id: '08ASTANA1#2' } });
    const off = await repository.toggleBookmark(input, '2');
    expect(off).toMatchObject({
      bookmarked: false,
      removed: [{ bookmark: { id: '08ASTANA1#2' }, notes: [] }],
    });
    expect(await repository.listBookmarks('08ASTANA1')).toEqual([]);
  });

  it('undoes a toggle that removed, named by its write id, and nothing else', async () => {
    const repository = await openRepository();
    const [adding, removing] = [
      '0b2c5d1e-8f3a-4b6c-9d7e-1a2b3c4d5e6f',
      '7f1e2d3c-4b5a-4968-8776-655443322110',
    ];
    await repository.toggleBookmark(input, '2', { writeId: adding });
    const before = await repository.listBookmarks('08ASTANA1');
    await repository.toggleBookmark(input, '2', { writeId: removing });
    expect(await repository.listBookmarks('08ASTANA1')).toEqual([]);
    // A write that added, and an id never written, have nothing to put back.
    await expect(repository.undoRemoval(adding)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(repository.undoRemoval('5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170')).rejects.toMatchObject({
      kind: 'not-found',
    });
    const restored = await repository.undoRemoval(removing);
    expect(restored.map((r) => r.bookmark.id)).toEqual(['08ASTANA1#2']);
    expect(await repository.listBookmarks('08ASTANA1')).toEqual(before);
  });

  it('toggles off a bookmark made on another mirror that numbers paragraphs differently', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '2');
    const renumbered = makeDocument('08ASTANA1', ['Mirror banner.', ...PARAGRAPHS]);
    const off = await repository.toggleBookmark(cableInput(renumbered, 'https://b.example/x'), '3');
    expect(off).toMatchObject({ bookmarked: false, removed: [{ bookmark: { id: '08ASTANA1#2' } }] });
  });

  it('gives a second bookmark a distinct id when the natural one is taken', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '2');
    // On a mirror where block "2" is a different paragraph, bookmarking it must not overwrite the first.
    const shifted = makeDocument('08ASTANA1', [
      PARAGRAPHS[0] ?? '',
      'A paragraph only this mirror has, quite long.',
    ]);
    const second = await repository.addBookmark(cableInput(shifted, 'https://b.example/y'), '2');
    expect(second.id).toBe('08ASTANA1#2~2');
    expect((await repository.listBookmarks('08ASTANA1')).map((b) => b.id).sort()).toEqual([
      '08ASTANA1#2',
      '08ASTANA1#2~2',
    ]);
  });

  it('does not let a page remove a bookmark that has notes, but an extension page may', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '2');
    await repository.addNote({ cableId: '08ASTANA1', bookmarkId: '08ASTANA1#2', text: 'keep me' });
    const refused = await repository.toggleBookmark(input, '2').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreError);
    expect(refused).toMatchObject({ kind: 'has-notes' });
    expect(await repository.listBookmarks('08ASTANA1')).toHaveLength(1);
    const off = await repository.toggleBookmark(input, '2', { allowNotes: true });
    expect(off).toMatchObject({ bookmarked: false, removed: [{ notes: [{ text: 'keep me' }] }] });
    expect(await repository.listNotes('08ASTANA1')).toEqual([]);
  });

  it('removes a bookmark with its notes and restores both (undo)', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '4');
    await repository.addNote({ cableId: '08ASTANA1', bookmarkId: '08ASTANA1#4', text: 'first' });
    await repository.addNote({ cableId: '08ASTANA1', bookmarkId: '08ASTANA1#4', text: 'second' });
    const before = await repository.listAll();
    const removed = await repository.removeBookmark('08ASTANA1#4');
    expect(removed.notes.map((n) => n.text)).toEqual(['first', 'second']);
    expect(await repository.listAll()).toEqual([]);
    await repository.restore(removed);
    expect(await repository.listAll()).toEqual(before);
    await expect(repository.removeBookmark('nope')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('saved copy and orphans', () => {
  it('keeps a newer copy unless it would lose a bookmark, and flags a bookmark its copy lacks', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '2');
    // A mirror with paragraph 2 rewritten beyond recognition: its copy would lose the bookmark, so it is not kept.
    const rewritten = PARAGRAPHS.map((p, i) => (i === 1 ? mutate(p, 0.5, 9) : p));
    const other = cableInput(
      makeDocument('08ASTANA1', [...rewritten, 'A closing paragraph only this mirror has.']),
    );
    const bookmark = await repository.addBookmark(other, '7');
    const saved = await repository.getCable('08ASTANA1');
    expect(saved?.document).toEqual(doc);
    expect(bookmark.orphan).toBe('not-found');
    const [group] = await repository.listAll();
    expect(group?.bookmarks.map((b) => [b.id, b.orphan])).toEqual([
      ['08ASTANA1#2', null],
      ['08ASTANA1#7', 'not-found'],
    ]);
    expect(saved?.bookmarks.map((b) => b.placedKey)).toEqual(['2', null]);
  });

  it('replaces the copy with a better reading of the same page when every bookmark still finds its text', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '2');
    const better = makeDocument('08ASTANA1', [...PARAGRAPHS, 'A final paragraph the first reading cut off.']);
    // The same mirror page, its fragment and a tracking parameter aside: a pipeline update reads it better.
    const { differs } = await repository.upsertCable(cableInput(better, `${input.url}?utm_source=x#par2`));
    expect(differs).toEqual([]);
    expect((await repository.getCable('08ASTANA1'))?.document).toEqual(better);
  });

  it('never replaces the copy with another mirror’s text: keeps it beside, and says which paragraphs differ', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '2');
    // A forged mirror: paragraph 3 says something else, and a paragraph is added.
    const forged = makeDocument('08ASTANA1', [
      ...PARAGRAPHS.map((p, i) => (i === 2 ? 'The ambassador endorsed the tender in full.' : p)),
      'A paragraph only this mirror has.',
    ]);
    const forgedUrl = 'https://forged.example/cable/08ASTANA1.html';
    const { differs } = await repository.upsertCable(cableInput(forged, forgedUrl));
    expect(differs).toEqual(['3', String(PARAGRAPHS.length + 1)]);
    const saved = await repository.getCable('08ASTANA1');
    expect(saved?.document).toEqual(doc);
    const [copy] = await repository.readBatch('snapshots', ['08ASTANA1']);
    expect(copy?.url).toBe(input.url);
    expect(copy?.variants?.map((v) => [v.url, v.document])).toEqual([[forgedUrl, forged]]);
    // Seen again, the same reading is not recorded twice; the page is still told where it differs.
    const again = await repository.upsertCable(cableInput(forged, forgedUrl));
    expect(again.differs).toEqual(differs);
    const [after] = await repository.readBatch('snapshots', ['08ASTANA1']);
    expect(after?.variants).toHaveLength(1);
  });

  it(`keeps at most ${MAX_VARIANTS} other readings, one per mirror page, the oldest let go of`, async () => {
    const repository = await openRepository();
    await repository.upsertCable(input);
    for (let i = 0; i < MAX_VARIANTS + 2; i++) {
      const reading = makeDocument('08ASTANA1', [...PARAGRAPHS, `Mirror ${i} adds this.`]);
      await repository.upsertCable(cableInput(reading, `https://m${i}.example/08ASTANA1`));
    }
    const [copy] = await repository.readBatch('snapshots', ['08ASTANA1']);
    expect(copy?.document).toEqual(doc);
    expect(copy?.variants?.map((v) => v.url)).toEqual(
      Array.from({ length: MAX_VARIANTS }, (_, i) => `https://m${MAX_VARIANTS + 1 - i}.example/08ASTANA1`),
    );
  });
});

describe('notes', () => {
  it('adds, updates and deletes notes on bookmarks and on the whole cable', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '1');
    const onBookmark = await repository.addNote({
      cableId: 'ignored',
      bookmarkId: '08ASTANA1#1',
      text: 'on ¶1',
    });
    expect(onBookmark.cableId).toBe('08ASTANA1');
    const onCable = await repository.addNote({ cableId: '08ASTANA1', bookmarkId: null, text: 'whole cable' });
    const updated = await repository.updateNote(onBookmark.id, { text: 'on ¶1, revised' });
    expect(updated.updatedAt).toBeGreaterThan(onBookmark.updatedAt);
    const [group] = await repository.listAll();
    expect(group?.bookmarks[0]?.notes.map((n) => n.text)).toEqual(['on ¶1, revised']);
    expect(group?.cableNotes.map((n) => n.text)).toEqual(['whole cable']);
    const deleted = await repository.deleteNote(onCable.id);
    expect((await repository.listNotes('08ASTANA1')).map((n) => n.id)).toEqual([onBookmark.id]);
    await repository.restoreNote(deleted);
    expect(await repository.listNotes('08ASTANA1')).toHaveLength(2);
  });

  it('keeps tags on notes as on highlights: tidied, changed apart from the text, counted with the rest', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '1');
    const note = await repository.addNote({
      cableId: '08ASTANA1',
      bookmarkId: '08ASTANA1#1',
      text: 'on ¶1',
      tags: ['  follow   up ', 'Energy', 'energy', ''],
    });
    expect(note.tags).toEqual(['follow up', 'Energy']);
    await repository.addNote({
      cableId: '08ASTANA1',
      bookmarkId: null,
      text: 'whole cable',
      tags: ['energy'],
    });
    const retagged = await repository.updateNote(note.id, { tags: ['follow up', 'to cite'] });
    expect(retagged).toMatchObject({ text: 'on ¶1', tags: ['follow up', 'to cite'] });
    const retexted = await repository.updateNote(note.id, { text: 'on ¶1, again' });
    expect(retexted.tags).toEqual(['follow up', 'to cite']);
    expect(await repository.tags()).toEqual([
      { tag: 'energy', count: 1 },
      { tag: 'follow up', count: 1 },
      { tag: 'to cite', count: 1 },
    ]);
    expect((await repository.listLibrary()).entries[0]?.tags).toEqual(['energy', 'follow up', 'to cite']);
    await expect(
      repository.updateNote(note.id, { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }),
    ).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('filters the list by a note tag: the cable notes and bookmarks carrying it, with a search or without', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '1');
    await repository.addBookmark(input, '2');
    await repository.addNote({
      cableId: '08ASTANA1',
      bookmarkId: '08ASTANA1#1',
      text: 'pipeline',
      tags: ['Energy'],
    });
    await repository.addNote({ cableId: '08ASTANA1', bookmarkId: '08ASTANA1#2', text: 'untagged' });
    await repository.addNote({
      cableId: '08ASTANA1',
      bookmarkId: null,
      text: 'whole',
      tags: ['energy', 'x'],
    });
    await repository.addNote({ cableId: '08ASTANA1', bookmarkId: null, text: 'other', tags: ['x'] });
    const [group] = await repository.search('', 'ENERGY');
    expect(group?.bookmarks.map((b) => b.blockKey)).toEqual(['1']);
    expect(group?.cableNotes.map((n) => n.text)).toEqual(['whole']);
    expect(await repository.search('zanzibar', 'energy')).toEqual([]);
    expect(await repository.search('', 'none')).toEqual([]);
    expect((await repository.search('')).at(0)?.bookmarks).toHaveLength(2);
  });

  it('stores markup in a note as plain text, exactly as typed', async () => {
    const repository = await openRepository();
    await repository.addBookmark(input, '1');
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script> & \u202Eevil';
    const note = await repository.addNote({ cableId: '08ASTANA1', bookmarkId: '08ASTANA1#1', text });
    expect((await repository.listNotes('08ASTANA1')).find((n) => n.id === note.id)?.text).toBe(text);
  });

  it('refuses notes on things that do not exist, and notes that are too long', async () => {
    const repository = await openRepository();
    await expect(
      repository.addNote({ cableId: '08ASTANA1', bookmarkId: 'x#1', text: 'a' }),
    ).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(
      repository.addNote({ cableId: '08NONE1', bookmarkId: null, text: 'a' }),
    ).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(repository.updateNote('missing', { text: 'a' })).rejects.toMatchObject({
      kind: 'not-found',
    });
    await repository.upsertCable(input);
    await expect(
      repository.addNote({ cableId: '08ASTANA1', bookmarkId: null, text: 'x'.repeat(100_001) }),
    ).rejects.toMatchObject({ kind: 'invalid' });
  });
});

describe('listing and search', () => {
  async function filled() {
    const repository = await openRepository();
    const other = makeDocument('09REYKJAVIK7', PARAGRAPHS.slice(0, 3), { subject: 'Fisheries quota talks' });
    await repository.addBookmark(input, '5');
    await repository.addBookmark(input, '2');
    await repository.addBookmark(cableInput(other), '1');
    await repository.addNote({
      cableId: '09REYKJAVIK7',
      bookmarkId: '09REYKJAVIK7#1',
      text: 'Ask Þórður about it',
    });
    await repository.addNote({
      cableId: '08ASTANA1',
      bookmarkId: null,
      text: 'Compare with the 2009 tender',
    });
    return repository;
  }

  it('groups by cable, newest first, bookmarks in reading order', async () => {
    const repository = await filled();
    const groups = await repository.listAll();
    expect(groups.map((g) => g.cable.id)).toEqual(['08ASTANA1', '09REYKJAVIK7']);
    expect(groups[0]?.bookmarks.map((b) => b.label)).toEqual(['2', '5']);
    expect(groups[0]?.cable).toMatchObject({ subject: 'Pipeline tender reopened', saved: true, level: 'C' });
    expect(groups[0]?.cable.lastUrl?.url).toBe(input.url);
    expect(groups[0]?.bookmarks[0]?.excerpt.length).toBeLessThanOrEqual(241);
  });

  it('searches notes, quotes, subjects and ids, ignoring case and accents', async () => {
    const repository = await filled();
    const ids = async (query: string) =>
      (await repository.search(query)).map((g) => [g.cable.id, g.bookmarks.map((b) => b.blockKey)]);
    expect(await ids('thordur')).toEqual([['09REYKJAVIK7', ['1']]]);
    expect(await ids('FISHERIES')).toEqual([['09REYKJAVIK7', ['1']]]);
    expect(await ids('reykjavik7')).toEqual([['09REYKJAVIK7', ['1']]]);
    expect(await ids('2009 tender')).toEqual([['08ASTANA1', ['2', '5']]]);
    expect(await ids('astana state television')).toEqual([['08ASTANA1', ['5']]]);
    expect(await ids('delaying tactic')).toEqual([]);
    expect(await ids('no such words')).toEqual([]);
    expect(await ids('  ')).toHaveLength(2);
  });

  it('tells a page where bookmarks are and whether they have notes, never what the notes say', async () => {
    const repository = await filled();
    await repository.addNote({ cableId: '08ASTANA1', bookmarkId: '08ASTANA1#5', text: 'SECRET-NOTE-TEXT' });
    const marks = await repository.placesForCable('08ASTANA1');
    expect(marks).toEqual({
      cableId: '08ASTANA1',
      hasCableNotes: true,
      bookmarks: [
        { id: '08ASTANA1#2', blockKey: '2', label: '2', method: null, orphan: null, hasNotes: false },
        { id: '08ASTANA1#5', blockKey: '5', label: '5', method: null, orphan: null, hasNotes: true },
      ],
    });
    expect(JSON.stringify(marks)).not.toMatch(/SECRET-NOTE-TEXT|2009 tender/);
  });

  it('re-anchors bookmarks in the blocks of the page asking', async () => {
    const repository = await filled();
    const page = makeDocument('08ASTANA1', ['Banner.', ...PARAGRAPHS.map((p) => mutate(p, 0.03, 5))]);
    const marks = await repository.placesForCable('08ASTANA1', page.blocks);
    expect(marks.bookmarks.map((b) => [b.id, b.blockKey, b.method])).toEqual([
      ['08ASTANA1#2', '3', 'fuzzy'],
      ['08ASTANA1#5', '6', 'fuzzy'],
    ]);
  });
});

describe('the in-memory copy', () => {
  it('stays identical to a fresh read of the database after every kind of write', async () => {
    const name = freshName('cache');
    const repository = await openRepository(name);
    const other = cableInput(makeDocument('09REYKJAVIK7', PARAGRAPHS.slice(0, 3), { subject: 'Fisheries' }));
    const steps: (() => Promise<unknown>)[] = [
      () => repository.addBookmark(input, '2'),
      () => repository.addBookmark(other, '1'),
      () => repository.addNote({ cableId: '08ASTANA1', bookmarkId: '08ASTANA1#2', text: 'first note' }),
      () => repository.addNote({ cableId: '09REYKJAVIK7', bookmarkId: null, text: 'cable note' }),
      () => repository.upsertCable(cableInput(doc, 'https://other.example/a')),
      async () =>
        repository.updateNote((await repository.listNotes('08ASTANA1'))[0]?.id ?? '', {
          text: 'edited note',
        }),
      () => repository.toggleBookmark(input, '4'),
      async () => repository.restore(await repository.removeBookmark('08ASTANA1#2')),
      async () => repository.deleteNote((await repository.listNotes('09REYKJAVIK7'))[0]?.id ?? ''),
      () => repository.toggleBookmark(other, '1'),
    ];
    for (const [i, step] of steps.entries()) {
      await repository.search('note');
      await step();
      const fresh = await Repository.open({ name });
      expect(await repository.listAll(), `after step ${i}`).toEqual(await fresh.listAll());
      expect(await repository.search('note'), `after step ${i}`).toEqual(await fresh.search('note'));
      fresh.close();
    }
  });
});

describe('two contexts writing at once', () => {
  it("loses nothing, and each sees the other's writes", async () => {
    const name = freshName('concurrent');
    const a = await openRepository(name);
    const b = await Repository.open({ name, newId: () => crypto.randomUUID() });
    opened.push(b);
    await a.addBookmark(input, '1');
    await Promise.all([
      ...Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).addNote({ cableId: '08ASTANA1', bookmarkId: '08ASTANA1#1', text: `note ${i}` }),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).upsertCable(cableInput(doc, `https://m${i}.example/08ASTANA1`)),
      ),
      a.addBookmark(input, '3'),
      b.addBookmark(input, '4'),
    ]);
    for (const repository of [a, b]) {
      const notes = await repository.listNotes('08ASTANA1');
      expect(notes.map((n) => n.text).sort()).toEqual(
        Array.from({ length: 40 }, (_, i) => `note ${i}`).sort(),
      );
      expect((await repository.listBookmarks('08ASTANA1')).map((x) => x.id)).toEqual([
        '08ASTANA1#1',
        '08ASTANA1#3',
        '08ASTANA1#4',
      ]);
      expect((await repository.getCable('08ASTANA1'))?.cable.urls).toHaveLength(11);
      expect(await repository.search('note 39')).toHaveLength(1);
    }
  });
});

describe('lifecycle', () => {
  it('steps aside for a newer version (an extension update) instead of blocking it', async () => {
    const name = freshName('update');
    const repository = await openRepository(name);
    await repository.addBookmark(input, '1');
    const { openCableDb } = await import('./db');
    const { migrations } = await import('./migrations');
    const next = migrations.length + 1;
    const newer = await openCableDb({ name, version: next, steps: [...migrations, () => undefined] });
    expect(newer.version).toBe(next);
    expect(await newer.count('bookmarks')).toBe(1);
    newer.close();
  });

  it('refuses use after close', async () => {
    const repository = await openRepository();
    repository.close();
    await expect(repository.listAll()).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
