import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { freshName } from '../../tests/fixtures/idb-schema';
import { openCableDb } from './db';
import { StoreError } from './errors';
import * as v1 from './frozen/v1';
import * as v4 from './frozen/v4';
import * as v5 from './frozen/v5';
import { type Migration, migrations } from './migrations';
import { Repository } from './repository';

/** A step past the current version that changes data and the schema, then fails halfway through. */
const failsMidway: Migration = async (db, tx) => {
  db.createObjectStore('half-made');
  const bookmarks = tx.objectStore('bookmarks');
  for (const bookmark of (await bookmarks.getAll()) as { id: string }[]) {
    await bookmarks.put({ ...bookmark, label: 'rewritten by the failing step' });
  }
  await bookmarks.delete('08FROZEN1#2');
  throw new Error('simulated failure in the middle of a migration');
};

const throwsAtOnce: Migration = (db) => {
  db.createObjectStore('half-made');
  throw new Error('simulated synchronous failure');
};

describe('a failing upgrade', () => {
  it.each([
    ['after async work', failsMidway],
    ['synchronously', throwsAtOnce],
  ])('that fails %s leaves the database readable at its old version', async (_, step) => {
    const name = freshName('failing-upgrade');
    await v1.build(name);

    const failure = await openCableDb({
      name,
      version: migrations.length + 1,
      steps: [...migrations, step],
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ kind: 'upgrade-failed' });
    expect((failure as StoreError).message).toMatch(/Nothing already saved was lost/);

    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(raw.objectStoreNames.contains('half-made')).toBe(false);
    expect(await raw.get('bookmarks', '08FROZEN1#2')).toEqual(v1.records.bookmarks[0]);
    raw.close();

    const repository = await Repository.open({ name });
    const [group] = await repository.listAll();
    expect(group?.bookmarks.map((b) => [b.id, b.label])).toEqual([['08FROZEN1#2', '2']]);
    repository.close();
  });

  it('refuses to go past the last known step', async () => {
    await expect(
      openCableDb({ name: freshName('too-far'), version: migrations.length + 1 }),
    ).rejects.toMatchObject({
      kind: 'upgrade-failed',
    });
  });
});

describe('version 5', () => {
  it("sums up every cable of a version 4 database, as version 5's own code would have stored it", async () => {
    const name = freshName('to-v5');
    await v4.build(name);
    const repository = await Repository.open({ name });
    const raw = await openDB(name);
    expect(await raw.getAll('summaries')).toEqual(v5.records.summaries);
    expect(await raw.countFromIndex('summaries', 'listedAt')).toBe(1);
    raw.close();
    const [summary] = v5.records.summaries;
    expect(await repository.listLibrary(1)).toEqual({
      entries: [expect.objectContaining({ id: summary?.id, notes: 3, tags: ['follow up', 'frozen tag'] })],
      total: 1,
    });
    repository.close();
  });
});
