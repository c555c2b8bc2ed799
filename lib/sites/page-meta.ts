// Turns what a mirror page says about its cable (a site's table, synopsis or API fields) into PageMeta.
// Page metadata only: the cable text's own header is lib/cable's to read, and readHeader does the merging.
import { canonicalId } from '../cable/header/ids';
import type { PageMeta } from '../cable/types';

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/** Whitespace-collapsed value, or undefined for empty and "-- N/A or Blank --" style placeholders. */
export function cleanValue(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const value = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (value === '' || /^-*\s*n\/a\b/i.test(value) || /^-+\s*n\/a or blank\s*-+$/i.test(value))
    return undefined;
  return value;
}

/**
 * A page's date as ISO `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`: `2008-09-09 17:05`, `1974 May 17, 16:00 (Friday)`,
 * `Tue, 9 Sep 2008 17:05 UTC`. Undefined when no full date is there.
 */
export function isoDate(text: string | null | undefined): string | undefined {
  const value = cleanValue(text);
  if (!value) return undefined;
  const time = (hh?: string, mm?: string): string => (hh && mm ? `T${hh.padStart(2, '0')}:${mm}` : '');
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}${time(iso[4], iso[5])}`;
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(value)?.[1];
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.exec(value)?.[1];
  const day = /(?:^|[^\d:])(\d{1,2})(?![\d:])/.exec(value.replace(/\b\d{4}\b/g, ' '))?.[1];
  if (!year || !month || !day) return undefined;
  const clock = /\b(\d{1,2}):(\d{2})\b/.exec(value);
  const mm = MONTHS[month.toLowerCase()] as string;
  return `${year}-${mm}-${day.padStart(2, '0')}${time(clock?.[1], clock?.[2])}`;
}

/** Tags from a page's list, split on `separator`, deduplicated, in order. */
export function splitTags(text: string | null | undefined, separator: RegExp): string[] {
  const tags: string[] = [];
  for (const tag of (text ?? '').split(separator)) {
    const clean = cleanValue(tag);
    if (clean && !tags.includes(clean)) tags.push(clean);
  }
  return tags;
}

/** What a page says, as raw strings from its markup. */
export interface PageFields {
  id?: string | null;
  date?: string | null;
  classification?: string | null;
  origin?: string | null;
  subject?: string | null;
  tags?: string[];
  url?: string;
}

/**
 * Which source wins when the page and the text's own header disagree. lib/cable's readHeader applies the rule;
 * the adapters decide what the page says (and leave out what a site gets wrong), so the reasons sit here too.
 *
 * The page wins:
 * - id: the sites key their pages by it and bookmarks must match across mirrors; the text gives only origin and
 *   serial (`ZEMBLA 000123`) and never its year. Passed through canonicalId, so a malformed site id
 *   (`08SCTION02OF02FOO335`) is repaired the same way everywhere.
 * - date: the page's time stamp comes from the cable database; the text has at best a routing DTG with a
 *   two-digit year. An adapter passes only what its site prints right (the Cablegate viewer: the day only).
 * - origin: the database's name for the post (`Embassy Zembla`); the text has only FM lines.
 *
 * The text wins:
 * - classification: the banner is the cable's own marking, handling caveats included (`SECRET//NOFORN`); the
 *   page's value fills in where the banner cannot be read (mistyped, or cut off in a flattened text).
 * - subject: sites cut long subjects short or keep stray marking fragments (`S) PORT TALKS ...`); the page's is
 *   used only when the text has no SUBJECT line.
 * - tags: the TAGS line; the page's tag links or list fill in when it has none.
 *
 * Returns PageMeta from a page's fields: values cleaned, the id canonical, the date ISO, empty fields left out.
 */
export function pageMeta(fields: PageFields): PageMeta {
  const meta: PageMeta = {};
  const rawId = cleanValue(fields.id);
  const date = isoDate(fields.date);
  if (rawId) meta.id = canonicalId(rawId, date ? { year: date.slice(0, 4) } : {}) ?? rawId;
  if (date) meta.date = date;
  const classification = cleanValue(fields.classification);
  if (classification) meta.classification = classification.toUpperCase();
  const origin = cleanValue(fields.origin);
  if (origin) meta.origin = origin;
  const subject = cleanValue(fields.subject);
  if (subject) meta.subject = subject;
  if (fields.tags && fields.tags.length > 0) meta.tags = fields.tags;
  if (fields.url) meta.url = fields.url;
  return meta;
}
