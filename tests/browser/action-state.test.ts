// The toolbar button says what its tab shows, in Chromium: grey and "no cable found" on a mirror's page with no
// cable, the clean view's icon and tooltip on a cable, the original page's once switched; each tab its own.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout } from '../fixtures/layouts';
import { nonCablePages } from '../fixtures/non-cable-pages';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { clearStoredViews } from './stored-view';
import { toggleButton, waitForOutcome } from './view';

declare const chrome: typeof Browser;

const skip = browserSkipReason('toolbar button state');

const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const SEED_URL = 'https://wikileaks.org/cable/2008/06/08ASTANA1147.html';
const SEED_HTML = cablegateLayout({ ...seed.meta, header: null, body: seed.body });
const DECLINED = 'Cable Reader: no cable found, the page is left as it is';

describe.skipIf(skip)('the toolbar button, in Chromium', () => {
  let browser: ExtensionBrowser;
  const opened: Page[] = [];

  /** The tooltip the toolbar button shows for `tabId`, once it is `expected` (the message may still be on its way). */
  async function titleBecomes(tabId: number, expected: string): Promise<string> {
    const sw = await browser.background();
    return sw.evaluate(
      async ({ id, want }) => {
        let title = '';
        for (let i = 0; i < 100; i++) {
          title = await chrome.action.getTitle({ tabId: id });
          if (title === want) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        return title;
      },
      { id: tabId, want: expected },
    );
  }

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(SEED_URL, SEED_HTML);
    for (const p of nonCablePages) browser.serve(p.url, p.html);
  });

  afterAll(async () => {
    for (const page of opened) await page.close();
    await clearStoredViews(browser);
    await browser?.close();
  });

  it('says a page was left as it is where no cable is found, and tells the clean view from the original page', async () => {
    const listing = nonCablePages[0];
    if (!listing) throw new Error('no non-cable page to open');
    const other = await browser.openTab(listing.url);
    opened.push(other.page);
    expect(await waitForOutcome(other.page)).toBe('declined');
    expect(await titleBecomes(other.tabId, DECLINED)).toBe(DECLINED);

    const cable = await browser.openTab(SEED_URL);
    opened.push(cable.page);
    expect(await waitForOutcome(cable.page)).toBe('ready');
    expect(await titleBecomes(cable.tabId, 'Cable Reader: clean view')).toBe('Cable Reader: clean view');

    await toggleButton(cable.page, 'Original page').click();
    expect(await titleBecomes(cable.tabId, 'Cable Reader: original page shown')).toBe(
      'Cable Reader: original page shown',
    );
    // The other tab kept its own: switching one tab's view says nothing of another's.
    expect(await titleBecomes(other.tabId, DECLINED)).toBe(DECLINED);
    await toggleButton(cable.page, 'Clean view').click();
    expect(await titleBecomes(cable.tabId, 'Cable Reader: clean view')).toBe('Cable Reader: clean view');
  });
});
