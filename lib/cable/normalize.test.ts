import { describe, expect, it } from 'vitest';
import { cleanText, normalizeInput } from './normalize';

describe('cleanText', () => {
  it('turns CRLF, lone CR and other line ends into newlines', () => {
    expect(cleanText('one\r\ntwo\rthree\u2028four\ffive')).toBe('one\ntwo\nthree\nfour\nfive');
  });

  it('turns tabs and no-break spaces into spaces and drops invisible characters', () => {
    expect(cleanText('a\tb\u00A0c\u200Bd\uFEFFe\u00ADf')).toBe('a b cdef');
  });

  it('removes the site pilcrow before numbered and lettered lines only', () => {
    expect(cleanText('\u00B63. (C) Text\n     \u00B6B. VALLETTA 321\nsee \u00B6 above')).toBe(
      '3. (C) Text\n     B. VALLETTA 321\nsee \u00B6 above',
    );
  });

  it('drops trailing spaces but keeps indentation and blank lines', () => {
    expect(cleanText('  first line   \n \nsecond  ')).toBe('  first line\n\nsecond');
  });

  it('keeps every other character as it is', () => {
    const text = 'The Minister\u2019s \u201Creform\u201D -- 2.6% (C//NF) \u00E9t\u00E9';
    expect(cleanText(text)).toBe(text);
  });
});

describe('normalizeInput', () => {
  it('passes plain text through with its header and page metadata', () => {
    const out = normalizeInput({
      headerText: 'FM AMEMBASSY VALLETTA\r\n',
      bodyText: '\n\n1. (U) Text.\r\n',
      pageMeta: { id: '09VALLETTA321' },
    });
    expect(out).toEqual({
      text: '1. (U) Text.\n',
      headerText: 'FM AMEMBASSY VALLETTA\n',
      pageMeta: { id: '09VALLETTA321' },
    });
  });

  it('unpacks a CSV dump: routing header, body and record metadata', () => {
    const dump = [
      '2009-03-02 10:15:00\t09VALLETTA321\tEmbassy Valletta\tCONFIDENTIAL\t\tVZCZCXYZ123\\',
      'FM AMEMBASSY VALLETTA\\',
      'TO SECSTATE WASHDC\tC O N F I D E N T I A L VALLETTA 000321 \\',
      ' \\',
      '1. (C) The minister met us. \\',
      'VANCE \\',
      '',
      '17\t2009-03-03 11:00:00\t09MASERU77\tEmbassy Maseru\tUNCLASSIFIED\t\tVZCZCABC\\',
    ].join('\n');
    const out = normalizeInput({ headerText: null, bodyText: dump, pageMeta: {} });
    expect(out.headerText).toBe('VZCZCXYZ123\nFM AMEMBASSY VALLETTA\nTO SECSTATE WASHDC');
    expect(out.text).toBe('C O N F I D E N T I A L VALLETTA 000321\n\n1. (C) The minister met us.\nVANCE');
    expect(out.pageMeta).toEqual({
      date: '2009-03-02 10:15:00',
      id: '09VALLETTA321',
      origin: 'Embassy Valletta',
      classification: 'CONFIDENTIAL',
    });
  });
});

describe('the partial-extract note', () => {
  const note =
    'This record is a partial extract of the original cable. The full text of the original cable is not available.';
  it('is cut from the routing header and reported', () => {
    const out = normalizeInput({ headerText: `${note}\n\n121212Z Mar 05`, bodyText: 'BODY', pageMeta: {} });
    expect(out.partial).toBe(true);
    expect(out.headerText).toBe('121212Z Mar 05');
  });
  it('is cut where it is glued to the first header line of the text', () => {
    const out = normalizeInput({
      headerText: null,
      bodyText: `${note}C O N F I D E N T I A L SECTION 01 OF 02 OSLO 000123\n\n1. (C) Text.`,
      pageMeta: {},
    });
    expect(out.partial).toBe(true);
    expect(out.text).toBe('C O N F I D E N T I A L SECTION 01 OF 02 OSLO 000123\n\n1. (C) Text.');
  });
  it('is absent from a whole record', () => {
    expect(
      normalizeInput({ headerText: null, bodyText: '1. (C) Text.', pageMeta: {} }).partial,
    ).toBeUndefined();
  });
});
