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
  /** The text's classification banner as written. */
  banner: string | null;
  /** Origin as the classification line writes it (`LA PAZ`). */
  origin: string | null;
}

// Office words a table's origin puts before the post (`Embassy La Paz`, `US Interests Section Havana`).
const OFFICE = /^(?:Embassy|Consulate|Mission|US Mission|USEU|US Interests Section|Iran RPO|US Office)\s+/i;

/** The disagreements between the page's table and the text; empty when either side is silent or they agree. */
export function findConflicts(page: PageMeta, text: TextFacts): Conflict[] {
  const out: Conflict[] = [];
  const pageId = page.id ? canonicalId(page.id) : null;
  if (pageId && text.id && pageId !== text.id) out.push({ field: 'id', page: pageId, text: text.id });
  const pageDay = page.date?.slice(0, 10);
  // The date-time group is UTC and the table's date may be local: a day's difference is the same moment.
  if (pageDay && text.date && Math.abs(Date.parse(pageDay) - Date.parse(text.date.slice(0, 10))) > 86_400_000)
    out.push({ field: 'date', page: page.date as string, text: text.date });
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
