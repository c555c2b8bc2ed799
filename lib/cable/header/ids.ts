// The one rule for cable reference ids (bookmarks key on it): Cablegate form `08FOOBAR1147`, PlusD's own
// `1974FOOBAR02959` for the 1970s telegrams, repaired malformed ids, and ids formed from a cable's header lines.
// Knows nothing about pages or blocks; never guesses an origin or a year it was not given.

/** Which canonical form to build from a spaced reference (`FOOBAR 2959` + year). */
type IdStyle = 'cablegate' | 'plusd';

export interface IdOptions {
  /** Year for a reference written without one: `08`, `2008`, `1974`. */
  year?: string;
  /** Form for spaced references: Cablegate (default) or PlusD, as the citing cable's own id. */
  style?: IdStyle;
}

import {
  ID_PREFIX_WORDS,
  LINE_CAVEATS_SOURCE,
  PAGE_BREAK_SHAPES,
  POSTS,
  SPACED_ANY_CASE_SOURCE,
  SPACED_BANNER_SOURCE,
} from '../vocabulary';

// Compact ids: `08FOOBAR1147`, `08FOOBAR00001147`, `1974FOOBAR02959_b`, `08FOOBAR1147_a`.
const COMPACT = /^(\d{2}|(?:19|20)\d{2})([A-Z]{2,40})(\d{1,8})(?:_([AB])\d*)?$/;
// A site's mangled ids keep a section banner glued in: `08SCTION02OF02NEWTOWN335`.
const MANGLED_SECTION = /^(\d{2})S?E?C?T?I?O?N?\d{1,2}OF\d{1,2}([A-Z]{2,40})(\d{1,8})(?:_([AB])\d*)?$/;
// Spaced references: `06 FOOBAR 431`, `2005 FOOBAR 2155`, `NEW TOWN 906`, `FOOBAR 00001147`.
const SPACED =
  /^(?:(\d{2}|(?:19|20)\d{2})[ \t]+)?([A-Z][A-Z'.-]*(?:[ \t]+[A-Z][A-Z'.-]*){0,4})[ \t]+(\d{1,8})$/;

function twoDigitYear(year: string | undefined): string | null {
  if (!year) return null;
  const digits = year.trim();
  if (/^\d{2}$/.test(digits)) return digits;
  if (/^(?:19|20)\d{2}$/.test(digits)) return digits.slice(2);
  return null;
}

function fourDigitYear(year: string | undefined): string | null {
  if (!year) return null;
  const digits = year.trim();
  if (/^(?:19|20)\d{2}$/.test(digits)) return digits;
  // Cablegate spans 1966-2010: two-digit years from 66 on are 19xx.
  if (/^\d{2}$/.test(digits)) return `${Number(digits) >= 50 ? '19' : '20'}${digits}`;
  return null;
}

/**
 * The post an id names, from its written letters: the archive's glued prefixes (`EFTO`, `AMEMBASSY`) dropped,
 * aliases (`SECSTATE`, `HCMC`, `USUN NEW YORK`) to the post as ids spell it.
 */
export function postCode(letters: string): string | null {
  let joined = asciiUpper(letters).replace(/[^A-Z]/g, '');
  for (let known = POSTS.get(joined); !known; known = POSTS.get(joined)) {
    const prefix = ID_PREFIX_WORDS.find((p) => joined.startsWith(p) && joined.length >= p.length + 2);
    if (!prefix) break;
    joined = joined.slice(prefix.length);
  }
  if (joined.length < 2) return null;
  return POSTS.get(joined) ?? joined;
}

const origin = postCode;

function build(style: IdStyle, year: string, post: string, serial: string): string | null {
  const n = serial.replace(/^0+/, '');
  if (!n) return null;
  if (style === 'plusd') {
    // PlusD pads serials to five digits, the Department's (STATE) to six: `1973STATE012345`.
    const full = fourDigitYear(year);
    return full ? `${full}${post}${n.padStart(post === 'STATE' ? 6 : 5, '0')}` : null;
  }
  const short = twoDigitYear(year);
  return short ? `${short}${post}${n}` : null;
}

/**
 * The canonical reference id for any written form of it, or null when `raw` is not an id (or a spaced reference
 * lacks a year and `opts.year` gives none). Compact ids with a four-digit year, or a PlusD `_b` page name, are
 * PlusD's own canonical ids and stay in its form (`1974FOOBAR02959`); all others take the Cablegate form
 * (`08FOOBAR1147`: two-digit year, origin letters, serial without zero padding).
 */
export function canonicalId(raw: string, opts: IdOptions = {}): string | null {
  const text = asciiUpper(raw.trim());
  if (text.length === 0 || text.length > 80) return null;
  const compact = COMPACT.exec(text) ?? MANGLED_SECTION.exec(text);
  if (compact) {
    const [, year = '', letters = '', serial = '', site] = compact;
    const post = origin(letters);
    if (!post) return null;
    const plusd = site === 'B' || (site !== 'A' && year.length === 4);
    return build(plusd ? 'plusd' : 'cablegate', year, post, serial);
  }
  const spaced = SPACED.exec(text.replace(/\s+/g, ' '));
  if (!spaced) return null;
  const [, year, letters = '', serial = ''] = spaced;
  const post = origin(letters);
  const useYear = year ?? opts.year;
  if (!post || !useYear) return null;
  return build(opts.style ?? 'cablegate', useYear, post, serial);
}

