import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domText } from './dom-text';
import { isLineNumber } from './line-gutter';

const bodyOf = (html: string) =>
  parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body as unknown as Element;

describe('a code viewer’s line-number gutter', () => {
  it('is the number before a line’s text, in a cell, a span or a linked span', () => {
    const body = bodyOf(
      '<table><tr><td id="a">12</td><td>TAGS: PREL</td></tr></table><div><span id="b"><a href="#l3">3</a></span><span>SUBJECT: TALKS</span></div>',
    );
    expect(isLineNumber(body.querySelector('#a') as Element)).toBe(true);
    expect(isLineNumber(body.querySelector('#b') as Element)).toBe(true);
    expect(domText(body).text).toBe('TAGS: PREL\nSUBJECT: TALKS');
  });

  it('is not a number standing alone on its line, after other text, or with words', () => {
    const body = bodyOf(
      '<div><div id="a">2009</div></div><p><span>Page</span><span id="b">2</span></p><div><span id="c">12 (C)</span><span>text</span></div>',
    );
    for (const id of ['a', 'b', 'c'])
      expect(isLineNumber(body.querySelector(`#${id}`) as Element)).toBe(false);
    expect(domText(body).text).toBe('2009\n\nPage2\n\n12 (C)text');
  });
});
