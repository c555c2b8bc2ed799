// Writes through the real message path while the background's service worker is killed, in Chromium: the reader
// bookmarks paragraphs with real clicks and the worker is stopped (DevTools' "stop") right after each click or once
// it answered; every bookmark the view showed made is in the store after one more kill and a reload of the page,
// none twice, and the view shows them all. Durability across kills only: a kill here lands between writes; the
// kills inside one (before its commit, and after it with the answer lost) are write-in-flight.test.ts's.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout } from '../fixtures/layouts';
import { writesFound } from '../fixtures/robustness-tally';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension, type OpenedPage } from './fixture';
import { waitForOutcome } from './view';
import { controlWorker, type WorkerControl } from './worker-control';

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
  let worker: WorkerControl;

  const pressed = (page: Page, label: string) =>
    page
      .locator(`cable-reader-view button[aria-label="Bookmark paragraph ${label}"]`)
      .getAttribute('aria-pressed');

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(CABLE_URL, cablegateLayout({ ...seed.meta, header: null, body: seed.body }));
    worker = await controlWorker(browser);
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
      if (i % 2 === 0) await worker.kill();
      // Answered (first time or on the resend): the toggle shows the bookmark made.
      await expect.poll(() => pressed(page, label), { timeout: 15_000 }).toBe('true');
      if (i % 2 === 1) await worker.kill();
    }
    // What the reader was shown as made, read again now that every answer is in.
    const shown: string[] = [];
    for (const label of LABELS) if ((await pressed(page, label)) === 'true') shown.push(label);

    await worker.kill();
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
