// Removes every page-break header from a cable text and records it, rejoining the text on both sides: a break
// inside a paragraph leaves a plain line end, one between paragraphs a blank line. Does not segment the body.

import {
  isBannerLine,
  type PageBreakMatch,
  readPageBreakLine,
  trailingBannerLength,
} from './page-break-forms';
import { cutInlineBreaks } from './page-break-inline';
import { endsSentence, trimmedLength } from './text-tests';
import type { PageBreak } from './types';

/** A removed header, with where it stood in the input and where its gap is in the output. */
export interface FoundBreak extends PageBreak {
  /** Offset in the output text where the header's gap is (start of the text that followed it). */
  at: number;
}

export interface PageBreakResult {
  /** The text without page-break headers. */
  text: string;
  breaks: FoundBreak[];
}

interface HeaderLine {
  start: number;
  end: number;
  found: PageBreakMatch;
}

/** A piece of the output copied unchanged from the input, to map output offsets back. */
interface Copied {
  out: number;
  in: number;
  length: number;
}

// Page 1 of a later section repeats routing and section header lines up to its page 2 header.
const SECTION_REPEAT_LIMIT = 40;

const lineStartOf = (text: string, pos: number): number => text.lastIndexOf('\n', pos - 1) + 1;
const lineEndOf = (text: string, pos: number): number => {
  const i = text.indexOf('\n', pos);
  return i < 0 ? text.length : i;
};
const isBlankSpan = (text: string, start: number, end: number): boolean =>
  trimmedLength(text.slice(start, end)) === 0;

/** Header lines, found by jumping between ` OF ` and `PAGE ` occurrences rather than reading every line. */
function headerLines(text: string): HeaderLine[] {
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
  for (let k = text.indexOf(' OF '); k >= 0; k = text.indexOf(' OF ', k + 1)) k = test(k);
  for (let k = text.indexOf('PAGE '); k >= 0; k = text.indexOf('PAGE ', k + 1)) {
    if (isBlankSpan(text, lineStartOf(text, k), k)) k = test(k);
  }
  return out.sort((a, b) => a.start - b.start);
}

// The page break itself adds one blank line before the header and up to two after it (or none at all, in the
// one-line-per-paragraph style); any blank line beyond those was in the text and marks a paragraph end.
function needsBlank(before: string, blanksBefore: number, blanksAfter: number): boolean {
  if (blanksBefore === 0 && blanksAfter === 0) return false;
  const own = blanksBefore > 0 && blanksAfter > 0 ? 1 + Math.min(blanksAfter, 2) : 0;
  if (blanksBefore + blanksAfter > own) return true;
  return blanksAfter === 1 && endsSentence(before);
}

/**
 * Finds and removes page-break headers: whole-line forms (with the banners and repeated section headers of
 * old telegrams) and flattened forms in mid-sentence. Offsets refer to the input text. Linear: lines are
 * only looked at around a header.
 */
