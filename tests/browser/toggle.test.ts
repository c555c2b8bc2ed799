// Switching between the clean view and the original page in Chromium: the button switches this page only, the
// site's "Always open the original" is remembered where the reader chose it and undone in the popup, and the
// keyboard shortcut's handler (driven through the background, since CDP cannot press extension shortcuts) and the
// popup's control switch the tab they are given.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout } from '../fixtures/layouts';
import { nonCablePages } from '../fixtures/non-cable-pages';
import { SAMPLE_BODY, SAMPLE_HEADER, SAMPLE_ID } from '../fixtures/sample-cable';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { clearStoredViews, waitForStoredView } from './stored-view';
import { presHidden, presVisible, toggleButton, waitForOutcome } from './view';

const skip = browserSkipReason('toggle');

const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const SEED_URL = 'https://wikileaks.org/cable/2008/06/08ASTANA1147.html';
const SEED_HTML = cablegateLayout({ ...seed.meta, header: null, body: seed.body });
// A second cable on the same site, and the seed on another mirror host, to tell "per site" from "everywhere".
const OTHER_URL = `https://wikileaks.org/cable/2009/03/${SAMPLE_ID}.html`;
const OTHER_HTML = cablegateLayout({
  id: SAMPLE_ID,
  subject: 'ZEMBLA: HARBOUR CONCESSION STALLS AHEAD OF ELECTIONS',
  created: '2009-03-14 12:00',
  released: '2011-08-30 01:44',
  classification: 'CONFIDENTIAL',
  origin: 'Embassy Zembla',
  header: SAMPLE_HEADER,
  body: SAMPLE_BODY,
});
const OTHER_SITE_URL = 'https://wikileaks.ch/cable/2008/06/08ASTANA1147.html';

/** Waits until the page shows the clean view (button "Original page", original hidden). */
async function expectClean(page: Page): Promise<void> {
  await toggleButton(page, 'Original page').waitFor();
  expect(await presHidden(page)).toBe(true);
}

/** Waits until the page shows the original (button "Clean view", original visible). */
async function expectOriginal(page: Page): Promise<void> {
  await toggleButton(page, 'Clean view').waitFor();
  expect(await presVisible(page)).toBe(true);
}

describe.skipIf(skip)('switching views, in Chromium', () => {
  let browser: ExtensionBrowser;
  const opened: Page[] = [];

  async function open(url: string): Promise<Page> {
    const { page } = await browser.open(url);
    opened.push(page);
    expect(await waitForOutcome(page)).toBe('ready');
    return page;
  }

  /** Like open, in a tab the extension opened, so its id is known. */
  async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
    const { page, tabId } = await browser.openTab(url);
    opened.push(page);
    expect(await waitForOutcome(page)).toBe('ready');
    return { page, tabId };
  }

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(SEED_URL, SEED_HTML);
    browser.serve(OTHER_URL, OTHER_HTML);
    browser.serve(OTHER_SITE_URL, SEED_HTML);
    for (const p of nonCablePages) browser.serve(p.url, p.html);
  });

  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
    await clearStoredViews(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens clean by default', async () => {
    await expectClean(await open(SEED_URL));
  });

  it('switches to the original for this page only: a reload and the site’s other cables open clean', async () => {
    const page = await open(SEED_URL);
    await toggleButton(page, 'Original page').click();
    await expectOriginal(page);
    // One peek at the original is no choice for the site: nothing is stored.
    await waitForStoredView(browser, 'clean');
    await expectClean(await open(OTHER_URL));
    await page.reload();
    expect(await waitForOutcome(page)).toBe('ready');
    await expectClean(page);
  });

  it('remembers "Always open the original on this site" from the view’s settings, and the popup undoes it', async () => {
    const { page, tabId } = await openTab(SEED_URL);
    await page.getByRole('button', { name: 'Reading settings' }).first().click();
    await page.getByRole('checkbox', { name: 'Always open the original on wikileaks.org' }).check();
    await waitForStoredView(browser, 'original');
    // The choice is the site's: another cable there opens as the original, the same cable elsewhere clean.
    await expectOriginal(await open(OTHER_URL));
    await expectClean(await open(OTHER_SITE_URL));

    const popup = await browser.context.newPage();
    opened.push(popup);
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    const choice = popup.getByRole('checkbox', { name: 'Always open the original on wikileaks.org' });
    expect(await choice.isChecked()).toBe(true);
    await choice.uncheck();
    await waitForStoredView(browser, 'clean');
    await expectClean(await open(OTHER_URL));
  });

  it('switches the given tab when the background runs the shortcut’s handler', async () => {
    const { page, tabId } = await openTab(SEED_URL);
    const command = { command: 'toggle-view', tabId };

    expect(await browser.request('command.run', command)).toBe(true);
    await expectOriginal(page);
    expect(await browser.request('command.run', command)).toBe(true);
    await expectClean(page);
  });

  it('answers false to the shortcut on a tab with no clean view', async () => {
    const listing = nonCablePages[0];
    expect(listing).toBeDefined();
    if (!listing) return;
    const { page, tabId } = await browser.openTab(listing.url);
    opened.push(page);
    expect(await waitForOutcome(page)).toBe('declined');
    expect(await browser.request('command.run', { command: 'toggle-view', tabId })).toBe(false);
  });

  it('switches the tab named in popup.html?tab=<id> from the popup’s control', async () => {
    const { page, tabId } = await openTab(SEED_URL);
    const popup = await browser.context.newPage();
    opened.push(popup);
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));

    await popup.getByRole('button', { name: 'Show original page' }).click();
    await expectOriginal(page);
    await popup.getByRole('button', { name: 'Show clean view' }).click();
    await expectClean(page);
  });
});
