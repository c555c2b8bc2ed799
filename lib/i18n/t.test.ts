import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogSource } from './catalog';
import { formatNumber, formattingLocale, type MessageSource, useMessageSource } from './t';

describe('formattingLocale', () => {
  it('formats in the catalog language when the browser reports another (headless Chromium under --lang=de)', () => {
    expect(formattingLocale('de', 'en-US')).toBe('de');
    expect(formattingLocale('pt-BR', 'en-US')).toBe('pt-BR');
  });

  it("keeps the browser's region where it speaks the catalog's language", () => {
    expect(formattingLocale('de', 'de-AT')).toBe('de-AT');
    expect(formattingLocale('en', 'en-GB')).toBe('en-GB');
    expect(formattingLocale('pt-BR', 'pt-PT')).toBe('pt-PT');
  });

  it('formats a browser language without a catalog in the default catalog (English messages, English dates)', () => {
    expect(formattingLocale('en', 'ja')).toBe('en');
  });

  it('falls back to the browser language when the catalog names none', () => {
    expect(formattingLocale('', 'fr-CA')).toBe('fr-CA');
    expect(formattingLocale('', '')).toBe('en');
  });
});

describe('formatNumber', () => {
  let previous: MessageSource | null = null;
  beforeEach(() => {
    previous = useMessageSource(catalogSource({}, 'en'));
  });
  afterEach(() => {
    if (previous) useMessageSource(previous);
  });
  const speak = (locale: string) => useMessageSource(catalogSource({}, locale));
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const regions = [...letters.flatMap((a) => letters.map((b) => a + b)), '001', '150', '419'];

  it.each([
    'en',
    'en-US',
    'en-GB',
    'en-IN',
    'de',
    'de-AT',
    'de-CH',
    'fr',
    'fr-CA',
    'es',
    'es-419',
    'pt-BR',
    'pt-PT',
  ])('writes each whole number under 1,000 as Intl does in %s', (locale) => {
    speak(locale);
    const format = new Intl.NumberFormat(locale);
    const wrong = Array.from({ length: 1000 }, (_, n) => n).filter(
      (n) => formatNumber(n) !== format.format(n),
    );
    expect(wrong).toEqual([]);
  });

  it.each(['en', 'de', 'es', 'fr', 'pt'])(
    'writes small numbers as Intl does in %s with any region',
    (language) => {
      const wrong = regions.filter((region) => {
        const locale = `${language}-${region}`;
        speak(locale);
        const format = new Intl.NumberFormat(locale);
        return [0, 1, 7, 42, 100, 999].some((n) => formatNumber(n) !== format.format(n));
      });
      expect(wrong).toEqual([]);
    },
  );

  it('leaves grouping, fractions, negatives and other scripts to Intl', () => {
    speak('de');
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(1.5)).toBe('1,5');
    speak('fr');
    expect(formatNumber(-3)).toBe(new Intl.NumberFormat('fr').format(-3));
    speak('ar-EG');
    expect(formatNumber(42)).toBe(new Intl.NumberFormat('ar-EG').format(42));
    expect(formatNumber(42)).not.toBe('42');
  });
});
