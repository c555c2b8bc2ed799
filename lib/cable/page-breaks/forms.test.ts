import { describe, expect, it } from 'vitest';
import {
  inlineTailAt,
  isBannerLine,
  originCandidates,
  readPageBreakLine,
  trailingBannerLength,
} from './forms';

describe('page-break header lines', () => {
  it('reads the modern form, with one or two spaces and a part number', () => {
    expect(readPageBreakLine('VALLETTA 00000321 002 OF 004')).toMatchObject({
      text: 'VALLETTA 00000321 002 OF 004',
      page: 2,
      of: 4,
      old: false,
    });
    expect(readPageBreakLine('VALLETTA 00000321  003 OF 004 ')).toMatchObject({ page: 3, of: 4 });
    expect(readPageBreakLine('MASERU 00000077  001.2 OF 002')).toMatchObject({ page: 1, of: 2 });
  });

  it('reads origins of several words', () => {
    expect(readPageBreakLine('PORT LOUIS 00000412 002 OF 003')?.text).toBe('PORT LOUIS 00000412 002 OF 003');
    expect(readPageBreakLine('USUN NEW YORK 00001200 004 OF 009')?.page).toBe(4);
  });

  it('reads the old PAGE form, keeping text that runs on after it', () => {
    expect(readPageBreakLine('PAGE 02 MASERU 04411 01 OF 02 121530Z')).toMatchObject({
      page: 2,
      old: true,
      rest: '',
    });
    const run = readPageBreakLine('PAGE 03 MASERU 04411 01 OF 02 121530Z THE MINISTER SAID');
    expect(run).toMatchObject({ text: 'PAGE 03 MASERU 04411 01 OF 02 121530Z', rest: 'THE MINISTER SAID' });
    expect(readPageBreakLine('PAGE 02  VALLETTA 01234  211500Z')).toMatchObject({ page: 2, old: true });
    expect(readPageBreakLine('PAGE 01   STATE  123456')).toMatchObject({ page: 1, old: true });
  });

  it("reads the old form with the telegram's own wide gap after the page number", () => {
    expect(readPageBreakLine('PAGE 02        CAPE T 00123  01 OF 03  182017Z')).toMatchObject({
      text: 'PAGE 02        CAPE T 00123  01 OF 03  182017Z',
      page: 2,
      old: true,
      rest: '',
    });
    expect(readPageBreakLine('PAGE 03        MASERU 04411  121530Z THE MINISTER')).toMatchObject({
      page: 3,
      rest: 'THE MINISTER',
    });
    expect(readPageBreakLine('PAGE 01        STATE  123456')).toMatchObject({ page: 1, old: true });
  });

  it('rejects text that only looks like a header', () => {
    for (const line of [
      'C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000321',
      'REF: VALLETTA 000321',
      '2. (C) Two OF the three ministers agreed.',
      'PAGE 2 of the report says so.',
      'The vote was 002 OF 004 in favour.',
    ]) {
      expect(readPageBreakLine(line), line).toBeNull();
    }
  });

  it('finds the serial and page of a flattened header around its OF', () => {
    const text = 'asked for a VALLETTA 00000321 002 OF 004 meeting';
    const tail = inlineTailAt(text, text.indexOf(' OF '));
    expect(tail).toMatchObject({ serial: '00000321', page: 2, total: 4 });
    expect(text.slice(tail?.start, tail?.end)).toBe(' 00000321 002 OF 004');
    expect(inlineTailAt('two OF them', 3)).toBeNull();
  });

  it('offers the capitalised words before a serial as origins, longest first', () => {
    const text = 'for the PROGRAM VALLETTA';
    expect(originCandidates(text, text.length)).toEqual(['PROGRAM VALLETTA', 'VALLETTA']);
    expect(originCandidates('asked for a', 11)).toEqual([]);
  });

  it('knows page banners, alone or glued to a line end', () => {
    expect(isBannerLine(' CONFIDENTIAL')).toBe(true);
    expect(isBannerLine('LIMITED OFFICIAL USE')).toBe(true);
    expect(isBannerLine('CONFIDENTIAL ABC1234')).toBe(true);
    expect(isBannerLine('CONFIDENTIAL SOURCES SAY')).toBe(false);
    expect(trailingBannerLength('AN INTERIM GOVERNMENT  CONFIDENTIAL')).toBe(14);
    expect(trailingBannerLength('A CONFIDENTIAL')).toBe(0);
  });

  it.each([
    ['TOP SECRET', true],
    ['T O P S E C R E T', true],
    ['S E C R E T', true],
    ['UNCLAS', true],
    ['TOP SECRET FOO1234', true],
    ['TOP SECRET PLANS', false],
  ])('takes the vocabulary banner %s as a page banner: %s', (line, banner) => {
    expect(isBannerLine(line)).toBe(banner);
  });

  it('knows TOP SECRET glued to a line end too', () => {
    expect(trailingBannerLength('THE PLAN WAS AGREED  TOP SECRET')).toBe(12);
  });
});
