import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, readCatalog } from '../../tests/i18n/catalogs';
import { catalogSource } from '../i18n/catalog';
import { useMessageSource } from '../i18n/t';
import { formatDate, httpUrl } from './format';

function speak(locale: string, bcp47: string): void {
  useMessageSource(catalogSource(readCatalog(locale), bcp47, readCatalog(DEFAULT_LOCALE)));
}

describe('formatDate', () => {
  it('writes ISO dates and date-times out in words', () => {
    expect(formatDate('2006-05-30T09:09')).toBe('30 May 2006, 09:09');
    expect(formatDate('2013-09-08')).toBe('8 September 2013');
  });

  it.each([
    ['de', 'de', '30. Mai 2006, 09:09'],
    ['fr', 'fr', '30 mai 2006, 09:09'],
    ['es', 'es', '30 de mayo de 2006, 09:09'],
    ['pt_BR', 'pt-BR', '30 de maio de 2006, 09:09'],
    ['en', 'en-US', 'May 30, 2006, 09:09'],
  ])('writes them as %s does', (locale, bcp47, words) => {
    speak(locale, bcp47);
    expect(formatDate('2006-05-30T09:09')).toBe(words);
  });

  afterEach(() => speak('en', 'en-GB'));

  it('returns instructions and unreadable dates as written', () => {
    expect(formatDate('OADR')).toBe('OADR');
    expect(formatDate('10/10/2018')).toBe('10/10/2018');
    expect(formatDate('2013-13-01')).toBe('2013-13-01');
  });
});

describe('httpUrl', () => {
  it('accepts http and https URLs only', () => {
    expect(httpUrl('https://wikileaks.org/plusd/cables/99TESTPOST1_a.html')).toBe(
      'https://wikileaks.org/plusd/cables/99TESTPOST1_a.html',
    );
    expect(httpUrl('http://example.org')).toBe('http://example.org/');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(httpUrl('data:text/html,x')).toBeNull();
    expect(httpUrl('/relative')).toBeNull();
  });
});
