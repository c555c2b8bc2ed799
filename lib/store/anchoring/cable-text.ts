// The anchoring text of a cable: its blocks' texts joined by a blank line, with each block's offset range.
// Selectors' positions are offsets into this text; it must stay stable, so change it only with a data migration.

/** A block's place in the anchoring text: `text.slice(start, end)` is the block's text. */
export interface AnchorBlock {
  key: string;
  start: number;
  end: number;
}

/** The text quotes are looked up in, and where each block sits in it. */
export interface AnchorText {
  text: string;
  blocks: AnchorBlock[];
}

/** What separates two blocks; never part of any block, so a quote crossing it spans two blocks. */
const BLOCK_SEPARATOR = '\n\n';

/** Builds the anchoring text from a CableDocument (or anything with keyed block texts), in block order. */
export function cableText(doc: { blocks: readonly { key: string; text: string }[] }): AnchorText {
  const parts: string[] = [];
  const blocks: AnchorBlock[] = [];
  let offset = 0;
  for (const block of doc.blocks) {
    if (parts.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      offset += BLOCK_SEPARATOR.length;
    }
    parts.push(block.text);
    blocks.push({ key: block.key, start: offset, end: offset + block.text.length });
    offset += block.text.length;
  }
  return { text: parts.join(''), blocks };
}

/** The block with this key, or undefined. */
export function findBlock(doc: AnchorText, key: string): AnchorBlock | undefined {
  return doc.blocks.find((block) => block.key === key);
}

/**
 * The block a range belongs to: the one it overlaps most (a quote the mirror split in two goes to its larger
 * part; ties go to the earlier block). Null when the range touches no block's text.
 */
export function blockForRange(doc: AnchorText, start: number, end: number): AnchorBlock | null {
  let best: AnchorBlock | null = null;
  let bestOverlap = 0;
  for (const block of doc.blocks) {
    if (block.start >= end) break;
    const overlap = Math.min(end, block.end) - Math.max(start, block.start);
    if (overlap > bestOverlap) {
      best = block;
      bestOverlap = overlap;
    }
  }
  return best;
}
