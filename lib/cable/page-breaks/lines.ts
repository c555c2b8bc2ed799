// Finds the lines of a text that are page-break headers, and reads the lines around one: blank lines, the
// banners old telegrams print at a page's foot and head, a section's repeated header. Removal is page-breaks.ts's.

import { trimmedLength } from '../text-tests';
import { isBannerLine, type PageBreakMatch, readPageBreakLine, trailingBannerLength } from './forms';

/** A header on a line of its own, where that line starts and ends. */
export interface HeaderLine {
  start: number;
  end: number;
  found: PageBreakMatch;
}

// Page 1 of a later section repeats routing and section header lines up to its page 2 header.
const SECTION_REPEAT_LIMIT = 40;

/** Start of the line holding `pos`. */
export const lineStartOf = (text: string, pos: number): number => text.lastIndexOf('\n', pos - 1) + 1;
/** End of the line holding `pos` (its newline, or the text's end). */
export const lineEndOf = (text: string, pos: number): number => {
  const i = text.indexOf('\n', pos);
  return i < 0 ? text.length : i;
};
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** True when the text between two offsets holds only spaces. */
export const isBlankSpan = (text: string, start: number, end: number): boolean =>
  trimmedLength(text.slice(start, end)) === 0;

/** Header lines, found by jumping between ` OF ` and `PAGE ` occurrences rather than reading every line. */
export function headerLines(text: string): HeaderLine[] {
  const out: HeaderLine[] = [];
  const seen = new Set<number>();
  const test = (pos: number): number => {
    const start = lineStartOf(text, pos);
    const end = lineEndOf(text, pos);
    if (seen.has(start)) return end;
    seen.add(start);
    const found = readPageBreakLine(text.slice(start, end));
    if (found) out.push({ start, end, found });
    return end;
  };
  // Every header with ` OF ` has digits on both sides of it (`002 OF 004`, `01 OF 02`); prose has not.
  for (const of of [' OF ', ' of ']) {
    for (let k = text.indexOf(of); k >= 0; k = text.indexOf(of, k + 1)) {
      if (isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 4))) k = test(k);
    }
  }
  for (let k = text.indexOf('PAGE '); k >= 0; k = text.indexOf('PAGE ', k + 1)) {
    if (isBlankSpan(text, lineStartOf(text, k), k)) k = test(k);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when only a few lines (the repeated header) stand between a section's page 1 header and its page 2. */
export function repeatsSection(text: string, from: number, to: number): boolean {
  let lines = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) {
    if (++lines > SECTION_REPEAT_LIMIT) return false;
  }
  return true;
}

// Old telegrams print the classification at the foot and head of each page, on lines of their own or glued to
// the end of the last line of the page. Returns where the kept text now ends.
export function takeBanners(text: string, cursor: number, keepEnd: number, around: string[]): number {
  let end = keepEnd;
  for (;;) {
    const lineStart = Math.max(cursor, lineStartOf(text, end));
    if (end <= cursor || !isBannerLine(text.slice(lineStart, end))) break;
    around.unshift(text.slice(lineStart, end).trim());
    end = lineStart > cursor ? lineStart - 1 : cursor;
    while (end > cursor && isBlankSpan(text, lineStartOf(text, end), end)) {
      const s = lineStartOf(text, end);
      end = s > cursor ? s - 1 : cursor;
    }
  }
  const line = text.slice(Math.max(cursor, lineStartOf(text, end)), end);
  const glued = trailingBannerLength(line);
  if (glued > 0) {
    around.unshift(line.slice(-glued).trim());
    end -= glued;
  }
  return end;
}
