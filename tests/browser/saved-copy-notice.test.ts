// A saved copy against another mirror's text and an overlong address, in Chromium: a forged mirror of a bookmarked
// cable never replaces the saved copy, and the reader is told on that page which paragraphs differ; a page address
// over 2,048 characters is kept without its query, and the reader is told so. The store is read from an extension page.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout } from '../fixtures/layouts';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { waitForOutcome } from './view';

const skip = browserSkipReason('saved copy notice');

const CABLE_ID = '08ASTANA1147';
const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const FIRST_URL = `https://wikileaks.org/cable/2008/06/${CABLE_ID}.html`;
const FIRST_HTML = cablegateLayout({ ...seed.meta, header: null, body: seed.body });
// Another mirror whose paragraph 4 says something else.
const FORGED_URL = `https://wikileaks.ch/cable/2008/06/${CABLE_ID}.html`;
const FORGED_HTML = cablegateLayout({
  ...seed.meta,
  header: null,
  body: seed.body.replace('We remain concerned about a package', 'We warmly welcome a package'),
});
const LONG_URL = `https://cablegate.wikileaks.org/cable/2008/06/${CABLE_ID}.html?q=${'x'.repeat(2_100)}`;

interface SavedCable {
  cable: { urls: { url: string }[] };
  document: { blocks: { number: string | null; text: string }[] } | null;
}

/** The notice over the view, or null. */
function noticeText(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document.querySelector('cable-reader-view')?.shadowRoot?.querySelector('.cr-copy-notice')
        ?.textContent ?? null,
  );
}

/** The notice's computed background colour. */
function noticeBackground(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const notice = document.querySelector('cable-reader-view')?.shadowRoot?.querySelector('.cr-copy-notice');
    return notice ? getComputedStyle(notice).backgroundColor : null;
  });
}

async function waitForNotice(page: Page): Promise<string> {
  await page.locator('cable-reader-view .cr-copy-notice').waitFor({ timeout: 10_000 });
  return (await noticeText(page)) ?? '';
}

describe.skipIf(skip)('a saved copy against another mirror’s text, in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(FIRST_URL, FIRST_HTML);
    browser.serve(FORGED_URL, FORGED_HTML);
    browser.serve(LONG_URL, FIRST_HTML);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the first copy and tells the reader on the other mirror which paragraph differs', async () => {
    const first = await browser.open(FIRST_URL);
    expect(await waitForOutcome(first.page)).toBe('ready');
    await first.page.getByRole('button', { name: 'Bookmark paragraph 2', exact: true }).click();
    await first.page
      .locator('cable-reader-view button[aria-label="Bookmark paragraph 2"][aria-pressed="true"]')
      .waitFor();
    expect(await noticeText(first.page)).toBeNull();

    const forged = await browser.open(FORGED_URL);
    expect(await waitForOutcome(forged.page)).toBe('ready');
    const notice = await waitForNotice(forged.page);
    // One paragraph, said as one (the catalog's plural forms).
    expect(notice).toContain('in paragraph 4.');
    expect(notice).not.toContain('paragraphs');
    // The notice takes the reader's theme, not the system's: dark picked in a light system is dark.
    await forged.page.emulateMedia({ colorScheme: 'light' });
    expect(await noticeBackground(forged.page)).toBe('rgb(244, 244, 240)');
    await forged.page.getByRole('button', { name: 'Reading settings' }).click();
    await forged.page.getByRole('radio', { name: 'Dark', exact: true }).check();
    await forged.page.keyboard.press('Escape');
    await expect.poll(() => noticeBackground(forged.page)).toBe('rgb(30, 32, 36)');
    await forged.page.setViewportSize({ width: 390, height: 800 });
    await forged.page.screenshot({ path: 'test-results/saved-copy-notice-390.png' });

    const saved = (await browser.request('cable.get', { cableId: CABLE_ID })) as SavedCable;
    const four = saved.document?.blocks.find((b) => b.number === '4');
    expect(four?.text).toContain('We remain concerned about a package');
    expect(saved.cable.urls.map((u) => u.url).sort()).toEqual([FIRST_URL, FORGED_URL].sort());
    await forged.page.getByRole('button', { name: 'Dismiss', exact: true }).click();
    expect(await noticeText(forged.page)).toBeNull();
  });

  it('keeps an overlong address without its query, says so, and bookmarks as usual', async () => {
    const long = await browser.open(LONG_URL);
    expect(await waitForOutcome(long.page)).toBe('ready');
    await long.page.getByRole('button', { name: 'Bookmark paragraph 5', exact: true }).click();
    await long.page
      .locator('cable-reader-view button[aria-label="Bookmark paragraph 5"][aria-pressed="true"]')
      .waitFor();
    expect(await waitForNotice(long.page)).toContain('longer than 2,048 characters');
    expect(long.ourErrors()).toEqual([]);
    const saved = (await browser.request('cable.get', { cableId: CABLE_ID })) as SavedCable;
    expect(saved.cable.urls.map((u) => u.url)).toContain(LONG_URL.slice(0, LONG_URL.indexOf('?')));
  });
});
