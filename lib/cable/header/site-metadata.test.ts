import { describe, expect, it } from 'vitest';
import { readMetadataLine, splitMetadataTail } from './site-metadata';

describe('readMetadataLine', () => {
  it('reads an unknown mirror metadata line', () => {
    expect(
      readMetadataLine('07FOOBAR1147 2007-01-02 10:00:00 UNCLASSIFIED//FOR OFFICIAL USE ONLY Embassy Foobar'),
    ).toEqual({
      id: '07FOOBAR1147',
      date: '2007-01-02T10:00',
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      origin: 'Embassy Foobar',
    });
    expect(readMetadataLine('09FOOBAR12 2009-03-04 SECRET//NOFORN Secretary of State')?.date).toBe(
      '2009-03-04',
    );
  });

  it('is null for other lines', () => {
    expect(readMetadataLine('The 2009-03-04 meeting was SECRET in Foobar')).toBeNull();
    expect(readMetadataLine('07FOOBAR1147 was sent on 2007-01-02')).toBeNull();
    expect(readMetadataLine('')).toBeNull();
  });
});

describe('splitMetadataTail', () => {
  it('splits the tail glued to the last line and reads its fields', () => {
    const text =
      'C O N F I D E N T I A L FOOBAR 000200\n\n1.(C) The ship has left port. End comment. PERSON 0 01/02/2008 1234 PGOV,PREL,XX THE SHIP "LEFT" The ship has left the port.\n';
    const split = splitMetadataTail(text);
    expect(split.body).toBe(
      'C O N F I D E N T I A L FOOBAR 000200\n\n1.(C) The ship has left port. End comment. PERSON',
    );
    expect(split.tail).toBe('0 01/02/2008 1234 PGOV,PREL,XX THE SHIP "LEFT" The ship has left the port.');
    expect(split).toMatchObject({
      date: '2008-01-02',
      tags: ['PGOV', 'PREL', 'XX'],
      subject: 'THE SHIP "LEFT"',
    });
  });

  it('leaves text without a tail unchanged', () => {
    const text = '1. (C) On 01/02/2008 the 12 ships sailed.\n\n2. (C) More text.\n';
    expect(splitMetadataTail(text)).toEqual({ body: text, tail: null, date: null, tags: [], subject: null });
  });

  it('finds the tail before the end marks another mirror closes the text with', () => {
    const line = '1.(C) The ship has left port. PERSON 0 01/02/2008 1234 PGOV,PREL THE SHIP';
    for (const closing of ['\n\n=====CABLE ENDS=====\n', '\n@@@OASYS@@@\n', '\n>\n']) {
      const split = splitMetadataTail(`${line}${closing}`);
      expect(split.body, closing).toBe('1.(C) The ship has left port. PERSON');
      expect(split).toMatchObject({ date: '2008-01-02', tags: ['PGOV', 'PREL'], subject: 'THE SHIP' });
    }
  });

  it('ignores a tail-like run followed by more lines', () => {
    const text = 'PERSON 0 01/02/2008 1234 PGOV,PREL THE SHIP\nmore text\n';
    expect(splitMetadataTail(text).tail).toBeNull();
  });

  it('is linear on long runs of spaces', () => {
    expect(splitMetadataTail(`a${' '.repeat(200_000)}b`).tail).toBeNull();
  });
});
