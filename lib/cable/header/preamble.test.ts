import { describe, expect, it } from 'vitest';
import { parseCableText } from '../parse';
import { readPreamble } from './preamble';

const ROUTING =
  'O 191200Z FEB 85\nFM AMEMBASSY FOOBAR\nTO SECSTATE WASHDC IMMEDIATE 1234\nINFO AMEMBASSY NEW TOWN\nBT\n';
const CABLE = `C O N F I D E N T I A L FOOBAR 01234

E.O. 12356: DECL: OADR
TAGS: PREL, XX
SUBJECT: VIEWS ON THE TALKS AND THE QUOTA

1. (C) THE MINISTRY SAID THE TALKS WILL RESUME.

2. (C) COMMENT: LITTLE PROGRESS IS LIKELY.
`;
const BLOCK =
  '85FOOBAR1234\nVIEWS ON THE TALKS AND THE\nTue Feb 19 00:00:00 +0100 1985\nSECRET\nEmbassy Foobar\n';

describe('readPreamble: a converted text', () => {
  it('reads the metadata block as page metadata, then the routing after it', () => {
    const text = `${BLOCK}${ROUTING}${CABLE}`;
    const preamble = readPreamble(text);
    expect(preamble.metadata).toEqual({
      id: '85FOOBAR1234',
      date: null,
      classification: 'SECRET',
      origin: 'Embassy Foobar',
    });
    expect(preamble).toMatchObject({
      date: '1985-02-19',
      siteTitle: 'VIEWS ON THE TALKS AND THE',
      anchored: true,
    });
    expect(preamble.routing?.from).toBe('AMEMBASSY FOOBAR');
    expect(text.slice(preamble.start)).toBe(CABLE);
  });

  it("reads the whole cable after the block, the cable's own header winning where both say something", () => {
    const doc = parseCableText(`${BLOCK}${ROUTING}${CABLE}`);
    expect(doc.id).toBe('85FOOBAR1234');
    expect(doc.meta).toMatchObject({
      // The banner over the block's SECRET, the SUBJECT line over the cut title, the date-time group's minute.
      classification: 'CONFIDENTIAL',
      subject: 'VIEWS ON THE TALKS AND THE QUOTA',
      date: '1985-02-19T12:00',
      origin: 'Embassy Foobar',
      from: 'AMEMBASSY FOOBAR',
      to: ['SECSTATE WASHDC'],
      info: ['AMEMBASSY NEW TOWN'],
      tags: ['PREL', 'XX'],
    });
    expect(doc.blocks.map((b) => b.number)).toEqual(['1', '2']);
    expect(doc.blocks.map((b) => b.text).join(' ')).not.toMatch(/85FOOBAR|Embassy Foobar|1985|\bBT\b/);
  });

  it('gives the block its facts where the cable is silent: no routing, no banner, no subject', () => {
    const doc = parseCableText(
      '1985-02-19\nUNCLASSIFIED\nFoobar\n85FOOBAR1234\nTHE CUT TITLE\nE.O. 12356: N/A\n\n1. THE TALKS RESUMED.\n',
    );
    expect(doc.id).toBe('85FOOBAR1234');
    expect(doc.meta).toMatchObject({
      date: '1985-02-19',
      classification: 'UNCLASSIFIED',
      origin: 'Foobar',
      subject: 'THE CUT TITLE',
    });
    expect(doc.blocks.map((b) => b.text)).toEqual(['THE TALKS RESUMED.']);
  });

  it('leaves a text without a block as it was', () => {
    const text = `${ROUTING}${CABLE}`;
    const preamble = readPreamble(text);
    expect(preamble).toMatchObject({ metadata: null, siteTitle: null, date: null, anchored: true });
    expect(text.slice(preamble.start)).toBe(CABLE);
  });
});

describe('readPreamble: a lone banner before the routing', () => {
  it.each([
    ['SECRET', 'SECRET'],
    ['S E C R E T', 'SECRET'],
    ['CONFIDENTIAL', 'CONFIDENTIAL'],
    ['UNCLASSIFIED', 'UNCLASSIFIED'],
  ])('%s is the classification banner, and the routing after it is read', (banner, classification) => {
    const body = 'E.O. 12356: DECL: OADR\nTAGS: PREL\nSUBJECT: TALKS\n\n1. THE TALKS RESUMED.\n';
    const doc = parseCableText(`${banner}\n${ROUTING}${body}`);
    expect(doc.meta).toMatchObject({
      classification,
      from: 'AMEMBASSY FOOBAR',
      to: ['SECSTATE WASHDC'],
      info: ['AMEMBASSY NEW TOWN'],
      date: '1985-02-19T12:00',
    });
    expect(doc.blocks.map((b) => b.text)).toEqual(['THE TALKS RESUMED.']);
  });

  it('is no banner when no routing follows it', () => {
    expect(readPreamble('SECRET\n\n1. The talks resumed.\n').metadata).toBeNull();
  });
});
