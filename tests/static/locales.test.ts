// The locale catalogs: the five promised languages are shipped; every message name is in every locale and none
// is extra; each translation keeps the substitutions its English has; plural forms are complete; names are valid
// for browser.i18n; and every message is used by the source.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, PROMISED_LOCALES, readCatalog, shippedLocales } from '../i18n/catalogs';

const root = resolve(import.meta.dirname, '../..');
const english = readCatalog(DEFAULT_LOCALE);
const names = Object.keys(english);
const others = shippedLocales().filter((l) => l !== DEFAULT_LOCALE);

/** `$1`...`$9` a message uses, sorted. */
const substitutions = (message: string): string[] =>
  [...new Set(message.replace(/\$\$/g, '').match(/\$[1-9]/g) ?? [])].sort();

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const stemOf = (name: string): string | null => PLURAL.exec(name)?.[1] ?? null;

function sourceText(): string {
  const dirs = ['components', 'entrypoints', 'lib', 'wxt.config.ts'];
  return dirs
    .flatMap((d) =>
      d.endsWith('.ts')
        ? [d]
        : readdirSync(join(root, d), { withFileTypes: true, recursive: true })
            .filter((e) => e.isFile() && /\.(tsx?|html)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
            .map((e) => relative(root, join(e.parentPath, e.name))),
    )
    .map((f) => readFileSync(join(root, f), 'utf8'))
    .join('\n');
}

describe('locale catalogs', () => {
  it('ships the promised languages, and the default locale is one of them', () => {
    expect(shippedLocales()).toEqual([...PROMISED_LOCALES].sort());
  });

  it('has valid, distinct message names (browser.i18n ignores case)', () => {
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('has no empty English message', () => {
    for (const name of names) expect(english[name]?.message.trim(), name).not.toBe('');
  });

  it.each(others)('%s has every message, and no other', (locale) => {
    const catalog = readCatalog(locale);
    const missing = names.filter((n) => !catalog[n]?.message.trim());
    const extra = Object.keys(catalog).filter((n) => !(n in english));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(others)('%s keeps the substitutions of each English message', (locale) => {
    const catalog = readCatalog(locale);
    const wrong = names.filter((name) => {
      const own = substitutions(catalog[name]?.message ?? '');
      const stem = stemOf(name);
      if (!stem) return own.join() !== substitutions(english[name]?.message ?? '').join();
      // A plural form may leave out the count ("the only record"), never bring in a value English lacks.
      const allowed = new Set(
        names.filter((n) => stemOf(n) === stem).flatMap((n) => substitutions(english[n]?.message ?? '')),
      );
      return own.some((s) => !allowed.has(s));
    });
    expect(wrong).toEqual([]);
  });

  it.each(others)('%s is translated: no sentence is left as the English wrote it', (locale) => {
    const catalog = readCatalog(locale);
    // Names, codes and one- or two-word labels may be the same in both languages (`Cable Reader`, `APA`, `Info`).
    const words = (message: string) => message.match(/\p{L}{2,}/gu)?.length ?? 0;
    const copied = names.filter(
      (n) => catalog[n]?.message === english[n]?.message && words(english[n]?.message ?? '') > 2,
    );
    expect(copied).toEqual([]);
    const same = names.filter((n) => catalog[n]?.message === english[n]?.message);
    expect(same.length / names.length).toBeLessThan(0.1);
  });

  it('writes every plural with at least its `one` and `other` forms', () => {
    const stems = new Set(names.map(stemOf).filter((s) => s !== null));
    for (const stem of stems) {
      expect(names, stem).toContain(`${stem}_one`);
      expect(names, stem).toContain(`${stem}_other`);
    }
  });

  it('uses every message in the source, whole or as a plural stem', () => {
    const source = sourceText();
    const unused = names.filter((name) => {
      const used = stemOf(name) ?? name;
      return !source.includes(`'${used}'`) && !source.includes(`__MSG_${name}__`);
    });
    expect(unused).toEqual([]);
  });
});
