import { describe, expect, it } from 'vitest';
import {
  classifiedBy,
  declassification,
  fieldStart,
  handlingLine,
  isTagsContinuation,
  markedBannerWords,
  reasonsComplete,
  tagCodes,
  usDate,
} from './lines';

describe('header line recognisers', () => {
  it('fieldStart knows the header fields and their spellings', () => {
    expect(fieldStart('E.O. 12958: DECL: 01/02/2013')?.kind).toBe('eo');
    expect(fieldStart('EO 12958 DECL: 01/02/13')?.kind).toBe('eo');
    expect(fieldStart('E.0. 12958: N/A')?.kind).toBe('eo');
    expect(fieldStart('E.O.12356: DECL:OADR')?.kind).toBe('eo');
    expect(fieldStart('TAGS: PGOV PREL')?.kind).toBe('tags');
    expect(fieldStart('TAG PTER, PGOV')?.kind).toBe('tags');
    expect(fieldStart('TAGGED ITEMS WERE FOUND')).toBeNull();
    expect(fieldStart('SUBJECT: TALKS')?.kind).toBe('subject');
    expect(fieldStart('Ref:  06 FOOBAR 431')?.kind).toBe('ref');
    expect(fieldStart('REFTEL: FOOBAR 12')?.kind).toBe('ref');
    expect(fieldStart('(U) Classified by: A. Person')?.kind).toBe('classifiedBy');
    expect(fieldStart('Declassify on: 25X1-human')?.kind).toBe('declassifyOn');
    expect(fieldStart('The subject: talks')).toBeNull();
  });

  it('handlingLine takes only lines made of handling words', () => {
    expect(handlingLine('SIPDIS ')).toEqual(['SIPDIS']);
    expect(handlingLine('NOFORN, NOT FOR INTERNET DISTRIBUTION')).toEqual([
      'NOFORN',
      'NOT FOR INTERNET DISTRIBUTION',
    ]);
    expect(handlingLine('SECRET NOFORN')).toEqual(['NOFORN']);
    expect(handlingLine('C O R R E C T E D COPY//SUBJECT LINE//////')).toEqual([
      'CORRECTED COPY//SUBJECT LINE',
    ]);
    expect(handlingLine('CORRECTED COPY//PARA 3 NOFORN')).toEqual(['CORRECTED COPY//PARA 3', 'NOFORN']);
    expect(handlingLine('RELEASABLE TO RURITANIA')).toEqual(['RELEASABLE TO RURITANIA']);
    expect(handlingLine('DEPT FOR EUR/XX')).toBeNull();
    expect(handlingLine('SIPDIS SCENARIOS UNDER WHICH')).toBeNull();
    expect(handlingLine('')).toBeNull();
  });

  it('keeps the handling words of a banner marking line, not its declassification marker', () => {
    expect(markedBannerWords('SECRET//FGI//NOFORN//MR')).toEqual(['FGI', 'NOFORN']);
    expect(markedBannerWords('CONFIDENTIAL//X1')).toEqual([]);
    expect(markedBannerWords('SECRET FOOBAR 000123')).toBeNull();
  });

  it('dates and declassification instructions', () => {
    expect(usDate('3/14/2018')).toBe('2018-03-14');
    expect(usDate('11/29/10')).toBe('2010-11-29');
    expect(usDate('13/40/2010')).toBeNull();
    expect(declassification('DECL: 01/02/2013')).toBe('2013-01-02');
    expect(declassification('DECL:OADR')).toBe('OADR');
    expect(declassification('N/A')).toBeNull();
    expect(declassification('N/ A')).toBeNull();
    expect(declassification('GDS')).toBe('GDS');
    expect(declassification('DECL: 2020/02/26')).toBe('2020-02-26');
  });

  it('TAGS codes: commas, spaces, glued pairs', () => {
    expect(tagCodes('PGOV, PREL, ECON, XX')).toEqual(['PGOV', 'PREL', 'ECON', 'XX']);
    expect(tagCodes('PRELPGOV NPT')).toEqual(['PREL', 'PGOV', 'NPT']);
    expect(isTagsContinuation('NATO, XX, YY')).toBe(true);
    expect(isTagsContinuation('The minister')).toBe(false);
  });

  it.each([
    ['Amb. A. Person for reasons 1.4 (b) and (d).', 'Amb. A. Person', ['1.4(b)', '1.4(d)']],
    ['A PERSON FOR REASONS 1.5 (B) AND (D).', 'A PERSON', ['1.5(b)', '1.5(d)']],
    ['A. Person, reasons 1.4 (b, d)', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['A. Person for reasons 1.4 (B & D).', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['A. Person, reasons 1.4 (b/d).', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['A. Person for reasons 1. 4 (b,d).', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['A. Person, Reason: 1/4 (B), (D), (E), and (G)', 'A. Person', ['1.4(b)', '1.4(d)', '1.4(e)', '1.4(g)']],
    ['A. Person for reasons 1.4(b), (c), and (d).', 'A. Person', ['1.4(b)', '1.4(c)', '1.4(d)']],
    ['A. Person, reasons 1.4 b & d.', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['A. Person for reasons b, d.', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['A PERSON, ACTING DIR, ABC/XX. REASON: 1.4(C).', 'A PERSON, ACTING DIR, ABC/XX', ['1.4(c)']],
    ['A. Person for reasons 1.4 (b) and (d) of E.O. 12958.', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['Derived from Multiple Sources', 'Derived from Multiple Sources', []],
    ['A. Person, reas ons 1.4 (b) and (d).', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['By Ambassador A. Person for reasons 1.4 (b)', 'Ambassador A. Person', ['1.4(b)']],
    ['DERIVED FROM: DSCG 05-1 B, D', 'DERIVED FROM: DSCG 05-1', ['1.4(b)', '1.4(d)']],
    ['A. Person; E.O. 12958, reasons 1.4 (b) and (d).', 'A. Person', ['1.4(b)', '1.4(d)']],
    // As typists left them: `and` split, the closing parenthesis cut at the line end, letters with dots,
    // letters with only spaces between them, a full stop after the code.
    ['A PERSON FOR REASONS 1.4 B A ND D', 'A PERSON', ['1.4(b)', '1.4(d)']],
    ['A. Person for reasons 1.4 (b) an d (d).', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['A. Person for reasons 1.4 (b) and (d', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['A. Person, 1.4 (b/d', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['A. Person for reasons 1.4 (b. and d.)', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['A. Person for reason 1.4 (b, c, and d).', 'A. Person', ['1.4(b)', '1.4(c)', '1.4(d)']],
    ['A. Person, Reasons: 1.4 B C AND D', 'A. Person', ['1.4(b)', '1.4(c)', '1.4(d)']],
    ['A. Person for reasons 1.4. (b), (d).', 'A. Person', ['1.4(b)', '1.4(d)']],
    ['A PERSON, ACTING FOR REASONS 1.4 (D)', 'A PERSON, ACTING', ['1.4(d)']],
    ['A. Person for reasons 1.4 (b) and (d) and 1.5 (c).', 'A. Person', ['1.4(b)', '1.4(d)', '1.5(c)']],
  ])('classifiedBy(%s)', (value, by, reasons) => {
    expect(classifiedBy(value)).toEqual({ by, reasons });
  });

  it('reasonsComplete tells a wrapped reason from a finished one', () => {
    expect(reasonsComplete('A. Person for reasons 1.4 (b) and (d).')).toBe(true);
    expect(reasonsComplete('A. Person for reasons 1.')).toBe(false);
    expect(reasonsComplete('A. Person for reasons 1.4(b),')).toBe(false);
    expect(reasonsComplete('A. Person for reasons 1.4 (b) a')).toBe(false);
    expect(reasonsComplete('A. Person, Officer,')).toBe(false);
  });
});

describe('tagCodes stops at text that is not a code', () => {
  it('ends the list at the first word in lower case or with digits first', () => {
    expect(tagCodes('PGOV PREL XX 1.(C) The minister')).toEqual(['PGOV', 'PREL', 'XX']);
    expect(tagCodes('PGOV PREL The minister')).toEqual(['PGOV', 'PREL']);
  });
});
