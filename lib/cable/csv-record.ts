// Unpacks a cablemap-style CSV dump (tab-separated fields, lines continued with a trailing `\`) into the first
// record's routing header, body and metadata. Knows the record layout only; it never looks inside the body.
import type { PageMeta } from './types';

/** One cable record of a CSV dump. */
export interface CsvRecord {
  /** The routing header field (`VZCZC...`), or null when the record has none. */
  headerText: string | null;
  /** The cable text field, continuation backslashes removed. */
  bodyText: string;
  /** Date, id, origin and classification from the record's fields. */
  pageMeta: PageMeta;
  /** How many records the dump holds (only the first is unpacked). */
  records: number;
}

// A record starts a line: optional row number, then `YYYY-MM-DD HH:MM:SS`, a tab and the reference id.
const RECORD_START = /^(?:\d{1,9}\t)?\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?\t[^\t\n]{2,40}\t/;
const RECORD_START_LINE = /\n(?:\d{1,9}\t)?\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?\t[^\t\n]{2,40}\t/g;
const CONTINUATION = /[ \t]*\\(?=\n|$)/g;
const ROUTING_START = /^\s*(?:VZCZC|R{2}|P{2}|O{2}|Z{2}|DE |FM )/;

/** True when the text is a CSV dump whose first line opens a record and whose lines end in `\`. */
export function isCsvDump(text: string): boolean {
  const head = text.trimStart().slice(0, 400);
  return RECORD_START.test(head) && text.slice(0, 20_000).includes('\\\n');
}

// Cablemap's cables.csv quotes fields that hold tabs or quotes: `"..."` with inner quotes doubled.
function unquote(field: string): string {
  const t = field.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
  return field;
}

/**
 * Splits a CSV dump into its first record's fields: `[row] date, id, origin, classification, references,
 * header, body`. Returns null when the fields are not there.
 */
export function readCsvRecord(text: string): CsvRecord | null {
  const trimmed = text.trimStart();
  if (!RECORD_START.test(trimmed)) return null;
  RECORD_START_LINE.lastIndex = 0;
  let records = 1;
  let firstEnd = -1;
  for (let m = RECORD_START_LINE.exec(trimmed); m; m = RECORD_START_LINE.exec(trimmed)) {
    if (firstEnd < 0) firstEnd = m.index;
    records++;
  }
  const record = (firstEnd < 0 ? trimmed : trimmed.slice(0, firstEnd)).replace(CONTINUATION, '').trimEnd();
  const fields = record.split('\t');
  if (/^\d{1,9}$/.test(fields[0] ?? '')) fields.shift();
  if (fields.length < 6) return null;
  const [date, id, origin, classification, , ...rest] = fields.map(unquote) as string[];
  // Header and body are the last two fields; a record without a routing header has only the body.
  const hasHeader = rest.length >= 2 && ROUTING_START.test(rest[0] ?? '');
  const headerText = hasHeader ? (rest[0] as string) : null;
  const bodyText = (hasHeader ? rest.slice(1) : rest).join('\t');
  const pageMeta: PageMeta = {};
  if (date) pageMeta.date = date.trim();
  if (id) pageMeta.id = id.trim();
  if (origin) pageMeta.origin = origin.trim();
  if (classification) pageMeta.classification = classification.trim();
  return { headerText, bodyText, pageMeta, records };
}

/**
 * Splits a CSV dump read in chunks into whole records (each a text `readCsvRecord` reads), so a dump of any size
 * is read with memory for one chunk and one record. `push` returns the records a chunk completed; `end` the last.
 */
export class CsvRecordSplitter {
  private buffer = '';
  private scanned = 0;

  push(chunk: string): string[] {
    this.buffer += chunk;
    const out: string[] = [];
    let start = 0;
    // A record start is a line start: scan from a little before the last look, in case a start straddled it.
    RECORD_START_LINE.lastIndex = Math.max(0, this.scanned - 80);
    for (let m = RECORD_START_LINE.exec(this.buffer); m; m = RECORD_START_LINE.exec(this.buffer)) {
      if (m.index <= start) continue;
      const record = this.buffer.slice(start, m.index);
      if (RECORD_START.test(record.trimStart())) out.push(record);
      start = m.index + 1;
    }
    this.buffer = this.buffer.slice(start);
    this.scanned = this.buffer.length;
    return out;
  }

  end(): string[] {
    const rest = this.buffer;
    this.buffer = '';
    return RECORD_START.test(rest.trimStart()) ? [rest] : [];
  }
}
