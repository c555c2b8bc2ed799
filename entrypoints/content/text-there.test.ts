// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { boxesParsed, whenParsed, whenTextThere } from './text-there';

/** A document still being parsed, as the content script meets it at document_start. */
function loadingDocument(): Document {
  const doc = document.implementation.createHTMLDocument('loading');
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return doc;
}

/** Appends what the parser would: a box with its text, inside a wrapper, and nothing after it yet. */
function parseBox(doc: Document): HTMLElement {
  const wrap = doc.createElement('div');
  const box = doc.createElement('div');
  box.className = 'box';
  box.append(doc.createElement('pre'));
  wrap.append(box);
  doc.body.append(wrap);
  return wrap;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('boxesParsed', () => {
  it('is false while nothing follows the box, true once a node follows it or one of its ancestors', () => {
    const doc = loadingDocument();
    expect(boxesParsed(doc, ['div.box'])).toBe(false);
    const wrap = parseBox(doc);
    expect(boxesParsed(doc, ['div.box'])).toBe(false);
    wrap.after(doc.createTextNode('\n'));
    expect(boxesParsed(doc, ['div.box'])).toBe(true);
  });

  it('wants every box, and is false with no boxes named', () => {
    const doc = loadingDocument();
    parseBox(doc).after(doc.createElement('p'));
    expect(boxesParsed(doc, ['div.box', 'div.other'])).toBe(false);
    expect(boxesParsed(doc, [])).toBe(false);
  });
});

describe('whenTextThere', () => {
  it('resolves at once on a parsed document', async () => {
    await expect(whenTextThere(document, new AbortController().signal, ['div.box'])).resolves.toBe('parsed');
  });

  it('waits for DOMContentLoaded while the document is parsed', async () => {
    const doc = loadingDocument();
    let settled: string | null = null;
    const there = whenTextThere(doc, new AbortController().signal).then((v) => {
      settled = v;
    });
    await tick();
    expect(settled).toBeNull();
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await there;
    expect(settled).toBe('parsed');
  });

  it('resolves with the boxes once the parser has gone past them, before the page is parsed', async () => {
    const doc = loadingDocument();
    let settled: string | null = null;
    const there = whenTextThere(doc, new AbortController().signal, ['div.box']).then((v) => {
      settled = v;
    });
    const wrap = parseBox(doc);
    await tick();
    expect(settled).toBeNull();
    wrap.after(doc.createElement('script'));
    await there;
    expect(settled).toBe('boxes');
  });

  it('resolves null when the extension goes away first', async () => {
    const stop = new AbortController();
    const there = whenTextThere(loadingDocument(), stop.signal, ['div.box']);
    stop.abort();
    await expect(there).resolves.toBeNull();
  });
});

describe('whenParsed', () => {
  it('waits for the whole page even when the boxes are there', async () => {
    const doc = loadingDocument();
    parseBox(doc).after(doc.createElement('p'));
    let settled = false;
    const parsed = whenParsed(doc, new AbortController().signal).then(() => {
      settled = true;
    });
    await tick();
    expect(settled).toBe(false);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await parsed;
    expect(settled).toBe(true);
  });
});
