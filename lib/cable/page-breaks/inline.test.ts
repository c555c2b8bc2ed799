import { describe, expect, it } from 'vitest';
import { cutInlineBreaks } from './inline';

describe('flattened page-break headers', () => {
  it('cuts a header out of a sentence and says where it was', () => {
    const text = 'They asked for a VALLETTA 00000321 002 OF 004 meeting with us.';
    const out = cutInlineBreaks(text, new Set(), '');
    expect(out.text).toBe('They asked for a meeting with us.');
    expect(out.cuts).toEqual([
      { start: 17, end: 46, at: 17, text: 'VALLETTA 00000321 002 OF 004', page: 2, of: 4 },
    ]);
  });

  it('takes as origin the longest run of capitals that is known or named with the serial early on', () => {
    const early = 'C O N F I D E N T I A L PORT LOUIS 000412';
    const out = cutInlineBreaks('THE CAPITAL PORT LOUIS 00000412 002 OF 003 IS CALM.', new Set(), early);
    expect(out.text).toBe('THE CAPITAL IS CALM.');
    const known = cutInlineBreaks(
      'SEEN IN PORT LOUIS 00000412 002 OF 003 TODAY.',
      new Set(['PORT LOUIS']),
      '',
    );
    expect(known.cuts[0]?.text).toBe('PORT LOUIS 00000412 002 OF 003');
  });

  it('falls back to the one word before the serial', () => {
    const out = cutInlineBreaks('WE MET THE PROGRAM MASERU 00000077 002 OF 002 TEAM.', new Set(), '');
    expect(out.text).toBe('WE MET THE PROGRAM TEAM.');
  });

  it('leaves text without such headers as it is', () => {
    const text = 'Two OF the three voted; 002 OF 004 is not a header.';
    expect(cutInlineBreaks(text, new Set(), '')).toEqual({ text, cuts: [] });
  });

  it('cuts an old-style header that stands inside a line, in order with the flattened ones', () => {
    const text =
      'THE MINISTER SAID PAGE 02 MASERU 04411 01 OF 02 121530Z THAT TALKS GO ON. A MASERU 00000077 002 OF 002 END.';
    const out = cutInlineBreaks(text, new Set(), '');
    expect(out.text).toBe('THE MINISTER SAID THAT TALKS GO ON. A END.');
    expect(out.cuts.map((c) => [c.text, c.page, c.of])).toEqual([
      ['PAGE 02 MASERU 04411 01 OF 02 121530Z', 2, null],
      ['MASERU 00000077 002 OF 002', 2, 2],
    ]);
  });

  it('leaves the word PAGE in prose alone', () => {
    const text = 'See PAGE 2 of the report, PAGE 02 OF THE ANNEX.';
    expect(cutInlineBreaks(text, new Set(), '')).toEqual({ text, cuts: [] });
  });
});
