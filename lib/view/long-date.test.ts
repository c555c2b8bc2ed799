import { describe, expect, it } from 'vitest';
import { PLAIN_DATE_LOCALES, plainLongDate } from './long-date';

/** Every day of a leap year and a common one, at both ends of the years cables carry. */
function days(): Date[] {
  const out: Date[] = [];
  for (const year of [1966, 2008, 2010]) {
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) out.push(new Date(t));
  }
  return out;
}

const intl = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('plainLongDate', () => {
  it.each(PLAIN_DATE_LOCALES)('writes every day as Intl writes it in %s', (locale) => {
    const format = intl(locale);
    const wrong = days().filter((day) => plainLongDate(day, locale) !== format.format(day));
    expect(wrong.map((day) => `${format.format(day)} / ${plainLongDate(day, locale)}`)).toEqual([]);
  });

  it('tables the interface languages and leaves other forms to Intl', () => {
    expect(PLAIN_DATE_LOCALES).toEqual(
      expect.arrayContaining(['en', 'en-US', 'en-GB', 'de', 'fr', 'es', 'pt-BR']),
    );
    const may30 = new Date(Date.UTC(2006, 4, 30));
    expect(plainLongDate(may30, 'de-AT')).toBeNull();
    expect(plainLongDate(may30, 'ja')).toBeNull();
    expect(plainLongDate(may30, 'en-GB')).toBe('30 May 2006');
  });
});
