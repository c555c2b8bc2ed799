// Where headings stand in the line stream: framed between rules, underlined by a rule, or alone between blank
// lines (one to three lines). Decides and records headings in the segmenter's state; shapes are headings.ts's.

import { readMarking } from '../markings';
import { endsFullStop, isRule, isTitleLike } from '../text-tests';
import type { Marking } from '../types';
import { type Draft, draft, lastLineOf } from './drafts';
import {
  isMarkerLine,
  isPlainHeading,
  isTitleLine,
  isUnderline,
  joinTitle,
  TITLE_MAX,
  TITLE_MAX_LINES,
} from './headings';
import { readSubLabel } from './labels';
import { isBlankLine, type Line } from './lines';
import { readNumberLabel } from './paragraph-starts';
import { HEAD, push, type SegmentState } from './segment-state';

/** A title line's roman part number and marking (`II. (S) Regional Security`), and where its text starts. */
// A framed title numbered as the cable's paragraphs are (`1. SUMMARY` between rules): the number is the
// paragraph's, kept as the heading's label.
const PARAGRAPH_NUMBER = /^[ \t]*(\d{1,2})\.[ \t]+(?=\S)/;

function titleParts(head: string): {
  label: string | null;
  number: number | null;
  marking: Marking | null;
  at: number;
} {
  const numbered = PARAGRAPH_NUMBER.exec(head);
  const roman = numbered ? null : readSubLabel(head);
  const label = roman && roman.style === 'ROMAN' ? roman : null;
  const at = numbered ? numbered[0].length : label ? label.length : 0;
  const mark = readMarking(head.slice(at));
  return {
    label: numbered ? (numbered[1] as string) : (label?.written ?? null),
    number: numbered ? Number(numbered[1]) : null,
    marking: mark?.marking ?? null,
    at: at + (mark ? mark.length : 0),
  };
}

/** Records a heading; it closes the numbered paragraph and any label runs. */
export function addHeading(
  s: SegmentState,
  lines: string[],
  start: number,
  end: number,
  marking: Marking | null,
  label: string | null,
): void {
  const d = push(s, draft('heading', '', start, end, { marking, label }));
  d.lines.push(...lines.map((l) => l.trim()));
  s.para = -1;
  s.runs = [];
}

/** A line with a blank (or the text's start) before it and a blank line after it, text following. */
export function standsAlone(s: SegmentState, i: number): boolean {
  const next = s.body.nextText[i] as number;
  if (next < 0 || next >= s.count || next === i + 1) return false;
  return !/^[a-z]/.test((s.body.lines[next] as Line).text.trimStart());
}

/**
 * End (exclusive) of the lines from `i` that may form a title between blank lines: the line alone, or two or
 * three short lines followed by a labelled paragraph (`Section B.  TRAVEL AND` / `LOGISTICS` / blank /
 * `9. (U) ...`); -1 when they cannot.
 */
function titleEnd(s: SegmentState, i: number): number {
  if (standsAlone(s, i)) return i + 1;
  const { lines, nextText } = s.body;
  let j = i + 1;
  while (j < s.count && j - i < 3 && !isBlankLine(lines[j]) && !isRule((lines[j] as Line).text)) j++;
  if (j >= s.count || !isBlankLine(lines[j])) return -1;
  const next = nextText[j - 1] as number;
  if (next < 0 || next >= s.count) return -1;
  const nextLine = (lines[next] as Line).text;
  const labelled =
    readNumberLabel(nextLine) !== null || readSubLabel(nextLine) !== null || readMarking(nextLine) !== null;
  return labelled ? j : -1;
}

/** Takes line `i` (and up to two more) as a plain heading between blank lines; false when they are no title. */
export function takePlainHeading(s: SegmentState, head: string, i: number): boolean {
  const end = titleEnd(s, i);
  if (end <= i) return false;
  const lines = s.body.lines.slice(i, end);
  const title = titleParts(head);
  const texts = lines.map((l) => l.text);
  texts[0] = (texts[0] as string).slice(title.at);
  if (!isPlainHeading(joinTitle(texts), end - i > 1 ? TITLE_MAX + 40 : TITLE_MAX)) return false;
  const first = lines[0] as Line;
  const last = lines[lines.length - 1] as Line;
  addHeading(s, texts, first.start, last.start + last.text.length, title.marking, title.label);
  s.resume = end - 1;
  return true;
}

/** A rule line: closes a framed title, underlines the title above it, or just separates. Returns the last line read. */
export function takeRule(s: SegmentState, i: number): number {
  const { lines } = s.body;
  const cur = s.cur;
  if (cur && s.blanks === 0 && isUnderline((lines[i] as Line).text) && underline(s, cur)) return i;
  let j = i + 1;
  const title: Line[] = [];
  while (j < s.count && title.length < TITLE_MAX_LINES && isTitleLine((lines[j] as Line).text)) {
    title.push(lines[j] as Line);
    j++;
  }
  if (title.length > 0 && j < s.count && isRule((lines[j] as Line).text)) {
    const first = title[0] as Line;
    const last = title[title.length - 1] as Line;
    const parts = titleParts(first.text.slice(0, HEAD));
    const texts = title.map((l) => l.text);
    texts[0] = first.text.slice(parts.at);
    addHeading(s, texts, first.start, last.start + last.text.length, parts.marking, parts.label);
    if (parts.number !== null && parts.number > s.lastNum) s.lastNum = parts.number;
    return j;
  }
  s.cur = null;
  return i;
}

// The run of lines right above a rule is its title when it is short; from a longer block only a last line
// that reads as a title is taken. A notice of several full sentences above a rule is text.
function underline(s: SegmentState, cur: Draft): boolean {
  const run = cur.lines.slice(cur.runFrom);
  if (run.length === 0) return false;
  const labelled = cur.kind !== 'text' && cur.kind !== 'heading';
  const titleRun =
    (run.length === 1 || !endsFullStop(run[run.length - 1] as string)) && !isMarkerLine(run[0] ?? '');
  if (!labelled && titleRun && run.length <= TITLE_MAX_LINES && run.every(isTitleLine)) {
    if (cur.runFrom === 0) {
      cur.kind = 'heading';
      mergeUnderlined(s, cur);
      return true;
    }
    cur.lines = cur.lines.slice(0, cur.runFrom);
    addHeading(s, run, cur.end, cur.end, null, null);
    return true;
  }
  const last = lastLineOf(cur);
  if (cur.lines.length > 1 && isTitleLine(last) && isTitleLike(last) && !isMarkerLine(last)) {
    cur.lines.pop();
    addHeading(s, [last], cur.end, cur.end, null, null);
    return true;
  }
  return false;
}

// A heading right under a heading, with no blank line between (a title underlined line by line), is one heading.
function mergeUnderlined(s: SegmentState, cur: Draft): void {
  cur.parent = -1;
  cur.depth = 0;
  const prev = s.drafts[s.drafts.length - 2];
  const adjacent = prev !== undefined && !/\n[ ]*\n/.test(s.body.text.slice(prev.end, cur.start));
  if (prev && prev.kind === 'heading' && adjacent && s.drafts.at(-1) === cur) {
    prev.lines.push(...cur.lines);
    prev.end = cur.end;
    s.drafts.pop();
    s.cur = prev;
  }
  s.para = -1;
  s.runs = [];
}
