// `web-ext lint` on the Firefox build: no errors, and no warnings but one: Preact's own `innerHTML` assignment in
// its renderer (`dom.innerHTML = newHtml.__html`, for dangerouslySetInnerHTML), recognised by file, code and source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBuild } from './build-output';
import { describeMessage, isPreactInnerHtml, lint, lintProblems } from './web-ext-lint';

const build = findBuild('Firefox lint', ['firefox-mv3', 'firefox-mv2']);

describe.skipIf(!build)('web-ext lint on the Firefox build', () => {
  const dir = build ?? '';

  it('finds no errors, and no warnings except Preact’s innerHTML in its renderer', {
    timeout: 120_000,
  }, async () => {
    const report = await lint(dir);
    const allowed = report.warnings.filter((w) => isPreactInnerHtml(dir, w));
    console.log(
      `web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
        `(${allowed.length} Preact innerHTML), ${report.notices.length} notices` +
        [...allowed, ...report.notices].map((m) => `\n  ${m._type}: ${describeMessage(m)}`).join(''),
    );
    // The same verdict `npm run zip:firefox` gives before it keeps an archive (scripts/check-package.mjs).
    expect(lintProblems(dir, report)).toEqual([]);
    // Preact's renderer holds one such assignment; more in a file would mean a second, unexplained one.
    const perFile = new Map<string, number>();
    for (const w of allowed) perFile.set(w.file ?? '', (perFile.get(w.file ?? '') ?? 0) + 1);
    for (const [file, count] of perFile) expect(count, `Preact innerHTML warnings in ${file}`).toBe(1);
  });

  it('declares the gecko id, no data collection and a minimum Firefox version', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^(?:\{[0-9a-f-]{36}\}|[\w.+-]+@[\w.-]+)$/i);
    expect(gecko?.strict_min_version).toMatch(/^\d+(?:\.\d+)*$/);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });
});
