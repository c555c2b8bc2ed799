// The content script under an extension reload or update, in Chromium: a tab opened before keeps working or gives
// the page back whole (original shown, our host and style gone), with no error from our code, whatever the reader
// does next (toggle, bookmark, scroll, follow a paragraph link); new pages get the new version; bookmarks survive.

import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout } from '../fixtures/layouts';
import { writesFound } from '../fixtures/robustness-tally';
import {
  browserSkipReason,
  type ExtensionBrowser,
  launchWithExtension,
  type OpenedPage,
  readBuiltManifest,
  snapshotBuild,
} from './fixture';
import {
  hostCount,
  pageBodyWithoutOurs,
  presHidden,
  presVisible,
  toggleButton,
  waitForOutcome,
} from './view';

/** The extension API as extension pages and the background see it (module-scoped). */
declare const chrome: typeof Browser;

const skip = browserSkipReason('extension reload');

const CABLE_ID = '08ASTANA1147';
const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const CABLE_URL = `https://wikileaks.org/cable/2008/06/${CABLE_ID}.html`;
const CABLE_HTML = cablegateLayout({ ...seed.meta, header: null, body: seed.body });
// The page as the mirror serves it, on a host no content script matches: what "given back whole" means.
const REFERENCE_URL = `https://reference.invalid/cable/2008/06/${CABLE_ID}.html`;

/** Actions a reader may take on a tab whose content script lost its extension. */
type ReaderAction = 'toggle' | 'bookmark' | 'scroll and follow a paragraph link';

