// `web-ext lint` on a built Firefox folder, and the one warning the project accepts: Preact's own `innerHTML`
// assignment in its renderer (for dangerouslySetInnerHTML), recognised by file, code and source. Used by the lint
// test and by `npm run zip:firefox`; running the linter and reading its report only.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const webExt = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');

export interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export async function lint(dir: string): Promise<LintReport> {
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
export function isPreactInnerHtml(dir: string, message: LintMessage): boolean {
  return (
    message.code === 'UNSAFE_VAR_ASSIGNMENT' &&
    /innerHTML/.test(message.message) &&
    /\.innerHTML\s*=\s*[\w$]+\.__html\b/.test(sourceAt(dir, message))
  );
}

export function describeMessage(m: LintMessage): string {
  return `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`;
}

/** The report's errors and its warnings other than Preact's, in words: empty when the build may be uploaded. */
export function lintProblems(dir: string, report: LintReport): string[] {
  const others = report.warnings.filter((w) => !isPreactInnerHtml(dir, w));
  return [...report.errors, ...others].map(describeMessage);
}
