// The dates conversion tools write on a line of their own (`Tue Feb 19 00:00:00 +0100 1985`, `1985-02-19`,
// `1985-02-19T10:15:00Z`), as ISO. Reads one line; which line is a date is the caller's business.

import { WEEKDAYS_SOURCE } from '../vocabulary';
import { isoDate, monthNumber } from './lines';

const ZONE = String.raw`((?:GMT|UTC)?[+-]\d{2}:?\d{2}|GMT|UTC|Z|[A-Z]{3,4})`;
const ISO_DATE = new RegExp(
  String.raw`^((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?:[ \t]*${ZONE})?)?$`,
);
// `Tue Feb 19 00:00:00 +0100 1985` (Ruby's and C's form) and `Tue Feb 19 1985 00:00:00 GMT+0100 (CET)` (a
// browser's): a weekday, month and day, then a year and a clock in either order, with a zone or none.
const CLOCK = String.raw`(\d{2}):(\d{2})(?::\d{2})?(?:[ \t]+${ZONE})?`;
const WRITTEN_DATE = new RegExp(
  String.raw`^${WEEKDAYS_SOURCE},?[ \t]+([A-Z][a-z]{2,8})[ \t]+(\d{1,2}),?` +
    String.raw`(?:[ \t]+${CLOCK}[ \t]+((?:19|20)\d{2})|[ \t]+((?:19|20)\d{2})(?:[ \t]+${CLOCK})?)(?:[ \t]+\([^)]{1,60}\))?$`,
);
const OFFSET = /([+-])(\d{2}):?(\d{2})$/;

/**
 * A day and the clock written with it. Midnight is a day the tool stored as its own midnight: the day as written.
 * Another clock with an offset is given in UTC, as the cables' own times are; a zone named by letters only
 * (`CET`) cannot be turned into UTC, so the day alone.
 */
function atClock(day: string | null, hh?: string, mm?: string, zone?: string): string | null {
  if (!day || !hh || !mm || (hh === '00' && mm === '00')) return day;
  if (Number(hh) > 23 || Number(mm) > 59) return null;
  const offset = zone ? OFFSET.exec(zone) : null;
  if (!offset) return !zone || /^(?:GMT|UTC|Z)$/.test(zone) ? `${day}T${hh}:${mm}` : day;
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  const utc = new Date(Date.parse(`${day}T${hh}:${mm}:00Z`) - minutes * 60_000).toISOString();
  return `${utc.slice(0, 10)}T${utc.slice(11, 16)}`;
}

/** A date written alone on a line, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, or null. */
export function writtenDate(line: string): string | null {
  const text = line.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const day = isoDate(iso[1] as string, iso[2] as string, iso[3] as string);
    return atClock(day, iso[4], iso[5], iso[6]);
  }
  const m = WRITTEN_DATE.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1] as string);
  const day = month ? isoDate((m[6] ?? m[7]) as string, month, m[2] as string) : null;
  // Clock and zone: before the year (groups 3-5) or after it (8-10).
  return m[3] ? atClock(day, m[3], m[4], m[5]) : atClock(day, m[8], m[9], m[10]);
}
