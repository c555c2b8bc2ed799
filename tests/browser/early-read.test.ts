// The cable read while the page is still loading, in Chromium: the clean view is drawn once the parser has gone
// past the layout's box, not held back by the page's trailing scripts; and what such a script changes in the text
// before the page is parsed reaches the view (the cable is read again then).
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cablegateLayout } from '../fixtures/layouts';
import { SAMPLE_CABLEGATE_PAGE } from '../fixtures/sample-cable';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { hostCount, viewText } from './view';

const skip = browserSkipReason('early read');

const SLOW_SCRIPT = 'https://wikileaks.org/static/js/slow.js';
const SLOW_MS = 1500;
const ADDED = 'A paragraph the page added while it loaded.';

/** The sample page with a script after the box that takes SLOW_MS to arrive, and `after` behind it. */
const slowPage = (after = '') =>
  cablegateLayout(SAMPLE_CABLEGATE_PAGE).replace(
    '</body>',
    `<script src='/static/js/slow.js'></script>${after}</body>`,
  );

describe.skipIf(skip)('reading the cable before the page is parsed, in Chromium', () => {
  let browser: ExtensionBrowser;
  const plainUrl = 'https://wikileaks.org/cable/2009/03/09ZEMBLA123.html';
  const changedUrl = 'https://wikileaks.org/cable/2009/03/09ZEMBLA124.html';

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(plainUrl, slowPage());
    // Behind the slow script, the page appends a paragraph to the cable's text (as a mirror's script might).
    browser.serve(
      changedUrl,
      slowPage(`<script>document.querySelectorAll('pre')[1].append('\\n\\n9. (U) ${ADDED}\\n')</script>`),
    );
    // Registered last, so it answers before the fixture's catch-all route.
    await browser.context.route(SLOW_SCRIPT, async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }).catch(() => undefined);
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('paints the clean view while a script after the box still holds the page back', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(plainUrl, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => performance.getEntriesByName('cable-reader:first-paint').length > 0,
        null,
        { timeout: 10_000, polling: 20 },
      );
      const state = await page.evaluate(() => ({
        loading: document.readyState === 'loading',
        paragraphs:
          document.querySelector('cable-reader-view')?.shadowRoot?.querySelectorAll('[data-para]').length ??
          0,
      }));
      expect(state.loading).toBe(true);
      expect(state.paragraphs).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('reads the cable again once the page is parsed, and shows what a late script added', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(changedUrl, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => performance.getEntriesByName('cable-reader:first-paint').length > 0,
        null,
        { timeout: 10_000, polling: 20 },
      );
      // First read before the script ran: the added paragraph is not in the text yet.
      expect(await page.evaluate(() => document.readyState)).toBe('loading');
      await page.waitForFunction(() => document.readyState !== 'loading', null, { timeout: 10_000 });
      await page.waitForFunction(
        (added) =>
          document.querySelector('cable-reader-view')?.shadowRoot?.textContent?.includes(added) ?? false,
        ADDED,
        { timeout: 10_000, polling: 50 },
      );
      expect(await viewText(page)).toContain(ADDED);
      expect(await hostCount(page)).toBe(1);
    } finally {
      await page.close();
    }
  });
});
