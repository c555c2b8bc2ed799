import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, readCatalog } from '../../tests/i18n/catalogs';
import { CAVEATS } from '../cable/vocabulary';
import { catalogSource } from './catalog';
import { markingMeaning } from './marking-meaning';
import { useMessageSource } from './t';

function speak(locale: string, bcp47: string): void {
  useMessageSource(catalogSource(readCatalog(locale), bcp47, readCatalog(DEFAULT_LOCALE)));
}

// Unit tests speak British English (tests/i18n/setup.ts); each language test puts it back.
afterEach(() => speak('en', 'en-GB'));

describe('markingMeaning', () => {
  it.each([
    ['U', 'Unclassified'],
    ['SBU', 'Sensitive but unclassified'],
    ['C', 'Confidential'],
    ['S', 'Secret'],
    ['S//NF', 'Secret, no foreign nationals (NOFORN)'],
    ['C//REL NATO', 'Confidential, releasable to NATO'],
    ['U//FOUO', 'Unclassified, for official use only'],
    ['S//FGI//NF', 'Secret, contains foreign government information (FGI), no foreign nationals (NOFORN)'],
    ['S//FGI DEU', 'Secret, contains foreign government information from DEU (FGI)'],
    ['S//REL TO USA, FVEY', 'Secret, releasable to the USA and the Five Eyes (FVEY)'],
    ['S//REL TO USA, GBR, FVEY', 'Secret, releasable to the USA, GBR and the Five Eyes (FVEY)'],
    ['S//REL TO RURITANIA', 'Secret, releasable to Ruritania'],
    ['LOU', 'Limited official use'],
  ])('%s -> %s', (normalized, words) => {
    expect(markingMeaning(normalized)).toBe(words);
  });

  it('returns unknown forms unchanged, and an unknown caveat as written', () => {
    expect(markingMeaning('XYZ')).toBe('XYZ');
    expect(markingMeaning('S//WNINTEL')).toBe('Secret, WNINTEL');
  });

  it('gives every caveat the vocabulary normalises to a meaning of its own', () => {
    const tokens = [...new Set(Object.values(CAVEATS))].filter(Boolean);
    for (const token of tokens) expect(markingMeaning(`S//${token}`), token).not.toBe(`Secret, ${token}`);
  });

  it.each([
    ['de', 'de', 'S//NF', 'Geheim, nicht für Ausländer (NOFORN)'],
    [
      'fr',
      'fr',
      'S//REL TO USA, FVEY',
      'Secret, diffusion autorisée vers les États-Unis et les Five Eyes (FVEY)',
    ],
    ['es', 'es', 'C//REL TO USA, FVEY', 'Confidencial, divulgable a EE. UU. y los Cinco Ojos (FVEY)'],
    ['pt_BR', 'pt-BR', 'U//FOUO', 'Não classificado, somente para uso oficial'],
  ])('speaks %s: %s', (locale, bcp47, marking, words) => {
    speak(locale, bcp47);
    expect(markingMeaning(marking)).toBe(words);
  });
});
