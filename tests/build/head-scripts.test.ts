// The classic scripts in the extension pages' <head> (the popup's and the library's early first request) hold the
// page's parsing up while they load and run: they carry no webextension-polyfill (lib/messaging/native-runtime.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBuild } from './build-output';

const build = findBuild('head scripts', ['chrome-mv3']);

/** A sentence of the polyfill's own code (its refusal outside an extension), found in any bundle that has it. */
const POLYFILL_MARK = 'This script should only be loaded in a browser extension';

/** The classic (not module) scripts a page's <head> loads, as paths in the build. */
function headScripts(dir: string, page: string): string[] {
  const head = readFileSync(join(dir, page), 'utf8').split('</head>')[0] ?? '';
  return [...head.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attributes) => !/\btype="module"/.test(attributes))
    .map((attributes) => attributes.match(/\bsrc="\/?([^"]+)"/)?.[1] ?? '')
    .filter(Boolean);
}

describe.skipIf(!build)("the extension pages' head scripts", () => {
  const dir = build ?? '';

  it.each(['popup.html', 'library.html'])('%s: its head script carries no polyfill', (page) => {
    const scripts = headScripts(dir, page);
    expect(scripts).toHaveLength(1);
    for (const script of scripts)
      expect(readFileSync(join(dir, script), 'utf8')).not.toContain(POLYFILL_MARK);
  });

  it("the popup's modules still carry the polyfill, with the sentence looked for", () => {
    const modules = readFileSync(join(dir, 'popup.html'), 'utf8').match(/chunks\/[^"]+\.js/g) ?? [];
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.some((file) => readFileSync(join(dir, file), 'utf8').includes(POLYFILL_MARK))).toBe(true);
  });
});
