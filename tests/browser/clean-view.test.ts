// The clean view in Chromium on every corpus page at its real mirror URL: the paragraphs and markings lib/cable
// gives, no page-break header, the original back exactly as it was; `#par4` lands on paragraph 4; pages on a
// mirror's host that are not cables are left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchPage, corpusPages } from '../bench/browser/pages';
import { hasCorpus } from '../corpus';
import { expectedView } from '../fixtures/expected-view';
import { nonCablePages } from '../fixtures/non-cable-pages';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension, readBuiltManifest } from './fixture';
import { urlMatchesContentScripts } from './manifest-matches';
import { waitForStoredView } from './stored-view';
import {
  type Box,
  clickToggleInPlace,
  hostCount,
  originalParagraphBox,
  pageBodyWithoutOurs,
  paragraphBox,
  paragraphTop,
  performanceNames,
  preBlocks,
  presHidden,
  presVisible,
  readingEdge,
  scrollViewParagraphToTop,
  toggleButton,
  viewInTextMarkings,
  viewMarkings,
  viewParagraphs,
  viewText,
  visibleOutsideView,
  waitForOutcome,
} from './view';

const skip = browserSkipReason('clean view') ?? (hasCorpus() ? null : 'no corpus');
const pages: BenchPage[] = skip ? [] : corpusPages();

// Every written form of a page-break header, whatever the cable: modern, old `PAGE NN`, flattened mid-line.
const PAGE_BREAK_FORMS = [
  /\b[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,4} {1,3}\d{5,8} {1,3}\d{3}(?:\.\d)? {1,3}OF {1,3}\d{3}\b/,
  /\bPAGE {1,4}\d{2,3} {1,4}[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,4} {1,4}\d{4,6}\b/,
];

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** `values` as a sorted list, for comparing multisets. */
const sorted = (values: string[]): string[] => [...values].sort();

