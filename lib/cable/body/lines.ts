// The body as lines with their offsets, plus the facts the segmenter asks of them: blank runs, the next text
// line, and the text's wrap width. Computed once, in linear time; no structure is decided here.
import { trimmedLength } from '../text-tests';

/** One line of the body: its text, where it starts, and its length without leading and trailing spaces. */
export interface Line {
  text: string;
  start: number;
  size: number;
}

export interface BodyLines {
  /** The body text the lines were cut from. */
  text: string;
  lines: Line[];
  /** For each line, the index of the next non-blank line after it, or -1. */
  nextText: Int32Array;
  /**
   * Width the text was hard-wrapped at (a high percentile of the lengths of lines that run on), or Infinity for
   * text with one long line per paragraph. A line much shorter than this ended its paragraph or list item.
   */
  wrapWidth: number;
}

/** Splits the body into lines and precomputes lookahead and wrap width. */
export function bodyLines(body: string): BodyLines {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= body.length) {
    const nl = body.indexOf('\n', pos);
    const end = nl < 0 ? body.length : nl;
    const text = body.slice(pos, end);
    lines.push({ text, start: pos, size: trimmedLength(text) });
    if (nl < 0) break;
    pos = nl + 1;
  }
  const nextText = new Int32Array(lines.length);
  let next = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    nextText[i] = next;
    if ((lines[i] as Line).size > 0) next = i;
  }
  return { text: body, lines, nextText, wrapWidth: wrapWidth(lines) };
}

// Lengths are bucketed up to this; longer lines count as "long".
const LONG = 400;
const MIN_WIDTH = 36;

// The wrap width is read from the lines a wrap broke: those followed by more text. Their 90th percentile is a
// slight underestimate, which only makes "ended early" stricter; a few overlong lines cannot inflate it.
function wrapWidth(lines: readonly Line[]): number {
  const all = new Uint32Array(LONG + 1);
  const wrapped = new Uint32Array(LONG + 1);
  let total = 0;
  let totalWrapped = 0;
  for (let i = 0; i < lines.length; i++) {
    const n = (lines[i] as Line).size;
    if (n === 0) continue;
    const bucket = Math.min(n, LONG);
    all[bucket] = (all[bucket] as number) + 1;
    total++;
    const next = lines[i + 1];
    if (next && next.size > 0) {
      wrapped[bucket] = (wrapped[bucket] as number) + 1;
      totalWrapped++;
    }
  }
  if (total === 0) return Number.POSITIVE_INFINITY;
  // A few lines running on tell nothing about a wrap: such short texts end their lines on purpose.
  if (totalWrapped < 3) return Number.POSITIVE_INFINITY;
  // Hard-wrapped text has its run-on lines close to the width, and no cable was wrapped narrower than
  // MIN_WIDTH; text with one line per paragraph has only list items and header lines running on, of any length.
  const width = percentile(wrapped, totalWrapped, 0.9);
  if (width < MIN_WIDTH || width > 250) return Number.POSITIVE_INFINITY;
  if (atLeast(wrapped, Math.floor(width * 0.6)) < totalWrapped * 0.6) return Number.POSITIVE_INFINITY;
  return width;
}

function atLeast(counts: Uint32Array, min: number): number {
  let n = 0;
  for (let i = min; i <= LONG; i++) n += counts[i] as number;
  return n;
}

function percentile(counts: Uint32Array, total: number, p: number): number {
  let seen = 0;
  for (let n = 0; n <= LONG; n++) {
    seen += counts[n] as number;
    if (seen >= total * p) return n;
  }
  return LONG;
}

/** True when a line is blank (spaces only) or missing. */
export function isBlankLine(line: Line | undefined): boolean {
  return line === undefined || line.size === 0;
}

/** True when a line is much shorter than the wrap width: the writer ended it, the wrap did not. */
export function isShortLine(text: string, width: number): boolean {
  return !Number.isFinite(width) || trimmedLength(text) < width * 0.7;
}
