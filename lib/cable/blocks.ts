// Segments a cable body (page breaks already removed) into blocks in order: numbered paragraphs, sub-paragraphs,
// list items, headings, redactions, the signature and other text. One pass over the lines, each decided from
// its own start and the text just before it; reflow, keys and spans are done by their own modules.
import { type Draft, draft, lastLineOf, type Range, toBlocks } from './drafts';
import {
  isPlainHeading,
  isTitleLine,
  isUnderline,
  joinTitle,
  readInlineHeading,
  TITLE_MAX,
  TITLE_MAX_LINES,
} from './headings';
import { type OpenRun, readSubLabel, type SubLabel } from './labels';
import { type BodyLines, bodyLines, isBlankLine, isShortLine, type Line } from './lines';
import { readListMarker, runOnItemStart } from './lists';
import { readMarking } from './markings';
import { opensParagraph, readNumberLabel, runTogetherStart } from './paragraph-starts';
import { isSignatureLine, splitGluedSignature, tailLength } from './signature';
import { markSpans } from './spans';
import {
  endsFullStop,
  endsSentence,
  indentOf,
  isRedaction,
  isRule,
  isTitleLike,
  trimmedLength,
} from './text-tests';
import type { Block, Marking } from './types';

/** The segmented body. */
export interface Segmented {
  blocks: Block[];
  /** Where each block's text stood in the body, parallel to `blocks`. */
  ranges: Range[];
  /** The signer's name, when the body ends with one. */
  signature: string | null;
}

interface Run extends OpenRun {
  index: number;
}

// Longest piece of a line handed to label and marking readers: they look only at a line's start.
const HEAD = 200;
/** A parenthesis opened near the line's start and not closed on it: a marking that may wrap onto the next line. */
function opensMarking(head: string): boolean {
  const open = head.indexOf('(');
  return open >= 0 && open < 60 && head.indexOf(')', open) < 0 && head.indexOf('(', open + 1) < 0;
}
// A line that breaks off on a comma, a hyphen or a small word goes on after a blank line (`...met on a` /
// blank / `Tuesday morning`).
const BREAKS_OFF =
  /(?:[,-]|\b(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|but|nor|as|that|than|this|these|those|his|her|its|their|our|your|is|are|was|were|be|been|will|would|shall|should|can|could|may|might|has|have|had|not|Mr\.|Mrs\.|Ms\.|Dr\.))$/i;

class Segmenter {
  readonly drafts: Draft[] = [];
  private cur: Draft | null = null;
  private blanks = 0;
  private lastNum = 0;
  private para = -1;
  private runs: Run[] = [];
  private marked = 0;
  private numbered = 0;

  private count = 0;
  /** Index of the last line a multi-line block consumed, so the main loop skips past it. */
  private resume = 0;
  /** Length of the last text line read (trimmed), for the "would the next word have fit" test. */
  private prevLength = 0;
  /** A line whose start a marking wrapped from the line before already took, and where its text resumes. */
  private carryLine = -1;
  private carryFrom = 0;

  constructor(private readonly body: BodyLines) {}

  run(count: number): void {
    this.count = count;
    const { lines } = this.body;
    for (let i = 0; i < count; i++) {
      const line = lines[i] as Line;
      if (isBlankLine(line)) {
        this.blanks++;
        continue;
      }
      if (isRule(line.text)) i = this.rule(i, count);
      else {
        const title = readInlineHeading(line.text);
        if (title !== null) this.heading([title], line.start, line.start + line.text.length, null, null);
        else if (this.carryLine === i && this.cur) {
          this.rest(line.text, this.carryFrom, line.start, i);
        } else {
          this.content(line.text, 0, line.start, i);
          i = Math.max(i, this.resume);
        }
      }
      this.prevLength = trimmedLength((lines[i] as Line).text);
      this.blanks = 0;
    }
    this.close();
  }

  /**
   * True when the line before ended early: the next line's first word would have fit on it, so the writer broke
   * the line on purpose (a paragraph or item ended), not the wrap. Text never wrapped always ends lines early.
   */
  private endedEarly(next: string): boolean {
    const width = this.body.wrapWidth;
    if (!Number.isFinite(width)) return true;
    const lead = indentOf(next);
    const space = next.indexOf(' ', lead);
    const word = (space < 0 ? next.length : space) - lead;
    return this.prevLength + 1 + word <= width;
  }