describe.skipIf(skip)('clean view on the mirrors, in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const p of pages) {
      browser.serve(p.mirrorUrl, p.html);
      // The same HTML where no content script runs: the page as the mirror alone makes it.
      browser.serve(p.plainUrl, p.html);
    }
    for (const p of nonCablePages) {
      browser.serve(p.url, p.html);
      browser.serve(referenceUrl(p.url), p.html);
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has the corpus pages at their mirror URLs, matched by the content script', async () => {
    const manifest = await readBuiltManifest(browser.extensionDir);
    expect(pages.length).toBeGreaterThanOrEqual(50);
    for (const p of pages) expect(urlMatchesContentScripts(manifest, p.mirrorUrl), p.mirrorUrl).toBe(true);
    // Markings written inside a paragraph are badged where they stand on the pages that have some.
    const inText = pages.filter((p) => (expectedView(p.html, p.mirrorUrl)?.inTextMarkings.length ?? 0) > 0);
    expect(inText.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(pages.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const expected = expectedView(p.html, p.mirrorUrl);

    it('is found by lib/sites in Node', () => {
      expect(expected).not.toBeNull();
    });

    // Registered by what lib/cable finds, so each page has the one test that applies to it. A header-only
    // extract (the mirror lost the body) has nothing to read clean, so that page stays as it is.
    if (expected?.hasBody) {
      it('shows lib/cable’s paragraphs and markings, no page-break header, and gives the original back intact', async () => {
        if (!expected) return;
        const [opened, reference] = await Promise.all([browser.open(p.mirrorUrl), browser.open(p.plainUrl)]);
        const { page } = opened;
        // A background tab gets no animation frames, which every click then waits for.
        await page.bringToFront();
        try {
          expect(await waitForOutcome(page)).toBe('ready');
          expect(await hostCount(page)).toBe(1);
          expect(await performanceNames(page)).toEqual(
            expect.arrayContaining([
              'mark:cable-reader:start',
              'mark:cable-reader:ready',
              'measure:cable-reader',
            ]),
          );

          expect(await viewParagraphs(page)).toEqual(expected.paragraphs);
          const markings = await viewMarkings(page);
          expect(sorted(markings)).toEqual(
            expect.arrayContaining(
              sorted(expected.paragraphs.flatMap((x) => (x.marking ? [x.marking] : []))),
            ),
          );
          expect(sorted(expected.blockMarkings)).toEqual(expect.arrayContaining(sorted(markings)));
          expect(await viewInTextMarkings(page)).toEqual(expected.inTextMarkings);

          const text = collapse(await viewText(page));
          expect(text.length).toBeGreaterThan(0);
          for (const header of expected.pageBreaks) expect(text).not.toContain(collapse(header));
          for (const form of PAGE_BREAK_FORMS) expect(text).not.toMatch(form);
          expect(await presHidden(page), 'the original <pre> is hidden while clean').toBe(true);

          await toggleButton(page, 'Original page').click();
          await toggleButton(page, 'Clean view').waitFor();
          expect(await presVisible(page), 'the original <pre> shows again').toBe(true);
          expect(await preBlocks(page)).toEqual(await preBlocks(reference.page));
          expect(await pageBodyWithoutOurs(page)).toBe(await pageBodyWithoutOurs(reference.page));

          // Back to clean, and wait until that choice is stored, so the next page opens clean.
          await toggleButton(page, 'Clean view').click();
          await toggleButton(page, 'Original page').waitFor();
          expect(await presHidden(page)).toBe(true);
          await waitForStoredView(browser, 'clean');
          expect(opened.ourErrors()).toEqual([]);
        } finally {
          await page.close();
          await reference.page.close();
        }
      });
    } else if (expected) {
      it('has no body text, so the page is declined and left as it is', async () => {
        const [opened, reference] = await Promise.all([browser.open(p.mirrorUrl), browser.open(p.plainUrl)]);
        try {
          expect(await waitForOutcome(opened.page)).toBe('declined');
          expect(await hostCount(opened.page)).toBe(0);
          expect(await pageBodyWithoutOurs(opened.page)).toBe(await pageBodyWithoutOurs(reference.page));
          expect(opened.ourErrors()).toEqual([]);
        } finally {
          await opened.page.close();
          await reference.page.close();
        }
      });
    }
  });

  describe('on a long multi-page cable (06MOSCOW5645)', () => {
    const p = pages.find((x) => x.id === '06MOSCOW5645');

    it('is in the corpus, with paragraphs 4, 10 and 20', () => {
      expect(p).toBeDefined();
      const labels = p ? expectedView(p.html, p.mirrorUrl)?.paragraphs.map((x) => x.para) : [];
      expect(labels).toEqual(expect.arrayContaining(['4', '10', '20']));
    });

    it('follows #par4 to paragraph 4', async () => {
      if (!p) return;
      const opened = await browser.open(`${p.mirrorUrl}#par4`);
      const { page } = opened;
      try {
        expect(await waitForOutcome(page)).toBe('ready');
        // Near the top edge: scrolled there, not merely present further down.
        await expect.poll(() => paragraphTop(page, '4'), { timeout: 10_000 }).toBeGreaterThanOrEqual(-2);
        await expect.poll(() => paragraphTop(page, '4'), { timeout: 10_000 }).toBeLessThan(120);
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
        expect(opened.ourErrors()).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('keeps the reader at the same paragraph when switching views, both ways', async () => {
      if (!p) return;
      const opened = await browser.open(p.mirrorUrl);
      const { page } = opened;
      try {
        expect(await waitForOutcome(page)).toBe('ready');
        // The view keeps the spot under the reading line (a few pixels below the top edge, or below the bar that
        // stands there) in the same paragraph, proportionally: the paragraph must still span the top band of the
        // reading area, whatever its height.
        const atTop = (box: Box | null, edge: number) =>
          box !== null && box.top <= edge + 40 && box.bottom >= edge + 8;
        await scrollViewParagraphToTop(page, '10');
        await clickToggleInPlace(page, 'Original page');
        await toggleButton(page, 'Clean view').waitFor();
        const original = await originalParagraphBox(page, '10');
        const originalEdge = await readingEdge(page);
        expect(atTop(original, originalEdge), `original paragraph 10 at ${JSON.stringify(original)}`).toBe(
          true,
        );

        await originalParagraphBox(page, '20', true);
        await clickToggleInPlace(page, 'Clean view');
        await toggleButton(page, 'Original page').waitFor();
        const clean = await paragraphBox(page, '20');
        const cleanEdge = await readingEdge(page);
        expect(atTop(clean, cleanEdge), `clean paragraph 20 at ${JSON.stringify(clean)}`).toBe(true);
        await waitForStoredView(browser, 'clean');
        expect(opened.ourErrors()).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('prints the clean cable alone while the clean view shows', async () => {
      if (!p) return;
      const opened = await browser.open(p.mirrorUrl);
      const { page } = opened;
      try {
        expect(await waitForOutcome(page)).toBe('ready');
        await page.emulateMedia({ media: 'print' });
        expect(await visibleOutsideView(page), 'page elements printed besides the view').toEqual([]);
        expect(await page.locator('cable-reader-view').isVisible()).toBe(true);
        expect(await presHidden(page)).toBe(true);
      } finally {
        await page.close();
      }
    });
  });

  describe.each(nonCablePages.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    it('is left untouched: same DOM, no view, the decline measured, no error of ours', async () => {
      expect(
        urlMatchesContentScripts(await readBuiltManifest(browser.extensionDir), p.url),
        `${p.url} is matched`,
      ).toBe(true);
      expect(expectedView(p.html, p.url), 'lib/sites declines it in Node').toBeNull();
      const opened = await browser.open(p.url);
      const { page } = opened;
      const reference = await browser.open(referenceUrl(p.url));
      try {
        expect(await waitForOutcome(page)).toBe('declined');
        expect(await performanceNames(page)).toEqual(
          expect.arrayContaining(['mark:cable-reader:declined', 'measure:cable-reader-decline']),
        );
        expect(await performanceNames(page)).not.toContain('mark:cable-reader:ready');
        expect(await hostCount(page)).toBe(0);
        expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(
          await reference.page.evaluate(() => document.documentElement.outerHTML),
        );
        expect(opened.ourErrors()).toEqual([]);
      } finally {
        await page.close();
        await reference.page.close();
      }
    });
  });
});

/** The same path on a host no content script matches. */
function referenceUrl(url: string): string {
  const u = new URL(url);
  return `https://reference.invalid${u.pathname}${u.search}`;
}
