// Words the header card shows for the pipeline's values: dates, addressee lists, safe link targets.
// Pure formatting; the values themselves come from lib/cable unchanged.

/** English month names, as the card's dates and the citation styles write them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * `2006-05-30T09:09` -> `30 May 2006, 09:09`, `2013-09-08` -> `8 September 2013`. Anything else (`OADR`,
 * `10/10/2018`, an impossible month) is returned as written: a declassification instruction is not a date.
 */
export function formatDate(value: string): string {
  const m = ISO.exec(value.trim());
  if (!m) return value;
  const month = MONTHS[Number(m[2]) - 1];
  const day = Number(m[3]);
  if (!month || day < 1 || day > 31) return value;
  const date = `${day} ${month} ${m[1]}`;
  return m[4] ? `${date}, ${m[4]}:${m[5]}` : date;
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
