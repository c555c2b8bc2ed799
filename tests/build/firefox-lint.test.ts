// `web-ext lint` on the Firefox build: no errors, and no warnings but one: Preact's own `innerHTML` assignment in
// its renderer (`dom.innerHTML = newHtml.__html`, for dangerouslySetInnerHTML), recognised by file, code and source.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findBuild } from './build-output';

const build = findBuild('Firefox lint', ['firefox-mv3', 'firefox-mv2']);
const webExt = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');

interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

async function lint(dir: string): Promise<LintReport> {
  // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
  const run = await promisify(execFile)(
    webExt,
    ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery', '--boring'],
    { maxBuffer: 32 * 1024 * 1024 },
  ).catch((error: { stdout?: string; stderr?: string }) => {
    if (!error.stdout) throw new Error(`web-ext lint did not run: ${error.stderr ?? error}`);
    return { stdout: error.stdout };
  });
  return JSON.parse(run.stdout) as LintReport;
}

/** The source text at a warning's position, from its line start to a bit past the column. */
function sourceAt(dir: string, message: LintMessage): string {
  if (!message.file || !message.line) return '';
  const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 200), column + 200);
}

/**
 * Preact's renderer applying `dangerouslySetInnerHTML`: the linter's unsafe-assignment warning, in a bundled file,
 * at an assignment of some `.__html` to `.innerHTML` (minified or not). Anything else is ours and must be fixed.
 */
function isPreactInnerHtml(dir: string, message: LintMessage): boolean {
  return (
    message.code === 'UNSAFE_VAR_ASSIGNMENT' &&
    /innerHTML/.test(message.message) &&
    /\.innerHTML\s*=\s*[\w$]+\.__html\b/.test(sourceAt(dir, message))
  );
}

function describeMessage(m: LintMessage): string {
  return `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`;
}

describe.skipIf(!build)('web-ext lint on the Firefox build', () => {
  const dir = build ?? '';

  it('finds no errors, and no warnings except Preact’s innerHTML in its renderer', {
    timeout: 120_000,
  }, async () => {
    const report = await lint(dir);
    const allowed = report.warnings.filter((w) => isPreactInnerHtml(dir, w));
    const others = report.warnings.filter((w) => !allowed.includes(w));
    console.log(
      `web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
        `(${allowed.length} Preact innerHTML), ${report.notices.length} notices` +
        [...allowed, ...report.notices].map((m) => `\n  ${m._type}: ${describeMessage(m)}`).join(''),
    );
    expect(report.errors.map(describeMessage)).toEqual([]);
    expect(others.map(describeMessage)).toEqual([]);
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
