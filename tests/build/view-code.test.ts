// The clean view's code on the cable addresses, in both builds: the manifest loads reader.js before the content
// script there and nowhere else, and loading reader.js only defines the code (scripts/view-code.ts), so a page
// that holds no cable never evaluates the view's modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { READER_CODE_GLOBAL, READER_FILE } from '../../entrypoints/content/reader-handover';
import { CABLE_URL_GLOBS } from '../../lib/sites/mirrors';
import { bothBuilds } from './build-output';

interface Declared {
  matches?: string[];
  include_globs?: string[];
  exclude_globs?: string[];
  js?: string[];
}

const readerFile = READER_FILE.replace(/^\//, '');

describe.each(bothBuilds('view code'))('the %s build', (_, dir) => {
  const declared: Declared[] =
    JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).content_scripts ?? [];
  const cable = declared.filter((cs) => cs.include_globs?.length);
  const others = declared.filter((cs) => !cs.include_globs?.length);

  it('loads reader.js first on the cable addresses, then the content script the other addresses get', () => {
    expect(cable).toHaveLength(1);
    const [entry] = cable;
    expect([...(entry?.include_globs ?? [])].sort()).toEqual([...CABLE_URL_GLOBS].sort());
    const small = others.find((cs) => cs.exclude_globs?.length);
    expect(small, 'the content script of the other matched addresses').toBeDefined();
    expect(entry?.js).toEqual([readerFile, ...(small?.js ?? [])]);
    // The same addresses, split by the same globs: no page gets the content script twice or not at all.
    expect(entry?.matches).toEqual(small?.matches);
    expect(small?.exclude_globs).toEqual(entry?.include_globs);
    for (const cs of others) expect(cs.js ?? []).not.toContain(readerFile);
  });

  it("reader.js only defines the view's code: nothing of it runs until the content script calls it", () => {
    // An empty global: the view's modules would throw on their first look at the extension's APIs.
    const scope: Record<string, unknown> = {};
    const result = runInNewContext(readFileSync(join(dir, readerFile), 'utf8'), scope);
    expect(Object.keys(scope)).toEqual([READER_CODE_GLOBAL]);
    expect(typeof scope[READER_CODE_GLOBAL]).toBe('function');
    // scripting.executeScript clones the file's result: Firefox refuses a function.
    expect(result).toBeUndefined();
  });
});
