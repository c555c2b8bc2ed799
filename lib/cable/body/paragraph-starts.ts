// Paragraph numbers: reads `4. `, `1.(U)`, `6.Request` at a line start or run together after a sentence, and
// decides whether a number is a paragraph or text (a date, a year, a resolution number) from its context.
import { readMarking } from '../markings';
import { indentOf } from '../text-tests';
import type { Marking } from '../types';

/** A paragraph number read at the start of a line. */
export interface NumberLabel {
  number: number;
  /** The label as written (`4`). */
  written: string;
  /** Characters taken by the label, its dot and the spaces after it. */
  length: number;
  /** The marking right after the label (`(SBU)`, lower-case `(c)` included), or null. */
  marking: Marking | null;
  markingLength: number;
}

// A number of one to three digits and a dot that is not a decimal point (`12.5`, `3.1 million` are not labels),
// then a space, a parenthesis, a capital or the line's end (`1.(U)`, `6.Request` in flattened text). A comma
// typed for the dot (`7, (C)`) counts only before a marking.
const NUMBER_LABEL = /^ *(\d{1,3}) ?(?:\.(?![\d.])(?= |\(|[A-Z"\u201C]|$)|,(?= ?\()) */;

const STRAY_STOP = /^[.:] +/;

/** Reads a paragraph number at the start of a line (with the marking after it), or null. */
export function readNumberLabel(line: string): NumberLabel | null {
  const first = line.charCodeAt(indentOf(line));
  if (!(first >= 48 && first <= 57)) return null;
  const m = NUMBER_LABEL.exec(line);
  if (!m) return null;
  const written = m[1] as string;
  const mark = readMarking(line.slice(m[0].length, m[0].length + 130), { lowercaseC: true });
  if (m[0].includes(',') && !mark) return null;
  // A stop typed after the marking (`7. (C). The...`) is the label's, not the text's.
  const stray = mark
    ? STRAY_STOP.exec(line.slice(m[0].length + mark.length, m[0].length + mark.length + 4))
    : null;
  return {
    number: Number.parseInt(written, 10),
    written,
    length: m[0].length,
    marking: mark ? mark.marking : null,
    markingLength: mark ? mark.length + (stray ? stray[0].length : 0) : 0,
  };
}

/** What is known around a candidate number when deciding whether it opens a paragraph. */
export interface NumberContext {
  /** The last accepted paragraph number, 0 before the first. */
  last: number;
  /** The text before ends a sentence, or is a heading, or there is no text before. */
  prevEnds: boolean;
  /** A blank line stands between the text before and the number. */
  blankBefore: boolean;
  /** The line before is much shorter than the text's wrap width (so it ended a paragraph or list). */
  shortPrev: boolean;
  /** The line before reads as a title (a contents entry or a heading); asked only for a restart at 1. */
  prevTitle: () => boolean;
  /** Most paragraphs so far carry a portion marking. */
  cableMarks: boolean;
  /** The line before breaks off mid-phrase (on a comma, a hyphen or a small word like `the`, `on`). */
  breaksOff: () => boolean;
  /** The line before is longer than any wrap (a whole paragraph on one line), so the line break was a writer's. */
  prevWhole: boolean;
}

// How far forward a number may skip after a sentence end (real cables skip a number or two, not twenty).
const MAX_SKIP = 12;

/**
 * Whether a number at a line start opens a paragraph. The rule of the cables: a number that does not continue
 * the sequence, after a line that does not end a sentence, is text (`...on March` / `12. The`). A number after a
 * sentence end may repeat the last one, skip ahead a little, or restart at 1.
 */
export function opensParagraph(label: NumberLabel, c: NumberContext): boolean {
  const n = label.number;
  if (n < 1) return false;
  const marked = label.marking !== null;
  if (n === c.last + 1) {
    if (c.prevEnds || marked || c.last === 0) return true;
    if (c.blankBefore) return !c.cableMarks || !c.breaksOff();
    return !c.cableMarks && c.shortPrev;
  }
  // After a paragraph written as one line that ends on no stop (`... See Harare 885`), a number a little ahead
  // opens the next: no wrap put it at the line start.
  if (!c.prevEnds && c.prevWhole && n > c.last && n <= c.last + MAX_SKIP) return true;
  if (!c.prevEnds) return n === 1 && c.blankBefore && (marked || c.prevTitle());
  if (c.last === 0) return n <= 60 && (marked || c.blankBefore);
  if (n === 1) return c.blankBefore || marked;
  if (n === c.last) return marked || (c.blankBefore && !c.cableMarks);
  if (n > c.last && n <= c.last + MAX_SKIP) return marked || c.blankBefore || !c.cableMarks;
  return false;
}

// `...next steps. 3. (C) The...`: a sentence end, spaces, a number and a dot, then a marking.
const RUN_TOGETHER = /[.!?]["'\u201D)]* {1,4}(\d{1,3}) ?\.(?![\d.]) {0,3}(?=\()/g;

/**
 * Where a paragraph run into the line's text (searched from `from`) starts (`...next steps. 3. (C) The...`), or
 * -1. Only the next
 * number of the sequence with a marking after it counts: anything less could be a sentence about numbers.
 */
export function runTogetherStart(line: string, from: number, last: number): number {
  // Only a marking after the number counts, so a line without a parenthesis has none.
  if (line.length - from < 8 || line.indexOf('(', from) < 0) return -1;
  RUN_TOGETHER.lastIndex = from;
  for (let m = RUN_TOGETHER.exec(line); m; m = RUN_TOGETHER.exec(line)) {
    const n = Number.parseInt(m[1] as string, 10);
    if (n !== last + 1) continue;
    const at = m.index + m[0].length;
    if (readMarking(line.slice(at, at + 130))) return m.index + m[0].indexOf(m[1] as string);
  }
  return -1;
}
