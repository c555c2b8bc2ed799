// Old telegrams open with a marking for the whole cable (`1. CONFIDENTIAL - ENTIRE TEXT.`, `1. (C - ENTIRE
// TEXT).`): finds it among the first blocks and lifts it into the meta. Reads blocks only; never segments text.
import { levelOf } from '../markings';
import type { Block, CableMeta } from '../types';
import type { Range } from './drafts';

const ENTIRE = /\bENTIRE\s+TEXT\b/i;
// What may stand beside the marking in a paragraph that says nothing else.
const NOTHING = /^[\s.,;:()\-\u2013\u2014]*$/;
// The marking opens the cable's first paragraph; a look past the first few blocks would find quoted text.
const LOOK = 3;

export interface EntireText {
  blocks: Block[];
  ranges: Range[];
  entireText: NonNullable<CableMeta['entireText']> | null;
}

/**
 * The whole-cable marking, when one of the first blocks carries it. A paragraph that held only the marking is
 * taken out (its label and the marking as written go to the meta, so no word is lost); one with text of its
 * own keeps its text and its badge.
 */
export function liftEntireText(blocks: Block[], ranges: Range[]): EntireText {
  const limit = Math.min(LOOK, blocks.length);
  for (let i = 0; i < limit; i++) {
    const block = blocks[i] as Block;
    if (!block.markingWritten || !ENTIRE.test(block.markingWritten)) continue;
    const level = block.marking ? levelOf(block.marking) : null;
    if (!level || !block.marking) break;
    const marking = { normalized: block.marking, written: block.markingWritten, level };
    const entireText = { marking, label: block.number };
    if (!NOTHING.test(block.text)) return { blocks, ranges, entireText };
    const kept = blocks
      .filter((_, k) => k !== i)
      .map((b) => (b.parent === block.key ? { ...b, parent: null } : b));
    return { blocks: kept, ranges: ranges.filter((_, k) => k !== i), entireText };
  }
  return { blocks, ranges, entireText: null };
}
