import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderedTest } from './rendered';

describe('renderedTest', () => {
  it('is undefined for a document without layout (linkedom, the CLI)', () => {
    const doc = parseHTML('<html><body><p>x</p></body></html>').document as unknown as Document;
    expect(renderedTest(doc)).toBe(undefined);
  });

  it('asks the element when the document can answer, and keeps display: contents', () => {
    const doc = parseHTML('<html><body><p class="a">a</p><p id="b">b</p><div class="c">c</div></body></html>')
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

  it('asks only about elements a stylesheet can single out, and what a <details> holds', () => {
    const doc = parseHTML(
      '<html><body><p>bare</p><p class="x">classed</p><details><p>inside</p></details></body></html>',
    ).document as unknown as Document;
    const asked: string[] = [];
    for (const el of [doc.documentElement, ...Array.from(doc.querySelectorAll('p'))]) {
      Object.assign(el as object, {
        checkVisibility: () => {
          asked.push(el.textContent ?? '');
          return false;
        },
      });
    }
    Object.defineProperty(doc, 'defaultView', { value: { getComputedStyle: () => ({ display: 'none' }) } });
    const test = renderedTest(doc);
    const answers = Array.from(doc.querySelectorAll('p')).map((el) => test?.(el as Element));
    expect(answers).toEqual([true, false, false]);
    expect(asked).toEqual(['classed', 'inside']);
  });
});
