import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Repository } from '../../lib/store/repository';
import { cableInput, makeDocument } from '../../tests/fixtures/documents';
import { tickingRepository } from '../../tests/fixtures/repository';
import { type AskPiece, SearchIndexLoader } from './search-index';

const opened: Repository[] = [];
afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
});

async function library(cables: number): Promise<Repository> {
  const repository = await tickingRepository({ label: 'popup-index', ids: 'note' });
  opened.push(repository);
  for (let c = 1; c <= cables; c++) {
    const doc = makeDocument(`08INDEXPOST${c}`, undefined, { subject: c % 2 ? 'Pipeline tender' : 'Border' });
    await repository.addBookmark(cableInput(doc), '2');
  }
  return repository;
}

/** The background's answer to `bookmark.searchIndex`, counting the pieces asked. */
function asking(repository: Repository, before?: (asked: number) => Promise<void>) {
  let asked = 0;
  const ask: AskPiece = async (window) => {
    await before?.(asked);
    asked++;
    return repository.searchIndex(window);
  };
  return { ask, asked: () => asked };
}

describe('the popup search index loader', () => {
  it('answers nothing until every piece is in, then what the background answers', async () => {
    const repository = await library(7);
    const { ask, asked } = asking(repository);
    const loader = new SearchIndexLoader(ask, 3);
    expect(loader.search('pipeline', null)).toBeNull();
    await loader.load();
    expect(asked()).toBe(3);
    expect(loader.search('pipeline', null)).toEqual(await repository.search('pipeline'));
    expect(loader.search('pipeline', null)).toHaveLength(4);
  });

  it('starts again when the store changed between two pieces', async () => {
    const repository = await library(5);
    const doc = makeDocument('08INDEXPOST99', undefined, { subject: 'Pipeline late' });
    const { ask, asked } = asking(repository, async (n) => {
      if (n === 1) await repository.addBookmark(cableInput(doc), '2');
    });
    const loader = new SearchIndexLoader(ask, 3);
    await loader.load();
    expect(asked()).toBe(2 + 2);
    expect(loader.search('pipeline', null)).toEqual(await repository.search('pipeline'));
    expect(loader.search('late', null)?.map((g) => g.cable.id)).toEqual(['08INDEXPOST99']);
  });

  it('answers nothing after a change until that cable is fetched again', async () => {
    const repository = await library(4);
    const loader = new SearchIndexLoader(asking(repository).ask, 10);
    await loader.load();
    const [top] = await repository.listAll();
    if (!top) throw new Error('the library has cables');
    await repository.addNote({ cableId: '08INDEXPOST1', bookmarkId: null, text: 'Moved up by a note' });
    const caughtUp = loader.changed('08INDEXPOST1');
    expect(loader.search('', null)).toBeNull();
    await caughtUp;
    expect(loader.search('', null)?.[0]?.cable.id).toBe('08INDEXPOST1');
    expect(loader.search('moved', null)).toEqual(await repository.search('moved'));
  });

  it('answers nothing when a piece could not be fetched', async () => {
    const repository = await library(4);
    const { ask } = asking(repository, async (n) => {
      if (n === 1) throw new Error('the service worker stopped');
    });
    const loader = new SearchIndexLoader(ask, 2);
    await loader.load();
    expect(loader.ready).toBe(false);
    expect(loader.search('pipeline', null)).toBeNull();
  });
});
