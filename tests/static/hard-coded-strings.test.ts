// No interface text is written into a component, an entrypoint or the bookmark wiring: it goes through t(), so
// every language gets it. Every file is held to it: none is excused.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardCodedText } from './ui-strings';

const root = resolve(import.meta.dirname, '../..');

/** Where interface text lives. */
const SCANNED = ['components', 'entrypoints', 'lib/bookmarks', 'lib/i18n'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

const files = SCANNED.flatMap(sourceFiles);
const findings = new Map(files.map((f) => [f, findHardCodedText(f, readFileSync(join(root, f), 'utf8'))]));

describe('interface text goes through t()', () => {
  it('scans the interface source', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s has no hard-coded text', (file) => {
    expect(findings.get(file)?.map((f) => `${file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});
