// Where a page's own table and the cable's text disagree on id, date, classification or origin: both kept, so a
// reader sees the disagreement instead of a silent pick. Compares written forms; decides nothing else.
import { classificationLevel } from '../markings';
import type { Conflict, PageMeta } from '../types';
import { canonicalId, postCode } from './ids';

/** What the text itself says, as read by the header. */
export interface TextFacts {
  id: string | null;
  /** ISO date (and time) of the routing header's date-time group. */
  date: string | null;
  /** ISO date (and time) of the date line some mirrors write above the text (`Friday, 26 October 2007, 02:25`). */
  lineDate: string | null;
  /** The text's classification banner as written. */
  banner: string | null;
  /** Origin as the classification line writes it (`LA PAZ`). */
  origin: string | null;
}

// Office words a table's origin puts before the post (`Embassy La Paz`, `US Interests Section Havana`).
const OFFICE = /^(?:Embassy|Consulate|Mission|US Mission|USEU|US Interests Section|Iran RPO|US Office)\s+/i;

/**
 * The date-time group is UTC and the table's date may be local: a day's difference is the same moment. On the
 * same day, two times written out (`06:06` against `06:43`) disagree.
 */
function datesDisagree(page: string, text: string): boolean {
  const days = Math.abs(Date.parse(page.slice(0, 10)) - Date.parse(text.slice(0, 10)));
  if (days > 86_400_000) return true;
  return days === 0 && page.length > 10 && text.length > 10 && page.slice(11, 16) !== text.slice(11, 16);
}

/** The disagreements between the page's table and the text; empty when either side is silent or they agree. */
export function findConflicts(page: PageMeta, text: TextFacts): Conflict[] {
  const out: Conflict[] = [];
  const pageId = page.id ? canonicalId(page.id) : null;
  if (pageId && text.id && pageId !== text.id) out.push({ field: 'id', page: pageId, text: text.id });
  for (const date of new Set([text.date, text.lineDate])) {
    if (page.date && date && datesDisagree(page.date, date))
      out.push({ field: 'date', page: page.date, text: date });
  }
  const pageLevel = page.classification ? classificationLevel(page.classification) : null;
  const textLevel = text.banner ? classificationLevel(text.banner) : null;
  if (pageLevel && textLevel && pageLevel !== textLevel)
    out.push({ field: 'classification', page: page.classification as string, text: text.banner as string });
  if (page.origin && text.origin) {
    const a = postCode(page.origin.replace(OFFICE, ''));
    const b = postCode(text.origin);
    if (a && b && a !== b && !a.endsWith(b) && !b.endsWith(a))
      out.push({ field: 'origin', page: page.origin, text: text.origin });
  }
  return out;
}
