// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { block } from '../../tests/fixtures/documents';
import { indexText, originalParagraphRanges, rangeAt } from './original-text';

describe('original text ranges', () => {
  it('indexes text across elements and links, the way the Cablegate viewer splits it', () => {
    document.body.innerHTML =
      "<pre id='h'>SUBJECT: TEST</pre><pre id='b'><a id='par1' href='#par1'>¶</a>1. (C) First.\n\n<a id='par2' href='#par2'>¶</a>2. Second.</pre>";
    const roots = [...document.querySelectorAll('pre')];
    const index = indexText(roots);
    expect(index.text).toBe('SUBJECT: TEST\n¶1. (C) First.\n\n¶2. Second.\n');
    const ranges = originalParagraphRanges(roots, [block({ key: '1' }), block({ key: '2' })]);
    expect([...ranges.keys()]).toEqual(['1', '2']);
    expect(ranges.get('2')?.toString()).toBe('2');
    expect(ranges.get('2')?.startContainer.parentElement?.id).toBe('b');
  });

  it('returns null for offsets outside the text nodes', () => {
    document.body.innerHTML = '<pre>abc</pre>';
    const index = indexText([...document.querySelectorAll('pre')]);
    expect(rangeAt(index, 1)?.toString()).toBe('b');
    expect(rangeAt(index, 3)).toBeNull();
    expect(rangeAt(index, 99)).toBeNull();
  });
});
