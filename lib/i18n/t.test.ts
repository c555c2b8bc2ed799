import { describe, expect, it } from 'vitest';
import { formattingLocale } from './t';

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
