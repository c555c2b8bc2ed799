import { describe, expect, it } from 'vitest';
import { citedId, parseReferences } from './references';

const year = { year: '2008' };

describe('parseReferences', () => {
  it('one unlettered reference, with and without a year', () => {
    expect(parseReferences('06 FOOBAR 431', year)).toEqual([
      { letter: null, text: '06 FOOBAR 431', id: '06FOOBAR431' },
    ]);
    expect(parseReferences('FOOBAR 5461 AND PREVIOUS', year)).toEqual([
      { letter: null, text: 'FOOBAR 5461 AND PREVIOUS', id: '08FOOBAR5461' },
    ]);
  });

  it('lettered items on one line and over several lines', () => {
    const inline = parseReferences('A. 05 FOOBAR 5459  B. 06 FOOBAR 5733', year);
    expect(inline.map((r) => [r.letter, r.id])).toEqual([
      ['A', '05FOOBAR5459'],
      ['B', '06FOOBAR5733'],
    ]);
    const lines = parseReferences('A. NEW TOWN 124\nB. NEW TOWN 172\nC. 2007 NEW TOWN 2135', year);
    expect(lines.map((r) => r.id)).toEqual(['08NEWTOWN124', '08NEWTOWN172', '07NEWTOWN2135']);
  });

  it('parenthesised letters, glued or spaced, and an item wrapped before its serial', () => {
    const refs = parseReferences(
      '(A)STATE 071100, (B)STATE 073600, (C)STATE 72800, (D)FOOBAR \n5361, (E) STATE 148500',
      year,
    );
    expect(refs.map((r) => `${r.letter}:${r.id}`)).toEqual([
      'A:08STATE71100',
      'B:08STATE73600',
      'C:08STATE72800',
      'D:08FOOBAR5361',
      'E:08STATE148500',
    ]);
  });

  it('a label repeated after itself is one label; documents that are not cables have no id', () => {
    const refs = parseReferences(
      'A. A: FOOBAR 00118\nB. B: TD-314/12345-05 LIMITED\nC. 7 FAM 180\nD. IIR 6 902 1234 06',
      year,
    );
    expect(refs).toEqual([
      { letter: 'A', text: 'FOOBAR 00118', id: '08FOOBAR118' },
      { letter: 'B', text: 'TD-314/12345-05 LIMITED', id: null },
      { letter: 'C', text: '7 FAM 180', id: null },
      { letter: 'D', text: 'IIR 6 902 1234 06', id: null },
    ]);
  });

  it('does not split on initials or letters out of sequence', () => {
    const refs = parseReferences('A. FOOBAR 12 (MR. J. SMITH EMAIL)\nB. FOOBAR 13', year);
    expect(refs.map((r) => r.text)).toEqual(['FOOBAR 12 (MR. J. SMITH EMAIL)', 'FOOBAR 13']);
  });

  it('unlettered references separated by semicolons', () => {
    expect(parseReferences('STATE 100200 CIRCULAR; STATE AB-1234 NOV 3, 1966', { year: '1966' })).toEqual([
      { letter: null, text: 'STATE 100200 CIRCULAR', id: '66STATE100200' },
      { letter: null, text: 'STATE AB-1234 NOV 3, 1966', id: null },
    ]);
  });

  it('PlusD style for a 1970s telegram', () => {
    expect(parseReferences('A. STATE 90000', { year: '1974', style: 'plusd' })[0]?.id).toBe(
      '1974STATE090000',
    );
  });

  it('is empty for an empty field', () => {
    expect(parseReferences('', year)).toEqual([]);
  });
});

describe('citedId', () => {
  it('finds the cable a free-text reference cites', () => {
    expect(citedId('EMBASSY FOOBAR DAILY REPORT FOR NOV 9', year)).toBeNull();
    expect(citedId('SECSTATE 56239', year)).toBe('08STATE56239');
    expect(citedId('STATE -097800', year)).toBe('08STATE97800');
    expect(citedId('SEE FOOBAR 12', year)).toBe('08FOOBAR12');
  });
});

describe('references with non-Latin letters', () => {
  it('never cites the Latin tail of an origin written with a look-alike letter', () => {
    const refs = parseReferences('A. 08 ZE\u041cBLA 99', { year: '2009' });
    expect(refs).toEqual([{ letter: 'A', text: '08 ZE\u041cBLA 99', id: null }]);
  });
});
