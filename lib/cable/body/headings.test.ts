import { describe, expect, it } from 'vitest';
import { isPlainHeading, isTitleLine, isUnderline, joinTitle, readInlineHeading } from './headings';

describe('heading shapes', () => {
  it('reads inline headings between dash runs and titles with a rule after them', () => {
    expect(readInlineHeading('---- Next Steps ----')).toBe('Next Steps');
    expect(readInlineHeading('------- Summary -------')).toBe('Summary');
    expect(readInlineHeading('WHAT COMES NEXT? ---------')).toBe('WHAT COMES NEXT?');
    expect(readInlineHeading('-- an item, not a title')).toBeNull();
    expect(readInlineHeading('----------')).toBeNull();
    expect(readInlineHeading('-- first -- and -- second --')).toBeNull();
  });

  it('knows underlines: dashes, spaced dashes and equals, not stars', () => {
    expect(isUnderline('---------')).toBe(true);
    expect(isUnderline('--------------------------------------------- -')).toBe(true);
    expect(isUnderline('- - - - - -')).toBe(true);
    expect(isUnderline('========')).toBe(true);
    expect(isUnderline('********')).toBe(false);
  });

  it('takes short lines with letters as title lines', () => {
    expect(isTitleLine('Labor Rights')).toBe(true);
    expect(isTitleLine('----')).toBe(false);
    expect(isTitleLine('x'.repeat(120))).toBe(false);
  });

  it('reads plain headings, not sentences, markers or list entries', () => {
    expect(isPlainHeading('Labor Rights')).toBe(true);
    expect(isPlainHeading('TRADE ISSUES')).toBe(true);
    expect(isPlainHeading('END SUMMARY')).toBe(false);
    expect(isPlainHeading('The talks ended.')).toBe(false);
    expect(isPlainHeading('Jane Roe, Deputy Director, Trade Office')).toBe(false);
    expect(isPlainHeading('XXXXXXXXXXXX')).toBe(false);
    expect(isPlainHeading('Tier Ranking for PORT Lagos: 3')).toBe(false);
    expect(isPlainHeading('Field Rating for AGRI Quito: 4B')).toBe(false);
    expect(isPlainHeading('Phase Two: Next Steps')).toBe(true);
  });

  it('joins the lines of a wrapped title', () => {
    expect(joinTitle(['  Minister of Trade and ', 'Industry  '])).toBe('Minister of Trade and Industry');
  });
});
