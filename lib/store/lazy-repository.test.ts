import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshName } from '../../tests/fixtures/idb-schema';
import { StoreError } from './errors';
import { lazyRepository } from './lazy-repository';
import { Repository } from './repository';

describe('lazyRepository', () => {
  it('opens the repository once, on first use', async () => {
    let opens = 0;
    const name = freshName('service');
    const holder = lazyRepository(() => {
      opens++;
      return Repository.open({ name });
    });
    expect(opens).toBe(0);
    await holder.get();
    const repository = await holder.get();
    expect(await repository.listAll()).toEqual([]);
    expect(opens).toBe(1);
    await holder.close();
  });

  it('rejects a failed open with its error, then tries again on the next use', async () => {
    const name = freshName('service-retry');
    let attempt = 0;
    const holder = lazyRepository(() => {
      attempt++;
      return attempt === 1 ? Promise.reject(new StoreError('upgrade-failed')) : Repository.open({ name });
    });
    await expect(holder.get()).rejects.toMatchObject({ kind: 'upgrade-failed' });
    await expect(holder.get()).resolves.toBeInstanceOf(Repository);
    await holder.close();
  });

  it('words any other failure to open as `unavailable`', async () => {
    const holder = lazyRepository(() => Promise.reject(new Error('VersionError')));
    await expect(holder.get()).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
