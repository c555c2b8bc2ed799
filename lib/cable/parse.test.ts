import { describe, expect, it } from 'vitest';
import { parseCable, parseCableText } from './parse';

const CABLE = [
  'C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000321',
  '',
  'SIPDIS',
  '',
  'E.O. 12958: DECL: 03/02/2019',
  'TAGS: PREL ETRD MT',
  'SUBJECT: MALTA: TRADE MINISTER ON THE NEW PORT',
  'AGREEMENT',
  '',
  'Classified By: Ambassador J. Roe for reasons 1.4 (b) and (d).',
  '',
  '\u00B61. (C) Summary: The trade minister told us on March 2 that',
  'the port agreement will be signed before the summit. End',
  'Summary.',
  '',
  '\u00B62. (C) The minister said the deal is worth USD',
  '',
  'VALLETTA 00000321  002 OF 002',
  '',
  '',
  '3.1 million and covers the fees of the container',
  'terminal for ten years.',
  '',
  '\u00B63. (U) Comment: A good deal for both sides. End Comment.',
  'VANCE',
].join('\r\n');

describe('parseCable', () => {
  const doc = parseCable({ headerText: null, bodyText: CABLE, pageMeta: { date: '2009-03-02' } });

  it('reads the header into meta and the body into blocks', () => {
    expect(doc.id).toBe('09VALLETTA321');
    expect(doc.meta.subject).toBe('MALTA: TRADE MINISTER ON THE NEW PORT AGREEMENT');
    expect(doc.meta.tags).toEqual(['PREL', 'ETRD', 'MT']);
    expect(doc.blocks.map((b) => [b.kind, b.number, b.marking])).toEqual([
      ['paragraph', '1', 'C'],
      ['paragraph', '2', 'C'],
      ['paragraph', '3', 'U'],
      ['signature', null, null],
    ]);
  });

  it('rejoins the sentence the page break cut and ties the break to its paragraph', () => {
    expect(doc.blocks[1]?.text).toBe(
      'The minister said the deal is worth USD 3.1 million and covers the fees of the container terminal for ten years.',
    );
    expect(doc.pageBreaks).toEqual([
      {
        text: 'VALLETTA 00000321  002 OF 002',
        page: 2,
        of: 2,
        offset: expect.any(Number),
        blockKey: '2',
        inBlock: doc.blocks[1]?.text.indexOf('3.1 million'),
      },
    ]);
    const normalized = CABLE.replace(/\r\n/g, '\n').replace(/\u00B6/g, '');
    const brk = doc.pageBreaks[0];
    expect(normalized.slice(brk?.offset, (brk?.offset ?? 0) + 29)).toBe('VALLETTA 00000321  002 OF 002');
  });

  it('marks the summary and comment spans and puts the signature in meta', () => {
    expect(doc.blocks[0]?.spans).toEqual([{ kind: 'summary', start: 0, end: doc.blocks[0]?.text.length }]);
    expect(doc.blocks[2]?.spans.map((s) => s.kind)).toEqual(['comment']);
    expect(doc.meta.signature).toBe('VANCE');
  });

  it('gives the same blocks for the same text with a separate routing header', () => {
    const apart = parseCable({
      headerText: 'FM AMEMBASSY VALLETTA\nTO SECSTATE WASHDC',
      bodyText: CABLE,
      pageMeta: {},
    });
    expect(apart.blocks).toEqual(doc.blocks);
    expect(apart.meta.from).toBe('AMEMBASSY VALLETTA');
  });
});

describe('parseCableText', () => {
  it('parses plain text with page metadata', () => {
    const doc = parseCableText('1. (U) One line.\n\nNAME', { id: '09MASERU77' });
    expect(doc.id).toBe('09MASERU77');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'signature']);
  });

  it('returns an empty document for empty or non-cable text without throwing', () => {
    expect(parseCableText('').blocks).toEqual([]);
    expect(parseCableText('\u0000\u0001\u00FF').pageBreaks).toEqual([]);
  });
});
