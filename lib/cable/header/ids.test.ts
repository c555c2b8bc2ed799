import { describe, expect, it } from 'vitest';
import {
  canonicalId,
  idFromClassificationLine,
  idFromPageBreak,
  idYear,
  isPlusdId,
  parseClassificationLine,
  plusdUrl,
} from './ids';

describe('canonicalId: Cablegate form', () => {
  it.each([
    ['07FOOBAR1234', '07FOOBAR1234'],
    ['07FOOBAR00001234', '07FOOBAR1234'],
    ['07FOOBAR1234_a', '07FOOBAR1234'],
    ['  07foobar1234 ', '07FOOBAR1234'],
    ['07 FOOBAR 1234', '07FOOBAR1234'],
    ['2005 FOOBAR 2155', '05FOOBAR2155'],
    ['05 NEW TOWN 5459', '05NEWTOWN5459'],
    ['07SCTION02OF02NEWTOWN335', '07NEWTOWN335'],
    ['07SECTION01OF03FOOBAR12', '07FOOBAR12'],
  ])('%s -> %s', (raw, id) => {
    expect(canonicalId(raw)).toBe(id);
  });

  it('takes the year from the options for a reference written without one', () => {
    expect(canonicalId('FOOBAR 00001234', { year: '08' })).toBe('08FOOBAR1234');
    expect(canonicalId('FOOBAR 00001234', { year: '2008' })).toBe('08FOOBAR1234');
    expect(canonicalId('NEW TOWN 906', { year: '2006' })).toBe('06NEWTOWN906');
    expect(canonicalId('SAN FOO DE BAR 12', { year: '1999' })).toBe('99SANFOODEBAR12');
  });

  it('files Department cables as STATE', () => {
    expect(canonicalId('SECSTATE 56239', { year: '2009' })).toBe('09STATE56239');
  });

  it('returns null without a year, or for things that are not ids', () => {
    expect(canonicalId('FOOBAR 1234')).toBeNull();
    expect(canonicalId('')).toBeNull();
    expect(canonicalId('hello world')).toBeNull();
    expect(canonicalId('07FOOBAR0')).toBeNull();
    expect(canonicalId('1234')).toBeNull();
    expect(canonicalId(`07${'A'.repeat(100)}1`)).toBeNull();
  });
});

describe('canonicalId: PlusD form for the 1970s telegrams', () => {
  it('keeps PlusD ids as PlusD writes them: four-digit year, padded serial', () => {
    expect(canonicalId('1974FOOBAR02959_b')).toBe('1974FOOBAR02959');
    expect(canonicalId('1974FOOBAR02959')).toBe('1974FOOBAR02959');
    expect(canonicalId('1974FOOBAR2959_b')).toBe('1974FOOBAR02959');
    expect(canonicalId('1973STATE097844_b')).toBe('1973STATE097844');
  });

  it('builds PlusD ids from spaced references when asked', () => {
    expect(canonicalId('FOOBAR 2959', { year: '1974', style: 'plusd' })).toBe('1974FOOBAR02959');
    expect(canonicalId('STATE 97844', { year: '74', style: 'plusd' })).toBe('1974STATE097844');
  });

  it('an _a page name of a 1970s cable is still Cablegate form', () => {
    expect(canonicalId('72FOOBAR5055_a')).toBe('72FOOBAR5055');
  });
});

describe('helpers', () => {
  it('tells the two forms apart and reads the year', () => {
    expect(isPlusdId('1974FOOBAR02959')).toBe(true);
    expect(isPlusdId('08FOOBAR1147')).toBe(false);
    expect(idYear('08FOOBAR1147')).toBe('2008');
    expect(idYear('66FOOBAR2481')).toBe('1966');
    expect(idYear('1974FOOBAR02959')).toBe('1974');
    expect(idYear('nope')).toBeNull();
  });

  it('builds PlusD URLs with the dataset suffix', () => {
    expect(plusdUrl('08FOOBAR1147')).toBe('https://wikileaks.org/plusd/cables/08FOOBAR1147_a.html');
    expect(plusdUrl('1974FOOBAR02959')).toBe('https://wikileaks.org/plusd/cables/1974FOOBAR02959_b.html');
  });
});

