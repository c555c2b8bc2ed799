import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { StoreError } from './errors';
import { Repository } from './repository';
import { createStoreService } from './service';
import { freshName } from './testing/describe-db';

const popup = {
  url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
  extensionOrigin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};

describe('createStoreService', () => {
  it('opens the repository once, on first use', async () => {
    let opens = 0;
    const name = freshName('service');
    const service = createStoreService(() => {
      opens++;
      return Repository.open({ name });
    });
    expect(opens).toBe(0);
    await service.handle({ type: 'bookmarks:list' }, popup);
    const { response } = await service.handle({ type: 'bookmarks:list' }, popup);
    expect(response).toEqual({ ok: true, value: { groups: [], total: 0 } });
    expect(opens).toBe(1);
    await service.close();
  });

  it('answers a failed open with its error, then tries again on the next message', async () => {
    const name = freshName('service-retry');
    let attempt = 0;
    const service = createStoreService(() => {
      attempt++;
      return attempt === 1 ? Promise.reject(new StoreError('upgrade-failed')) : Repository.open({ name });
    });
    const first = await service.handle({ type: 'bookmarks:list' }, popup);
    expect(first.response).toMatchObject({ ok: false, error: { kind: 'upgrade-failed' } });
    const second = await service.handle({ type: 'bookmarks:list' }, popup);
    expect(second.response).toMatchObject({ ok: true });
    await service.close();
  });
});
