import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderedTest } from './rendered';

describe('renderedTest', () => {
  it('is undefined for a document without layout (linkedom, the CLI)', () => {
    const doc = parseHTML('<html><body><p>x</p></body></html>').document as unknown as Document;
    expect(renderedTest(doc)).toBe(undefined);
  });

  it('asks the element when the document can answer, and keeps display: contents', () => {
    const doc = parseHTML('<html><body><p>a</p><p>b</p><div>c</div></body></html>')
      .document as unknown as Document;
    const [a, b, c] = Array.from(doc.querySelectorAll('p, div'));
    const visible = new Set([a]);
    for (const el of [doc.documentElement, a, b, c]) {
      Object.assign(el as object, { checkVisibility: () => visible.has(el as Element) });
    }
    Object.defineProperty(doc, 'defaultView', {
      value: { getComputedStyle: (el: Element) => ({ display: el === c ? 'contents' : 'block' }) },
    });
    const test = renderedTest(doc);
    expect([a, b, c].map((el) => test?.(el as Element))).toEqual([true, false, true]);
  });
});
