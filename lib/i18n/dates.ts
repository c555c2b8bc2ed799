// Dates in lists (the bookmark list, the library table, a note's header), as the interface language writes them
// at medium length (`18 Jun 2008`, `18.06.2008`). Formatting only; the values stay as stored.
import { uiLocale } from './t';

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A stored date (`2008-06-18`, `2008-06-18T10:37`: the cable's own day, whatever the reader's time zone) or a
 * moment (milliseconds, read in the reader's zone), at medium length. Anything unreadable is returned as written.
 */
export function mediumDate(value: string | number): string {
  const format = (date: Date, timeZone?: string) =>
    new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(
      date,
    );
  if (typeof value === 'number') return Number.isFinite(value) ? format(new Date(value)) : String(value);
  const m = DAY.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3]) ? value : format(date, 'UTC');
}