  private get prevEnds(): boolean {
    const cur = this.cur;
    if (!cur || cur.kind === 'heading' || cur.kind === 'redaction') return true;
    const last = lastLineOf(cur);
    return last === '' || endsSentence(last);
  }

  private close(): void {
    this.cur = null;
  }

  private push(d: Draft): Draft {
    this.drafts.push(d);
    this.cur = d;
    return d;
  }

  /**
   * The start of a line for label and marking readers; when a marking opened on it is closed only on the next
   * line (`4. (S//REL TO USA,` / `GBR) The...`), the next line's start comes along.
   */
  private headOf(text: string, from: number, i: number): string {
    const head = text.slice(from, from + HEAD);
    const next = this.body.lines[i + 1];
    if (from > 0 || !next || i + 1 >= this.count || !opensMarking(head)) return head;
    return `${head}\n${next.text.slice(0, 80)}`;
  }

  /** `at` past the line's end means a marking ran onto the next line: that line will start after it. */
  private spill(text: string, at: number, i: number): number {
    if (at <= text.length) return at;
    const next = this.body.lines[i + 1] as Line;
    this.carryLine = i + 1;
    this.carryFrom = Math.min(at - text.length - 1, next.text.length);
    return text.length;
  }

  /** A content line (or the rest of one, from `from`): opens a block or continues the current one. */
  private content(text: string, from: number, start: number, i: number): void {
    const head = this.headOf(text, from, i);
    const last = lastLineOf(this.cur);
    const blankBefore = this.blanks > 0 || this.cur === null;
    const prevEnds = this.prevEnds;
    const shortPrev = this.endedEarly(head);
    const num = readNumberLabel(head);
    if (
      num &&
      opensParagraph(num, {
        last: this.lastNum,
        prevEnds,
        blankBefore,
        shortPrev,
        prevTitle: () => isTitleLike(last),
        cableMarks: this.numbered > 0 && this.marked * 2 > this.numbered,
        breaksOff: BREAKS_OFF.test(last),
      })
    ) {
      const at = this.spill(text, from + num.length + num.markingLength, i);
      this.lastNum = num.number;
      this.numbered++;
      if (num.marking) this.marked++;
      this.runs = [];
      this.para = this.drafts.length;
      this.push(
        draft('paragraph', '', start + from, start + at, { label: num.written, marking: num.marking }),
      );
      this.rest(text, at, start, i);
      return;
    }
    const sub = this.subLabel(head, { prevEnds, blankBefore, shortPrev, last });
    if (sub) {
      this.openSub(sub, text, head, from, start, i);
      return;
    }
    const list = readListMarker(head);
    if (list && this.opensItem(blankBefore, shortPrev)) {
      const parent = this.itemParent();
      const depth = parent >= 0 ? Math.min(2, (this.drafts[parent] as Draft).depth + 1) : 0;
      this.push(draft('list-item', '', start + from, start + from + list.length, { depth, parent }));
      this.rest(text, from + list.length, start, i);
      return;
    }
    const body = text.slice(from);
    if ((blankBefore || prevEnds) && isRedaction(body)) {
      this.push(draft('redaction', body.trim(), start + from, start + text.length, { parent: this.para }));
      this.close();
      return;
    }
    if (blankBefore && from === 0) {
      const end = this.titleEnd(i);
      if (end > i) {
        const { lines } = this.body;
        const title = titleParts(head);
        const texts = lines.slice(i, end).map((l) => l.text);
        texts[0] = text.slice(title.at);
        if (isPlainHeading(joinTitle(texts), end - i > 1 ? TITLE_MAX + 40 : TITLE_MAX)) {
          const last = lines[end - 1] as Line;
          this.heading(texts, start, last.start + last.text.length, title.marking, title.label);
          this.resume = end - 1;
          return;
        }
      }
    }
    // A marking opens an unnumbered block after a blank line or a finished short line, not inside a run of text.
    const opensMarked = blankBefore || (endsFullStop(last) && shortPrev);
    const mark = opensMarked ? readMarking(head, { labelRun: this.inLetterRun() }) : null;
    const afterMark = mark ? this.spill(text, from + mark.length, i) : from;
    if (mark) {
      this.push(
        draft('text', '', start + from, start + afterMark, { marking: mark.marking, parent: this.para }),
      );
      this.rest(text, afterMark, start, i);
      return;
    }
    if (this.cur && this.continues(blankBefore, prevEnds, last, body)) {
      if (this.blanks > 0) this.cur.runFrom = this.cur.lines.length;
      this.rest(text, from, start, i);
      return;
    }
    this.push(draft('text', '', start + from, start + from, { parent: this.para }));
    this.rest(text, from, start, i);
  }