/** True for PlusD's own canonical form (`1974FOOBAR02959`): four-digit year. */
export function isPlusdId(id: string): boolean {
  return /^(?:19|20)\d{2}[A-Z]/.test(id);
}

/** The four-digit year of a canonical id (`08FOOBAR1147` -> `2008`, `66FOO1` -> `1966`), or null. */
export function idYear(id: string): string | null {
  const m = /^(\d{4}|\d{2})[A-Z]/.exec(id);
  return m ? fourDigitYear(m[1]) : null;
}

/**
 * The id's page on WikiLeaks PlusD: `_a` for Cablegate ids, `_b` for PlusD's 1970s telegrams; null for anything
 * that is not a canonical id (stored or imported documents may carry any string, which must never become a path).
 */
export function plusdUrl(id: string): string | null {
  if (!/^(?:\d{2}|\d{4})[A-Z]+\d+$/.test(id)) return null;
  return `https://wikileaks.org/plusd/cables/${id}${isPlusdId(id) ? '_b' : '_a'}.html`;
}

// Full Unicode upper-casing turns look-alikes into Latin letters (long s -> S, dotless i -> I, eszett -> SS), so a
// crafted id could collide with a real one: only ASCII letters are upper-cased, anything else stays and fails.
function asciiUpper(text: string): string {
  return text.replace(/[a-z]+/g, (s) => s.toUpperCase());
}

/** A classification line split into its parts (`C O N F I D E N T I A L SECTION 01 OF 02 FOO 000195`). */
export interface ClassificationLine {
  /** The banner as written, whitespace-collapsed: `C O N F I D E N T I A L`, `UNCLAS`, `SECRET//NOFORN`. */
  banner: string;
  section: { section: number; of: number } | null;
  /** Origin as written, whitespace-collapsed: `LA PAZ`, `STATE`. */
  origin: string;
  /** Serial as written: `000195`. */
  serial: string;
  /** Characters consumed from the start of the line, trailing spaces included. */
  length: number;
}

// Spaced-letter banners (`C O N F I D E N T I A L`, `SS E C R E T`), word banners, optional caveats after them.
const CLASSIFICATION_LINE = new RegExp(
  `^[ \\t]*((?:${SPACED_BANNER_SOURCE})(?:(?:[ \\t]*\\/\\/?[ \\t]*|[ \\t]+)(?:${LINE_CAVEATS_SOURCE}))*)` +
    '(?:[ \\t]+SECTION[ \\t]+(\\d{1,2})[ \\t]+(?:OF|of)[ \\t]+(\\d{1,2}))?' +
    "[ \\t]+([A-Z][A-Z'.-]*(?:[ \\t][A-Z][A-Z'.-]*){0,4})[ \\t]+(\\d{2,8})\\b[ \\t]*",
);
// The archive's lower-cased copies (`S e c r e t section 01 of 02 foo 000123`): spaced banners only, as prose
// never spaces a word letter by letter.
const LOWER_CLASSIFICATION_LINE = new RegExp(
  `^[ \\t]*(${SPACED_ANY_CASE_SOURCE})(?:[ \\t]+section[ \\t]+(\\d{1,2})[ \\t]+of[ \\t]+(\\d{1,2}))?` +
    "[ \\t]+([A-Za-z][A-Za-z'.-]*(?:[ \\t][A-Za-z][A-Za-z'.-]*){0,4})[ \\t]+(\\d{2,8})\\b[ \\t]*",
  'i',
);

/** Reads the classification line at the start of `line`, or null when it does not start with one. */
export function parseClassificationLine(line: string): ClassificationLine | null {
  const head = line.length > 300 ? line.slice(0, 300) : line;
  const m = CLASSIFICATION_LINE.exec(head) ?? LOWER_CLASSIFICATION_LINE.exec(head);
  if (!m) return null;
  const [all, banner = '', section, of, post = '', serial = ''] = m;
  return {
    banner: banner.replace(/\s+/g, ' ').trim(),
    section: section && of ? { section: Number(section), of: Number(of) } : null,
    origin: asciiUpper(post.replace(/\s+/g, ' ')),
    serial,
    length: all.length,
  };
}

/** The canonical id named by a classification line (`... SECTION 01 OF 02 FOO 000195` + year `08`). */
export function idFromClassificationLine(line: string, opts: IdOptions): string | null {
  const parsed = parseClassificationLine(line);
  return parsed ? canonicalId(`${parsed.origin} ${parsed.serial}`, opts) : null;
}

// `FOO 00001147 002 OF 002`, `LA PAZ 00000906  001.2 OF 003`, `PAGE 02 FOO 06677 01 OF 03 291400Z`.
const PAGE_BREAK_ID = new RegExp(PAGE_BREAK_SHAPES.id);

/** The canonical id named by a page-break header, given the cable's year. */
export function idFromPageBreak(header: string, opts: IdOptions): string | null {
  const m = PAGE_BREAK_ID.exec(header.length > 200 ? header.slice(0, 200) : header);
  return m ? canonicalId(`${m[1]} ${m[2]}`, opts) : null;
}

/** True when `id` is already a canonical reference id: the one id rule for stored records, requests and files. */
export function isCanonicalId(id: string): boolean {
  return canonicalId(id) === id;
}
