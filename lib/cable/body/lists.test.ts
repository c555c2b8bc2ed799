import { describe, expect, it } from 'vitest';
import { readListMarker, runOnItemStart } from './lists';

describe('list markers', () => {
  it('reads double dashes with or without a space, single dashes, stars and bullets', () => {
    expect(readListMarker('-- Keep the pressure on')).toEqual({ marker: '--', length: 3 });
    expect(readListMarker('--Keep the pressure on')).toEqual({ marker: '--', length: 2 });
    expect(readListMarker('  - Second point')).toEqual({ marker: '-', length: 4 });
    expect(readListMarker('- --FIRST, ONE SHOULD')).toMatchObject({ marker: '--' });
    expect(readListMarker('* note this')).toMatchObject({ marker: '*' });
    expect(readListMarker('\u2022 bullet')).toMatchObject({ marker: '\u2022' });
    expect(readListMarker('o The Ministry agreed')).toMatchObject({ marker: 'o' });
  });

  it('leaves rules, numbers and words alone', () => {
    for (const line of ['-------', '- - - -', '-5 percent', 'o is a letter', 'Text', '*note']) {
      expect(readListMarker(line), line).toBeNull();
    }
  });
});

describe('marked items run together in flattened text', () => {
  it('finds a marked item after a sentence end or a colon', () => {
    const line = 'Posts should report: -- (U//FOUO) the name of the site. -- (U//FOUO) its owner.';
    expect(runOnItemStart(line, 0)).toBe(line.indexOf('--'));
    expect(runOnItemStart(line, line.indexOf('--') + 2)).toBe(line.lastIndexOf('--'));
  });

  it('leaves dashes inside sentences alone', () => {
    expect(runOnItemStart('He agreed -- for now. -- and then left.', 0)).toBe(-1);
    expect(runOnItemStart('No dash here at all, (U) or so.', 0)).toBe(-1);
  });
});
