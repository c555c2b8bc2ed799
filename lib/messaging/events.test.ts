import { describe, expect, it } from 'vitest';
import { changedCable, changedEvent } from './events';

describe('changedCable', () => {
  it('recognises bookmark.changed broadcasts only', () => {
    expect(changedCable(changedEvent('08ASTANA1'))).toBe('08ASTANA1');
    expect(changedCable({ name: 'bookmark.changed', data: { cableId: null } })).toBeNull();
    expect(changedCable({ name: 'bookmark.changed', data: { cableId: 5 } })).toBeUndefined();
    expect(changedCable({ name: 'bookmark.changed', data: { cableId: 'x' }, extra: 1 })).toBeUndefined();
    expect(changedCable({ name: 'other', data: {} })).toBeUndefined();
    expect(changedCable(null)).toBeUndefined();
  });
});
