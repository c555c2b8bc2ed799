// Turns a CableDocument's blocks back into plain cable-shaped text (labels, markings, `--` items, framed
// headings, blank lines between blocks), and reduces blocks to what the corpus suites compare.
import type { Block } from '../../lib/cable/types';

/** What two parses of the same cable must agree on, block by block. */
export interface Shape {
  number: string | null;
  marking: string | null;
  text: string;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Label, marking and whitespace-collapsed text of each block, in order. */
export function shapes(blocks: readonly Block[]): Shape[] {
  return blocks.map((b) => ({ number: b.number, marking: b.marking, text: collapse(b.text) }));
}

function labelOf(b: Block): string {
  const n = b.number as string;
  if (b.kind === 'paragraph') return `${n}.`;
  return /^\d+$/.test(n) ? `${n})` : `${n}.`;
}

/** One block as the lines a cable would show for it (not wrapped). */
export function renderBlock(b: Block): string {
  const marking = b.marking ? `(${b.marking}) ` : '';
  switch (b.kind) {
    case 'heading': {
      const label = b.number ? `${b.number}. ` : '';
      const title = `${label}${marking}${b.text}`;
      const rule = '-'.repeat(Math.min(60, Math.max(3, title.length)));
      return `${rule}\n${title}\n${rule}`;
    }
    case 'list-item':
      return `-- ${marking}${b.text}`;
    case 'paragraph':
    case 'subparagraph':
      return `${labelOf(b)} ${marking}${b.text}`;
    default:
      return `${marking}${b.text}`;
  }
}

/** The blocks as a clean cable text: one block per paragraph, blank lines between them. */
export function renderBlocks(blocks: readonly Block[]): string {
  return blocks.map(renderBlock).join('\n\n');
}
