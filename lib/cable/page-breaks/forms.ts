// The written forms of page-break headers: the modern `VALLETTA 00000321 002 OF 004`, the old `PAGE 02 MASERU
// 04411 01 OF 02 121530Z`, and the flattened form in mid-sentence. Recognition only; removal is page-breaks.ts.
import { indentOf } from '../text-tests';
import { BANNER_WORDS_SOURCE, PAGE_ORIGIN_SOURCE, SPACED_BANNER_SOURCE } from '../vocabulary';

/** A page-break header read from a line or from inside a line. */
export interface PageBreakMatch {
  /** The header as written, without surrounding spaces. */
  text: string;
  page: number | null;
  of: number | null;
  /** True for the old `PAGE NN` form, which carries banners and repeated section headers around it. */
  old: boolean;
  /** Text after the header on the same line (old form only: body text may follow it). */
  rest: string;
  /** Where the header starts in the line, and where `rest` starts (the line's length when there is none). */
  at: number;
  restAt: number;
}

// Origins are one to five capitalised words (`LA PAZ`, `TEL AVIV`, `USUN NEW YORK`).
const ORIGIN = PAGE_ORIGIN_SOURCE;
// Other mirrors' conversions write the header in mixed case (`Oslo 00000123 014 of 014`, `Kuala lump ...`): a
// capital first, then any case, and `of` in lower case; the eight-digit serial keeps it from matching prose.
const MIXED_ORIGIN = "[A-Z][A-Za-z.'()/-]*(?: [A-Za-z][A-Za-z.'()/-]*){0,4}";
const MODERN_LINE = new RegExp(
  String.raw`^ *(${ORIGIN}) {1,3}(\d{5,8}) {1,3}(\d{3})(?:\.\d)? {1,3}OF {1,3}(\d{3}) *$`,
);
const MIXED_LINE = new RegExp(
  String.raw`^ *(${MIXED_ORIGIN}) {1,3}(\d{8}) {1,3}(\d{3})(?:\.\d)? {1,3}[Oo][Ff] {1,3}(\d{3}) *$`,
);
const OLD_HEAD = new RegExp(
  String.raw`^ *PAGE {1,4}(\d{2,3}) {1,10}(${ORIGIN}) {1,4}(\d{4,6})(?: {1,3}\d{2} {1,3}OF {1,3}\d{2})? {1,4}\d{6} ?Z(?= |$)`,
);
// The old form inside a line of text (flattened or run-on old telegrams): the date-time group ends it.
export const OLD_INLINE = new RegExp(
  String.raw`(?:^|(?<= ))PAGE {1,4}(\d{2,3}) {1,10}${ORIGIN} {1,4}\d{4,6}(?: {1,3}\d{2} {1,3}OF {1,3}\d{2})? {1,4}\d{6} ?Z(?= |$|[.,;:])`,
  'gm',
);
// PlusD header pages: `PAGE 01   STATE  123456` alone on its line.
const OLD_BARE_LINE = new RegExp(String.raw`^ *PAGE {1,4}(\d{2,3}) {1,10}(${ORIGIN}) {1,4}(\d{4,6}) *$`);
// The serial-and-page part of a flattened header (`00000321 002 OF 004`), read around its ` OF `.
const INLINE_BEFORE = / (\d{8}) {1,2}(\d{3})(?:\.\d)?$/;
const INLINE_AFTER = /^ (?:OF|of|Of) (\d{3})(?=[ \n]|$|[.,;:)])/;

/** The flattened header whose ` OF ` stands at `of` in `text`: where its serial starts, where it ends. */
export function inlineTailAt(
  text: string,
  of: number,
): { start: number; end: number; serial: string; page: number; total: number } | null {
  const before = INLINE_BEFORE.exec(text.slice(Math.max(0, of - 16), of));
  if (!before) return null;
  const after = INLINE_AFTER.exec(text.slice(of, of + 8));
  if (!after) return null;
  return {
    start: of - before[0].length,
    end: of + after[0].length,
    serial: before[1] as string,
    page: Number.parseInt(before[2] as string, 10),
    total: Number.parseInt(after[1] as string, 10),
  };
}

const num = (s: string | undefined): number | null => (s === undefined ? null : Number.parseInt(s, 10));

/** Reads a whole line as a page-break header, or returns null. */
export function readPageBreakLine(line: string): PageBreakMatch | null {
  // Cheap gate: every form has ` OF ` or starts with `PAGE`; most lines are rejected here.
  const at = indentOf(line);
  const whole = (old: boolean, page: number | null, of: number | null): PageBreakMatch => ({
    text: line.trim(),
    page,
    of,
    old,
    rest: '',
    at,
    restAt: line.length,
  });
  if (line.startsWith('PAGE ', at)) {
    // Old telegrams may run body text on after the header, on the same line.
    const old = OLD_HEAD.exec(line.slice(0, 160));
    if (old) {
      const after = line.slice(old[0].length);
      const rest = after.trim();
      const restAt = rest ? old[0].length + indentOf(after) : line.length;
      return { text: old[0].trim(), page: num(old[1]), of: null, old: true, rest, at, restAt };
    }
    const bare = line.length < 160 ? OLD_BARE_LINE.exec(line) : null;
    return bare ? whole(true, num(bare[1]), null) : null;
  }
  if (line.length > 200) return null;
  const modern = line.includes(' OF ') ? MODERN_LINE.exec(line) : MIXED_LINE.exec(line);
  return modern ? whole(false, num(modern[3]), num(modern[4])) : null;
}

const UPPER_WORD = /^[A-Z][A-Z.'()/-]*$/;
const MIXED_WORD = /^[A-Za-z][A-Za-z.'()/-]*$/;

/**
 * Candidate origins for a flattened header ending at `end` in `text`: the one to three capitalised words right
 * before it on the same line, longest first (`PROGRAM VALLETTA`, `VALLETTA`). A mixed-case header (`mixed`)
 * takes words of any case (`Kuala lump`), its first word capitalised.
 */
export function originCandidates(text: string, end: number, mixed = false): string[] {
  const from = Math.max(0, end - 80, text.lastIndexOf('\n', end - 1) + 1);
  const words = text.slice(from, end).split(' ');
  const word = mixed ? MIXED_WORD : UPPER_WORD;
  const out: string[] = [];
  const picked: string[] = [];
  for (let i = words.length - 1; i >= 0 && picked.length < 3; i--) {
    const w = words[i] as string;
    if (!word.test(w) || w.length < 2) break;
    picked.unshift(w);
    if (!mixed || (w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90)) out.unshift(picked.join(' '));
  }
  return out;
}

// Classification banners that old telegrams print at the foot and head of every page, plain or spaced.
const BANNER = new RegExp(
  String.raw`^ *(?:${BANNER_WORDS_SOURCE}|${SPACED_BANNER_SOURCE})(?: +[A-Z]{2,4}\d{3,6})? *$`,
);
const TRAILING_BANNER = new RegExp(String.raw` {2,}(?:${BANNER_WORDS_SOURCE}) *$`);

/** True for a line that is only a page banner (`CONFIDENTIAL`, `LIMITED OFFICIAL USE`, `CONFIDENTIAL ABC1234`). */
export function isBannerLine(line: string): boolean {
  return line.length < 60 && BANNER.test(line);
}

/** Length of a page banner glued to the end of a line (`...A  CONFIDENTIAL`), or 0. */
export function trailingBannerLength(line: string): number {
  const m = TRAILING_BANNER.exec(line);
  return m ? m[0].length : 0;
}
