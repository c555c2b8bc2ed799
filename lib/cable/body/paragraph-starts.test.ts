import { describe, expect, it } from 'vitest';
import {
  type NumberContext,
  type NumberLabel,
  opensParagraph,
  readNumberLabel,
  runTogetherStart,
} from './paragraph-starts';

const label = (line: string): NumberLabel => {
  const read = readNumberLabel(line);
  if (!read) throw new Error(`no label in ${line}`);
  return read;
};

const context = (over: Partial<NumberContext> = {}): NumberContext => ({
  last: 4,
  prevEnds: true,
  blankBefore: true,
  shortPrev: true,
  prevTitle: () => false,
  cableMarks: true,
  breaksOff: () => false,
  prevWhole: false,
  ...over,
});

describe('reading paragraph numbers', () => {
  it('reads the label, its marking and where the text starts', () => {
    expect(readNumberLabel('5. (SBU) The ministry')).toMatchObject({ number: 5, written: '5', length: 3 });
    expect(readNumberLabel('5. (SBU) The ministry')?.marking?.normalized).toBe('SBU');
    expect(readNumberLabel('12.(C) Flattened')).toMatchObject({ number: 12, length: 3 });
    expect(readNumberLabel('6.Request feedback')).toMatchObject({ number: 6 });
    expect(readNumberLabel('3. (c) lower case')?.marking?.normalized).toBe('C');
    expect(readNumberLabel('7, (C) comma typed for the dot')?.number).toBe(7);
  });

  it('does not read decimals, years or commas without a marking', () => {
    for (const line of ['12.5 percent', '3.1 million', '2009. Next', '1737.', '7, and so on', 'No number']) {
      expect(readNumberLabel(line), line).toBeNull();
    }
  });
});

describe('deciding whether a number opens a paragraph', () => {
  it('takes the next number after a sentence end', () => {
    expect(opensParagraph(label('5. (C) Text'), context())).toBe(true);
  });

  it('takes the next number with a marking even after a date-like line end', () => {
    expect(opensParagraph(label('5. (C) Text'), context({ prevEnds: false }))).toBe(true);
  });

  it('leaves a number that does not follow the sequence, after an unfinished sentence, in the text', () => {
    expect(opensParagraph(label('12. The talks went on'), context({ prevEnds: false }))).toBe(false);
    expect(
      opensParagraph(label('12. The talks went on'), context({ prevEnds: false, blankBefore: false })),
    ).toBe(false);
  });

  it('takes a number a little ahead after a paragraph written on one line that ends on no stop', () => {
    const ctx = context({ prevEnds: false, blankBefore: false, last: 1, prevWhole: true });
    expect(opensParagraph(label('3. Ports Reopen... The port'), ctx)).toBe(true);
    expect(opensParagraph(label('30. Ports Reopen'), ctx)).toBe(false);
    expect(opensParagraph(label('3. Ports Reopen'), { ...ctx, prevWhole: false })).toBe(false);
  });

  it('leaves an unmarked next number in a marked cable in the text when the line before breaks off', () => {
    expect(opensParagraph(label('5. The'), context({ prevEnds: false, breaksOff: () => true }))).toBe(false);
    expect(opensParagraph(label('5. The'), context({ prevEnds: false, breaksOff: () => false }))).toBe(true);
  });

  it('accepts repeats, small skips and a restart after a sentence end', () => {
    expect(opensParagraph(label('4. (C) Again'), context())).toBe(true);
    expect(opensParagraph(label('6. (C) Skip'), context())).toBe(true);
    expect(opensParagraph(label('1. (C) Restart'), context())).toBe(true);
    expect(opensParagraph(label('40. (C) Far'), context())).toBe(false);
    expect(opensParagraph(label('3. (C) Back'), context())).toBe(false);
  });

  it('restarts at 1 after a contents list of titles', () => {
    const ctx = context({ prevEnds: false, last: 5, cableMarks: false, prevTitle: () => true });
    expect(opensParagraph(label('1. Lead Stories'), ctx)).toBe(true);
    expect(opensParagraph(label('1. Lead Stories'), { ...ctx, prevTitle: () => false })).toBe(false);
  });
});

describe('paragraphs run together on one line', () => {
  it('finds the next paragraph after a sentence end, with its marking', () => {
    const line = 'we will send next steps. 3. (C) The minister agreed.';
    expect(runTogetherStart(line, 0, 2)).toBe(line.indexOf('3.'));
  });

  it('ignores numbers that do not continue the sequence or carry no marking', () => {
    expect(runTogetherStart('we will send next steps. 3. (C) The minister agreed.', 0, 5)).toBe(-1);
    expect(runTogetherStart('in the year 2009. 3. The minister agreed.', 0, 2)).toBe(-1);
  });

  it('searches from the given offset', () => {
    const line = 'First. 2. (C) Second. 3. (C) Third.';
    expect(runTogetherStart(line, 8, 2)).toBe(line.indexOf('3.'));
  });
});
