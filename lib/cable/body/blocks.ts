// Segments a cable body (page breaks already removed) into blocks in order: numbered paragraphs, sub-paragraphs,
// list items, headings, redactions, the signature and other text. One pass over the lines, each decided from
// its own start and the text just before it; headings, nesting, reflow, keys and spans have their own modules.

import { readMarking } from '../markings';
import { breaksOff, endsFullStop, isRedaction, isRule, isTitleLike } from '../text-tests';
import type { Block } from '../types';
import { draft, lastLineOf, type Range, toBlocks } from './drafts';
import { readInlineHeading } from './headings';
import { markInlineMarkings } from './inline-markings';
import { bodyLines, isBlankLine, type Line } from './lines';
import { readListMarker, runOnItemStart } from './lists';
import { opensParagraph, readNumberLabel, runTogetherStart } from './paragraph-starts';
import { closeQuote, noteRestart } from './quoted-numbering';
import { addHeading, takePlainHeading, takeRule } from './segment-headings';
import { acceptedSubLabel, inLetterRun, openItem, openSub } from './segment-nesting';
import {
  endedEarly,
  headOf,
  newState,
  prevEnds,
  push,
  type ScanMemo,
  type SegmentState,
  spill,
} from './segment-state';
import { tailLength } from './signature';
import { takeSignature } from './signature-block';
import { markSpans } from './spans';

/** The segmented body. */
export interface Segmented {
  blocks: Block[];
  /** Where each block's text stood in the body, parallel to `blocks`. */
  ranges: Range[];
  /** The signer's name, when the body ends with one. */
  signature: string | null;
}

/** Reads every line: rules and inline headings first, then content lines. */
function run(s: SegmentState): void {
  const { lines } = s.body;
  for (let i = 0; i < s.count; i++) {
    const line = lines[i] as Line;
    if (isBlankLine(line)) {
      s.blanks++;
      continue;
    }
    if (isRule(line.text)) i = takeRule(s, i);
    else {
      const title = readInlineHeading(line.text);
      if (title !== null) addHeading(s, [title], line.start, line.start + line.text.length, null, null);
      else if (s.carryLine === i && s.cur) append(s, line.text, s.carryFrom, line.start, i);
      else {
        append(s, line.text, content(s, line.text, 0, line.start, i), line.start, i);
        i = Math.max(i, s.resume);
      }
    }
    s.prevLength = (lines[i] as Line).size;
    s.blanks = 0;
  }
}

// Longer than any wrap the reader accepts (lines.ts): a line this long is a paragraph written on one line.
const WHOLE_LINE = 250;
const LONE_DASH = /^ *--? *$/;
const WORDS_NEXT = /^ *[A-Za-z]/;

// A label over a group of items is a line or a few title lines (bounded: asked for every dash line).
const GROUP_LABEL_LINES = 3;

/** True when the open block is a list item, or an unlabelled line alone or a few title lines. */
function itemOrGroupLabel(cur: SegmentState['cur']): boolean {
  if (cur?.kind === 'list-item') return true;
  if (cur?.kind !== 'text') return false;
  const { lines } = cur;
  return lines.length <= 1 || (lines.length <= GROUP_LABEL_LINES && lines.every((line) => isTitleLike(line)));
}

/**
 * A content line (or the rest of one, from `from`): opens a block or continues the current one. Returns where
 * the line's text for the open block starts, or -1 when the line is used up (a heading, a redaction).
 */
