import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { offsetOf, pointAt, textPieces } from './text-map';

function paragraph(html: string): Element {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document.querySelector('[data-key="3"]') as unknown as Element;
}

const TEXT = 'The embassy noted XXXXXX in Astana.';
const HTML = `<div data-key="3"><div class="cr-gutter"><a>3.</a><button>Bookmark</button></div>
<p class="cr-lead"><span class="cr-badge">C</span>The embassy noted <span class="cr-redacted"><span aria-hidden="true">XXXXXX</span><span class="cr-sr">[redacted]</span></span> in Astana.</p>
<div class="cr-sub" data-key="3-1"><span class="cr-sub-label">a.</span>The embassy</div></div>`;

describe('text map', () => {
  it('keeps only the nodes that carry the block text, skipping labels, badges and nested blocks', () => {
    const pieces = textPieces(paragraph(HTML), TEXT);
    expect(pieces.map((p) => p.node.data).join('')).toBe(TEXT);
  });

  it('maps offsets to DOM points and back', () => {
    const root = paragraph(HTML);
    const pieces = textPieces(root, TEXT);
    for (const offset of [0, 4, 18, 20, 24, TEXT.length]) {
      const point = pointAt(pieces, offset);
      expect(point).not.toBeNull();
      if (point) expect(offsetOf(pieces, point.node, point.offset)).toBe(offset);
    }
    const at = pointAt(pieces, TEXT.indexOf('Astana'));
    expect(at?.node.data.slice(at.offset)).toBe('Astana.');
  });

  it('places a point on a decoration at the next piece of text', () => {
    const root = paragraph(HTML);
    const pieces = textPieces(root, TEXT);
    const badge = root.querySelector('.cr-badge') as Element;
    expect(offsetOf(pieces, badge, 0)).toBe(0);
  });
});
