// The store's refusals reach the reader in the interface language: the background builds them with t(), in the
// language the browser gave the extension. English is checked by the store's own tests.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, readCatalog } from '../../tests/i18n/catalogs';
import { failure, unwrap } from '../messaging/result';
import { StoreError, toWriteError } from '../store/errors';
import { parseExport } from '../store/import';
import { catalogSource } from './catalog';
import { useMessageSource } from './t';

function speak(locale: string, bcp47: string): void {
  useMessageSource(catalogSource(readCatalog(locale), bcp47, readCatalog(DEFAULT_LOCALE)));
}

afterEach(() => speak('en', 'en-GB'));

/** The sentence a failed request carries to the page that made it. */
function sentence(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    try {
      unwrap(failure(error));
    } catch (request) {
      return (request as Error).message;
    }
  }
  throw new Error('did not fail');
}

describe('store refusals in the reader’s language', () => {
  it('says an empty or broken import file in German', () => {
    speak('de', 'de');
    expect(sentence(() => parseExport(''))).toBe('Diese Datei ist leer.');
    expect(sentence(() => parseExport('{"format":'))).toMatch(
      /^Diese Datei ist kein vollständiges JSON: .+\(.+\)\.$/,
    );
  });

  it('says a file from elsewhere in French, with its own words quoted as written', () => {
    speak('fr', 'fr');
    expect(sentence(() => parseExport('{"format":"other"}'))).toBe(
      'Ce n’est pas un export de Cable Reader : le format est "other", "cable-reader-export" était attendu.',
    );
  });

  it('says a full disk in Portuguese, and that nothing was lost', () => {
    speak('pt_BR', 'pt-BR');
    const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(
      sentence(() => {
        throw toWriteError(full);
      }),
    ).toBe(
      'Seu navegador se recusou a salvar: o armazenamento está cheio. Nada do que já estava salvo se perdeu.',
    );
  });

  it('says an unforeseen failure and a missing answer in Spanish', () => {
    speak('es', 'es');
    expect(
      sentence(() => {
        throw new Error('bug');
      }),
    ).toBe('Cable Reader se encontró con un problema inesperado. No se ha perdido nada de lo ya guardado.');
    expect(() => unwrap(undefined)).toThrow(
      'Cable Reader no respondió. Vuelva a cargar la página e inténtelo de nuevo.',
    );
    expect(new StoreError('has-notes').message).toMatch(/^Este marcador tiene notas/);
  });
});
