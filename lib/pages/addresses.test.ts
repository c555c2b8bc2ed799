import { describe, expect, it } from 'vitest';
import { libraryPagePath, notesPagePath, readPageParams } from './addresses';

describe('bookmark page addresses', () => {
  it('round-trips a cable id and block key through the notes page address', () => {
    const path = notesPagePath('08ASTANA1147', '45-2');
    expect(path).toBe('/notes.html?cable=08ASTANA1147&block=45-2');
    expect(readPageParams(path.slice(path.indexOf('?')))).toEqual({
      cableId: '08ASTANA1147',
      blockKey: '45-2',
    });
  });

  it('escapes what a URL would misread', () => {
    const path = notesPagePath('A&B=C', 'x#y');
    expect(readPageParams(path.slice(path.indexOf('?')))).toEqual({ cableId: 'A&B=C', blockKey: 'x#y' });
  });

  it('points the saved copy at a paragraph with the mirrors’ own paragraph link', () => {
    expect(libraryPagePath('08ASTANA1147', '4')).toBe('/library.html?cable=08ASTANA1147#par4');
    expect(libraryPagePath('08ASTANA1147')).toBe('/library.html?cable=08ASTANA1147');
  });

  it('reads missing, blank and oversized values as absent', () => {
    expect(readPageParams('')).toEqual({ cableId: null, blockKey: null });
    expect(readPageParams('?cable=%20&block=')).toEqual({ cableId: null, blockKey: null });
    expect(readPageParams(`?cable=${'X'.repeat(301)}&block=1`)).toEqual({ cableId: null, blockKey: '1' });
  });
});
