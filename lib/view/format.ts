// Words the header card shows for the pipeline's values: dates, addressee lists, safe link targets.
// Pure formatting; the values themselves come from lib/cable unchanged.
import { t, uiLocale } from '../i18n/t';
import { plainLongDate } from './long-date';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * A cable's date as the interface language writes dates (Intl's long form): `2006-05-30T09:09` -> `30 May 2006, 09:09` in
 * British English, `30. Mai 2006, 09:09` in German; the time stays the cable's 24-hour Zulu time. Anything else
 * (`OADR`, `10/10/2018`, an impossible month) is returned as written: a declassification instruction is not a date.
 */
export function formatDate(value: string): string {
  const m = ISO.exec(value.trim());
  if (!m) return value;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return value;
  const when = new Date(Date.UTC(year, month - 1, day));
  const locale = uiLocale();
  // Where the locale's long form is tabled, without Intl: its first formatter is the costliest step of a cold card.
  const date =
    plainLongDate(when, locale) ??
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(when);
  return m[4] ? `${date}${t('list_separator')}${m[4]}:${m[5]}` : date;
}

/** The URL when it is an absolute http(s) URL, else null: the view links nothing else. */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
