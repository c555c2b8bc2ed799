import { describe, expect, it } from 'vitest';
import { plural } from '../../lib/i18n/t';
import { hostOf, paragraphMark, paragraphName, shortTime } from './format';

describe('popup wording', () => {
  it('names paragraphs, labelled or not', () => {
    expect(paragraphName('4')).toBe('paragraph 4');
    expect(paragraphName(null)).toBe('an unnumbered passage');
    expect(paragraphMark('B')).toBe('¶B');
    expect(paragraphMark(null)).toBe('¶–');
  });

  it('counts in words', () => {
    expect(plural('count_notes', 1)).toBe('1 note');
    expect(plural('count_cables', 1200)).toBe('1,200 cables');
  });

  it('gives a time today and a date otherwise', () => {
    const now = new Date(2026, 2, 3, 15, 0).getTime();
    expect(shortTime(new Date(2026, 2, 3, 9, 5).getTime(), now)).toBe('09:05');
    expect(shortTime(new Date(2025, 11, 24, 9, 5).getTime(), now)).toBe('24 Dec 2025');
  });

  it('shortens an address to its host', () => {
    expect(hostOf('https://www.cablegatesearch.net/cable.php?id=X')).toBe('cablegatesearch.net');
    expect(hostOf('not a url')).toBe('not a url');
  });
});
