import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hiddenByAttributes, isBlock, isSkippedTag, tagOf } from './elements';

function children(html: string): Element[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`);
  return Array.from(document.getElementById('root')?.children ?? []) as unknown as Element[];
}

describe('element classes', () => {
  it('knows block elements from inline ones', () => {
    const [p, span, tr, pre] = children(
      '<p>x</p><span>y</span><table><tr><td>z</td></tr></table><pre>w</pre>',
    );
    expect(isBlock(p as Element)).toBe(true);
    expect(isBlock(span as Element)).toBe(false);
    expect(isBlock(tr as Element)).toBe(true);
    expect(isBlock(pre as Element)).toBe(true);
  });

  it('knows what a reader cannot see', () => {
    const els = children(
      '<p hidden>a</p><p aria-hidden="true">b</p><p style="color:red;display: none">c</p><p style="visibility:hidden">d</p><nav>e</nav><script>f</script><p style="display:block">g</p>',
    );
    const hidden = (el: Element) =>
      isSkippedTag(tagOf(el)) || hiddenByAttributes(el, el.getAttribute('style'));
    expect(els.map(hidden)).toEqual([true, true, true, true, true, true, false]);
  });

  it('gives tag names in lower case', () => {
    const [div] = children('<DIV>x</DIV>');
    expect(tagOf(div as Element)).toBe('div');
  });
});
