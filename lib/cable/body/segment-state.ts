// The segmenter's running state (blocks so far, the open block, the paragraph sequence, open label runs) and
// the questions every decision asks of it: did the text before end, did the line before end early?

import { endsSentence, indentOf } from '../text-tests';
import { type Draft, lastLineOf } from './drafts';
import type { OpenRun } from './labels';
import type { BodyLines, Line } from './lines';

/** An open run of sub-labels (`A.`, `B.`...) and the draft of its latest item. */
interface Run extends OpenRun {
  index: number;
}

/** A quoted text numbering its own paragraphs inside the cable's paragraph `para` (numbered `outer`). */
interface OpenQuote {
  outer: number;
  para: number;
  /** Index of the quoted text's first numbered paragraph's draft. */
  from: number;
}

export interface SegmentState {
  readonly body: BodyLines;
  /** Lines to read: the body's lines without the message tail. */
  readonly count: number;
  readonly drafts: Draft[];
  /** The block that takes continuation lines, or null after a rule, a redaction or at the start. */
  cur: Draft | null;
  /** Blank lines since the last text line. */
  blanks: number;
  /** The last paragraph number taken, 0 before the first. */
  lastNum: number;
  /** Index of the open numbered paragraph's draft, or -1. */
  para: number;
  runs: Run[];
  /** Paragraphs taken, and how many of them carried a marking. */
  numbered: number;
  marked: number;
  /** Index of the last line a multi-line block consumed, so the main loop skips past it. */
  resume: number;
  /** Length of the last text line read (trimmed), for the "would the next word have fit" test. */
  prevLength: number;
  /** A line whose start a marking wrapped from the line before already took, and where its text resumes. */
  carryLine: number;
  carryFrom: number;
  /** Where the next paragraph or item run into the current line starts, as last found. */
  paragraphScan: ScanMemo;
  itemScan: ScanMemo;
  /** The last entry of a participant or distribution list (one name a line), which the next short line follows. */
  rosterEntry: Draft | null;
  quote: OpenQuote | null;
}

/** A scanner's last answer on a line: from `from`, with `key` (the paragraph number then), the next hit or -1. */
export interface ScanMemo {
  text: string;
  from: number;
  key: number;
  hit: number;
}

const emptyScan = (): ScanMemo => ({ text: '', from: 0, key: -1, hit: -1 });

/** Longest piece of a line handed to label and marking readers: they look only at a line's start. */
export const HEAD = 200;

export function newState(body: BodyLines, count: number): SegmentState {
  return {
    body,
    count,
    drafts: [],
    cur: null,
    blanks: 0,
    lastNum: 0,
    para: -1,
    runs: [],
    numbered: 0,
    marked: 0,
    resume: 0,
    prevLength: 0,
    carryLine: -1,
    carryFrom: 0,
    paragraphScan: emptyScan(),
    itemScan: emptyScan(),
    rosterEntry: null,
    quote: null,
  };
}

/** Adds a draft and makes it the open block. */
export function push(s: SegmentState, d: Draft): Draft {
  s.drafts.push(d);
  s.cur = d;
  return d;
}

/** True when the text before ended: a sentence end, a heading or redaction, or no text at all. */
export function prevEnds(s: SegmentState): boolean {
  const cur = s.cur;
  if (!cur || cur.kind === 'heading' || cur.kind === 'redaction') return true;
  const last = lastLineOf(cur);
  return last === '' || endsSentence(last);
}

/**
 * True when the line before ended early: the next line's first word would have fit on it, so the writer broke
 * the line on purpose (a paragraph or item ended), not the wrap. Text never wrapped always ends lines early.
 */
export function endedEarly(s: SegmentState, next: string): boolean {
  const width = s.body.wrapWidth;
  if (!Number.isFinite(width)) return true;
  const lead = indentOf(next);
  const space = next.indexOf(' ', lead);
  const word = (space < 0 ? next.length : space) - lead;
  return s.prevLength + 1 + word <= width;
}

/** A parenthesis opened near the line's start and not closed on it: a marking that may wrap onto the next line. */
function opensMarking(head: string): boolean {
  const open = head.indexOf('(');
  return open >= 0 && open < 60 && head.indexOf(')', open) < 0 && head.indexOf('(', open + 1) < 0;
}

/**
 * The start of a line for label and marking readers; when a marking opened on it is closed only on the next
 * line (`4. (S//REL TO USA,` / `GBR) The...`), the next line's start comes along.
 */
export function headOf(s: SegmentState, text: string, from: number, i: number): string {
  const head = text.slice(from, from + HEAD);
  const next = s.body.lines[i + 1];
  if (from > 0 || !next || i + 1 >= s.count || !opensMarking(head)) return head;
  return `${head}\n${next.text.slice(0, 80)}`;
}

/** `at` past the line's end means a marking ran onto the next line: that line will start after it. */
export function spill(s: SegmentState, text: string, at: number, i: number): number {
  if (at <= text.length) return at;
  const next = s.body.lines[i + 1] as Line;
  s.carryLine = i + 1;
  s.carryFrom = Math.min(at - text.length - 1, next.text.length);
  return text.length;
}

/** Depth of a block under the given parent draft (capped at 2), 0 without one. */
export function depthUnder(s: SegmentState, parent: number): number {
  return parent >= 0 ? Math.min(2, (s.drafts[parent] as Draft).depth + 1) : 0;
}
