import { describe, expect, it } from 'vitest';
import { endsWithBrokenWord, joinHyphenated } from './hyphens';

describe('line-end hyphens', () => {
  it('drops the hyphen of a word the typist broke at a syllable', () => {
    expect(joinHyphenated('negoti-', 'ations')).toBe('negotiations');
    expect(joinHyphenated('govern-', 'ment,')).toBe('government,');
  });

  it('keeps the hyphen after a known prefix', () => {
    expect(joinHyphenated('counter-', 'terrorism')).toBe('counter-terrorism');
    expect(joinHyphenated('non-', 'proliferation')).toBe('non-proliferation');
    expect(joinHyphenated('self-', 'defense')).toBe('self-defense');
  });

  it('keeps the hyphen before a capital, a digit or in capitals', () => {
    expect(joinHyphenated('pro-', 'Western')).toBe('pro-Western');
    expect(joinHyphenated('2008-', '2009')).toBe('2008-2009');
    expect(joinHyphenated('ANTI-', 'GOVERNMENT')).toBe('ANTI-GOVERNMENT');
  });

  it('keeps the hyphen before words that close compounds and after adverbs', () => {
    expect(joinHyphenated('missile-', 'related')).toBe('missile-related');
    expect(joinHyphenated('state-', 'owned,')).toBe('state-owned,');
    expect(joinHyphenated('regularly-', 'scheduled')).toBe('regularly-scheduled');
    expect(joinHyphenated('discuss-', 'ion')).toBe('discussion');
  });

  it('keeps a suspended hyphen and its space before a conjunction', () => {
    expect(joinHyphenated('medium-', 'or')).toBe('medium- or');
    expect(joinHyphenated('pro-', 'and')).toBe('pro- and');
  });

  it('keeps the hyphen of a word that already holds one', () => {
    expect(joinHyphenated('long-term-', 'oriented')).toBe('long-term-oriented');
  });

  it('tells a broken word from a dash', () => {
    expect(endsWithBrokenWord('the negoti-')).toBe(true);
    expect(endsWithBrokenWord('the talks --')).toBe(false);
    expect(endsWithBrokenWord('the talks -')).toBe(false);
  });
});
