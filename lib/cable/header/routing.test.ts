import { describe, expect, it } from 'vitest';
import { addressee, readRouting } from './routing';

describe('readRouting', () => {
  it('reads sender, addressees and the date-time group', () => {
    const text = `VZCZCXRO1234
PP RUEHXX
DE RUEHFB #0123/01 0101200
ZNY CCCCC ZZH
O 101200Z JAN 08
FM AMEMBASSY FOOBAR
TO RUEHC/SECSTATE WASHDC IMMEDIATE 1234
INFO RUEHAA/AMEMBASSY NEW TOWN IMMEDIATE 0452
RUEHBB/AMEMBASSY OLD TOWN 3706
`;
    const routing = readRouting(text);
    expect(routing).toMatchObject({
      from: 'AMEMBASSY FOOBAR',
      to: ['SECSTATE WASHDC'],
      info: ['AMEMBASSY NEW TOWN', 'AMEMBASSY OLD TOWN'],
      date: '2008-01-10T12:00',
    });
    expect(text.slice(routing.end)).toBe('');
  });

  it('skips old distribution lists and page headers; stops at the blank line before the banner', () => {
    const text = `011200Z Nov 00

PAGE 01        FOOBAR  01234  01 OF 03  011200Z
ACTION AF-00
INFO  LOG-00   NP-00    AID-00
FM AMEMBASSY FOOBAR
TO SECSTATE WASHDC IMMEDIATE 7700
PAGE 02        FOOBAR  01234  01 OF 03  011200Z
INFO NSC WASHDC IMMEDIATE

C O N F I D E N T I A L FOOBAR 1234
`;
    const routing = readRouting(text);
    expect(routing).toMatchObject({
      from: 'AMEMBASSY FOOBAR',
      to: ['SECSTATE WASHDC'],
      info: ['NSC WASHDC'],
      date: '2000-11-01T12:00',
    });
    expect(text.slice(routing.end)).toMatch(/^\nC O N F I D E N T I A L/);
  });

  it('reads nothing from text with no routing block', () => {
    expect(readRouting('1. (C) The minister said so.\n')).toEqual({
      from: null,
      to: [],
      info: [],
      excluded: [],
      addressees: [],
      precedence: null,
      transmissionId: null,
      dtg: null,
      date: null,
      end: 0,
    });
    expect(readRouting('')).toMatchObject({ from: null, end: 0 });
  });

  it('reads a date-time group with a space before the Z', () => {
    expect(
      readRouting('P R 221828 Z MAY 73\nFM SECSTATE WASHDC\nTO  AMEMBASSY FOOBAR PRIORITY\n'),
    ).toMatchObject({
      date: '1973-05-22T18:28',
      to: ['AMEMBASSY FOOBAR'],
    });
  });

  it('never reads a teletype prosign (BT, NNNN, #1234) as an addressee', () => {
    const text =
      'O 191200Z FEB 85\nFM AMEMBASSY FOOBAR\nTO SECSTATE WASHDC\nINFO AMEMBASSY NEW TOWN\nBT\nNNNN\n#1234\nC O N F I D E N T I A L FOOBAR 1234\n';
    const routing = readRouting(text);
    expect(routing).toMatchObject({ to: ['SECSTATE WASHDC'], info: ['AMEMBASSY NEW TOWN'] });
    expect(routing.addressees.map((a) => a.name)).toEqual(['SECSTATE WASHDC', 'AMEMBASSY NEW TOWN']);
    expect(text.slice(routing.end)).toMatch(/^NNNN\n/);
    for (const sign of ['NNNN', '#1234']) {
      expect(
        readRouting(`FM AMEMBASSY FOOBAR\nTO SECSTATE WASHDC\n${sign}\nAMEMBASSY NEW TOWN\n`).to,
      ).toEqual(['SECSTATE WASHDC']);
    }
  });

  it('rejects impossible date-time groups', () => {
    expect(readRouting('P 321299Z XYZ 08\nFM AMEMBASSY FOOBAR\n').date).toBeNull();
  });
});

describe('addressee', () => {
  it.each([
    ['RUEHC/SECSTATE WASHDC PRIORITY 1234', 'SECSTATE WASHDC'],
    ['RUEHXX/AMEMBASSY NEW TOWN NIACT IMMEDIATE 0022', 'AMEMBASSY NEW TOWN'],
    ['SECSTATE WASHDC 1000', 'SECSTATE WASHDC'],
    ['RHEHAAA/NSC WASHINGTON DC', 'NSC WASHINGTON DC'],
    ['ALL DIPLOMATIC POSTS COLLECTIVE PRIORITY', 'ALL DIPLOMATIC POSTS COLLECTIVE'],
  ])('%s -> %s', (line, name) => {
    expect(addressee(line)).toBe(name);
  });
});

describe('routing extras', () => {
  const text = `VZCZCXYZ0007
OO RUEHXX
DE RUEHFB #0123/01 0101200
ZNY SSSSS ZZH
O 101200Z JAN 08
FM AMEMBASSY FOOBAR
TO RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 1234
RUEHAA/AMEMBASSY NEW TOWN PRIORITY 0452
INFO RUEHBB/AMEMBASSY OLD TOWN 3706
XMT AMCONSUL FARTOWN
AMCONSUL NEARTOWN
`;

  it('keeps XMT lines apart as exclusions, never addressees', () => {
    const routing = readRouting(text);
    expect(routing.info).toEqual(['AMEMBASSY OLD TOWN']);
    expect(routing.excluded).toEqual(['AMCONSUL FARTOWN', 'AMCONSUL NEARTOWN']);
  });

  it.each([
    ['SECSTATE WASHDC', 'to', 'NIACT IMMEDIATE'],
    ['AMEMBASSY NEW TOWN', 'to', 'PRIORITY'],
    ['AMEMBASSY OLD TOWN', 'info', null],
  ])('%s: %s, precedence %s', (name, list, precedence) => {
    expect(readRouting(text).addressees).toContainEqual({ name, list, precedence });
  });

  it('keeps the transmission id, the date-time group as written and its precedence', () => {
    expect(readRouting(text)).toMatchObject({
      transmissionId: 'VZCZCXYZ0007',
      dtg: 'O 101200Z JAN 08',
      precedence: 'IMMEDIATE',
    });
  });

  it('stops at a TOP SECRET banner as at any other', () => {
    const routing = readRouting('FM AMEMBASSY FOOBAR\nTO SECSTATE WASHDC\nTOP SECRET FOOBAR 000123\n');
    expect(routing.to).toEqual(['SECSTATE WASHDC']);
  });
});
