import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, readCatalog } from '../../tests/i18n/catalogs';
import { catalogSource } from './catalog';
import { mediumDate } from './dates';
import { useMessageSource } from './t';

function speak(locale: string, bcp47: string): void {
  useMessageSource(catalogSource(readCatalog(locale), bcp47, readCatalog(DEFAULT_LOCALE)));
}

afterEach(() => speak('en', 'en-GB'));

describe('mediumDate', () => {
  it("writes a cable's day as the interface language does, time of day left out", () => {
    expect(mediumDate('2008-06-18T10:37')).toBe('18 Jun 2008');
    speak('de', 'de');
    expect(mediumDate('2008-06-18')).toBe('18.06.2008');
    speak('pt_BR', 'pt-BR');
    expect(mediumDate('2008-06-18')).toBe('18 de jun. de 2008');
  });

  it('writes a moment in the reader’s own day', () => {
    speak('fr', 'fr');
    expect(mediumDate(Date.UTC(2024, 0, 15, 12))).toBe('15 janv. 2024');
  });

  it('returns what is not a date as written', () => {
    expect(mediumDate('OADR')).toBe('OADR');
    expect(mediumDate('2008-02-31')).toBe('2008-02-31');
  });
});
