import { describe, expect, it } from 'vitest';
import { loneBanner, readMetadataBlock, startsCable, writtenDate } from './metadata-block';

const CABLE = 'C O N F I D E N T I A L FOOBAR 01234\n\nE.O. 12356: DECL: OADR\n';

describe('readMetadataBlock', () => {
  it('reads the five lines a conversion tool writes, and ends at the cable', () => {
    const text = `85FOOBAR1234\nVIEWS ON THE TALKS AND THE\nTue Feb 19 00:00:00 +0100 1985\nCONFIDENTIAL\nEmbassy Foobar\n${CABLE}`;
    const block = readMetadataBlock(text);
    expect(block).toEqual({
      id: '85FOOBAR1234',
      title: 'VIEWS ON THE TALKS AND THE',
      date: '1985-02-19',
      classification: 'CONFIDENTIAL',
      origin: 'Embassy Foobar',
      end: text.indexOf('C O N'),
    });
  });

  it('reads the lines in any order, with blank lines between, and some missing', () => {
    const text = `Embassy Foobar\n\nSECRET//NOFORN\n1985-02-19\n85FOOBAR1234\n\n${CABLE}`;
    expect(readMetadataBlock(text)).toMatchObject({
      id: '85FOOBAR1234',
      title: null,
      date: '1985-02-19',
      classification: 'SECRET//NOFORN',
      origin: 'Embassy Foobar',
    });
    expect(readMetadataBlock(`85FOOBAR1234\nTHE TALKS\n${CABLE}`)).toMatchObject({ id: '85FOOBAR1234' });
    expect(readMetadataBlock(`THE TALKS\n1985-02-19\nSecretary of State\n${CABLE}`)).toMatchObject({
      id: null,
      origin: 'Secretary of State',
      title: 'THE TALKS',
    });
  });

  it('takes a bare place as the origin when the id names that post or the post is known, else as the title', () => {
    expect(readMetadataBlock(`85FOOBAR1234\n1985-02-19\nFoobar\n${CABLE}`)).toMatchObject({
      origin: 'Foobar',
      title: null,
    });
    expect(readMetadataBlock(`1985-02-19\nOslo\n${CABLE}`)).toMatchObject({ origin: 'Oslo', title: null });
    expect(readMetadataBlock(`85FOOBAR1234\nNew Town\n${CABLE}`)).toMatchObject({
      origin: null,
      title: 'New Town',
    });
  });

  it('never takes a line of the cable: a text that starts with the cable has no block', () => {
    expect(readMetadataBlock(CABLE)).toBeNull();
    expect(readMetadataBlock(`O 191200Z FEB 85\nFM AMEMBASSY FOOBAR\n${CABLE}`)).toBeNull();
    expect(readMetadataBlock(`SECRET\nO 191200Z FEB 85\nFM AMEMBASSY FOOBAR\n`)).toBeNull();
    expect(readMetadataBlock('1. (C) The minister spoke.\n')).toBeNull();
  });

  it('is not a block when a line cannot be placed, a fact repeats, or no cable follows', () => {
    // Two lines that are neither fact: one of them may be the cable's.
    expect(readMetadataBlock(`85FOOBAR1234\nTHE TALKS\nMORE WORDS\n${CABLE}`)).toBeNull();
    expect(readMetadataBlock(`85FOOBAR1234\n1985-02-19\n1985-02-20\n${CABLE}`)).toBeNull();
    // A date and a title only: a dated first line of anything.
    expect(readMetadataBlock(`1985-02-19\nTHE TALKS\n${CABLE}`)).toBeNull();
    expect(readMetadataBlock('85FOOBAR1234\n1985-02-19\nThe minister said so.\n')).toBeNull();
    expect(readMetadataBlock('85FOOBAR1234\n1985-02-19\n')).toBeNull();
    // The one-line form is site-metadata.ts's.
    expect(readMetadataBlock(`07FOOBAR1147 2007-01-02 10:00:00 SECRET Embassy Foobar\n${CABLE}`)).toBeNull();
  });

  it("leaves the cable's own lone banner after the block's classification to the cable", () => {
    const text = 'CONFIDENTIAL\n85FOOBAR1234\nSECRET\nO 191200Z FEB 85\n';
    const block = readMetadataBlock(text);
    expect(block).toMatchObject({ classification: 'CONFIDENTIAL', id: '85FOOBAR1234' });
    expect(text.slice(block?.end ?? 0)).toMatch(/^SECRET\n/);
  });
});

describe('writtenDate', () => {
  it.each([
    ['Tue Feb 19 00:00:00 +0100 1985', '1985-02-19'],
    ['1985-02-19', '1985-02-19'],
    ['1985-02-19 10:15:00', '1985-02-19T10:15'],
    // A clock with an offset is the same moment in UTC, as the cables' date-time groups are.
    ['Tue Feb 19 10:15:00 +0100 1985', '1985-02-19T09:15'],
    ['Mon Feb 18 23:30:00 -0500 1985', '1985-02-19T04:30'],
    ['Tue Feb 19 1985 10:15:00 GMT+0100 (Central European Standard Time)', '1985-02-19T09:15'],
    ['Tue Feb 19 10:15:00 UTC 1985', '1985-02-19T10:15'],
    // A zone named by letters only cannot be turned into UTC: the day alone.
    ['Tue Feb 19 10:15:00 CET 1985', '1985-02-19'],
    ['Tuesday, February 19 1985', '1985-02-19'],
  ])('%s -> %s', (line, iso) => {
    expect(writtenDate(line)).toBe(iso);
  });

  it('rejects what is not a date of its own', () => {
    expect(writtenDate('Tue Feb 19 25:00:00 +0100 1985')).toBeNull();
    expect(writtenDate('On Tue Feb 19 1985 the talks resumed')).toBeNull();
    expect(writtenDate('1985-13-01')).toBeNull();
  });
});

describe('loneBanner and startsCable', () => {
  it.each([
    ['SECRET', 'SECRET'],
    ['  S E C R E T  ', 'SECRET'],
    ['C O N F I D E N T I A L', 'CONFIDENTIAL'],
    ['UNCLAS', 'UNCLASSIFIED'],
    ['TOP SECRET // NOFORN', 'TOP SECRET//NOFORN'],
  ])('%s is the banner %s', (line, banner) => {
    expect(loneBanner(line)).toBe(banner);
  });

  it('a banner with more after it is a cable line, not a lone banner', () => {
    expect(loneBanner('CONFIDENTIAL     PTQ1859')).toBeNull();
    expect(startsCable('CONFIDENTIAL     PTQ1859')).toBe(true);
    expect(startsCable('SECRET')).toBe(false);
    expect(startsCable('INFO  LOG-00   NP-00')).toBe(true);
    expect(startsCable('Embassy Foobar')).toBe(false);
  });
});