describe.skipIf(skip)('the content script when the extension reloads or updates under an open tab', () => {
  let extensionDir = '';
  let browser: ExtensionBrowser;
  let reference: Page;

  /** Reloads the extension from one of its pages, as chrome://extensions' reload does, and waits for the new worker. */
  async function reloadExtension(): Promise<Worker> {
    const old = await browser.background();
    const { page } = await browser.open(browser.extensionUrl('popup.html'));
    const next = browser.context.waitForEvent('serviceworker', {
      predicate: (w) => w !== old && w.url().startsWith(browser.extensionUrl('')),
      timeout: 30_000,
    });
    // The page goes away with the old extension: its evaluate may never answer.
    void page.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    const worker = await next;
    await page.close().catch(() => undefined);
    return worker;
  }

  /** A cable tab with the clean view up, and a bookmark on paragraph 4 made by a real click. */
  async function openCable(): Promise<OpenedPage> {
    const opened = await browser.open(CABLE_URL);
    await opened.page.bringToFront();
    expect(await waitForOutcome(opened.page)).toBe('ready');
    return opened;
  }

  /** The view is either whole and working, or gone with the original shown exactly as served. */
  async function expectWorkingOrGone(page: Page): Promise<'working' | 'gone'> {
    if ((await hostCount(page)) === 0) {
      expect(await presVisible(page), 'the original shows').toBe(true);
      expect(await pageBodyWithoutOurs(page)).toBe(await pageBodyWithoutOurs(reference));
      const leftovers = await page.evaluate(
        () =>
          document.querySelectorAll(
            '[data-cable-reader-hidden], style[data-cable-reader-style], style[wxt-shadow-root-document-styles]',
          ).length,
      );
      expect(leftovers, 'our attributes and styles left in the page').toBe(0);
      return 'gone';
    }
    // Still there: then it must still switch, and show one view at a time.
    const clean = await toggleButton(page, 'Original page').isVisible();
    expect(await (clean ? presHidden(page) : presVisible(page))).toBe(true);
    return 'working';
  }

  async function act(page: Page, action: ReaderAction): Promise<void> {
    switch (action) {
      case 'toggle':
        await toggleButton(page, 'Original page').click();
        break;
      case 'bookmark':
        await page.getByRole('button', { name: 'Bookmark paragraph 2', exact: true }).click();
        break;
      case 'scroll and follow a paragraph link':
        await page.mouse.wheel(0, 600);
        await page.evaluate(() => {
          location.hash = '#par3';
        });
        await page.mouse.wheel(0, -300);
        break;
    }
    // Let whatever the click or hash set off (a message to a dead runtime, a storage write) run its course.
    await page.waitForTimeout(500);
  }

  /**
   * Chromium reloads an unpacked extension only in developer mode (otherwise it disables it as an "unsupported
   * developer extension"), as on chrome://extensions, where a developer reloads one: turn it on there.
   */
  async function enableDeveloperMode(): Promise<void> {
    const page = await browser.context.newPage();
    try {
      await page.goto('chrome://extensions/');
      const error = await page.evaluate(
        () =>
          new Promise<string | null>((done) => {
            // biome-ignore lint/suspicious/noExplicitAny: chrome.developerPrivate is a private API of chrome://extensions
            (chrome as any).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () =>
              done(chrome.runtime.lastError?.message ?? null),
            );
          }),
      );
      if (error) throw new Error(`developer mode: ${error}`);
    } finally {
      await page.close();
    }
  }

  beforeAll(async () => {
    // The suite's own copy of the build: the update test rewrites its manifest.
    extensionDir = await snapshotBuild();
    browser = await launchWithExtension({ extensionDir });
    await enableDeveloperMode();
    browser.serve(CABLE_URL, CABLE_HTML);
    browser.serve(REFERENCE_URL, CABLE_HTML);
    reference = (await browser.open(REFERENCE_URL)).page;
  });

  afterAll(async () => {
    await browser?.close();
    // The fixture removes only the folders it made itself.
    if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
  });

  describe.each<ReaderAction>(['toggle', 'bookmark', 'scroll and follow a paragraph link'])(
    'after a reload, the reader goes on to %s',
    (action) => {
      it('meets no error of ours, and the view keeps working or steps aside cleanly', async () => {
        const opened = await openCable();
        const { page } = opened;
        try {
          await reloadExtension();
          await act(page, action);
          const outcome = await expectWorkingOrGone(page);
          // A second action on what is left: a view that stayed must still work; a page given back stays whole.
          if (outcome === 'working') await act(page, 'toggle');
          await expectWorkingOrGone(page);
          expect(opened.ourErrors()).toEqual([]);
        } finally {
          await page.close();
        }
      });
    },
  );

  it('after an update (a new version), an open tab steps aside or works, a new tab gets the new version, and bookmarks survive', async () => {
    const before = await openCable();
    await before.page.getByRole('button', { name: 'Bookmark paragraph 4', exact: true }).click();
    await before.page
      .locator('cable-reader-view button[aria-label="Bookmark paragraph 4"][aria-pressed="true"]')
      .waitFor();

    const manifest = await readBuiltManifest(extensionDir);
    const version = `${manifest.version}.1`;
    await writeFile(join(extensionDir, 'manifest.json'), JSON.stringify({ ...manifest, version }, null, 2));
    const worker = await reloadExtension();
    await worker.evaluate(async () => {
      while (!(globalThis as { chrome?: typeof Browser }).chrome?.runtime?.getManifest)
        await new Promise((r) => setTimeout(r, 20));
    });
    expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(version);

    // The old tab: the reader toggles and scrolls on; no error, and it works or gives the page back.
    await act(before.page, 'toggle');
    await act(before.page, 'scroll and follow a paragraph link');
    await expectWorkingOrGone(before.page);
    expect(before.ourErrors()).toEqual([]);

    // A reload of the old tab, and a new tab, run the new version, with the bookmark made before the update.
    await before.page.reload();
    expect(await waitForOutcome(before.page)).toBe('ready');
    const after = await openCable();
    // The one write acknowledged before the update (its toggle pressed), looked for in a tab of the new version.
    const found = await after.page
      .locator('cable-reader-view button[aria-label="Bookmark paragraph 4"][aria-pressed="true"]')
      .waitFor()
      .then(
        () => 1,
        () => 0,
      );
    writesFound('extension reload and update', 1, found);
    for (const page of [before.page, after.page]) {
      await page
        .locator('cable-reader-view button[aria-label="Bookmark paragraph 4"][aria-pressed="true"]')
        .waitFor();
      await toggleButton(page, 'Original page').click();
      await toggleButton(page, 'Clean view').click();
      await toggleButton(page, 'Original page').waitFor();
    }
    expect(before.ourErrors()).toEqual([]);
    expect(after.ourErrors()).toEqual([]);
    await before.page.close();
    await after.page.close();
  });
});