function content(s: SegmentState, text: string, from: number, start: number, i: number): number {
  const head = headOf(s, text, from, i);
  const last = lastLineOf(s.cur);
  const blankBefore = s.blanks > 0 || s.cur === null;
  const ended = prevEnds(s);
  const shortPrev = endedEarly(s, head);
  const num = readNumberLabel(head);
  if (num) closeQuote(s, num.number, last);
  const numberContext = {
    last: s.lastNum,
    prevEnds: ended,
    blankBefore,
    shortPrev,
    prevTitle: () => isTitleLike(last),
    cableMarks: s.numbered > 0 && s.marked * 2 > s.numbered,
    breaksOff: () => breaksOff(last),
    prevWhole: last.length > WHOLE_LINE,
  };
  if (num && opensParagraph(num, numberContext)) {
    const at = spill(s, text, from + num.length + num.markingLength, i);
    noteRestart(s, num.number);
    s.lastNum = num.number;
    s.numbered++;
    if (num.marking) s.marked++;
    s.runs = [];
    s.para = s.drafts.length;
    push(s, draft('paragraph', '', start + from, start + at, { label: num.written, marking: num.marking }));
    return at;
  }
  const sub = acceptedSubLabel(s, head, { prevEnds: ended, blankBefore, shortPrev, last });
  if (sub) return openSub(s, sub, text, head, from, start, i);
  // A dash at a line start opens an item after a blank line or a line ended early (the next word would have
  // fit); after a full line that ran on it is a dash inside a sentence (`...the U.S.` / `- and`). An item whose
  // last line happens to fill the width runs into the next: its text stays, only the split is lost.
  // `--` alone on its line after a blank, the item's words on the next line (a mirror broke the line there).
  if (blankBefore && LONE_DASH.test(head) && WORDS_NEXT.test(s.body.lines[i + 1]?.text ?? '')) {
    openItem(s, start + from, start + text.length);
    return text.length;
  }
  const list = readListMarker(head);
  // A single dash right after a line that broke off mid-sentence goes on with the sentence (`...IN PRINCIPLE` /
  // `- THOUGH NOT ITS DETAILS - AND...`), as old telegrams write it; not after an item (the run's next) or
  // an unlabelled line alone or title lines (`Ministry of Defence` / `- Name, title`: a group's label).
  const midSentence = list?.marker === '-' && !blankBefore && !ended && !itemOrGroupLabel(s.cur);
  if (list && (blankBefore || shortPrev) && !midSentence) {
    // `-- (C) Finance: ...`: an item opening with a portion marking is badged like a paragraph.
    const mark = readMarking(head.slice(list.length), { labelRun: inLetterRun(s) });
    const at = spill(s, text, from + list.length + (mark ? mark.length : 0), i);
    openItem(s, start + from, start + at, mark?.marking ?? null);
    return at;
  }
  // Slices of the line are bounded: a 1 MB line with many paragraphs run together is read in linear time.
  if ((blankBefore || ended) && text.length - from <= 80 && isRedaction(text.slice(from))) {
    push(
      s,
      draft('redaction', text.slice(from).trim(), start + from, start + text.length, { parent: s.para }),
    );
    s.cur = null;
    return -1;
  }
  if (blankBefore && from === 0 && takePlainHeading(s, head, i)) return -1;
  // A marking opens an unnumbered block after a blank line or a finished line ended early (any line ended
  // early, in text never wrapped), not inside a run of text.
  const unwrapped = !Number.isFinite(s.body.wrapWidth);
  const opensMarked = blankBefore || (shortPrev && (unwrapped || endsFullStop(last)));
  const mark = opensMarked ? readMarking(head, { labelRun: inLetterRun(s) }) : null;
  if (mark) {
    const at = spill(s, text, from + mark.length, i);
    push(s, draft('text', '', start + from, start + at, { marking: mark.marking, parent: s.para }));
    return at;
  }
  if (rosterEntry(s, last, head, text.length - from)) {
    s.rosterEntry = openItem(s, start + from, start + from);
    return from;
  }
  if (s.cur && continues(s, ended, last, head)) {
    if (s.blanks > 0) s.cur.runFrom = s.cur.lines.length;
    return from;
  }
  push(s, draft('text', '', start + from, start + from, { parent: s.para }));
  return from;
}

/**
 * Appends the line's text from `at` to the open block, splitting off paragraphs and items run into it. A loop,
 * not recursion: a line may hold thousands of them.
 */
