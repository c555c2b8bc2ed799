import { describe, expect, it } from 'vitest';
import { readSubLabel, romanValue } from './labels';

describe('sub-paragraph labels', () => {
  it('reads the label forms with their style and ordinal', () => {
    expect(readSubLabel('A. The first point')).toMatchObject({
      written: 'A',
      style: 'upper',
      ordinal: 1,
      length: 3,
    });
    expect(readSubLabel('b. second')).toMatchObject({ style: 'lower', ordinal: 2 });
    expect(readSubLabel('ii. second')).toMatchObject({ style: 'roman', ordinal: 2 });
    expect(readSubLabel('III. (S) Part three')).toMatchObject({ style: 'ROMAN', ordinal: 3 });
    expect(readSubLabel('(a) post security;')).toMatchObject({ style: 'paren-lower', ordinal: 1, length: 4 });
    expect(readSubLabel('(iv) fourth')).toMatchObject({ style: 'paren-roman', ordinal: 4 });
    expect(readSubLabel('(2) second')).toMatchObject({ style: 'paren-num', ordinal: 2 });
    expect(readSubLabel('3) third')).toMatchObject({ style: 'num-paren', ordinal: 3 });
    expect(readSubLabel('c) third')).toMatchObject({ style: 'lower-paren', ordinal: 3 });
  });

  it('reads an ambiguous i or v by the run it would continue', () => {
    expect(readSubLabel('i. first')?.style).toBe('roman');
    expect(readSubLabel('i. ninth', [{ style: 'lower', ordinal: 8 }])?.style).toBe('lower');
    expect(readSubLabel('(v) fifth', [{ style: 'paren-roman', ordinal: 4 }])?.style).toBe('paren-roman');
    expect(readSubLabel('(v) letter', [{ style: 'paren-lower', ordinal: 21 }])?.style).toBe('paren-lower');
  });

  it('does not read words, abbreviations, markings or numbers as labels', () => {
    for (const line of [
      'Mr. Vance said',
      'U.S. policy',
      '(S) text',
      '(U.S.) text',
      '(Iran) text',
      '4. text',
      'Dr. X',
      'mix. it',
    ]) {
      expect(readSubLabel(line), line).toBeNull();
    }
  });

  it('values roman numerals', () => {
    expect([
      romanValue('i'),
      romanValue('iv'),
      romanValue('ix'),
      romanValue('xiv'),
      romanValue('iiv'),
    ]).toEqual([1, 4, 9, 14, 0]);
  });
});
