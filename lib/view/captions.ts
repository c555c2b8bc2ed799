// Which blocks carry the "Summary" / "Comment" caption: the first of each run of whole-summary or whole-comment
// blocks, unless a heading right before it already says so. Pure: blocks in, keys out.
import type { Block } from '../cable/types';
import { wholeSpan } from './text-segments';

/** Keys of blocks that open a run of whole-summary or whole-comment blocks and are not already titled by a heading. */
export function captionKeys(blocks: readonly Block[]): Set<string> {
  const keys = new Set<string>();
  let previous: string | null = null;
  let heading: string | null = null;
  for (const block of blocks) {
    const kind = wholeSpan(block.text, block.spans);
    // A "Summary" heading over a summary paragraph would read twice with a caption under it.
    if (kind && kind !== previous && !heading?.toLowerCase().includes(kind)) keys.add(block.key);
    previous = kind;
    heading = block.kind === 'heading' ? block.text : null;
  }
  return keys;
}
