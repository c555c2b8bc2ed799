import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { freshName } from '../../tests/fixtures/idb-schema';
import { cableText, findBlock } from './anchoring';
import { Repository } from './repository';

const opened: Repository[] = [];
afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
});

/** A repository whose delayed index saves wait until the test runs them. */
async function openRepository(name: string) {
  const pending: (() => void)[] = [];
  const repository = await Repository.open({ name, schedule: (run) => pending.push(run) });
  opened.push(repository);
  return { repository, pending };
}

const alpha = makeDocument('08ALPHA1', PARAGRAPHS, { subject: 'Pipeline tender reopened' });
const beta = makeDocument('09BETA2', [
  'The fisheries agreement was renewed for five years after a short debate in the committee.',
  'The minister of agriculture thanked the embassy for its support during the negotiations.',
]);

describe('library search', () => {
  it('finds the saved copies’ paragraphs, notes and highlights, with marked snippets', async () => {
    const { repository } = await openRepository(freshName('lib-search'));
    await repository.addBookmark(cableInput(alpha), '2');
    const [bookmark] = await repository.listBookmarks('08ALPHA1');
    await repository.addNote({
      cableId: '08ALPHA1',
      bookmarkId: bookmark?.id ?? null,
      text: 'Ask about the quota.',
    });
    await repository.upsertCable(cableInput(beta));
    const text = cableText(beta);
    const start = (findBlock(text, '2')?.start ?? 0) + 4;
    await repository.addHighlight(
      cableInput(beta),
      { start, end: start + 30 },
      { colour: 'green', tags: ['farm'] },
    );

    const paragraph = await repository.searchLibrary('pricing formula');
    expect(paragraph.hits[0]).toMatchObject({
      cableId: '08ALPHA1',
      kind: 'paragraph',
      blockKey: '2',
      label: '2',
    });
    expect(paragraph.hits[0]?.snippet.filter((r) => r.mark).map((r) => r.text)).toEqual([
      'pricing',
      'formula',
    ]);

    expect((await repository.searchLibrary('quota')).hits[0]).toMatchObject({ kind: 'note', blockKey: '2' });
    const tagged = await repository.searchLibrary('farm');
    expect(tagged.hits[0]).toMatchObject({ kind: 'highlight', cableId: '09BETA2', blockKey: '2' });
    expect((await repository.searchLibrary('fisheries')).hits.map((h) => h.cableId)).toEqual(['09BETA2']);
  });

  it('follows every change: a new note, a deleted highlight, a replaced saved copy', async () => {
    const { repository } = await openRepository(freshName('lib-follow'));
    await repository.upsertCable(cableInput(alpha));
    expect((await repository.searchLibrary('zanzibar')).hits).toEqual([]);
    const note = await repository.addNote({ cableId: '08ALPHA1', bookmarkId: null, text: 'Zanzibar link?' });
    expect((await repository.searchLibrary('zanzibar')).hits).toHaveLength(1);
    await repository.deleteNote(note.id);
    expect((await repository.searchLibrary('zanzibar')).hits).toEqual([]);
    const changed = makeDocument('08ALPHA1', [
      ...PARAGRAPHS.slice(0, 5),
      'A new closing paragraph on grain.',
    ]);
    await repository.upsertCable(cableInput(changed));
    expect((await repository.searchLibrary('grain')).hits[0]).toMatchObject({ blockKey: '6' });
  });

  it('loads the saved index on the next start and re-indexes only the cables changed since', async () => {
    const name = freshName('lib-persist');
    const first = await openRepository(name);
    await first.repository.upsertCable(cableInput(alpha));
    await first.repository.upsertCable(cableInput(beta));
    await first.repository.searchLibrary('x');
    expect(first.repository.searchStats).toEqual({ loadedSaved: false, reindexed: 2 });
    expect(first.pending).toHaveLength(1);
    await first.repository.saveSearchIndex();
    // A change after the save is in the change log only.
    await first.repository.addNote({ cableId: '09BETA2', bookmarkId: null, text: 'Whaling quotas next.' });
    first.repository.close();

    const second = await openRepository(name);
    expect((await second.repository.searchLibrary('whaling')).hits[0]).toMatchObject({ cableId: '09BETA2' });
    expect(second.repository.searchStats).toEqual({ loadedSaved: true, reindexed: 1 });
    expect((await second.repository.searchLibrary('pipeline')).hits[0]).toMatchObject({
      cableId: '08ALPHA1',
    });
    await second.repository.saveSearchIndex();
    second.repository.close();

    const third = await openRepository(name);
    await third.repository.searchLibrary('whaling');
    expect(third.repository.searchStats).toEqual({ loadedSaved: true, reindexed: 0 });
  });

  it('lists every kept cable with its counts and tags', async () => {
    const { repository } = await openRepository(freshName('lib-list'));
    await repository.addBookmark(cableInput(alpha), '1');
    const text = cableText(alpha);
    const start = findBlock(text, '3')?.start ?? 0;
    await repository.addHighlight(
      cableInput(alpha),
      { start, end: start + 40 },
      {
        colour: 'yellow',
        note: 'n',
        tags: ['energy', 'Brother'],
      },
    );
    await repository.upsertCable(cableInput(beta));
    const { entries, total } = await repository.listLibrary();
    expect(total).toBe(2);
    expect(entries.map((e) => e.id).sort()).toEqual(['08ALPHA1', '09BETA2']);
    expect(entries.find((e) => e.id === '08ALPHA1')).toMatchObject({
      bookmarks: 1,
      highlights: 1,
      notes: 1,
      tags: ['Brother', 'energy'],
      saved: true,
    });
    expect(entries.find((e) => e.id === '09BETA2')).toMatchObject({ bookmarks: 0, highlights: 0, notes: 0 });
  });
});
