import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { cableInput, makeDocument, PARAGRAPHS } from '../../tests/fixtures/documents';
import { failPut } from '../../tests/fixtures/idb-faults';
import { freshName } from '../../tests/fixtures/idb-schema';
import { tickingRepository } from '../../tests/fixtures/repository';
import { writesFound } from '../../tests/fixtures/robustness-tally';
import { StoreError } from './errors';
import { exportJson } from './export';
import { importJson } from './import';
import { Repository } from './repository';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function fault(options: Parameters<typeof failPut>[0]) {
  const remove = failPut(options);
  cleanups.push(remove);
  return remove;
}

/** Every record of an export, as `collection:id`. */
function records(json: string): string[] {
  const file = JSON.parse(json) as Record<string, { id?: string; cableId?: string }[]>;
  return ['cables', 'bookmarks', 'notes', 'highlights'].flatMap((c) =>
    (file[c] ?? []).map((r) => `${c}:${r.id ?? r.cableId}`),
  );
}

/** Counts the records acknowledged in `before` that `after` still holds, written whole (full disk). */
function countFound(before: string, after: string): void {
  const kept = new Set(records(after));
  writesFound('full disk', records(before).length, records(before).filter((r) => kept.has(r)).length);
}

async function filledRepository(name = freshName('failures')) {
  const repository = await tickingRepository({ name });
  cleanups.push(() => repository.close());
  const doc = makeDocument('08ASTANA1', PARAGRAPHS);
  await repository.addBookmark(cableInput(doc), '1');
  await repository.addBookmark(cableInput(doc), '2');
  await repository.addNote({ cableId: '08ASTANA1', bookmarkId: '08ASTANA1#1', text: 'an earlier note' });
  return { repository, name, doc };
}

describe('fault injection helper', () => {
  it('fails a put with QuotaExceededError and aborts its transaction, as a full disk does', async () => {
    const name = freshName('fault-self-test');
    const db = await openDB(name, 1, { upgrade: (d) => void d.createObjectStore('s') });
    fault({ kind: 'quota' });
    const tx = db.transaction('s', 'readwrite');
    const put = tx.objectStore('s').put('value', 'key');
    await expect(put).rejects.toMatchObject({ name: 'QuotaExceededError' });
    await expect(tx.done).rejects.toBeTruthy();
    expect(tx.error?.name).toBe('QuotaExceededError');
    expect(await db.count('s')).toBe(0);
    db.close();
  });
});

describe('quota exceeded during a write', () => {
  it('reports a clear StoreError and loses nothing already saved', async () => {
    const { repository, name } = await filledRepository();
    const before = await exportJson(repository, 0);
    fault({ store: 'notes', kind: 'quota' });

    const error = await repository
      .addNote({ cableId: '08ASTANA1', bookmarkId: '08ASTANA1#2', text: 'this one does not fit' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({
      kind: 'quota',
      message: 'Your browser refused to save: storage is full. Nothing already saved was lost.',
    });

    expect(await exportJson(repository, 0)).toBe(before);
    const other = await Repository.open({ name });
    cleanups.push(() => other.close());
    const after = await exportJson(other, 0);
    countFound(before, after);
    expect(after).toBe(before);
  });

  it('writes none of a change that spans several stores', async () => {
    const { repository, doc } = await filledRepository();
    const before = await exportJson(repository, 0);
    // Adding a bookmark also records the URL on the cable; the bookmark's put is the one that fails.
    fault({ store: 'bookmarks', kind: 'quota' });
    await expect(repository.addBookmark(cableInput(doc, 'https://new.example/x'), '4')).rejects.toMatchObject(
      {
        kind: 'quota',
      },
    );
    const after = await exportJson(repository, 0);
    countFound(before, after);
    expect(after).toBe(before);
  });

  it('works again once there is room', async () => {
    const { repository } = await filledRepository();
    const remove = fault({ store: 'notes', kind: 'quota' });
    await expect(
      repository.addNote({ cableId: '08ASTANA1', bookmarkId: null, text: 'refused' }),
    ).rejects.toBeInstanceOf(StoreError);
    remove();
    await repository.addNote({ cableId: '08ASTANA1', bookmarkId: null, text: 'accepted' });
    expect((await repository.listNotes('08ASTANA1')).map((n) => n.text)).toEqual([
      'an earlier note',
      'accepted',
    ]);
  });
});

describe('a transaction aborted mid-write', () => {
  it('surfaces as write-failed and keeps earlier data', async () => {
    const { repository } = await filledRepository();
    const before = await exportJson(repository, 0);
    fault({ store: 'notes', kind: 'abort' });
    const error = await repository
      .updateNote((await repository.listNotes('08ASTANA1'))[0]?.id ?? '', { text: 'changed' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'write-failed' });
    expect((error as StoreError).message).toMatch(/Nothing already saved was lost/);
    expect(await exportJson(repository, 0)).toBe(before);
  });
});

describe('an import interrupted halfway', () => {
  it('writes nothing at all', async () => {
    const source = await filledRepository();
    for (let i = 0; i < 30; i++) {
      await source.repository.addNote({ cableId: '08ASTANA1', bookmarkId: '08ASTANA1#2', text: `note ${i}` });
    }
    const file = await exportJson(source.repository, 0);

    const target = await Repository.open({ name: freshName('import-target') });
    cleanups.push(() => target.close());
    const other = makeDocument('09OTHER2', PARAGRAPHS.slice(0, 2));
    await target.addBookmark(cableInput(other), '1');
    const before = await exportJson(target, 0);

    // The 15th of 31 note puts fails: half the notes are queued, none may land.
    fault({ store: 'notes', nth: 15, kind: 'abort' });
    await expect(importJson(target, file)).rejects.toMatchObject({ kind: 'write-failed' });
    expect(await exportJson(target, 0)).toBe(before);
    expect(await target.getCable('08ASTANA1')).toBeNull();
  });
});
