// The store listings in docs/store are current with their sources, written in every interface language, and
// justify every permission the manifest asks for (the README's table is their one source).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listingLocales, permissionReasons, renderListing } from '../../scripts/store-listing';
import { PROMISED_LOCALES } from '../i18n/catalogs';

const root = resolve(import.meta.dirname, '../..');

describe('the store listings', () => {
  it.each(Object.entries(renderListing()))(
    '%s is current (npm run store-listing rewrites it)',
    (path, text) => {
      expect(readFileSync(join(root, path), 'utf8')).toBe(text);
    },
  );

  it('have a long description in every interface language', () => {
    expect(listingLocales()).toEqual([...PROMISED_LOCALES].sort());
  });

  it('justify every permission the manifest declares, each in words', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const declared = /permissions: \[([^\]]*)\]/.exec(config)?.[1]?.match(/'([^']+)'/g) ?? [];
    const justified = permissionReasons().map(([what]) => what);
    expect(declared.length).toBeGreaterThan(0);
    for (const permission of declared) expect(justified).toContain(`\`${permission.slice(1, -1)}\``);
    for (const [, why] of permissionReasons()) expect(why.length).toBeGreaterThan(20);
    expect(justified.some((w) => w.startsWith('host permissions'))).toBe(true);
  });
});
