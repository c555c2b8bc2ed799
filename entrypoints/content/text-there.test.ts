import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parsedPast, whenTextThere } from './text-there';

const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('parsedPast', () => {
  it('is true once a node follows the element or one of its ancestors', () => {
    const doc = docOf(
      '<html><body><div id="pane"><pre>text</pre></div><div id="footer"></div></body></html>',
    );
    expect(parsedPast(doc.querySelector('#pane') as Element)).toBe(true);
    expect(parsedPast(doc.querySelector('pre') as Element)).toBe(true);
  });

  it('is false for the last element the parser has reached', () => {
    const doc = docOf('<html><body><div id="pane"><pre>text</pre></div></body></html>');
    const pane = doc.querySelector('#pane') as Element;
    expect(parsedPast(pane)).toBe(false);
    pane.after(doc.createElement('div'));
    expect(parsedPast(pane)).toBe(true);
  });
});

describe('whenTextThere', () => {
  it('resolves at once on a parsed document', async () => {
    const doc = docOf('<html><body></body></html>');
    expect(doc.readyState).not.toBe('loading');
    await expect(whenTextThere(doc, [], new AbortController().signal)).resolves.toBe(true);
  });
});
