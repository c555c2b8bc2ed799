// Flattened text keeps page-break headers in mid-sentence (`...asked for a VALLETTA 00000321 002 OF 004 meeting
// with...`): finds them, decides which capitalised words before the serial are the origin, and cuts them out.
import { endsSentence } from '../text-tests';
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

/** A header found, before cutting: `glue` replaces the removed piece (nothing when absent). */
type Found = Omit<InlineCut, 'at'> & { glue?: string };

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
  const found: Found[] = [];
  let from = 0;
  // Whether `early` names an origin with a serial, asked once per pair however many headers repeat it.
  const named = new Map<string, boolean>();
  // A mixed-case header may cut its origin short (`Kuala lump` for `KUALA LUMPUR`): there the early line's
  // origin need only begin with the candidate, in any case.
  const namesEarly = (origin: string, serial: string, mixed: boolean): boolean => {
    const key = `${origin} ${serial}`;
    let found = named.get(key);
    if (found === undefined) {
      const tail = mixed ? '[A-Z]*' : '';
      found = new RegExp(
        `(?:^|[^A-Z])${escapeRe(origin)}${tail} 0*${serial}\\b(?! {1,2}\\d{3})`,
        mixed ? 'i' : '',
      ).test(early);
      named.set(key, found);
    }
    return found;
  };
  // A header's ` OF ` (or the mixed-case ` of `) stands between digits (`002 OF 004`); prose is passed over.
  const between = / (?:OF|of|Of) (?=\d)/g;
  for (let m = between.exec(text); m; m = between.exec(text)) {
    const of = m.index;
    const before = text.charCodeAt(of - 1);
    if (!(before >= 48 && before <= 57)) continue;
    const tail = inlineTailAt(text, of);
    if (!tail || tail.start < from) continue;
    const mixed = text.charCodeAt(of + 1) !== 79;
    const candidates = originCandidates(text, tail.start, mixed);
    if (candidates.length === 0) continue;
    const serial = String(Number.parseInt(tail.serial, 10));
    // The serial named elsewhere, not in another flattened header (`VALLETTA 000321` in the first line).
    const known = candidates.find((c) => origins.has(c) || namesEarly(c, serial, mixed));
    const origin = known ?? (candidates[candidates.length - 1] as string);
    const start = tail.start - origin.length;
    const header = text.slice(start, tail.end).trim();
    const cut = joinedAcross(text, start, tail.end) ?? { start, end: withOneSpace(text, start, tail.end) };
    found.push({ ...cut, text: header, page: tail.page, of: tail.total });
    from = cut.end;
    between.lastIndex = cut.end;
  }
  const old = oldInlineBreaks(text);
  if (found.length === 0 && old.length === 0) return { text, cuts: [] };
  return cutOut(text, old.length === 0 ? found : [...found, ...old].sort((a, b) => a.start - b.start));
}

/**
 * A header that opens a line after blank lines, the sentence before it unfinished (`...will go to` / blank /
 * `RABAT 00000123 002 OF 002 French companies...`): the blank lines go with it and one space joins the sentence.
 */
function joinedAcross(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; glue: string } | null {
  let s = start;
  while (s > 0 && text[s - 1] === ' ') s--;
  if (text[s - 1] !== '\n') return null;
  let before = s;
  while (before > 0 && (text[before - 1] === '\n' || text[before - 1] === ' ')) before--;
  if (before === 0 || endsSentence(text.slice(Math.max(0, before - 40), before))) return null;
  let after = end;
  while (text[after] === ' ') after++;
  if (after >= text.length || text[after] === '\n') return null;
  return { start: before, end: after, glue: ' ' };
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
function cutOut(text: string, found: Found[]): { text: string; cuts: InlineCut[] } {
  const cuts: InlineCut[] = [];
  const parts: string[] = [];
  let length = 0;
  let from = 0;
  for (const { glue = '', ...f } of found) {
    if (f.start < from) continue;
    parts.push(text.slice(from, f.start), glue);
    length += f.start - from + glue.length;
    cuts.push({ ...f, at: length });
    from = f.end;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), cuts };
}
