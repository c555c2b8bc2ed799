// The built extensions pass the stores' rules (tests/build/store-rules.ts), and the rules catch what they name.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bothBuilds } from './build-output';
import { pngSize, storeProblems } from './store-rules';

const builds = bothBuilds('store rules');

describe.each(builds)('the %s build', (_browser, dir) => {
  it('breaks no store rule', () => {
    expect(storeProblems(dir)).toEqual([]);
  });
});

const chrome = builds.find(([name]) => name === 'Chrome')?.[1] ?? null;

describe.skipIf(!chrome)('the store rules', () => {
  const copies: string[] = [];
  const broken = (change: (dir: string, manifest: Record<string, unknown>) => void): string[] => {
    const dir = mkdtempSync(join(tmpdir(), 'cable-reader-store-'));
    copies.push(dir);
    cpSync(chrome ?? '', dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    change(dir, manifest);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    return storeProblems(dir);
  };
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });

  it('read a PNG’s size from its header', () => {
    expect(pngSize(readFileSync(join(chrome ?? '', 'icons/48.png')))).toEqual({ width: 48, height: 48 });
    expect(pngSize(Buffer.from('not a png at all, not at all'))).toBeNull();
  });

  it('catch a missing or wrongly sized icon', () => {
    expect(broken((_, m) => delete (m.icons as Record<string, string>)['128'])).toEqual([
      'icons: no 128 px icon',
    ]);
    expect(broken((_, m) => ((m.icons as Record<string, string>)['96'] = 'icons/48.png'))).toEqual([
      'icons: icons/48.png is 48x48, not 96x96',
    ]);
  });

  it('catch a __MSG_ name missing in a locale, and a name too long for the Chrome Web Store', () => {
    expect(
      broken((dir) => {
        const file = join(dir, '_locales/de/messages.json');
        const catalog = JSON.parse(readFileSync(file, 'utf8'));
        delete catalog.ext_description;
        catalog.ext_name.message = 'Cable Reader '.repeat(7);
        writeFileSync(file, JSON.stringify(catalog));
      }),
    ).toEqual(['__MSG_ext_description__ has no message in de', 'de: name is 91 characters (at most 75)']);
  });

  it('catch a permission nobody accounted for, and permissions the code does not use', () => {
    expect(broken((_, m) => (m.permissions as string[]).push('bookmarks'))).toEqual([
      'permission bookmarks: nothing says what uses it (tests/build/store-rules.ts)',
    ]);
    const withoutCode = broken((dir) => {
      for (const file of ['background.js', 'popup.html']) rmSync(join(dir, file), { force: true });
      rmSync(join(dir, 'chunks'), { recursive: true, force: true });
      rmSync(join(dir, 'content-scripts'), { recursive: true, force: true });
      rmSync(join(dir, 'reader.js'), { force: true });
    });
    expect(withoutCode).toContain('permission storage is not used by the built code');
    expect(withoutCode).toContain('permission unlimitedStorage is not used by the built code');
  });
});
