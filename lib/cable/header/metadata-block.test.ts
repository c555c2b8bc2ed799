import { describe, expect, it } from 'vitest';
import { loneBanner, readMetadataBlock, startsCable } from './metadata-block';

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

  it('takes a bare place as the origin when the id, the known posts or the cable name that post, else as the title', () => {
    expect(readMetadataBlock(`85FOOBAR1234\n1985-02-19\nFoobar\n${CABLE}`)).toMatchObject({
      origin: 'Foobar',
      title: null,
    });
    expect(readMetadataBlock(`1985-02-19\nOslo\n${CABLE}`)).toMatchObject({ origin: 'Oslo', title: null });
    expect(readMetadataBlock(`1985-02-19\nTHE TALKS\nFoobar\nFM AMEMBASSY FOOBAR\n${CABLE}`)).toMatchObject({
      origin: 'Foobar',
      title: 'THE TALKS',
    });
    expect(readMetadataBlock(`1985-02-19\nSECRET\nFoobar\n${CABLE}`)).toMatchObject({ origin: 'Foobar' });
    expect(readMetadataBlock(`85FOOBAR1234\nNew Town\n${CABLE}`)).toMatchObject({
      origin: null,
      title: 'New Town',
    });
  });

  it('takes a title that kept its subject’s marking when the id stands above it and a fact follows', () => {
    const text = `85FOOBAR1234\n(S/NF) VIEWS ON THE TALKS AND\nTue Feb 19 00:00:00 +0100 1985\nSECRET//NOFORN\nEmbassy Foobar\n${CABLE}`;
    expect(readMetadataBlock(text)).toMatchObject({
      id: '85FOOBAR1234',
      title: '(S/NF) VIEWS ON THE TALKS AND',
      date: '1985-02-19',
      classification: 'SECRET//NOFORN',
      end: text.indexOf('C O N'),
    });
    // A marked paragraph after the id is the cable's text, with nothing of the block after it.
    const paragraph = '85FOOBAR1234\n(C) The minister spoke.\n\n(C) He left.\n';
    expect(readMetadataBlock(paragraph)?.end).toBe(paragraph.indexOf('(C) The'));
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
    expect(startsCable('ORIGIN DS-00')).toBe(true);
    expect(startsCable('12')).toBe(true);
    expect(startsCable('Embassy Foobar')).toBe(false);
  });
});
