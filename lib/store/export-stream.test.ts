import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { tickingRepository } from '../../tests/fixtures/repository';
import { cableText, findBlock } from './anchoring';
import { exportJson } from './export';
import { exportPieces } from './export-stream';
import type { Repository } from './repository';

const opened: Repository[] = [];
afterEach(() => {
  for (const repository of opened.splice(0)) repository.close();
});

const EXPORTED_AT = Date.UTC(2024, 4, 1);

async function collect(repository: Repository, pieceChars?: number) {
  const pieces: string[] = [];
  for await (const piece of exportPieces(repository, EXPORTED_AT, pieceChars)) pieces.push(piece);
  return pieces;
}

async function openRepository() {
  const repository = await tickingRepository({ label: 'export-stream', ids: 'note' });
  opened.push(repository);
  return repository;
}

describe('the export written in pieces', () => {
  it('joins to exactly the bytes of the one-piece export, with saved copies, bookmarks, notes and highlights', async () => {
    const repository = await openRepository();
    for (let i = 1; i <= 130; i++) {
      const input = cableInput(makeDocument(`08ASTANA${i}`, PARAGRAPHS));
      const bookmark = await repository.addBookmark(input, String((i % 6) + 1));
      if (i % 3 === 0)
        await repository.addNote({
          cableId: input.document.id as string,
          bookmarkId: bookmark.id,
          text: `note ${i}`,
        });
    }
    const doc = makeDocument('09OSLO7', PARAGRAPHS);
    const block = findBlock(cableText(doc), '3');
    await repository.addHighlight(
      cableInput(doc),
      { start: (block?.start ?? 0) + 2, end: (block?.start ?? 0) + 40 },
      { colour: 'blue', tags: ['key fact'] },
    );
    await repository.addNote({ cableId: '09OSLO7', bookmarkId: null, text: 'whole cable' });
    const whole = await exportJson(repository, EXPORTED_AT);
    const pieces = await collect(repository, 20_000);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(whole);
    expect(JSON.parse(whole).highlights).toHaveLength(1);
  });

  it('writes an empty store and a store without highlights as the one-piece export does', async () => {
    const repository = await openRepository();
    expect((await collect(repository)).join('')).toBe(await exportJson(repository, EXPORTED_AT));
    await repository.addBookmark(cableInput(makeDocument('08ASTANA1', PARAGRAPHS)), '2');
    expect((await collect(repository)).join('')).toBe(await exportJson(repository, EXPORTED_AT));
  });
});
