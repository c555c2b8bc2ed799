// Maps between a block's text (as the pipeline gave it) and the DOM that shows it: a character offset to a point
// in a text node, and a point back to an offset. Decorations the view adds (labels, badges, screen-reader words,
// nested blocks) are skipped: a text node counts only where the block's text continues with exactly its content.

/** Elements whose text is never part of the block's own text. */
// A marking badge inside the text shows the text's own words (`(S//NF)`): those count.
const DECORATION =
  '.cr-gutter, .cr-sr, .cr-caption, .cr-sub-label, .cr-badge:not(.cr-badge-in-text), button, [data-key] [data-key]';

// DOM constants by value: this module also runs where the globals are not defined (tests over a detached DOM).
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
const FOLLOWING = 0x4;

/** One text node of the block, and the block-text offset where it starts. */
interface Piece {
  node: Text;
  start: number;
}

function isDecoration(node: Text, root: Element): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (el.matches(DECORATION) || (el.hasAttribute('data-key') && el !== root)) return true;
  }
  return false;
}

/** The block element's text nodes that carry `text`, in order, each with its offset into `text`. */
export function textPieces(root: Element, text: string): Piece[] {
  const pieces: Piece[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  let cursor = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const content = node.data;
    if (!content || isDecoration(node, root)) continue;
    if (text.startsWith(content, cursor)) {
      pieces.push({ node, start: cursor });
      cursor += content.length;
    }
  }
  return pieces;
}

/** The DOM point of character `offset` of the block's text (the end of the text for offset = length). */
export function pointAt(pieces: readonly Piece[], offset: number): { node: Text; offset: number } | null {
  for (const piece of pieces) {
    const end = piece.start + piece.node.data.length;
    if (offset >= piece.start && offset <= end) return { node: piece.node, offset: offset - piece.start };
  }
  return null;
}

/**
 * The block-text offset of a DOM point inside the block: exact inside a text piece; a point in a decoration or
 * between elements goes to the nearest piece boundary after it (or the end).
 */
export function offsetOf(pieces: readonly Piece[], node: Node, offset: number): number {
  for (const piece of pieces) {
    if (piece.node === node) return piece.start + Math.min(offset, piece.node.data.length);
  }
  // A point on an element: the child before `offset` decides; otherwise the first piece that follows it.
  const point = node.nodeType === TEXT_NODE ? node : (node.childNodes[offset] ?? null);
  for (const piece of pieces) {
    if (point && point.compareDocumentPosition(piece.node) & FOLLOWING) return piece.start;
    if (point?.contains(piece.node)) return piece.start;
  }
  const last = pieces[pieces.length - 1];
  return last ? last.start + last.node.data.length : 0;
}
