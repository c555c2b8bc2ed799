// The locale catalogs as shipped (`public/_locales/<lang>/messages.json`), read from disk for the tests, and a
// message source per locale. Reading only: the rules they must follow live in tests/static/locales.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Catalog } from '../../lib/i18n/catalog';

const localesDir = resolve(import.meta.dirname, '../../public/_locales');

/** The manifest's default_locale: every other catalog falls back to it, as browsers do. */
export const DEFAULT_LOCALE = 'en';

/** The interface languages the project promises (the readers of the release's partner newspapers). */
export const PROMISED_LOCALES = ['en', 'pt_BR', 'es', 'fr', 'de'] as const;

/** Every locale folder shipped. */
export function shippedLocales(): string[] {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** One locale's messages.json, parsed. */
export function readCatalog(locale: string): Catalog {
  return JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Catalog;
}
