import { describe, expect, it } from 'vitest';
import { BEFORE_ALL, breaksByBlock, pageMarkerLabel } from './page-markers';

describe('pageMarkerLabel', () => {
  it('says which page begins, and of how many when known', () => {
    expect(pageMarkerLabel({ page: 2, of: 3 })).toBe('page 2 of 3');
    expect(pageMarkerLabel({ page: 2, of: null })).toBe('page 2');
    expect(pageMarkerLabel({ page: null, of: 3 })).toBe('page break');
  });
});

describe('breaksByBlock', () => {
  const text = 'TESTPOST 00000001 00';

  it('groups breaks by block in text order, those before every block apart', () => {
    const { before } = breaksByBlock([
      { text: `${text}3 OF 003`, page: 3, of: 3, offset: 900, blockKey: '7' },
      { text: `${text}2 OF 003`, page: 2, of: 3, offset: 400, blockKey: '7' },
      { text: 'PAGE 02', page: 2, of: null, offset: 0, blockKey: null },
    ]);
    expect(before.get('7')?.map((b) => b.page)).toEqual([2, 3]);
    expect(before.get(BEFORE_ALL)?.length).toBe(1);
  });

  it('keeps a break that stood inside a block’s text apart from those before it', () => {
    const { before, inside } = breaksByBlock([
      { text: `${text}2 OF 003`, page: 2, of: 3, offset: 400, blockKey: '3', inBlock: 120 },
      { text: `${text}3 OF 003`, page: 3, of: 3, offset: 900, blockKey: '4' },
    ]);
    expect(inside.get('3')?.map((b) => b.inBlock)).toEqual([120]);
    expect(before.get('3')).toBeUndefined();
    expect(before.get('4')?.map((b) => b.page)).toEqual([3]);
    expect(inside.get('4')).toBeUndefined();
  });
});
