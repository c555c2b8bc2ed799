// Metadata that mirrors glue around a cable's text: the unknown-mirror line (`<ID> <date> <time>
// <CLASSIFICATION> <origin>`) before it, and the media-partner tail after the flattened style's last line.

import { BANNER_WORDS_SOURCE, CLOSING_LINE, METADATA_CAVEATS_SOURCE } from '../vocabulary';
import { canonicalId } from './ids';
import { tagCodes, usDate } from './lines';

export interface MetadataLine {
  id: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
  date: string;
  classification: string;
  origin: string;
}

const CLASSIFICATION = `(?:${BANNER_WORDS_SOURCE})(?://(?:${METADATA_CAVEATS_SOURCE}))*`;
const METADATA_LINE = new RegExp(
  `^[ \\t]*((?:19|20)?\\d{2}[A-Z]{2,40}\\d{1,8}(?:_[ab]\\d*)?)[ \\t]+((?:19|20)\\d{2}-\\d{2}-\\d{2})(?:[ \\t]+(\\d{2}:\\d{2})(?::\\d{2})?)?[ \\t]+(${CLASSIFICATION})[ \\t]+(\\S.{0,80}?)[ \\t]*$`,
);

/** Reads an unknown mirror's metadata line (`<ID> 2007-01-02 10:00:00 CONFIDENTIAL Embassy Foo`), or null. */
export function readMetadataLine(line: string): MetadataLine | null {
  const m = METADATA_LINE.exec(line.length > 300 ? line.slice(0, 300) : line);
  if (!m) return null;
  const [, raw = '', day = '', time, classification = '', origin = ''] = m;
  const id = canonicalId(raw);
  if (!id) return null;
  return { id, date: time ? `${day}T${time}` : day, classification, origin: origin.trim() };
}

export interface MetadataTail {
  /** The text before the tail, unchanged. */
  body: string;
  /** The tail as written, or null when the text has none. */
  tail: string | null;
  /** `YYYY-MM-DD` from the tail. */
  date: string | null;
  tags: string[];
  /** The capitals run after the tags (the subject), or null. */
  subject: string | null;
}

// `... End comment. NAME 0 01/02/2008 1234 PGOV,PREL,XX SUBJECT IN CAPITALS Summary text...`
// Starts only at the first blank of a run, so long runs of spaces cost linear time.
const TAIL =
  /(?<![ \t])[ \t]+\d{1,3}[ \t]+(\d{1,2}\/\d{1,2}\/\d{4})[ \t]+\d{1,7}[ \t]+([A-Z][A-Z0-9]{1,7}(?:,[A-Z][A-Z0-9]{1,7})+)[ \t]+(?=\S)/g;
const TAIL_WINDOW = 40_000;

/** Where the lines that only close the message (another mirror's `@@@OASYS@@@`, blank lines) begin at the end. */
function closingStart(text: string): number {
  let end = text.length;
  for (let n = 0; n < 12 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '' && !CLOSING_LINE.test(line)) break;
    end = Math.max(0, start - 1);
  }
  return end;
}

/**
 * Splits the metadata tail that media-partner versions glue to the end of a flattened cable (a count, a
 * `MM/DD/YYYY` date, a number, comma-joined TAGS, then subject and summary), before any closing lines. Looks only at
 * the text's end.
 */
export function splitMetadataTail(text: string): MetadataTail {
  const stop = closingStart(text);
  const from = Math.max(0, stop - TAIL_WINDOW);
  const scope = text.slice(from, stop);
  TAIL.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = TAIL.exec(scope); m; m = TAIL.exec(scope)) last = m;
  // The tail sits on the text's last line; a match followed by more lines is body text.
  if (!last || /\n[ \t]*\S/.test(scope.slice(last.index)))
    return { body: text, tail: null, date: null, tags: [], subject: null };
  const at = from + last.index;
  const tail = text.slice(at).trim();
  const after = text.slice(from + last.index + last[0].length, stop);
  const subject = /^[^a-z]*?(?=[ \t]+[A-Z][a-z]|$)/.exec(after)?.[0].trim() || null;
  return {
    body: text.slice(0, at),
    tail,
    date: usDate(last[1] as string),
    tags: tagCodes(last[2] as string),
    subject,
  };
}
