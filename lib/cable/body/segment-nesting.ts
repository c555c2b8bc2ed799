// Nesting of sub-paragraphs and list items: whether a label at a line start opens an item (it continues a run,
// or starts one where a line ended), and which block an item belongs to. Records the items in the state.

import { readMarking } from '../markings';
import { type Draft, draft } from './drafts';
import { isPlainHeading } from './headings';
import { readSubLabel, type SubLabel } from './labels';
import { standsAlone } from './segment-headings';
import { depthUnder, push, type SegmentState, spill } from './segment-state';

/** What is known of the text before a label. */
export interface LabelContext {
  prevEnds: boolean;
  blankBefore: boolean;
  /** The line before ended early (the next word would have fit). */
  shortPrev: boolean;
  last: string;
}

/** True while a run of `(a)`, `(b)`... is open: `(c)`, `(s)`, `(u)` are then labels, not markings. */
export function inLetterRun(s: SegmentState): boolean {
  return s.runs.some((r) => r.style === 'paren-lower');
}

/** The sub-label at the line start if it opens an item here, else null. */
export function acceptedSubLabel(s: SegmentState, head: string, c: LabelContext): SubLabel | null {
  const sub = readSubLabel(head, s.runs);
  if (!sub) return null;
  const continues = s.runs.some((r) => r.style === sub.style && r.ordinal + 1 === sub.ordinal);
  // A run goes on unless the line before breaks off mid-sentence (`...the talks with` / `B. Smith`).
  if (continues) return c.prevEnds || c.blankBefore || c.shortPrev || !/[a-z]$/.test(c.last) ? sub : null;
  // `(c)` or `(s)` outside a run of letters is a marking, not a label.
  if (sub.style === 'paren-lower' && sub.ordinal !== 1) return null;
  if (sub.ordinal === 1) return c.blankBefore || c.shortPrev ? sub : null;
  return c.prevEnds && c.blankBefore ? sub : null;
}

/**
 * Opens a sub-paragraph (or, for `II. (S) Title` standing alone, a heading) at `from` in line `i`. Returns where
 * its text starts in the line, or -1 when the whole line was a heading.
 */
export function openSub(
  s: SegmentState,
  sub: SubLabel,
  text: string,
  head: string,
  from: number,
  start: number,
  i: number,
): number {
  const at = s.runs.findIndex((r) => r.style === sub.style);
  if (at >= 0) s.runs = s.runs.slice(0, at);
  const up = s.runs[s.runs.length - 1];
  const parent = up ? up.index : s.para;
  const mark = readMarking(head.slice(sub.length), { labelRun: sub.style === 'paren-lower' });
  const textAt = spill(s, text, from + sub.length + (mark ? mark.length : 0), i);
  s.runs.push({ style: sub.style, ordinal: sub.ordinal, index: s.drafts.length });
  // `II. (S) Regional Security` between blank lines titles a part of the cable.
  const heading = sub.style === 'ROMAN' && standsAlone(s, i) && isPlainHeading(text.slice(textAt));
  const d = push(
    s,
    draft(heading ? 'heading' : 'subparagraph', '', start + from, start + textAt, {
      label: sub.written,
      labelStyle: sub.style,
      marking: mark?.marking ?? null,
      depth: heading ? 0 : depthUnder(s, parent),
      parent: heading ? -1 : parent,
    }),
  );
  if (!heading) return textAt;
  d.lines.push(text.slice(textAt).trim());
  s.para = -1;
  s.runs = [];
  return -1;
}

/** The block a new list item belongs to: the item before's parent, the open sub-paragraph, or the paragraph. */
function itemParent(s: SegmentState): number {
  const cur = s.cur;
  if (cur?.kind === 'list-item') return cur.parent;
  if (cur?.kind === 'subparagraph') return s.drafts.length - 1;
  const up = s.runs[s.runs.length - 1];
  return up ? up.index : s.para;
}

/** Opens a list item whose marker (and marking, if any) runs from `start` to `end` (body offsets). */
export function openItem(
  s: SegmentState,
  start: number,
  end: number,
  marking: Draft['marking'] = null,
): Draft {
  const parent = itemParent(s);
  return push(s, draft('list-item', '', start, end, { depth: depthUnder(s, parent), parent, marking }));
}
