import { describe, expect, it } from 'vitest';
import {
  endsFullStop,
  endsSentence,
  indentOf,
  isAllCaps,
  isRedaction,
  isRule,
  isTitleLike,
  trimmedLength,
} from './text-tests';

describe('line judgements', () => {
  it('knows a sentence end behind closing quotes and brackets', () => {
    expect(endsSentence('the visit ended in 2009."')).toBe(true);
    expect(endsSentence('(see septel).)')).toBe(true);
    expect(endsSentence('as follows:')).toBe(true);
    expect(endsSentence('the meeting on March')).toBe(false);
    expect(endsSentence('')).toBe(false);
    expect(endsFullStop('as follows:')).toBe(false);
    expect(endsFullStop('he left?')).toBe(true);
  });

  it('knows decorative rules of dashes, spaced dashes, equals and stars', () => {
    for (const rule of [
      '-------',
      '--------------------------------------------- -',
      '- - - - -',
      '-- -- -- --- -',
      '*****',
      '=====',
    ]) {
      expect(isRule(rule), rule).toBe(true);
    }
    for (const text of ['-- an item', '---- Next Steps ----', '-5 percent', 'text', '-- --', '-- -- x --'])
      expect(isRule(text), text).toBe(false);
  });

  it('knows a line that is only a redaction', () => {
    expect(isRedaction('XXXXXXXXXXXX')).toBe(true);
    expect(isRedaction('  (XXXXXXXXXXXX).')).toBe(true);
    expect(isRedaction('XXXXXXXXXXXX said so')).toBe(false);
  });

  it('reads title case, capitals and small words as titles, sentences not', () => {
    expect(isTitleLike('Labor Rights and the Courts')).toBe(true);
    expect(isTitleLike('TRADE ISSUES')).toBe(true);
    expect(isTitleLike('Iran: Next Steps?')).toBe(true);
    expect(isTitleLike('The minister said that he would go.')).toBe(false);
    expect(isTitleLike('the meeting went on for hours')).toBe(false);
    expect(isTitleLike('A Very Long Title '.repeat(8))).toBe(false);
  });

  it('measures indentation and trimmed length without trimming', () => {
    expect(indentOf('   x')).toBe(3);
    expect(indentOf('   ')).toBe(3);
    expect(trimmedLength('  ab  ')).toBe(2);
    expect(trimmedLength('    ')).toBe(0);
    expect(isAllCaps('THE MINISTER, 2009')).toBe(true);
    expect(isAllCaps('The Minister')).toBe(false);
  });
});
