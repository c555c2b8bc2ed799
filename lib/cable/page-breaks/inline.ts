// Flattened text keeps page-break headers in mid-sentence (`...asked for a VALLETTA 00000321 002 OF 004 meeting
// with...`): finds them, decides which capitalised words before the serial are the origin, and cuts them out.
import { inlineTailAt, OLD_INLINE, originCandidates } from './forms';

/** A header cut out of a text: where it stood in that text, and what it said. */
export interface InlineCut {
  /** Start and end (exclusive) of the removed piece in the text given. */
  start: number;
  end: number;
  /** Where the text that followed starts in the result. */
  at: number;
  text: string;
  page: number;
  of: number | null;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes flattened page-break headers from `text`. The origin is the longest run of capitalised words before
 * the serial that is a known origin (`origins`, from line headers) or that `early` (the text's first lines, where
 * the classification line names origin and serial) writes with the same serial; else the one word before it.
 */
export function cutInlineBreaks(
  text: string,
  origins: ReadonlySet<string>,
  early: string,
): { text: string; cuts: InlineCut[] } {
  const found: Omit<InlineCut, 'at'>[] = [];
  let from = 0;
  // Whether `early` names an origin with a serial, asked once per pair however many headers repeat it.
  const named = new Map<string, boolean>();
  const namesEarly = (origin: string, serial: string): boolean => {
    const key = `${origin} ${serial}`;
    let found = named.get(key);
    if (found === undefined) {
      found = new RegExp(`(?:^|[^A-Z])${escapeRe(origin)} 0*${serial}\\b(?! {1,2}\\d{3})`).test(early);
      named.set(key, found);
    }
    return found;
  };
  for (let of = text.indexOf(' OF '); of >= 0; of = text.indexOf(' OF ', of + 4)) {
    // A header's ` OF ` stands between digits (`002 OF 004`); prose ` OF ` is passed over cheaply.
    const before = text.charCodeAt(of - 1);
    const after = text.charCodeAt(of + 4);
    if (!(before >= 48 && before <= 57 && after >= 48 && after <= 57)) continue;
    const tail = inlineTailAt(text, of);
    if (!tail || tail.start < from) continue;
    const candidates = originCandidates(text, tail.start);
    if (candidates.length === 0) continue;
    const serial = String(Number.parseInt(tail.serial, 10));
    // The serial named elsewhere, not in another flattened header (`VALLETTA 000321` in the first line).
    const known = candidates.find((c) => origins.has(c) || namesEarly(c, serial));
    const origin = known ?? (candidates[candidates.length - 1] as string);
    const start = tail.start - origin.length;
    const end = withOneSpace(text, start, tail.end);
    found.push({ start, end, text: text.slice(start, tail.end).trim(), page: tail.page, of: tail.total });
    from = end;
    of = end - 4;
  }
  const old = oldInlineBreaks(text);
  if (found.length === 0 && old.length === 0) return { text, cuts: [] };
  return cutOut(text, old.length === 0 ? found : [...found, ...old].sort((a, b) => a.start - b.start));
}

// One of the two spaces around a header goes with it, so the sentence reads on.
function withOneSpace(text: string, start: number, end: number): number {
  return text[end] === ' ' && text[start - 1] === ' ' ? end + 1 : end;
}

/** Old-style headers (`PAGE 02 MASERU 04411 121530Z`) that the line pass left inside a line of text. */
function oldInlineBreaks(text: string): Omit<InlineCut, 'at'>[] {
  const out: Omit<InlineCut, 'at'>[] = [];
  if (!text.includes('PAGE ')) return out;
  OLD_INLINE.lastIndex = 0;
  for (let m = OLD_INLINE.exec(text); m; m = OLD_INLINE.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    out.push({
      start,
      end: withOneSpace(text, start, end),
      text: text.slice(start, end),
      page: Number.parseInt(m[1] as string, 10),
      // `01 OF 03` in an old header counts sections, not pages: the page count is unknown.
      of: null,
    });
  }
  return out;
}

/** Removes the found headers (in order, overlaps skipped) and says where each stood in the result. */
function cutOut(text: string, found: Omit<InlineCut, 'at'>[]): { text: string; cuts: InlineCut[] } {
  const cuts: InlineCut[] = [];
  const parts: string[] = [];
  let length = 0;
  let from = 0;
  for (const f of found) {
    if (f.start < from) continue;
    parts.push(text.slice(from, f.start));
    length += f.start - from;
    cuts.push({ ...f, at: length });
    from = f.end;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), cuts };
}