  /** Appends the line's text from `at` to the current block, splitting off paragraphs run into it. */
  private rest(text: string, at: number, start: number, i: number): void {
    const cur = this.cur as Draft;
    const paragraph = runTogetherStart(text, at, this.lastNum);
    const item = runOnItemStart(text, at);
    const split = item >= 0 && (paragraph < 0 || item < paragraph) ? item : paragraph;
    const end = split < 0 ? text.length : split;
    const piece = text.slice(at, end).trim();
    if (piece.length > 0) cur.lines.push(piece);
    cur.end = start + end;
    if (split >= 0 && split === item) {
      const parent = this.itemParent();
      const depth = parent >= 0 ? Math.min(2, (this.drafts[parent] as Draft).depth + 1) : 0;
      this.push(draft('list-item', '', start + end, start + end + 2, { depth, parent }));
      this.rest(text, end + 2, start, i);
    } else if (split >= 0) {
      this.blanks = 0;
      this.content(text, end, start, i);
    }
  }

  // A blank line closes a paragraph only after a sentence end; within a sentence it was the site's doing
  // (`of the` / blank / `ministry`), as is a line that goes on in lower case.
  private continues(blankBefore: boolean, prevEnds: boolean, last: string, next: string): boolean {
    const cur = this.cur as Draft;
    if (cur.kind === 'heading' || cur.kind === 'redaction' || cur.kind === 'signature') return false;
    if (!blankBefore || this.blanks === 0) return true;
    if (prevEnds) return false;
    return /^[a-z0-9(]/.test(next.trimStart()) || BREAKS_OFF.test(last);
  }

  private inLetterRun(): boolean {
    return this.runs.some((r) => r.style === 'paren-lower');
  }

  private subLabel(
    head: string,
    c: { prevEnds: boolean; blankBefore: boolean; shortPrev: boolean; last: string },
  ): SubLabel | null {
    const sub = readSubLabel(head, this.runs);
    if (!sub) return null;
    const continues = this.runs.some((r) => r.style === sub.style && r.ordinal + 1 === sub.ordinal);
    // A run goes on unless the line before breaks off mid-sentence (`...the talks with` / `B. Smith`).
    if (continues) return c.prevEnds || c.blankBefore || c.shortPrev || !/[a-z]$/.test(c.last) ? sub : null;
    // `(c)` or `(s)` outside a run of letters is a marking, not a label.
    if (sub.style === 'paren-lower' && sub.ordinal !== 1) return null;
    if (sub.ordinal === 1) return c.blankBefore || c.shortPrev ? sub : null;
    return c.prevEnds && c.blankBefore ? sub : null;
  }

  private openSub(sub: SubLabel, text: string, head: string, from: number, start: number, i: number): void {
    const at = this.runs.findIndex((r) => r.style === sub.style);
    if (at >= 0) this.runs = this.runs.slice(0, at);
    const up = this.runs[this.runs.length - 1];
    const parent = up ? up.index : this.para;
    const depth = parent >= 0 ? Math.min(2, (this.drafts[parent] as Draft).depth + 1) : 0;
    const mark = readMarking(head.slice(sub.length), { labelRun: sub.style === 'paren-lower' });
    const textAt = this.spill(text, from + sub.length + (mark ? mark.length : 0), i);
    const index = this.drafts.length;
    this.runs.push({ style: sub.style, ordinal: sub.ordinal, index });
    const kind = this.isRomanHeading(sub, text.slice(textAt), i) ? 'heading' : 'subparagraph';
    this.push(
      draft(kind, '', start + from, start + textAt, {
        label: sub.written,
        labelStyle: sub.style,
        marking: mark?.marking ?? null,
        depth: kind === 'heading' ? 0 : depth,
        parent: kind === 'heading' ? -1 : parent,
      }),
    );
    if (kind === 'heading') {
      (this.cur as Draft).lines.push(text.slice(textAt).trim());
      this.para = -1;
      this.runs = [];
      return;
    }
    this.rest(text, textAt, start, i);
  }

  // `II. (S) Regional Security` between blank lines titles a part of the cable.
  private isRomanHeading(sub: SubLabel, rest: string, i: number): boolean {
    return sub.style === 'ROMAN' && this.standsAlone(i) && isPlainHeading(rest);
  }

  // A dash at a line start opens an item after a blank line or a line ended early (the next word would have
  // fit); after a full line that ran on it is a dash inside a sentence (`...the U.S.` / `- and`). An item whose
  // last line happens to fill the width runs into the next: its text stays, only the split is lost.
  private opensItem(blankBefore: boolean, shortPrev: boolean): boolean {
    return blankBefore || shortPrev;
  }

  private itemParent(): number {
    const cur = this.cur;
    if (cur?.kind === 'list-item') return cur.parent;
    if (cur?.kind === 'subparagraph') return this.drafts.length - 1;
    const up = this.runs[this.runs.length - 1];
    return up ? up.index : this.para;
  }

  /**
   * End (exclusive) of the lines from `i` that may form a title between blank lines: the line alone, or two or
   * three short lines followed by a labelled paragraph (`Section B.  TRAVEL AND` / `LOGISTICS` / blank /
   * `9. (U) ...`); -1 when they cannot.
   */
  private titleEnd(i: number): number {
    if (this.standsAlone(i)) return i + 1;
    const { lines, nextText } = this.body;
    let j = i + 1;
    while (j < this.count && j - i < 3 && !isBlankLine(lines[j]) && !isRule((lines[j] as Line).text)) j++;
    if (j >= this.count || !isBlankLine(lines[j])) return -1;
    const next = nextText[j - 1] as number;
    if (next < 0 || next >= this.count) return -1;
    const nextLine = (lines[next] as Line).text;
    const labelled =
      readNumberLabel(nextLine) !== null || readSubLabel(nextLine) !== null || readMarking(nextLine) !== null;
    return labelled ? j : -1;
  }

  /** A line with a blank (or the text's start) before it and a blank line after it, text following. */
  private standsAlone(i: number): boolean {
    const { lines, nextText } = this.body;
    const next = nextText[i] as number;
    if (next < 0 || next >= this.count) return false;
    if (next === i + 1) return false;
    const nextLine = (lines[next] as Line).text.trimStart();
    return !/^[a-z]/.test(nextLine);
  }

  private heading(
    lines: string[],
    start: number,
    end: number,
    marking: Marking | null,
    label: string | null,
  ): void {
    this.push(draft('heading', '', start, end, { marking, label }));
    (this.cur as Draft).lines.push(...lines.map((l) => l.trim()));
    this.para = -1;
    this.runs = [];
  }

  /** A rule line: closes a framed title, underlines the title above it, or just separates. */
  private rule(i: number, count: number): number {
    const { lines } = this.body;
    const cur = this.cur;
    if (cur && this.blanks === 0 && isUnderline((lines[i] as Line).text) && this.underline(cur)) return i;
    let j = i + 1;
    const title: Line[] = [];
    while (j < count && title.length < TITLE_MAX_LINES && isTitleLine((lines[j] as Line).text)) {
      title.push(lines[j] as Line);
      j++;
    }
    if (title.length > 0 && j < count && isRule((lines[j] as Line).text)) {
      const first = title[0] as Line;
      const lastTitle = title[title.length - 1] as Line;
      const parts = titleParts(first.text.slice(0, HEAD));
      const texts = title.map((l) => l.text);
      texts[0] = first.text.slice(parts.at);
      this.heading(texts, first.start, lastTitle.start + lastTitle.text.length, parts.marking, parts.label);
      this.blanks = 0;
      return j;
    }
    this.close();
    return i;
  }

  // The run of lines right above a rule is its title when it is short; from a longer block only a last line
  // that reads as a title is taken.
  private underline(cur: Draft): boolean {
    const run = cur.lines.slice(cur.runFrom);
    const labelled = cur.kind !== 'text' && cur.kind !== 'heading';
    // A notice of several full sentences above a rule is text; a title runs on without a full stop.
    const titleRun = run.length === 1 || !endsFullStop(run[run.length - 1] as string);
    if (!labelled && titleRun && run.length <= TITLE_MAX_LINES && run.every(isTitleLine)) {
      if (cur.runFrom === 0) {
        cur.kind = 'heading';
        this.afterHeading(cur);
        return true;
      }
      cur.lines = cur.lines.slice(0, cur.runFrom);
      this.heading(run, cur.end, cur.end, null, null);
      return true;
    }
    const last = lastLineOf(cur);
    if (cur.lines.length > 1 && isTitleLine(last) && isTitleLike(last)) {
      cur.lines.pop();
      this.heading([last], cur.end, cur.end, null, null);
      return true;
    }
    return false;
  }

  private afterHeading(cur: Draft): void {
    cur.parent = -1;
    cur.depth = 0;
    // A heading right under a heading (a title underlined line by line) is one heading.
    const prev = this.drafts[this.drafts.length - 2];
    if (prev && prev.kind === 'heading' && prev.end <= cur.start && this.drafts.at(-1) === cur) {
      prev.lines.push(...cur.lines);
      prev.end = cur.end;
      this.drafts.pop();
      this.cur = prev;
    }
    this.para = -1;
    this.runs = [];
  }
}

/** A title line's roman part number and marking (`II. (S) Regional Security`), and where its text starts. */
function titleParts(head: string): { label: string | null; marking: Marking | null; at: number } {
  const roman = readSubLabel(head);
  const label = roman && roman.style === 'ROMAN' ? roman : null;
  const at = label ? label.length : 0;
  const mark = readMarking(head.slice(at));
  return { label: label?.written ?? null, marking: mark?.marking ?? null, at: at + (mark ? mark.length : 0) };
}

/**
 * Segments a body into blocks. `body` is the cable text after its header, page breaks removed. Linear in the
 * body's length.
 */
export function segmentBody(body: string): Segmented {
  const lines = bodyLines(body);
  const texts = lines.lines.map((l) => l.text);
  const count = lines.lines.length - tailLength(texts);
  const seg = new Segmenter(lines);
  seg.run(count);
  const mixedCase = /[a-z]/.test(body.length > 20_000 ? body.slice(0, 20_000) : body);
  const signature = takeSignature(seg.drafts, mixedCase, lines.wrapWidth);
  const { blocks, ranges } = toBlocks(seg.drafts);
  markSpans(blocks);
  return { blocks, ranges, signature };
}

/** Cuts the signer's name off the end of the drafts into a signature block; returns the name. */
function takeSignature(drafts: Draft[], mixedCase: boolean, width: number): string | null {
  const last = drafts[drafts.length - 1];
  if (!last || last.lines.length === 0) return null;
  const line = lastLineOf(last);
  const name = line.trim();
  if (isSignatureLine(name)) {
    const alone = last.lines.length === 1 && last.label === null && !last.marking;
    if (alone && drafts.length > 1 && (last.kind === 'text' || last.kind === 'heading')) {
      last.kind = 'signature';
      last.parent = -1;
      last.depth = 0;
      return name;
    }
    const prev = last.lines[last.lines.length - 2];
    // The name stands on its own line: after a blank line, a finished sentence, a short line, or in capitals
    // under mixed-case text.
    const ownLine =
      prev !== undefined &&
      !/\b[A-Z]\.$/.test(prev) &&
      (last.runFrom === last.lines.length - 1 ||
        endsSentence(prev) ||
        isShortLine(prev, width) ||
        (mixedCase && name === name.toUpperCase()));
    if (ownLine) {
      last.lines.pop();
      drafts.push(draft('signature', name, last.end - line.length, last.end));
      return name;
    }
  }
  const glued = splitGluedSignature(line);
  if (!glued) return null;
  last.lines[last.lines.length - 1] = glued[0];
  drafts.push(draft('signature', glued[1], last.end - glued[1].length, last.end));
  return glued[1];
}
