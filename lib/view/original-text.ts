// Finds numbered paragraphs in the mirror's original text as DOM ranges, so switching views can keep the
// reader at the same paragraph. Reads the page only; layout questions (where a range is) are the caller's.
import type { Block } from '../cable/types';
import { paragraphOffsets } from './reading-position';

export interface TextIndex {
  /** The concatenated text of every text node under the roots, in document order. */
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
}

/** Indexes the text nodes under `roots` (the original elements). */
export function indexText(roots: readonly Element[]): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (const root of roots) {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = (node as Text).data;
      nodes.push(node as Text);
      starts.push(text.length);
      text += value;
    }
    text += '\n';
  }
  return { text, nodes, starts };
}

/** A range over `length` characters of the index from `offset` (within one text node), or null. */
export function rangeAt(index: TextIndex, offset: number, length = 1): Range | null {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo];
  if (!node) return null;
  const at = offset - (index.starts[lo] as number);
  if (at < 0 || at >= node.data.length) return null;
  const range = node.ownerDocument.createRange();
  range.setStart(node, at);
  range.setEnd(node, Math.min(node.data.length, at + length));
  return range;
}

/** Ranges at the start of each numbered paragraph found in the original, by block key, in text order. */
export function originalParagraphRanges(
  roots: readonly Element[],
  blocks: readonly Block[],
): Map<string, Range> {
  const index = indexText(roots);
  const ranges = new Map<string, Range>();
  for (const [key, offset] of paragraphOffsets(index.text, blocks)) {
    const range = rangeAt(index, offset);
    if (range) ranges.set(key, range);
  }
  return ranges;
}
