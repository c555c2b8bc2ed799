import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, readCatalog } from '../../tests/i18n/catalogs';
import { isCountryTag } from '../cable/header/tags';
import { catalogSource } from './catalog';
import { useMessageSource } from './t';
import { tagMeaningIn } from './tag-meaning';

function speak(locale: string, bcp47: string): void {
  useMessageSource(catalogSource(readCatalog(locale), bcp47, readCatalog(DEFAULT_LOCALE)));
}

afterEach(() => speak('en', 'en-GB'));

/** Every two-letter code the tag table calls a country or region. */
const countryCodes = Array.from({ length: 26 * 26 }, (_, i) =>
  String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)),
).filter(isCountryTag);

describe('tagMeaningIn', () => {
  it('keeps the English table’s names in English (the names the cables use)', () => {
    expect(tagMeaningIn('BM')).toBe('Burma');
    expect(tagMeaningIn('PGOV')).toBe('Internal governmental affairs');
    expect(tagMeaningIn('ZZZZ')).toBeNull();
  });

  it.each([
    ['de', 'de', 'GM', 'Deutschland'],
    ['de', 'de', 'SZ', 'Schweiz'],
    ['fr', 'fr', 'AS', 'Australie'],
    ['es', 'es', 'UK', 'Reino Unido'],
    ['pt_BR', 'pt-BR', 'RS', 'Rússia'],
    ['fr', 'fr', 'XM', 'Amérique latine'],
    ['de', 'de', 'WE', 'Westjordanland'],
  ])('names FIPS digraphs in %s: %s %s -> %s', (locale, bcp47, code, name) => {
    speak(locale, bcp47);
    expect(tagMeaningIn(code)).toBe(name);
  });

  it('names every country tag in German, most of them otherwise than English does', () => {
    speak('de', 'de');
    expect(countryCodes.length).toBeGreaterThan(190);
    const german = countryCodes.map((code) => tagMeaningIn(code));
    speak('en', 'en-GB');
    const english = countryCodes.map((code) => tagMeaningIn(code));
    expect(german.every((name) => typeof name === 'string' && name.length > 1)).toBe(true);
    // Many names are spelt alike (Afghanistan, Kanada is not): a table that fell back to English would be all alike.
    const differ = countryCodes.filter((_, i) => german[i] !== english[i]);
    expect(differ.length / countryCodes.length).toBeGreaterThan(0.6);
  });
});
