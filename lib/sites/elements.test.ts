import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isBlock, isSkippedTag, shownBy, tagOf } from './elements';

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
    const hidden = (el: Element) => isSkippedTag(tagOf(el)) || shownBy(el)?.hidden === true;
    expect(els.map(hidden)).toEqual([true, true, true, true, true, true, false]);
  });

  it('reads an element’s style and popover with its hiding, and nothing of an element without attributes', () => {
    const [styled, pop, bare] = children(
      '<p style="color: red" class="x">a</p><div popover id="p">b</div><p>c</p>',
    );
    expect(shownBy(styled as Element)).toEqual({ hidden: false, style: 'color: red', popover: false });
    expect(shownBy(pop as Element)).toEqual({ hidden: false, style: null, popover: true });
    expect(shownBy(bare as Element)).toBe(null);
  });

  it('gives tag names in lower case', () => {
    const [div] = children('<DIV>x</DIV>');
    expect(tagOf(div as Element)).toBe('div');
  });
});
