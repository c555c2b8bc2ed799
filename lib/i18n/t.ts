// Every interface string goes through t() and plural(): the browser's own i18n (`public/_locales/<lang>/messages.json`
// read by browser.i18n), typed by the English file so a misspelt key fails tsc. No text of its own, no cable text.
import type english from '../../public/_locales/en/messages.json';

/** A message name of the English catalog (every locale has the same names: tests/static/locales.test.ts). */
export type MessageKey = keyof typeof english;

/** The stem of a message with plural forms (`<stem>_one`, `<stem>_other`, ...). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Stem}_other` ? Stem : never }[MessageKey];

/** Where messages come from: browser.i18n in the extension, a catalog in unit tests (./catalog.ts). */
export interface MessageSource {
  /** The message with `$1`...`$9` replaced, or '' when the name is unknown (browser.i18n's contract). */
  lookup(key: string, substitutions: string[]): string;
  /** The BCP 47 language the messages are in, for Intl. */
  locale(): string;
}

/** browser.i18n as t() calls it: by any name (`MessageKey` checks the names; WXT's generated overloads do not). */
interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

/**
 * The extension's i18n API, looked up at call time: Firefox's `browser`, Chrome's `chrome`. Not wxt/browser, whose
 * import pins the global it found first (unit tests install a fake browser after this module loads).
 */
function i18nApi(): I18nApi {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = scope.browser?.i18n ?? scope.chrome?.i18n;
  if (!api)
    throw new Error('browser.i18n is not available here: install a MessageSource (useMessageSource).');
  return api;
}

// Messages already given, by name and substitutions, answered from here: a message never changes while a script
// lives (a new catalog comes only with an extension update, which ends the script's context), and every
// browser.i18n call crosses into the browser's bindings. After an extension update or reload every i18n call
// throws: the view goes on with what it has shown.
const given = new Map<string, string>();
let lastLocale: string | null = null;

const browserSource: MessageSource = {
  lookup: (key, substitutions) => {
    const id = `${key}\u0000${substitutions.join('\u0000')}`;
    const known = given.get(id);
    if (known !== undefined) return known;
    try {
      const message = i18nApi().getMessage(key, substitutions);
      given.set(id, message);
      return message;
    } catch {
      return '';
    }
  },
  // The language of the catalog browser.i18n picked: each catalog names itself (`locale_tag`), as neither
  // @@ui_locale nor getUILanguage() does under headless Chromium's --lang (both stay en-US there). Read once, for
  // the catalog is fixed for the script's life (above): it is asked for every number, date and plural shown, three
  // binding calls each time (in a CPU profile of six cold corpus pages, 6.5 ms a page; the first read is ~5 of it).
  locale: () => {
    if (lastLocale !== null) return lastLocale;
    try {
      const api = i18nApi();
      const tag = api.getMessage('locale_tag') || api.getMessage('@@ui_locale').replace('_', '-');
      lastLocale = formattingLocale(tag, api.getUILanguage());
      return lastLocale;
    } catch {
      // The extension went away under this page before any message was read.
      return 'en';
    }
  },
};

/**
 * The locale Intl formats in: the browser's own language where the messages are in that language (`de-AT` reads
 * the `de` catalog and keeps Austrian dates), else the catalog's (a Japanese browser reads English messages).
 */
export function formattingLocale(catalogTag: string, uiLanguage: string): string {
  const language = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase();
  if (!catalogTag) return uiLanguage || 'en';
  return uiLanguage && language(uiLanguage) === language(catalogTag) ? uiLanguage : catalogTag;
}

let source: MessageSource = browserSource;

/** Replaces where messages come from (unit tests, the locale-switch test); returns the previous source. */
export function useMessageSource(next: MessageSource): MessageSource {
  const previous = source;
  source = next;
  return previous;
}

/** The language of the interface (the browser's UI language, which browser.i18n picked the messages for). */
export function uiLocale(): string {
  return source.locale();
}

function lookup(key: string, substitutions: readonly (string | number)[]): string {
  // A missing name shows as itself rather than as a blank control; tests fail on it before it ships.
  return source.lookup(key, substitutions.map(String)) || key;
}

/** The message `key` in the interface language, `$1`... filled from `substitutions` (numbers as the locale writes them). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return lookup(
    key,
    substitutions.map((s) => (typeof s === 'number' ? formatNumber(s) : s)),
  );
}

let rules: { locale: string; rules: Intl.PluralRules } | null = null;

function pluralCategory(n: number): Intl.LDMLPluralRule {
  const locale = uiLocale();
  if (rules?.locale !== locale) rules = { locale, rules: new Intl.PluralRules(locale) };
  return rules.rules.select(n);
}

/**
 * The plural form of `stem` for `n` by the locale's CLDR rules (`<stem>_one`, `<stem>_other`; `_many` and the others
 * where a locale writes them, `_other` standing in where it does not): `$1` is `n` as the locale writes numbers,
 * `$2`... the further substitutions.
 */
export function plural(stem: PluralKey, n: number, ...substitutions: (string | number)[]): string {
  const subs = [formatNumber(n), ...substitutions.map((s) => (typeof s === 'number' ? formatNumber(s) : s))];
  const exact = source.lookup(`${stem}_${pluralCategory(n)}`, subs.map(String));
  return exact || lookup(`${stem}_other`, subs);
}

/**
 * Languages of the catalogs, with a region at most: every one writes a whole number under 1,000 in Latin digits
 * without grouping, as String() does (t.test.ts holds them to Intl). The first Intl number formatter in a fresh tab
 * costs about 15 ms, and the clean view's first screen counts its markings and pages.
 */
const PLAIN_DIGITS = /^(?:en|de|es|fr|pt)(?:-(?:[A-Z]{2}|\d{3}))?$/;

/** `n` as the interface language writes numbers (`1,234` / `1.234` / `1 234`; `1.50` / `1,50` with options). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  const locale = uiLocale();
  if (!options && Number.isInteger(n) && n >= 0 && n < 1000 && PLAIN_DIGITS.test(locale)) return String(n);
  return new Intl.NumberFormat(locale, options).format(n);
}
