import { beforeEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn();
let broadcast: ((cableId: string | null) => void) | null = null;
vi.mock('../../lib/messaging/native-runtime', () => ({
  send: (...args: unknown[]) => send(...args),
  watchChanges: (onChange: (cableId: string | null) => void) => {
    broadcast = onChange;
    return () => {
      broadcast = null;
    };
  },
}));

async function fresh() {
  vi.resetModules();
  delete (globalThis as Record<string, unknown>).__cableReaderFirstPage;
  return import('./first-page');
}

describe('the popup first page', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockResolvedValue({ groups: [], total: 0 });
  });

  it('is asked for once however often the popup asks, and handed over once', async () => {
    const { askFirstPage, takeFirstPage, FIRST_PAGE_SIZE } = await fresh();
    askFirstPage();
    askFirstPage();
    expect(send).toHaveBeenCalledOnce();
    expect(send).toHaveBeenCalledWith('bookmark.list', { offset: 0, limit: FIRST_PAGE_SIZE });
    await expect(takeFirstPage()).resolves.toEqual({ groups: [], total: 0 });
    expect(takeFirstPage()).toBeNull();
    expect(broadcast).toBeNull();
  });

  it('is not handed over once the store changed after it was asked', async () => {
    const { askFirstPage, takeFirstPage } = await fresh();
    askFirstPage();
    broadcast?.('09ZEMBLA123');
    expect(takeFirstPage()).toBeNull();
  });
});