describe('ids from header lines', () => {
  it('splits a classification line', () => {
    expect(parseClassificationLine('C O N F I D E N T I A L SECTION 01 OF 02 FOOBAR 000195 ')).toEqual({
      banner: 'C O N F I D E N T I A L',
      section: { section: 1, of: 2 },
      origin: 'FOOBAR',
      serial: '000195',
      length: 'C O N F I D E N T I A L SECTION 01 OF 02 FOOBAR 000195 '.length,
    });
    expect(parseClassificationLine('UNCLAS NEW TOWN 002164')?.origin).toBe('NEW TOWN');
    expect(parseClassificationLine('SS E C R E T FOOBAR 000041')?.serial).toBe('000041');
    expect(parseClassificationLine('CO N F I D E N T I A L SECTION 01 OF 06 FOOBAR 001501')?.section).toEqual(
      {
        section: 1,
        of: 6,
      },
    );
    expect(parseClassificationLine('LIMITED OFFICIAL USE STATE 097844')?.origin).toBe('STATE');
    expect(parseClassificationLine('The minister said 12 things')).toBeNull();
    expect(parseClassificationLine('SECRETARY RICE 2008')).toBeNull();
  });

  it('reads the flattened style, where more header follows on the same line', () => {
    const line = 'C O N F I D E N T I A L SECTION 01 OF 02 STATE 000284 SIPDIS E.O. 12958: DECL: 01/04/2020';
    const parsed = parseClassificationLine(line);
    expect(parsed?.origin).toBe('STATE');
    expect(line.slice(parsed?.length)).toBe('SIPDIS E.O. 12958: DECL: 01/04/2020');
  });

  it('forms ids from a classification line and a page-break header', () => {
    expect(
      idFromClassificationLine('C O N F I D E N T I A L SECTION 01 OF 02 FOOBAR 000195', { year: '2008' }),
    ).toBe('08FOOBAR195');
    expect(
      idFromClassificationLine('C O N F I D E N T I A L FOOBAR 3099', { year: '1974', style: 'plusd' }),
    ).toBe('1974FOOBAR03099');
    expect(idFromPageBreak('FOOBAR 00001147 002 OF 002', { year: '08' })).toBe('08FOOBAR1147');
    expect(idFromPageBreak('NEW TOWN 00000906  001.2 OF 003', { year: '06' })).toBe('06NEWTOWN906');
    expect(idFromPageBreak('PAGE 02 FOOBAR 06677 01 OF 03 291400Z', { year: '2000' })).toBe('00FOOBAR6677');
    expect(idFromPageBreak('no header here', { year: '08' })).toBeNull();
  });
});

describe('look-alike ids', () => {
  it('refuses letters that only upper-case into Latin ones (long s, dotless i, ligatures, eszett)', () => {
    expect(canonicalId('08ZEMB\u017fLA123')).toBeNull();
    expect(canonicalId('09ZEMBL\u0131A12')).toBeNull();
    expect(canonicalId('09ZEMBLA\u00df5')).toBeNull();
    expect(canonicalId('08zembla123')).toBe('08ZEMBLA123');
  });

  it('forms a PlusD link only from a canonical id, never from a path', () => {
    expect(plusdUrl('../../../donate')).toBeNull();
    expect(plusdUrl('08ZEMBLA123?x=1')).toBeNull();
    expect(plusdUrl('08ZEMBLA123')).toBe('https://wikileaks.org/plusd/cables/08ZEMBLA123_a.html');
  });
});

describe('the archive malformations', () => {
  it.each([
    ['C o n f i d e n t i a l section 01 of 04 foobar 000348', 'C o n f i d e n t i a l', 'FOOBAR', '000348'],
    ['S e c r e t state 015220', 'S e c r e t', 'STATE', '015220'],
    ['E C R E T SECTION 01 OF 03 FOOBAR 000146', 'E C R E T', 'FOOBAR', '000146'],
    ['O N F I D E N T I A L FOOBAR 000290', 'O N F I D E N T I A L', 'FOOBAR', '000290'],
    ['CONFIDENTIAL SECTION 01 of 03 FOOBAR 003890', 'CONFIDENTIAL', 'FOOBAR', '003890'],
    ['TOP SECRET SECTION 01 OF 02 FOOBAR 000012', 'TOP SECRET', 'FOOBAR', '000012'],
  ])('reads the class line %s', (line, banner, origin, serial) => {
    expect(parseClassificationLine(line)).toMatchObject({ banner, origin, serial });
  });

  it.each([
    ['08EFTOFOOBAR123', '08FOOBAR123'],
    ['08AMEMBASSYFOOBAR123', '08FOOBAR123'],
    ['08USMISSIONGENEVA123', '08GENEVA123'],
    ['08SECSTATE123', '08STATE123'],
    ['08SECTSTATE123', '08STATE123'],
  ])('repairs %s to %s', (raw, id) => {
    expect(canonicalId(raw)).toBe(id);
  });

  it.each([
    ['USUN NEW YORK 123', '08USUNNEWYORK123'],
    ['HCMC 45', '08HOCHIMINHCITY45'],
    ['HO CHI MINH CITY 45', '08HOCHIMINHCITY45'],
    ['MEXICO CITY 9', '08MEXICO9'],
    ['UNVIE 77', '08UNVIEVIENNA77'],
    ['EFTO FOOBAR 5', '08FOOBAR5'],
  ])('names the post of %s by its id form', (raw, id) => {
    expect(canonicalId(raw, { year: '08' })).toBe(id);
  });
});
