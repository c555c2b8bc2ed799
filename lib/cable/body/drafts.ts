// The segmenter's working record of a block before its text is reflowed and its key assigned: the raw lines it
// gathered, where they stood, its label, marking and parent. Also turns finished drafts into public Blocks.

import type { Block, BlockKind, Marking } from '../types';
import { restoreDashes } from './dashes';
import { joinTitle } from './headings';
import { assignKeys } from './keys';
import type { LabelStyle } from './labels';
import { reflow } from './reflow';

export interface Draft {
  kind: BlockKind;
  label: string | null;
  labelStyle: LabelStyle | null;
  marking: Marking | null;
  /** Text lines, label and marking already cut from the first. */
  lines: string[];
  /** Index in `lines` where the current run of lines (since a blank line inside the block) starts. */
  runFrom: number;
  /** Offsets of the block's first and last character in the body text. */
  start: number;
  end: number;
  depth: number;
  /** Index of the parent draft, or -1. */
  parent: number;
}

/** A new draft; its first line is `text` (may be empty when the line held only a label). */
export function draft(
  kind: BlockKind,
  text: string,
  start: number,
  end: number,
  extra: Partial<Pick<Draft, 'label' | 'labelStyle' | 'marking' | 'depth' | 'parent'>> = {},
): Draft {
  return {
    kind,
    label: extra.label ?? null,
    labelStyle: extra.labelStyle ?? null,
    marking: extra.marking ?? null,
    lines: text.length > 0 ? [text] : [],
    runFrom: 0,
    start,
    end,
    depth: extra.depth ?? 0,
    parent: extra.parent ?? -1,
  };
}

/** The draft's last line of text, or '' when it has none yet. */
export function lastLineOf(d: Draft | null): string {
  if (!d || d.lines.length === 0) return '';
  return d.lines[d.lines.length - 1] as string;
}

/** Source range of each block in the body text, parallel to the blocks. */
export interface Range {
  start: number;
  end: number;
}

/** Reflows drafts into public blocks with keys; parents are resolved to keys. */
export function toBlocks(drafts: readonly Draft[]): { blocks: Block[]; ranges: Range[] } {
  const keys = assignKeys(drafts.map((d) => ({ kind: d.kind, label: d.label, parent: d.parent })));
  const blocks: Block[] = [];
  const ranges: Range[] = [];
  drafts.forEach((d, i) => {
    const text = restoreDashes(d.kind === 'heading' ? joinTitle(d.lines) : reflow(d.lines));
    blocks.push({
      kind: d.kind,
      key: keys[i] as string,
      number: d.label,
      marking: d.marking ? d.marking.normalized : null,
      markingWritten: d.marking ? d.marking.written : null,
      text,
      depth: d.depth,
      parent: d.parent >= 0 ? (keys[d.parent] as string) : null,
      spans: [],
    });
    ranges.push({ start: d.start, end: d.end });
  });
  return { blocks, ranges };
}