export function removePageBreaks(text: string): PageBreakResult {
  const headers = headerLines(text);
  if (headers.length === 0 && !text.includes(' OF ')) return { text, breaks: [] };
  const parts: string[] = [];
  const copied: Copied[] = [];
  const breaks: FoundBreak[] = [];
  const origins = new Set<string>();
  let outLength = 0;
  let cursor = 0;
  let lastLine = '';
  let carried: FoundBreak[] = [];
  let carry: { blanks: number } | null = null;
  // The glue last written, while no text has followed it: a header right after another one rewrites it.
  let glued: { index: number; blanksBefore: number; line: string; breaks: FoundBreak[] } | null = null;
  const copy = (start: number, end: number) => {
    if (end <= start) return;
    parts.push(text.slice(start, end));
    copied.push({ out: outLength, in: start, length: end - start });
    outLength += end - start;
    lastLine = text.slice(Math.max(start, lineStartOf(text, end)), end);
    glued = null;
  };
  for (let h = 0; h < headers.length; h++) {
    const { start, end, found } = headers[h] as HeaderLine;
    if (start < cursor) continue;
    const brk: FoundBreak = {
      text: found.text,
      page: found.page,
      of: found.of,
      offset: start + found.at,
      blockKey: null,
      at: 0,
    };
    const around: string[] = [];
    let keepEnd = start;
    let blanksBefore: number = carry ? carry.blanks : 0;
    if (!carry) {
      // Blank lines before the header go with it; `keepEnd` is where the kept text before it ends.
      while (keepEnd > cursor && isBlankSpan(text, lineStartOf(text, keepEnd - 1), keepEnd - 1)) {
        keepEnd = lineStartOf(text, keepEnd - 1);
        blanksBefore++;
      }
      keepEnd = keepEnd > cursor ? keepEnd - 1 : cursor;
      if (found.old) keepEnd = takeBanners(text, cursor, keepEnd, around);
    }
    carry = null;
    const next = headers[h + 1];
    if (
      found.old &&
      found.page === 1 &&
      (keepEnd > cursor || outLength > 0) &&
      next &&
      repeatsSection(text, end, next.start)
    ) {
      // The repeated routing and section header go with this break; the next page's header glues the text.
      if (found.rest) around.push(found.rest);
      for (const line of text.slice(end + 1, next.start).split('\n'))
        if (line.trim()) around.push(line.trim());
      brk.around = around;
      carried.push(brk);
      copy(cursor, keepEnd);
      carry = { blanks: blanksBefore };
      cursor = next.start;
      continue;
    }
    let resume = found.rest ? start + found.restAt : Math.min(text.length, end + 1);
    let blanksAfter = 0;
    if (!found.rest) {
      while (resume < text.length && isBlankSpan(text, resume, lineEndOf(text, resume))) {
        resume = Math.min(text.length, lineEndOf(text, resume) + 1);
        blanksAfter++;
      }
    }
    copy(cursor, keepEnd);
    const atEnd = !found.rest && resume >= text.length;
    const mine = [...carried, brk];
    if (glued && !atEnd) {
      // Two headers with only blank lines between: one gap, judged on the blank lines around both.
      const previous = parts[glued.index] as string;
      const glue = needsBlank(glued.line, glued.blanksBefore, blanksAfter) ? '\n\n' : '\n';
      parts[glued.index] = glue;
      outLength += glue.length - previous.length;
      for (const b of glued.breaks) b.at = outLength;
      glued.breaks.push(...mine);
    } else if (outLength > 0 && !atEnd) {
      const glue = needsBlank(lastLine, blanksBefore, blanksAfter) ? '\n\n' : '\n';
      parts.push(glue);
      outLength += glue.length;
      glued = { index: parts.length - 1, blanksBefore, line: lastLine, breaks: [...mine] };
    }
    if (around.length > 0) brk.around = around;
    for (const b of mine) {
      b.at = outLength;
      breaks.push(b);
    }
    carried = [];
    origins.add(
      found.text
        .replace(/^PAGE \d+ +/, '')
        .split(/ +\d/)[0]
        ?.trim() ?? '',
    );
    cursor = resume;
  }
  copy(cursor, text.length);
  for (const b of carried) breaks.push({ ...b, at: outLength });
  const lineText = parts.join('');
  return withInline(lineText, text, breaks, copied, origins);
}

/** True when only a few lines (the repeated header) stand between a section's page 1 header and its page 2. */
function repeatsSection(text: string, from: number, to: number): boolean {
  let lines = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) {
    if (++lines > SECTION_REPEAT_LIMIT) return false;
  }
  return true;
}

// Old telegrams print the classification at the foot and head of each page, on lines of their own or glued to
// the end of the last line of the page. Returns where the kept text now ends.
function takeBanners(text: string, cursor: number, keepEnd: number, around: string[]): number {
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

/** Cuts flattened headers out of the line pass's output, then fixes every break's offsets. */
function withInline(
  lineText: string,
  input: string,
  breaks: FoundBreak[],
  copied: Copied[],
  origins: Set<string>,
): PageBreakResult {
  const early = input.slice(0, 4000);
  const { text, cuts } = cutInlineBreaks(lineText, origins, early);
  if (cuts.length === 0) return { text, breaks };
  // Line breaks after a cut move back by what the cuts before them removed.
  let c = 0;
  let removed = 0;
  for (const b of breaks) {
    while (c < cuts.length && (cuts[c] as (typeof cuts)[number]).start < b.at) {
      const cut = cuts[c] as (typeof cuts)[number];
      removed += cut.end - cut.start;
      c++;
    }
    b.at -= removed;
  }
  let k = 0;
  for (const cut of cuts) {
    while (k + 1 < copied.length && (copied[k + 1] as Copied).out <= cut.start) k++;
    const piece = copied[k];
    const offset = piece && cut.start >= piece.out ? piece.in + (cut.start - piece.out) : cut.start;
    breaks.push({ text: cut.text, page: cut.page, of: cut.of, offset, blockKey: null, at: cut.at });
  }
  return { text, breaks: breaks.sort((a, b) => a.at - b.at || a.offset - b.offset) };
}
