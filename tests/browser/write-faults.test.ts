// Writes through the real message path while the background's service worker is killed, in Chromium: the reader
// bookmarks paragraphs with real clicks and the worker is stopped (DevTools' "stop") right after each click or once
// it answered; every bookmark the view showed made is in the store after one more kill and a reload of the page,
// none twice, and the view shows them all. Durability across kills only: a kill here lands between writes, not
// inside one (the suite passes with the client's resend taken out), so the lost answer and its resend under the same
// write id are proved by lib/messaging/handlers/retried-writes.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout } from '../fixtures/layouts';
import { writesFound } from '../fixtures/robustness-tally';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension, type OpenedPage } from './fixture';
import { waitForOutcome } from './view';

const skip = browserSkipReason('writes under a killed service worker');

const CABLE_ID = '08ASTANA1147';
const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, `../../assets/seed/${CABLE_ID}.txt`), 'utf8'),
);
const CABLE_URL = `https://wikileaks.org/cable/2008/06/${CABLE_ID}.html`;
/** The paragraphs bookmarked, each followed by a kill: alternately right after the click and after its answer. */
const LABELS = ['1', '2', '3', '4', '5', '6', '7'];

describe.skipIf(skip)('bookmarks while the service worker is killed, in Chromium', () => {
  let browser: ExtensionBrowser;
  let cable: OpenedPage;
  let devtools: CDPSession;

  /** The extension's service worker as DevTools last reported it: running, stopping, stopped, starting. */
  let workerStatus = 'running';
  const statusListeners = new Set<() => void>();

  /**
   * Stops the extension's service worker as DevTools does and waits until it reports stopped; the next message
   * starts it again. (Playwright keeps the stopped worker's handle: browser.background() is not asked after this.)
   */
  async function killWorker(): Promise<void> {
    const stopped = new Promise<void>((resolve) => {
      const check = () => {
        if (workerStatus !== 'stopped') return;
        statusListeners.delete(check);
        resolve();
      };
      statusListeners.add(check);
    });
    await devtools.send('ServiceWorker.stopAllWorkers');
    await stopped;
  }

  const pressed = (page: Page, label: string) =>
    page
      .locator(`cable-reader-view button[aria-label="Bookmark paragraph ${label}"]`)
      .getAttribute('aria-pressed');

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(CABLE_URL, cablegateLayout({ ...seed.meta, header: null, body: seed.body }));
    // DevTools attached to one of the extension's pages sees (and stops) the extension's service worker.
    const { page: extensionPage } = await browser.open(browser.extensionUrl('popup.html'));
    devtools = await browser.context.newCDPSession(extensionPage);
    devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (!version.scriptURL.startsWith(browser.extensionUrl(''))) continue;
        workerStatus = version.runningStatus;
        for (const listener of [...statusListeners]) listener();
      }
    });
    await devtools.send('ServiceWorker.enable');
    cable = await browser.open(CABLE_URL);
    await cable.page.bringToFront();
    expect(await waitForOutcome(cable.page)).toBe('ready');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps every bookmark the view showed made, once each, across kills right after the click and after the answer', async () => {
    const { page } = cable;
    for (const [i, label] of LABELS.entries()) {
      await page.getByRole('button', { name: `Bookmark paragraph ${label}`, exact: true }).click();
      if (i % 2 === 0) await killWorker();
      // Answered (first time or on the resend): the toggle shows the bookmark made.
      await expect.poll(() => pressed(page, label), { timeout: 15_000 }).toBe('true');
      if (i % 2 === 1) await killWorker();
    }
    // What the reader was shown as made, read again now that every answer is in.
    const shown: string[] = [];
    for (const label of LABELS) if ((await pressed(page, label)) === 'true') shown.push(label);

    await killWorker();
    await page.reload();
    expect(await waitForOutcome(page)).toBe('ready');
    const stored = (
      (await browser.request('bookmark.forCable', { cableId: CABLE_ID })) as {
        bookmarks: { blockKey: string | null }[];
      }
    ).bookmarks.map((b) => b.blockKey ?? '?');
    writesFound('killed service worker', shown.length, shown.filter((l) => stored.includes(l)).length);
    expect(shown).toEqual(LABELS);
    expect(stored.sort()).toEqual([...LABELS].sort());
    for (const label of LABELS) await expect.poll(() => pressed(page, label)).toBe('true');
    expect(cable.ourErrors()).toEqual([]);
  });
});
