// Input cleanup before any structure is read: line ends, invisible and odd space characters, the site's `¶`
// markers, CSV dumps. Keeps every visible character of the text otherwise; it never decides structure.
import { isCsvDump, readCsvRecord } from './csv-record';
import { splitGluedBanner } from './glued-banner';
import type { PageMeta, RawCableText } from './types';

/** The pipeline's input after cleanup: what readHeader and the body passes read. */
export interface NormalizedInput {
  /** The cable text, cleaned (offsets of page breaks refer to this text). */
  text: string;
  /** The routing header, when the site or the CSV record gave it apart. */
  headerText: string | null;
  /** Page metadata, completed from a CSV record's fields where the page had none. */
  pageMeta: PageMeta;
  /** True when the mirror's note that the record is a partial extract stood in the text (it is cut out). */
  partial?: true;
}

// The archive's note on records it holds only in part, sometimes glued to the header line that follows it.
const PARTIAL_NOTE =
  /This record is a partial extract of the original cable\.(?:[ \n]*The full text of the original cable is not available\.)?[ \n]*/i;

/** The text without the partial-extract note, and whether it held one. */
function withoutPartialNote(text: string): { text: string; partial: boolean } {
  const m = text.length > 0 && text.includes('partial extract') ? PARTIAL_NOTE.exec(text) : null;
  if (!m) return { text, partial: false };
  return { text: `${text.slice(0, m.index)}${text.slice(m.index + m[0].length)}`, partial: true };
}

const CRLF = /\r\n?/g;
// Rare characters, replaced in one pass: other line ends; zero-width characters, soft hyphens, BOMs and C0/C1
// controls (no text in them); tabs and other spaces (one space each). The control ranges are built from code
// points: matching them is this pattern's purpose.
const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
const CONTROLS = [
  [0x00, 0x08],
  [0x0e, 0x1f],
  [0x7f, 0x84],
  [0x86, 0x9f],
]
  .map(([from, to]) => `${hex(from as number)}-${hex(to as number)}`)
  .join('');
const RARE = new RegExp(
  `[\\u2028\\u2029\\f\\v\\u0085\\u200B-\\u200D\\u2060\\uFEFF\\u00AD${CONTROLS}\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]`,
);
const RARE_ALL = new RegExp(RARE.source, 'g');
const LINE_END_CHARS = '\u2028\u2029\f\v\u0085';
const SPACE_CHARS = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const rare = (c: string): string => (LINE_END_CHARS.includes(c) ? '\n' : SPACE_CHARS.test(c) ? ' ' : '');
// The Cablegate viewer's anchors: `¶` before a line (or, in flattened text, a sentence) that opens with
// `N. ` or `A. `. Any other `¶` is the writer's and stays.
const SITE_PILCROW = /\u00B6(?=[ ]{0,3}[0-9A-Za-z]{1,4}\.)/g;
// Anchored on a non-space before the run: a bare / +\n/ retries from every space of a long run (quadratic).
const TRAILING_SPACES = /(?<! ) +\n/g;

/**
 * Cleans one text: CRLF and other line ends to `\n`, tabs and no-break spaces to spaces, invisible characters
 * removed, the site's `¶` markers removed, trailing spaces dropped, a banner glued to an address line put on its
 * own line. Linear in the text's length.
 */
export function cleanText(text: string): string {
  // Each step first asks whether it has work: most texts hold no CR, no rare character, and so on.
  let s = text.includes('\r') ? text.replace(CRLF, '\n') : text;
  if (RARE.test(s)) s = s.replace(RARE_ALL, rare);
  if (s.includes('\u00B6')) s = s.replace(SITE_PILCROW, '');
  if (s.includes(' \n')) s = s.replace(TRAILING_SPACES, '\n');
  if (s.endsWith(' ')) s = s.trimEnd();
  return splitGluedBanner(s);
}

/**
 * Cleans a raw cable input. A CSV dump (cablemap style, `\` line ends) is unpacked first: its first record's
 * header and body become the input, its fields fill the page metadata the page did not give.
 */
export function normalizeInput(raw: RawCableText): NormalizedInput {
  let body = raw.bodyText.includes('\r') ? raw.bodyText.replace(CRLF, '\n') : raw.bodyText;
  let headerText = raw.headerText;
  let pageMeta: PageMeta = { ...raw.pageMeta };
  if (isCsvDump(body)) {
    const record = readCsvRecord(body);
    if (record) {
      body = record.bodyText;
      headerText = headerText ?? record.headerText;
      pageMeta = { ...record.pageMeta, ...pageMeta };
    }
  }
  const text = withoutPartialNote(cleanText(body));
  const header = headerText === null ? null : withoutPartialNote(cleanText(headerText));
  return {
    text: text.text.replace(/^\n+/, ''),
    headerText: header ? header.text : null,
    pageMeta,
    ...(text.partial || header?.partial ? { partial: true as const } : {}),
  };
}
