import { describe, expect, it } from 'vitest';
import { removePageBreaks } from './remove';

const HEADER = 'VALLETTA 00000321 002 OF 004';

describe('removing page-break headers', () => {
  it('rejoins a sentence the header interrupted, and records where it stood', () => {
    const text = `3. (C) The deal is worth USD\n\n${HEADER}\n\n\n3.1 million over two years.`;
    const out = removePageBreaks(text);
    expect(out.text).toBe('3. (C) The deal is worth USD\n3.1 million over two years.');
    expect(out.breaks).toHaveLength(1);
    expect(out.breaks[0]).toMatchObject({ text: HEADER, page: 2, of: 4, offset: text.indexOf(HEADER) });
    expect(out.text.slice(out.breaks[0]?.at)).toBe('3.1 million over two years.');
  });

  it("keeps a paragraph end where the text had one beyond the break's own blank lines", () => {
    const out = removePageBreaks(`the talks ended.\n\n\n${HEADER}\n\n\n4. (C) Next day`);
    expect(out.text).toBe('the talks ended.\n\n4. (C) Next day');
  });

  it('handles the one-line-per-paragraph style with no blank lines around the header', () => {
    expect(removePageBreaks(`first half of a\n${HEADER}\nsentence.`).text).toBe('first half of a\nsentence.');
    expect(removePageBreaks(`a finished line.\n${HEADER}\n\nA TITLE`).text).toBe(
      'a finished line.\n\nA TITLE',
    );
  });

  it('removes old PAGE headers with their banners and keeps text run on after them', () => {
    const text =
      'WE MET THE MINISTER AND\n CONFIDENTIAL\nPAGE 02 MASERU 04411 01 OF 02 121530Z HIS DEPUTY TODAY.';
    const out = removePageBreaks(text);
    expect(out.text).toBe('WE MET THE MINISTER AND\nHIS DEPUTY TODAY.');
    expect(out.breaks[0]).toMatchObject({
      text: 'PAGE 02 MASERU 04411 01 OF 02 121530Z',
      page: 2,
      around: ['CONFIDENTIAL'],
    });
  });

  it('takes a banner glued to the end of the last line of a page', () => {
    const out = removePageBreaks(
      'AN INTERIM  CONFIDENTIAL\nPAGE 03 MASERU 04411 01 OF 02 121530Z\nGOVERNMENT.',
    );
    expect(out.text).toBe('AN INTERIM\nGOVERNMENT.');
    expect(out.breaks[0]?.around).toEqual(['CONFIDENTIAL']);
  });

  it('drops the routing and section header a later section repeats after its page 1 header', () => {
    const text = [
      'THE SECOND SECTION STARTS',
      ' CONFIDENTIAL',
      'PAGE 01 MASERU 04411 02 OF 02 121531Z',
      'ACTION AF-00',
      'C O N F I D E N T I A L SECTION 02 OF 02 MASERU 004411',
      'PAGE 02 MASERU 04411 02 OF 02 121531Z',
      'HERE.',
    ].join('\n');
    const out = removePageBreaks(text);
    expect(out.text).toBe('THE SECOND SECTION STARTS\nHERE.');
    expect(out.breaks.map((b) => b.page)).toEqual([1, 2]);
    expect(out.breaks[0]?.around).toEqual([
      'CONFIDENTIAL',
      'ACTION AF-00',
      'C O N F I D E N T I A L SECTION 02 OF 02 MASERU 004411',
    ]);
  });

  it('cuts flattened headers out of a sentence, choosing the origin the text names elsewhere', () => {
    const text = `C O N F I D E N T I A L VALLETTA 000321\n1.(C) They asked for a ${HEADER} meeting with us. THE PROGRAM VALLETTA 00000321 003 OF 004 GOES ON.`;
    const out = removePageBreaks(text);
    expect(out.text).toBe(
      'C O N F I D E N T I A L VALLETTA 000321\n1.(C) They asked for a meeting with us. THE PROGRAM GOES ON.',
    );
    expect(out.breaks.map((b) => b.text)).toEqual([HEADER, 'VALLETTA 00000321 003 OF 004']);
    expect(out.breaks.map((b) => text.slice(b.offset, b.offset + b.text.length))).toEqual([
      HEADER,
      'VALLETTA 00000321 003 OF 004',
    ]);
    expect(out.text.slice(out.breaks[0]?.at, (out.breaks[0]?.at ?? 0) + 7)).toBe('meeting');
  });

  it('judges two headers with only blank lines between as one gap', () => {
    const inside = removePageBreaks(`the talks went on\n\n${HEADER}\n\n\n${HEADER}\n\n\nuntil noon.`);
    expect(inside.text).toBe('the talks went on\nuntil noon.');
    expect(inside.breaks.map((b) => b.at)).toEqual([18, 18]);
    const between = removePageBreaks(`the talks ended.\n\n${HEADER}\n\n\n\n\n${HEADER}\n\n\n4. (C) Next day`);
    expect(between.text).toBe('the talks ended.\n\n4. (C) Next day');
  });

  it('leaves text without headers untouched and handles text of headers only', () => {
    const plain = '1. (U) Nothing to see.\n\n2. (U) Still nothing.';
    expect(removePageBreaks(plain)).toEqual({ text: plain, breaks: [] });
    const only = removePageBreaks(`${HEADER}\n\n${HEADER}\n`);
    expect(only.text.trim()).toBe('');
    expect(only.breaks).toHaveLength(2);
  });

  it("takes a later section's repeated routing block and header lines with its PAGE 01 header", () => {
    const repeated = [
      'CONFIDENTIAL',
      '',
      'PAGE 01 RURITA 00123 02 OF 02 291359Z',
      'ACTION EUR-12',
      '',
      'INFO OCT-01 ISO-00 SS-15 /033 W',
      '              ------------------012346  291401Z /12',
      'O 291359Z NOV 78',
      'FM AMEMBASSY RURITANIA',
      'TO SECSTATE WASHDC IMMEDIATE 4568',
      'AMEMBASSY ELBONIA',
      '',
      'C O N F I D E N T I A L SECTION 2 OF 2 RURITANIA 0123',
      '',
      'E.O. 11652: GDS',
      'TAGS: PGOV RU',
      'SUBJECT: THE HARBOUR AND',
      'THE FLEET',
      '',
    ];
    const text = [
      '2. THE MINISTER SAID THAT THE HARBOUR WOULD',
      'CONFIDENTIAL',
      '',
      ...repeated,
      'OPEN IN MAY.',
    ];
    const out = removePageBreaks(text.join('\n'));
    expect(out.text).toBe('2. THE MINISTER SAID THAT THE HARBOUR WOULD\nOPEN IN MAY.');
    expect(out.breaks).toHaveLength(1);
    expect(out.breaks[0]?.around).toEqual(
      ['CONFIDENTIAL', ...repeated.filter((l) => l.trim() && !l.startsWith('PAGE'))].map((l) => l.trim()),
    );
  });

  it('removes an old header written with wide gaps, and the routing block a later section repeats', () => {
    const text = [
      '2. THE MINISTER SAID THAT THE HARBOUR WOULD',
      '                              CONFIDENTIAL',
      '',
      'PAGE 01        RURITA 00123  02 OF 02  291359Z',
      'ACTION EUR-12',
      '',
      'INFO  OCT-01   ISO-00   SS-15    /033 W',
      '                  ------------------012346  291401Z /12',
      'O 291359Z NOV 78',
      'FM AMEMBASSY RURITANIA',
      'TO SECSTATE WASHDC IMMEDIATE 4568',
      '',
      'C O N F I D E N T I A L SECTION 02 OF 02 RURITANIA 00123',
      '',
      'E.O. 11652: GDS',
      'TAGS: PGOV, RU',
      'SUBJECT: THE HARBOUR',
      '',
      'OPEN IN MAY.',
    ];
    const out = removePageBreaks(text.join('\n'));
    expect(out.text).toBe('2. THE MINISTER SAID THAT THE HARBOUR WOULD\nOPEN IN MAY.');
    expect(out.breaks.map((b) => b.page)).toEqual([1]);
  });

  it("keeps the first section's routing block: it is the cable's header, not furniture", () => {
    const text =
      'PAGE 01 RURITA 00123 01 OF 02 291359Z\nACTION EUR-12\nO 291359Z NOV 78\nFM AMEMBASSY RURITANIA';
    expect(removePageBreaks(text).text).toBe('ACTION EUR-12\nO 291359Z NOV 78\nFM AMEMBASSY RURITANIA');
  });

  it('stops at the first line that is not routing or header: a section that repeats nothing loses nothing', () => {
    const text =
      'THE TALKS WENT ON\nCONFIDENTIAL\n\nPAGE 01 RURITA 00123 02 OF 02 291359Z\nACTION WAS TAKEN AT ONCE.';
    expect(removePageBreaks(text).text.replace(/\n+/g, ' ')).toBe(
      'THE TALKS WENT ON ACTION WAS TAKEN AT ONCE.',
    );
  });

  it('takes the centred banners a conversion prints at the foot and head of a page beside a modern header', () => {
    const text = [
      '1. (C) The minister asked for a second',
      '                              CONFIDENTIAL',
      'Rurita 00000123 002 of 003',
      '                              CONFIDENTIAL',
      'meeting in June.',
    ].join('\n');
    const out = removePageBreaks(text);
    expect(out.text).toBe('1. (C) The minister asked for a second\nmeeting in June.');
    expect(out.breaks[0]?.around).toEqual(['CONFIDENTIAL', 'CONFIDENTIAL']);
  });

  it('keeps a banner line at the top of the text: it is the cable’s own classification', () => {
    const text = 'RURITA 00000123 001 OF 002\nCONFIDENTIAL\n\nSUBJECT: TALKS';
    expect(removePageBreaks(text).text).toBe('CONFIDENTIAL\n\nSUBJECT: TALKS');
  });

  it('keeps the text of a page 1 that holds paragraphs: only routing and header lines go with its header', () => {
    // A converted modern cable whose `RURITA 00000123 001 OF 002` header was rewritten in the old form, with the
    // page's paragraphs on one long line each (few lines before the page 2 header).
    const text = [
      'SUBJECT: TALKS',
      '',
      'PAGE 01 RURITA 00123 091253Z',
      '1. (C) The minister received the delegation on Monday and spoke of the harbour works at length.',
      '',
      '2. (C) He asked for a second',
      'PAGE 02 RURITA 00123 091253Z',
      'meeting in June.',
    ].join('\n');
    const out = removePageBreaks(text);
    expect(out.text).toContain('1. (C) The minister received the delegation on Monday');
    expect(out.text).toContain('2. (C) He asked for a second\nmeeting in June.');
    expect(out.text).not.toMatch(/PAGE 0/);
    expect(out.breaks.map((b) => b.page)).toEqual([1, 2]);
  });
});
