// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { whenTextThere } from './text-there';

/** A document still being parsed, as the content script meets it at document_start. */
function loadingDocument(): Document {
  const doc = document.implementation.createHTMLDocument('loading');
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return doc;
}

describe('whenTextThere', () => {
  it('resolves at once on a parsed document', async () => {
    await expect(whenTextThere(document, new AbortController().signal)).resolves.toBe(true);
  });

  it('waits for DOMContentLoaded while the document is parsed', async () => {
    const doc = loadingDocument();
    let settled: boolean | null = null;
    const there = whenTextThere(doc, new AbortController().signal).then((v) => {
      settled = v;
    });
    await Promise.resolve();
    expect(settled).toBeNull();
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await there;
    expect(settled).toBe(true);
  });

  it('resolves false when the extension goes away first', async () => {
    const stop = new AbortController();
    const there = whenTextThere(loadingDocument(), stop.signal);
    stop.abort();
    await expect(there).resolves.toBe(false);
  });
});
