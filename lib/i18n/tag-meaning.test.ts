import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, readCatalog } from '../../tests/i18n/catalogs';
import { countryName, SUBJECT_CODES } from '../cable/header/tags';
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
).filter((code) => countryName(code) !== null);

describe('tagMeaningIn', () => {
  it('keeps the English table’s names in English (the names the cables use)', () => {
    expect(tagMeaningIn('BM')).toBe('Burma');
    expect(tagMeaningIn('PGOV')).toBe('Internal governmental affairs');
    expect(tagMeaningIn(' pgov ')).toBe('Internal governmental affairs');
    expect(tagMeaningIn('ZZZZ')).toBeNull();
    expect(tagMeaningIn('SMITH')).toBeNull();
  });

  it.each([
    ['de', 'de', 'PREL', 'Politische Außenbeziehungen'],
    ['de', 'de', 'KTIP', 'Menschenhandel'],
    ['fr', 'fr', 'KNNP', 'Non-prolifération nucléaire'],
    ['fr', 'fr', 'PHUM', 'Droits de l’homme'],
    ['es', 'es', 'ECON', 'Condiciones económicas'],
    ['es', 'es', 'NATO', 'Organización del Tratado del Atlántico Norte'],
    ['pt_BR', 'pt-BR', 'MARR', 'Acordos militares e de defesa'],
    ['pt_BR', 'pt-BR', 'PGOV', 'Assuntos governamentais internos'],
  ])('explains subject codes in %s: %s %s -> %s', (locale, bcp47, code, meaning) => {
    speak(locale, bcp47);
    expect(tagMeaningIn(code)).toBe(meaning);
  });

  it.each([
    ['pt_BR', 'pt-BR'],
    ['es', 'es'],
    ['fr', 'fr'],
    ['de', 'de'],
  ])('explains every subject code in %s, nearly all otherwise than English', (locale, bcp47) => {
    const codes = [...SUBJECT_CODES];
    expect(codes.length).toBeGreaterThan(100);
    const english = codes.map((code) => tagMeaningIn(code));
    speak(locale, bcp47);
    const theirs = codes.map((code) => tagMeaningIn(code));
    const unexplained = codes.filter((_, i) => !theirs[i]);
    expect(unexplained).toEqual([]);
    // A few words are spelt alike (Pesca, Budget, Grippe); a table that fell back to English would be all alike.
    const same = codes.filter((_, i) => theirs[i] === english[i]);
    expect(same.length / codes.length).toBeLessThan(0.1);
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
