import { describe, expect, it } from 'vitest';
import { SAMPLE_BODY, SAMPLE_HEADER, SAMPLE_ID } from '../../tests/fixtures/sample-cable';
import { readCablesearchAnswer } from './cablesearch';

const item = {
  id: SAMPLE_ID,
  subject: 'ZEMBLA: HARBOUR CONCESSION STALLS AHEAD OF ELECTIONS',
  date: '2009-03-14 12:00:00',
  classification: 'CONFIDENTIAL',
  origin: 'Embassy Zembla',
  text: SAMPLE_BODY,
  header: `${SAMPLE_HEADER}\n\nXTAGS: XTAGPREL, XTAGPGOV ${SAMPLE_ID}`,
  tags: 'ECON PGOV PREL ZM',
  cachelink: `http://cablesearch.org/cable/view.php?id=${SAMPLE_ID}`,
};
const answer = { info: { response: 'OK' }, items: [item] };

describe('readCablesearchAnswer', () => {
  it('reads a JSON answer into the pipeline’s input, without the API’s own tag line', () => {
    expect(readCablesearchAnswer(JSON.stringify(answer))).toEqual({
      headerText: SAMPLE_HEADER,
      bodyText: SAMPLE_BODY,
      pageMeta: {
        id: SAMPLE_ID,
        date: '2009-03-14T12:00',
        classification: 'CONFIDENTIAL',
        origin: 'Embassy Zembla',
        subject: 'ZEMBLA: HARBOUR CONCESSION STALLS AHEAD OF ELECTIONS',
        tags: ['ECON', 'PGOV', 'PREL', 'ZM'],
        url: `http://cablesearch.org/cable/view.php?id=${SAMPLE_ID}`,
      },
    });
  });

  it('reads the JSONP form, a bare item and an array the same way', () => {
    const json = readCablesearchAnswer(JSON.stringify(answer));
    expect(readCablesearchAnswer(`cablegrab(${JSON.stringify(answer)});\n`)).toEqual(json);
    expect(readCablesearchAnswer(JSON.stringify(item))).toEqual(json);
    expect(readCablesearchAnswer(JSON.stringify([item]))).toEqual(json);
  });

  it('picks the item with the asked id', () => {
    const other = { ...item, id: '09ATLANTIS7', text: 'other' };
    const two = JSON.stringify({ items: [other, item] });
    expect(readCablesearchAnswer(two, SAMPLE_ID).bodyText).toBe(SAMPLE_BODY);
    expect(readCablesearchAnswer(two).bodyText).toBe('other');
  });

  it('rejects what is not an answer, with a one-line reason', () => {
    expect(() => readCablesearchAnswer('<html>')).toThrow(/not a cablesearch.org answer/);
    expect(() => readCablesearchAnswer('{"info":{},"items":[]}')).toThrow(/holds no cable text/);
    expect(() => readCablesearchAnswer(JSON.stringify({ items: [{ ...item, text: '  ' }] }))).toThrow(
      /no cable text/,
    );
  });
});
