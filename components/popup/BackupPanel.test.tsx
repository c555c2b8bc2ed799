import { describe, expect, it } from 'vitest';
import { reportText } from './BackupPanel';

const counts = (added: number, updated: number, unchanged: number) => ({ added, updated, unchanged });

describe('reportText', () => {
  it('says what an import added and updated', () => {
    expect(reportText({ cables: counts(1, 0, 0), bookmarks: counts(2, 1, 0), notes: counts(1, 0, 3) })).toBe(
      '1 cable added, 2 bookmarks added, 1 bookmark updated, 1 note added; 3 records already here.',
    );
  });

  it('says when nothing was new', () => {
    expect(reportText({ cables: counts(0, 0, 1), bookmarks: counts(0, 0, 1), notes: counts(0, 0, 0) })).toBe(
      'Nothing new: all 2 records were already here.',
    );
  });
});
