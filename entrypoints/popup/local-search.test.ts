import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CableGroup } from '../../lib/store/groups';
import { type SearchEntry, searchEntry } from '../../lib/store/search';

const send = vi.fn();
vi.mock('../../lib/messaging/runtime', () => ({ send: (...args: unknown[]) => send(...args) }));
const { localSearch } = await import('./local-search');

function group(id: string, updatedAt: number, subject: string): CableGroup {
  return {
    cable: {
      id,
      subject,
      classification: null,
      level: null,
      origin: null,
      date: null,
      lastUrl: null,
      saved: false,
    },
    bookmarks: [],
    cableNotes: [],
    updatedAt,
  };
}

const entry = (id: string, updatedAt: number, subject: string): SearchEntry =>
  searchEntry(group(id, updatedAt, subject), () => undefined);

describe('localSearch', () => {
  beforeEach(() => send.mockReset());

  it('answers nothing until its copy is there, then searches it without asking again', async () => {
    send.mockResolvedValue([entry('09B2', 2, 'Pipeline tender'), entry('09A1', 1, 'Border talks')]);
    const local = localSearch();
    expect(local.search('pipeline', 0, 50)).toBeNull();
    await local.load();
    expect(send).toHaveBeenCalledWith('bookmark.searchIndex', {});
    expect(local.search('pipeline', 0, 50)?.groups.map((g) => g.cable.id)).toEqual(['09B2']);
    expect(local.search('e', 0, 1)).toMatchObject({ total: 2, groups: [{ cable: { id: '09B2' } }] });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('asks again for a changed cable only, and keeps the list newest first', async () => {
    send.mockResolvedValueOnce([entry('09B2', 2, 'Pipeline tender'), entry('09A1', 1, 'Border talks')]);
    const local = localSearch();
    await local.load();
    send.mockResolvedValueOnce([entry('09A1', 3, 'Border talks resumed')]);
    await local.changed('09A1');
    expect(send).toHaveBeenLastCalledWith('bookmark.searchIndex', { cableIds: ['09A1'] });
    expect(local.search('talks', 0, 50)?.groups.map((g) => g.cable.subject)).toEqual([
      'Border talks resumed',
    ]);
    expect(local.search('', 0, 50)?.groups.map((g) => g.cable.id)).toEqual(['09A1', '09B2']);
    // A cable no longer listed has no entry: it leaves the copy.
    send.mockResolvedValueOnce([]);
    await local.changed('09B2');
    expect(local.search('', 0, 50)?.groups.map((g) => g.cable.id)).toEqual(['09A1']);
  });

  it('loads the whole copy again after a change to many cables', async () => {
    send.mockResolvedValue([entry('09A1', 1, 'Border talks')]);
    const local = localSearch();
    await local.load();
    send.mockResolvedValue([entry('09C3', 4, 'Imported cable')]);
    await local.changed(null);
    expect(send).toHaveBeenLastCalledWith('bookmark.searchIndex', {});
    expect(local.search('imported', 0, 50)?.total).toBe(1);
  });
});
