// Hostile inputs the fuzzing found, kept as fixed cases: each once threw or took hours (quadratic backtracking
// over a long run), so each runs in the guarded worker, where a hang fails the case instead of the test run.
import { afterAll, describe, expect, it } from 'vitest';
import { cablegateLayout, escapeHtml, plusdLayout } from '../fixtures/layouts';
import { SAMPLE_BODY, SAMPLE_CABLEGATE_PAGE, SAMPLE_PLUSD_PAGE } from '../fixtures/sample-cable';
import { expectSound } from './checks';
import { HANG_MS } from './config';
import { HangGuard } from './guard';
import { URLS } from './seeds';

const guard = new HangGuard();
afterAll(() => guard.close());

const GENERIC_URL = URLS[3] as string;
const MILLION_SPACES = ' '.repeat(1_000_000);
const TIMEOUT = HANG_MS * 3 + 20_000;
const page = (inner: string) => `<!DOCTYPE html><html><head></head><body>${inner}</body></html>`;

describe('hostile pages the adapters once failed on', () => {
  it(
    'a document without a single element (linkedom gives it no root; document.body threw)',
    async () => {
      for (const html of ['', 'plain words', '<!-- only a comment -->']) {
        const report = expectSound(
          await guard.run({ kind: 'page', html, url: GENERIC_URL }),
          JSON.stringify(html),
        );
        expect(report.detection?.reason).toBe('the page has no body');
      }
    },
    TIMEOUT,
  );

  it(
    'a fragment without <body> is left as it was (linkedom’s body getter inserted a head and a body)',
    async () => {
      const html = `<div class="x"><pre>${escapeHtml(SAMPLE_BODY)}</pre></div>`;
      const report = expectSound(await guard.run({ kind: 'page', html, url: GENERIC_URL }), 'fragment');
      expect(report.pageUnchanged).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'the CLI on a saved page linking to a malformed %-escape (decodeURIComponent threw)',
    async () => {
      const content = page(
        `<a href="https://example.org/%E0%A4%A">x</a><div><pre>${escapeHtml(SAMPLE_BODY)}</pre></div>`,
      );
      const report = expectSound(await guard.run({ kind: 'cli', name: 'saved.html', content }), 'saved page');
      expect(report.documents).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    'a long cable nested 10,000 elements deep (the generic detector scored every level: quadratic)',
    async () => {
      // About 60 KB of text, a long cable's size: scored once per level, that was 600 MB of scoring.
      const long = Array.from({ length: 40 }, () => SAMPLE_BODY).join('\n\n');
      const html = page(`${'<div>'.repeat(10_000)}<pre>${escapeHtml(long)}</pre>${'</div>'.repeat(10_000)}`);
      const report = expectSound(await guard.run({ kind: 'page', html, url: GENERIC_URL }), 'deep page');
      expect(report.extractions.some((x) => x.adapter === 'generic')).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'a million spaces or line breaks in flowing text (reading the page backtracked over the run)',
    async () => {
      for (const run of [MILLION_SPACES, '\n '.repeat(500_000), '\t'.repeat(1_000_000)]) {
        const html = page(`<div>a${run}b</div><div><pre>${escapeHtml(SAMPLE_BODY)}</pre></div>`);
        expectSound(
          await guard.run({ kind: 'page', html, url: GENERIC_URL }),
          `run of ${JSON.stringify(run[1])}`,
        );
      }
    },
    TIMEOUT,
  );

  it(
    'a Cablegate subject holding a million spaces (cutting the dump’s `\\` backtracked over the run)',
    async () => {
      const html = cablegateLayout({ ...SAMPLE_CABLEGATE_PAGE, subject: `ZEMBLA:${MILLION_SPACES}HARBOUR` });
      const report = expectSound(await guard.run({ kind: 'page', html, url: URLS[0] as string }), 'subject');
      const cablegate = report.extractions.find((x) => x.adapter === 'cablegate');
      expect(cablegate?.raw.pageMeta.subject).toBe('ZEMBLA: HARBOUR');
    },
    TIMEOUT,
  );

  it(
    'a PlusD text with 100,000 site field lines before its last line (the tail pattern retried every line)',
    async () => {
      const body = `${SAMPLE_BODY}${'\n*** Current Classification *** UNCLASSIFIED'.repeat(100_000)}\nlast line`;
      const html = plusdLayout({ ...SAMPLE_PLUSD_PAGE, body });
      const report = expectSound(
        await guard.run({ kind: 'page', html, url: URLS[1] as string }),
        'PlusD fields',
      );
      const plusd = report.extractions.find((x) => x.adapter === 'plusd');
      expect(plusd?.raw.bodyText.endsWith('\nlast line')).toBe(true);
    },
    TIMEOUT,
  );
});

describe('hostile texts the pipeline once failed on', () => {
  it(
    'a long run of spaces inside a line, in a text with trailing spaces, finishes (the trailing-space pattern was quadratic)',
    async () => {
      // Cables keep their trailing spaces (`... 000123 \n`), so the pattern that drops them always runs.
      const tail = ' \nEnd Comment. \n';
      for (const run of [' '.repeat(200_000), '\t'.repeat(200_000)]) {
        const text = `1. (C) The minister${run}said so.${tail}`;
        const report = expectSound(await guard.run({ kind: 'text', text }), `${text.length} chars`);
        expect(report.documents).toHaveLength(1);
      }
    },
    TIMEOUT,
  );
});
