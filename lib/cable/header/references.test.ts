import { describe, expect, it } from 'vitest';
import { citedId, parseReferences } from './references';

const year = { year: '2008' };

describe('parseReferences', () => {
  it('one unlettered reference, with and without a year', () => {
    expect(parseReferences('06 FOOBAR 431', year)).toEqual([
      { letter: null, text: '06 FOOBAR 431', id: '06FOOBAR431', kind: 'cable' },
    ]);
    expect(parseReferences('FOOBAR 5461 AND PREVIOUS', year)).toEqual([
      { letter: null, text: 'FOOBAR 5461 AND PREVIOUS', id: '08FOOBAR5461', kind: 'cable' },
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
      { letter: 'A', text: 'FOOBAR 00118', id: '08FOOBAR118', kind: 'cable' },
      { letter: 'B', text: 'TD-314/12345-05 LIMITED', id: null, kind: 'other' },
      { letter: 'C', text: '7 FAM 180', id: null, kind: 'other' },
      { letter: 'D', text: 'IIR 6 902 1234 06', id: null, kind: 'other' },
    ]);
  });

  it('does not split on initials or letters out of sequence', () => {
    const refs = parseReferences('A. FOOBAR 12 (MR. J. SMITH EMAIL)\nB. FOOBAR 13', year);
    expect(refs.map((r) => r.text)).toEqual(['FOOBAR 12 (MR. J. SMITH EMAIL)', 'FOOBAR 13']);
  });

  it('unlettered references separated by semicolons', () => {
    expect(parseReferences('STATE 100200 CIRCULAR; STATE AB-1234 NOV 3, 1966', { year: '1966' })).toEqual([
      { letter: null, text: 'STATE 100200 CIRCULAR', id: '66STATE100200', kind: 'cable' },
      { letter: null, text: 'STATE AB-1234 NOV 3, 1966', id: null, kind: 'other' },
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
    expect(refs).toEqual([{ letter: 'A', text: '08 ZE\u041cBLA 99', id: null, kind: 'other' }]);
  });
});

const ids = (value: string, opts = year, self: string | null = null) =>
  parseReferences(value, opts, self).map((r) => r.id);

describe('reference case table', () => {
  it.each([
    // Letter forms.
    ['A) STATE 123 B) STATE 456', ['08STATE123', '08STATE456']],
    ['a. STATE 123\nb. LONDON 456', ['08STATE123', '08LONDON456']],
    ['A. STATE 11\n\nb. 07 STATE 22\nc. 06 berlin 33', ['08STATE11', '07STATE22', '06BERLIN33']],
    ['A. A) SECSTATE 5418 B. B) 07 FOOBAR 1868', ['08STATE5418', '07FOOBAR1868']],
    ['A) FOOBAR 276 B) FOOBAR 347 C)\nDOE-ROE EMAIL 05/11/07', ['08FOOBAR276', '08FOOBAR347']],
    // Several cables in one item, in order.
    ['STATE 1111 AND 2222', ['08STATE1111', '08STATE2222']],
    ['STATE 123456, 234567', ['08STATE123456', '08STATE234567']],
    ['A. KABUL 101/102 B. KABUL 200', ['08KABUL101', '08KABUL102', '08KABUL200']],
    ['2009 FOOBAR 2394\n2009 FOOBAR 491', ['09FOOBAR2394', '09FOOBAR491']],
    // Mixed and lower case.
    [
      'A) State 12345 B) Sao Paulo 276 C) Rio de Janeiro 12',
      ['08STATE12345', '08SAOPAULO276', '08RIODEJANEIRO12'],
    ],
    ['a. 05 state 123', ['05STATE123']],
    // Posts of several words; a stray letter never joins the post.
    ['09 THE HAGUE 123', ['09THEHAGUE123']],
    ['THE HAGUE 097', ['08THEHAGUE97']],
    ['REF B LONDON 4567', ['08LONDON4567']],
    ['USUN NEW YORK 55', ['08USUNNEWYORK55']],
    ['09 SAN JOSE 12', ['09SANJOSE12']],
    // Years in every place.
    ['08 STATE 1234', ['08STATE1234']],
    ['(99) ROME 55', ['99ROME55']],
    ['STATE 1234 (07)', ['07STATE1234']],
    ['STATE 1234-91', ['91STATE1234']],
    ['STATE 1234/06', ['06STATE1234']],
    ['2007 FOOBAR 964', ['07FOOBAR964']],
    // Aliases.
    ['SECTSTATE 77', ['08STATE77']],
    ['HCMC 310', ['08HOCHIMINHCITY310']],
    ['08 RIO DE JAN 138', ['08RIODEJANEIRO138']],
    ['MEXICO CITY 9', ['08MEXICO9']],
    ['UNVIE 401', ['08UNVIEVIENNA401']],
  ])('%s', (value, expected) => {
    expect(ids(value).filter(Boolean)).toEqual(expected);
  });

  it.each([
    ['A. FOOBAR POINTS JULY 15 B. FOOBAR 1025', [null, '08FOOBAR1025']],
    ['A. DOE-ROE EMAIL 05/11/07 B. FOOBAR 347', [null, '08FOOBAR347']],
    ['A. EMBASSY FOOBAR DAILY REPORT FOR OCTOBER 28 - NOVEMBER 16', [null]],
    ['A. OSC EUP20080707950031 B. FOOBAR 286', [null, '08FOOBAR286']],
    ['A. SECDEF MSG DTG 301601Z SEP 08', [null]],
    ['UNSCR 1737', [null]],
    ['A. PARA 5 OF FOOBAR 12', ['08FOOBAR12']],
  ])('%s cites no more than its cables', (value, expected) => {
    expect(ids(value)).toEqual(expected);
  });

  it.each([
    ['DOE-ROE EMAIL 10/15/07', 'email'],
    ['ROE/DOE E-MAIL OF MARCH 3', 'email'],
    ['TELCON DOE-ROE 3/4', 'telcon'],
    ['MEMO FROM THE MINISTRY', 'memo'],
    ['FOOBAR POINTS JULY 15', 'other'],
    ['FOOBAR 12', 'cable'],
  ])('%s is a reference of kind %s', (value, kind) => {
    expect(parseReferences(value, year)[0]?.kind).toBe(kind);
  });

  it('gives each cable of an item its own part of the text, under the item letter', () => {
    expect(parseReferences('A. STATE 1111 AND 2222 (NOTAL)', year)).toEqual([
      { letter: 'A', text: 'STATE 1111', id: '08STATE1111', kind: 'cable' },
      { letter: 'A', text: '2222 (NOTAL)', id: '08STATE2222', kind: 'cable' },
    ]);
  });

  it('reads a capital alone at a line start as the next letter once the list has its A.', () => {
    expect(parseReferences('A. STATE 90063\nB KUALA LUMPUR 739', year).map((r) => [r.letter, r.id])).toEqual([
      ['A', '08STATE90063'],
      ['B', '08KUALALUMPUR739'],
    ]);
    // Before any `A.`, and out of order, a capital alone is text.
    expect(parseReferences('STATE 12\nC FOOBAR 34', year).map((r) => r.letter)).toEqual([null, null]);
  });

  it('keeps the letter a field opens with, whatever it is, and runs on from it (never joining it to the post)', () => {
    const lettered = (value: string) => parseReferences(value, year).map((r) => [r.letter, r.id]);
    expect(lettered('B LONDON 4567')).toEqual([['B', '08LONDON4567']]);
    expect(lettered('B. LONDON 4567')).toEqual([['B', '08LONDON4567']]);
    expect(lettered('C) STATE 123 D) STATE 456')).toEqual([
      ['C', '08STATE123'],
      ['D', '08STATE456'],
    ]);
    // Only at the field's start: a lone capital after text is still text.
    expect(lettered('LONDON 4567 B STATE 12').map(([letter]) => letter)).not.toContain('B');
  });

  it('never cites the citing cable itself (a page header left in the list)', () => {
    expect(ids('A) FOOBAR 199, B) FOOBAR 227 FOOBAR 00000402', year, '08FOOBAR402')).toEqual([
      '08FOOBAR199',
      '08FOOBAR227',
    ]);
  });

  it('keeps a cable without a known year as a cable with no id', () => {
    expect(parseReferences('FOOBAR 12', {})).toEqual([
      { letter: null, text: 'FOOBAR 12', id: null, kind: 'cable' },
    ]);
  });
});
