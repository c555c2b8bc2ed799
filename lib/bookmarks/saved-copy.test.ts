import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../tests/fixtures/documents';
import type { SavedCable } from '../store/results';
import { bookmarksOn, savedCableInput } from './saved-copy';

function saved(extra: Partial<SavedCable> = {}): SavedCable {
  const document = makeDocument('09ZEMBLA123');
  const view = (blockKey: string, placedKey: string | null) => ({
    id: `09ZEMBLA123#${blockKey}`,
    cableId: '09ZEMBLA123',
    blockKey,
    label: blockKey,
    marking: null,
    excerpt: '',
    orphan: null,
    createdAt: 1,
    updatedAt: 1,
    notes: [],
    placedKey,
  });
  return {
    cable: {
      id: '09ZEMBLA123',
      subject: null,
      classification: null,
      level: null,
      origin: null,
      date: null,
      urls: [{ url: 'https://wikileaks.org/cable/2009/03/09ZEMBLA123.html', site: 'cablegate', lastSeen: 5 }],
      updatedAt: 1,
    },
    document,
    // Made on block 2, found in block 3 of the saved copy; made on 4, found nowhere.
    bookmarks: [view('2', '3'), view('4', null)],
    cableNotes: [],
    ...extra,
  };
}

describe('savedCableInput', () => {
  it('pairs the saved copy with the last web address it was seen at', () => {
    const input = savedCableInput(saved());
    expect(input?.url).toBe('https://wikileaks.org/cable/2009/03/09ZEMBLA123.html');
    expect(input?.site).toBe('cablegate');
    expect(input?.document.id).toBe('09ZEMBLA123');
  });

  it('is null without a copy or a web address', () => {
    expect(savedCableInput(saved({ document: null }))).toBeNull();
    const base = saved();
    expect(savedCableInput({ ...base, cable: { ...base.cable, urls: [] } })).toBeNull();
  });
});

describe('bookmarksOn', () => {
  it('follows where a bookmark is placed in the saved copy, not where it was made', () => {
    expect(bookmarksOn(saved(), '3').map((b) => b.id)).toEqual(['09ZEMBLA123#2']);
    expect(bookmarksOn(saved(), '2')).toEqual([]);
    expect(bookmarksOn(saved(), '4')).toEqual([]);
  });

  it('falls back to the block a bookmark was made on when there is no copy to place it in', () => {
    expect(bookmarksOn(saved({ document: null }), '4').map((b) => b.id)).toEqual(['09ZEMBLA123#4']);
  });
});
