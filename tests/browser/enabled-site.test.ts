// The generic detector in Chromium: the seed cable in its own mirror's layout is read clean once the reader grants
// that host (the background registers the content script on permissions.onAdded) and left alone once the grant
// is withdrawn. Also the seed in the Cablegate layout at its mirror URL: the sample pages `npm start` opens.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { readSeed } from '../../scripts/sample-pages';
import { expectedView } from '../fixtures/expected-view';
import { cablegateLayout, seedSiteLayout } from '../fixtures/layouts';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { grantableCopy, grantHost, revokeHost } from './host-access';
import {
  hostCount,
  paragraphTop,
  performanceNames,
  presHidden,
  viewParagraphs,
  waitForOutcome,
} from './view';

declare const chrome: typeof Browser;

const skip = browserSkipReason('enabled site');
const seed = readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8');

const ORIGIN = 'https://www.cable-mirror.example/*';
const GENERIC_URL = 'https://www.cable-mirror.example/cables/08ASTANA1147.html';
const GENERIC_HTML = seedSiteLayout(seed);
const MIRROR_URL = 'https://wikileaks.org/cable/2008/06/08ASTANA1147.html';
const { meta, body } = readSeed(seed);
const MIRROR_HTML = cablegateLayout({ ...meta, header: null, body });

/** Whether the background has a content script registered for `origin`, once it settles on `wanted`. */
async function registeredFor(browser: ExtensionBrowser, origin: string, wanted: boolean): Promise<boolean> {
  const sw = await browser.background();
  return sw.evaluate(
    async ([o, want]) => {
      const deadline = Date.now() + 10_000;
      let has = false;
      while (Date.now() < deadline) {
        const scripts = await chrome.scripting.getRegisteredContentScripts();
        has = scripts.some((s) => s.matches?.includes(o));
        if (has === want) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      return has;
    },
    [origin, wanted] as const,
  );
}

/** True when no content script of ours ran in the page (no mark of any kind). */
async function untouched(page: Page): Promise<boolean> {
  return (await performanceNames(page)).length === 0 && (await hostCount(page)) === 0;
}

describe.skipIf(skip)('the generic detector on a host the reader enabled, in Chromium', () => {
  let browser: ExtensionBrowser;
  let extensionDir: string;

  beforeAll(async () => {
    extensionDir = await grantableCopy([ORIGIN]);
    browser = await launchWithExtension({ extensionDir });
    browser.serve(GENERIC_URL, GENERIC_HTML);
    browser.serve(MIRROR_URL, MIRROR_HTML);
  });

  afterAll(async () => {
    await browser?.close();
    if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
  });

  it('finds the seed in its own layout with lib/sites in Node (generic detector on)', () => {
    const expected = expectedView(GENERIC_HTML, GENERIC_URL, { generic: true });
    expect(expected?.site).toBe('generic');
    expect(expected?.paragraphs.length).toBeGreaterThanOrEqual(5);
  });

  /** Withholds the host, then proves a fresh load of the page runs nothing of ours. */
  async function revokeAndExpectNothingRuns(): Promise<void> {
    await revokeHost(browser, ORIGIN);
    expect(await registeredFor(browser, ORIGIN, false)).toBe(false);
    const { page } = await browser.open(GENERIC_URL);
    try {
      // Registered content scripts run at document_end, before the load event.
      await page.waitForLoadState('load');
      expect(await untouched(page)).toBe(true);
    } finally {
      await page.close();
    }
  }

  it('runs nothing on the host before it is granted', revokeAndExpectNothingRuns);

  it('shows the clean view in a tab already open when the host is granted, and on later loads', async () => {
    const expected = expectedView(GENERIC_HTML, GENERIC_URL, { generic: true });
    const open = await browser.open(GENERIC_URL);
    const later = { page: null as Page | null };
    try {
      await open.page.waitForLoadState('load');
      expect(await untouched(open.page)).toBe(true);

      await grantHost(browser, ORIGIN);
      expect(await registeredFor(browser, ORIGIN, true)).toBe(true);
      expect(await waitForOutcome(open.page)).toBe('ready');
      expect(await viewParagraphs(open.page)).toEqual(expected?.paragraphs);
      expect(open.ourErrors()).toEqual([]);

      const fresh = await browser.open(GENERIC_URL);
      later.page = fresh.page;
      expect(await waitForOutcome(fresh.page)).toBe('ready');
      expect(await hostCount(fresh.page)).toBe(1);
      expect(await viewParagraphs(fresh.page)).toEqual(expected?.paragraphs);
      expect(fresh.ourErrors()).toEqual([]);
    } finally {
      await open.page.close();
      await later.page?.close();
    }
  });

  it('follows #par4 on the enabled host too', async () => {
    const { page } = await browser.open(`${GENERIC_URL}#par4`);
    try {
      expect(await waitForOutcome(page)).toBe('ready');
      await expect.poll(() => paragraphTop(page, '4'), { timeout: 10_000 }).toBeGreaterThanOrEqual(-2);
      await expect.poll(() => paragraphTop(page, '4'), { timeout: 10_000 }).toBeLessThan(120);
    } finally {
      await page.close();
    }
  });

  it('stops when the grant is withdrawn', revokeAndExpectNothingRuns);

  it('reads the seed in the Cablegate layout at its mirror URL (npm start’s sample page)', async () => {
    const expected = expectedView(MIRROR_HTML, MIRROR_URL);
    expect(expected?.site).toBe('cablegate');
    const opened = await browser.open(MIRROR_URL);
    try {
      expect(await waitForOutcome(opened.page)).toBe('ready');
      expect(await viewParagraphs(opened.page)).toEqual(expected?.paragraphs);
      expect(await presHidden(opened.page)).toBe(true);
      expect(opened.ourErrors()).toEqual([]);
    } finally {
      await opened.page.close();
    }
  });
});
