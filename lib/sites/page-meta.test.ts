import { describe, expect, it } from 'vitest';
import { cleanValue, isoDate, pageMeta, splitTags } from './page-meta';

describe('isoDate', () => {
  it('reads the date formats mirror pages print', () => {
    expect(isoDate('2008-09-09 17:05')).toBe('2008-09-09T17:05');
    expect(isoDate('2007-09-11 09:44:00')).toBe('2007-09-11T09:44');
    expect(isoDate('2008-02-15')).toBe('2008-02-15');
    expect(isoDate('1974 May 17, 16:00 (Friday)')).toBe('1974-05-17T16:00');
    expect(isoDate('Tue,\u00a09\u00a0Sep\u00a02008\u00a017:05\u00a0UTC')).toBe('2008-09-09T17:05');
    expect(isoDate('Wednesday, 19 November 2008, 06:43')).toBe('2008-11-19T06:43');
  });

  it('gives nothing for text without a full date', () => {
    expect(isoDate('')).toBeUndefined();
    expect(isoDate('May 2008')).toBeUndefined();
    expect(isoDate('-- N/A or Blank --')).toBeUndefined();
  });
});

describe('cleanValue and splitTags', () => {
  it('collapses whitespace and drops placeholders', () => {
    expect(cleanValue('  Embassy\n  Zembla ')).toBe('Embassy Zembla');
    expect(cleanValue('-- N/A or Blank --')).toBeUndefined();
    expect(cleanValue('   ')).toBeUndefined();
  });

  it('splits tag lists on the given separator, once each', () => {
    expect(splitTags('PREL | ZEMBLA, JOHN | PREL', /\s*\|\s*/)).toEqual(['PREL', 'ZEMBLA, JOHN']);
    expect(splitTags('ECON PREL  ZM', /\s+/)).toEqual(['ECON', 'PREL', 'ZM']);
    expect(splitTags(undefined, /\s+/)).toEqual([]);
  });
});

describe('pageMeta', () => {
  it('gives the canonical id, an ISO date and upper-case classification; leaves empty fields out', () => {
    expect(
      pageMeta({
        id: ' 09ZEMBLA00123 ',
        date: '2009-03-14 12:00',
        classification: 'confidential//noforn',
        origin: 'Embassy  Zembla',
        subject: '',
        tags: [],
        url: 'https://example.org/cable/2009/03/09ZEMBLA123.html',
      }),
    ).toEqual({
      id: '09ZEMBLA123',
      date: '2009-03-14T12:00',
      classification: 'CONFIDENTIAL//NOFORN',
      origin: 'Embassy Zembla',
      url: 'https://example.org/cable/2009/03/09ZEMBLA123.html',
    });
  });

  it('repairs a site id with a section banner glued in and keeps PlusD ids in their own form', () => {
    expect(pageMeta({ id: '08SCTION02OF02ZEMBLA335' }).id).toBe('08ZEMBLA335');
    expect(pageMeta({ id: '1975ZEMBLA01234_b' }).id).toBe('1975ZEMBLA01234');
  });

  it('keeps an id it cannot read as written rather than losing it', () => {
    expect(pageMeta({ id: 'not an id!' }).id).toBe('not an id!');
  });
});
