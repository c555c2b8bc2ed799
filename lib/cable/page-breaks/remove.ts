// Removes every page-break header from a cable text and records it, rejoining the text on both sides: a break
// inside a paragraph leaves a plain line end, one between paragraphs a blank line. Does not segment the body.

import { endsSentence } from '../text-tests';
import type { PageBreak } from '../types';
import { isBannerLine } from './forms';
import { cutInlineBreaks } from './inline';
import {
  type HeaderLine,
  headerLines,
  isBlankSpan,
  lineEndOf,
  lineStartOf,
  repeatsSection,
  takeBanners,
} from './lines';
import { onlyFurnitureBetween, takeSectionHeader } from './section-header';

// Every header but the old PAGE form counts `002 OF 004` (or `002 of 004`): text without it has none.
const DIGITS_OF_DIGITS = /\d [Oo][Ff] \d/;

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

/** A piece of the output copied unchanged from the input, to map output offsets back. */
interface Copied {
  out: number;
  in: number;
  length: number;
}

// The page break itself adds one blank line before the header and up to two after it (or none at all, in the
// one-line-per-paragraph style); any blank line beyond those was in the text and marks a paragraph end.
const ownBlanks = (before: number, after: number): number =>
  before > 0 && after > 0 ? 1 + Math.min(after, 2) : 0;

/** Blank lines around one gap (several headers in a row add theirs up) and how many the headers brought. */
interface Gap {
  total: number;
  own: number;
  after: number;
  headers: number;
}

function needsBlank(before: string, gap: Gap): boolean {
  if (gap.total > gap.own) return true;
  return gap.total > 0 && gap.after === 1 && endsSentence(before);
}

/** Past the blank lines from `pos` (a line start): where the next line with text starts, and how many it skipped. */
function pastBlankLines(text: string, pos: number): { at: number; lines: number } {
  let at = pos;
  let lines = 0;
  while (at < text.length && isBlankSpan(text, at, lineEndOf(text, at))) {
    at = Math.min(text.length, lineEndOf(text, at) + 1);
    lines++;
  }
  return { at, lines };
}

/**
 * Finds and removes page-break headers: whole-line forms (with the banners and repeated section headers of
 * old telegrams) and flattened forms in mid-sentence. Offsets refer to the input text. Linear: lines are
 * only looked at around a header.
 */
export function removePageBreaks(text: string): PageBreakResult {
  const headers = headerLines(text);
  if (headers.length === 0 && !DIGITS_OF_DIGITS.test(text) && !text.includes('PAGE '))
    return { text, breaks: [] };
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
  let glued: { index: number; gap: Gap; line: string; breaks: FoundBreak[] } | null = null;
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
      // Old telegrams print the classification at each page's foot, on its own line or glued to the last line's
      // end; other mirrors' conversions centre it on a line of its own beside any header (only that is looked
      // for there: a modern cable's line ending in a banner word is text).
      if (found.old || isBannerLine(text.slice(Math.max(cursor, lineStartOf(text, keepEnd)), keepEnd)))
        keepEnd = takeBanners(text, cursor, keepEnd, around);
    }
    carry = null;
    // Text came before this header: at the top of the text its neighbours are the cable's own header lines.
    const textBefore = keepEnd > cursor || outLength > 0;
    const next = headers[h + 1];
    if (
      found.old &&
      found.page === 1 &&
      textBefore &&
      next &&
      repeatsSection(text, end, next.start) &&
      onlyFurnitureBetween(text, end, next.start)
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
      ({ at: resume, lines: blanksAfter } = pastBlankLines(text, resume));
      // The banner heading the new page goes with its header too (at the top of the text a lone banner is the
      // cable's own classification line).
      const bannerEnd = lineEndOf(text, resume);
      if (textBefore && resume < text.length && isBannerLine(text.slice(resume, bannerEnd))) {
        around.push(text.slice(resume, bannerEnd).trim());
        resume = pastBlankLines(text, Math.min(text.length, bannerEnd + 1)).at;
      }
      // A later section's first page repeats the routing block and header lines: they go with the break.
      if (found.old && found.page === 1 && textBefore) {
        const repeated = takeSectionHeader(text, resume, around);
        if (repeated.taken > 0) ({ resume, blanksAfter } = repeated);
      }
    }
    copy(cursor, keepEnd);
    const atEnd = !found.rest && resume >= text.length;
    const mine = [...carried, brk];
    if (glued && !atEnd) {
      // Headers with only blank lines between: one gap, judged on the blank lines around all of them, each
      // header bringing its own three (the lines between were counted after the first).
      const previous = parts[glued.index] as string;
      const gap = glued.gap;
      gap.headers++;
      gap.total += blanksAfter;
      gap.own = gap.total > 0 ? 3 * gap.headers : 0;
      gap.after = blanksAfter;
      const glue = needsBlank(glued.line, gap) ? '\n\n' : '\n';
      parts[glued.index] = glue;
      outLength += glue.length - previous.length;
      for (const b of glued.breaks) b.at = outLength;
      glued.breaks.push(...mine);
    } else if (outLength > 0 && !atEnd) {
      const gap: Gap = {
        total: blanksBefore + blanksAfter,
        own: ownBlanks(blanksBefore, blanksAfter),
        after: blanksAfter,
        headers: 1,
      };
      const glue = needsBlank(lastLine, gap) ? '\n\n' : '\n';
      parts.push(glue);
      outLength += glue.length;
      glued = { index: parts.length - 1, gap, line: lastLine, breaks: [...mine] };
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
  // Line breaks after a cut move back by what the cuts up to it removed (a cut's end less where its text
  // now resumes: the glue a cut may leave is counted in).
  let c = 0;
  let removed = 0;
  for (const b of breaks) {
    while (c < cuts.length && (cuts[c] as (typeof cuts)[number]).start < b.at) {
      const cut = cuts[c] as (typeof cuts)[number];
      removed = cut.end - cut.at;
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