function append(s: SegmentState, text: string, at: number, start: number, i: number): void {
  let pos = at;
  while (pos >= 0 && s.cur) {
    const paragraph = scan(s.paragraphScan, text, pos, s.lastNum, () =>
      runTogetherStart(text, pos, s.lastNum),
    );
    const item = scan(s.itemScan, text, pos, 0, () => runOnItemStart(text, pos));
    const split = item >= 0 && (paragraph < 0 || item < paragraph) ? item : paragraph;
    const end = split < 0 ? text.length : split;
    const piece = text.slice(pos, end).trim();
    if (piece.length > 0) s.cur.lines.push(piece);
    s.cur.end = start + end;
    if (split < 0) return;
    if (split === item) {
      const mark = readMarking(text.slice(end + 2, end + 140));
      const skip = end + 2 + (mark ? Math.min(mark.length, text.length - end - 2) : 0);
      openItem(s, start + end, start + skip, mark?.marking ?? null);
      pos = skip;
    } else {
      s.blanks = 0;
      pos = content(s, text, end, start, i);
    }
  }
}

/**
 * A scanner's answer from `pos`, remembered: the next hit found from an earlier position stays the next hit
 * (and "none" stays none) while the line and `key` are the same, so a long line is scanned once, not once per
 * piece cut from it.
 */
function scan(memo: ScanMemo, text: string, pos: number, key: number, find: () => number): number {
  if (memo.text === text && memo.key === key && pos >= memo.from && (memo.hit < 0 || pos <= memo.hit))
    return memo.hit;
  memo.text = text;
  memo.key = key;
  memo.from = pos;
  memo.hit = find();
  return memo.hit;
}

// `Participants:`, `U.S. Delegation:`, `Distribution:` ending a line: one name (and title) a line follows.
const ROSTER_LABEL =
  /(?:^|[.:;] |^[A-Z.]+ )(?:[A-Z][A-Za-z.]*(?: [A-Za-z.]+){0,3} )?(?:participants|attendees|delegation|distribution|present|in attendance)(?: list)?:$/i;

// A short line right under a list label, or right under the list's last entry, is the list's next entry: the
// names keep their lines instead of running into one sentence. Lists with a blank line between entries are
// already one block an entry; a line in lower case or opening a bracket goes on with its entry.
function rosterEntry(s: SegmentState, last: string, head: string, length: number): boolean {
  if (!s.cur || s.blanks > 0 || length > 80 || /^[a-z(]/.test(head.trimStart())) return false;
  if (s.cur === s.rosterEntry) return true;
  return s.cur.kind !== 'heading' && ROSTER_LABEL.test(last.trimEnd());
}

// A blank line closes a paragraph only after a sentence end; within a sentence it was the site's doing
// (`of the` / blank / `ministry`), as is a line that goes on in lower case.
function continues(s: SegmentState, ended: boolean, last: string, next: string): boolean {
  const kind = s.cur?.kind;
  if (kind === 'heading' || kind === 'redaction' || kind === 'signature') return false;
  if (s.blanks === 0) return true;
  if (ended) return false;
  // The SIPDIS tag that conversion pushed into a sentence, behind a blank line, belongs to that sentence.
  return /^(?:[a-z0-9(]|SIPDIS\b)/.test(next.trimStart()) || breaksOff(last);
}

/**
 * Segments a body into blocks. `body` is the cable text after its header, page breaks removed. Linear in the
 * body's length.
 */
export function segmentBody(body: string): Segmented {
  const lines = bodyLines(body);
  const count = lines.lines.length - tailLength(lines.lines);
  const state = newState(lines, count);
  run(state);
  const mixedCase = /[a-z]/.test(body.length > 20_000 ? body.slice(0, 20_000) : body);
  const signature = takeSignature(state.drafts, mixedCase, lines.wrapWidth);
  const { blocks, ranges } = toBlocks(state.drafts);
  markSpans(blocks);
  markInlineMarkings(blocks);
  return { blocks, ranges, signature };
}
