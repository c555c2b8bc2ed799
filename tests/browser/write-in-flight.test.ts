// Kills the background's service worker inside a bookmark write, in Chromium, at the two points that matter: before
// its transaction commits (the write dies with the worker; the client's resend must apply it) and after the commit,
// before the answer (the channel closes; the resend under the same write id must be answered, not applied again).
// The write is held there by tests/browser/write-probe.ts, installed into the worker through DevTools.
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
import { type HoldAt, holdNextBookmarkWrite, writeReached } from './write-probe';

const skip = browserSkipReason('writes in flight when the service worker is killed');

const CABLE_ID = '08ASTANA1147';
const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, `../../assets/seed/${CABLE_ID}.txt`), 'utf8'),
);
const CABLE_URL = `https://wikileaks.org/cable/2008/06/${CABLE_ID}.html`;

/** The write ids the store's applied log lists, read from an extension page (the database is the extension's). */
function appliedLog(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        // Opened without a version: the extension's database exists by now, and is read as it is.
        const open = indexedDB.open('cable-reader');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('meta').objectStore('meta').get('applied');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { value?: string[] } | undefined)?.value ?? []);
          };
        };
      }),
  );
}

describe.skipIf(skip)('a bookmark write in flight when the service worker is killed, in Chromium', () => {
  let browser: ExtensionBrowser;
  let cable: OpenedPage;
  let worker: WorkerControl;
  let storePage: Page;

  const controls = (label: string) =>
    cable.page.locator(`cable-reader-view button[aria-label="Bookmark paragraph ${label}"]`);
  const pressed = (label: string) => controls(label).getAttribute('aria-pressed');
  /** Waits until paragraph `label`'s toggle has its answer (or gave up): the control is busy no more. */
  const settled = (label: string) =>
    expect.poll(() => controls(label).getAttribute('aria-busy'), { timeout: 15_000 }).toBeNull();
  /** Failure messages the view shows beside paragraph controls (a toggle whose send failed). */
  const shownErrors = () => cable.page.locator('cable-reader-view .cr-bm-error').allTextContents();

  /** The paragraph's bookmarks in the store, read after the worker was killed once more (a fresh one answers). */
  async function storedOn(label: string): Promise<number> {
    await worker.kill();
    const { bookmarks } = (await browser.request('bookmark.forCable', { cableId: CABLE_ID })) as {
      bookmarks: { blockKey: string | null }[];
    };
    return bookmarks.filter((b) => b.blockKey === label).length;
  }

  /** Clicks paragraph `label`'s bookmark with the next bookmark write held at `hold`; resolves with its id. */
  async function clickHeld(label: string, hold: HoldAt, phase: 'queued' | 'committed'): Promise<string> {
    // Woken by a request if a kill stopped it, so the probe goes into the worker that takes the click.
    await browser.request('bookmark.forCable', { cableId: CABLE_ID });
    await worker.running();
    // Possibly a handle Playwright kept from before a kill: the write reaching `phase` there proves it is the live one.
    const background = await browser.background();
    await holdNextBookmarkWrite(background, hold);
    await cable.page.getByRole('button', { name: `Bookmark paragraph ${label}`, exact: true }).click();
    return writeReached(background, phase);
  }

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(CABLE_URL, cablegateLayout({ ...seed.meta, header: null, body: seed.body }));
    worker = await controlWorker(browser);
    storePage = (await browser.open(browser.extensionUrl('manifest.json'))).page;
    cable = await browser.open(CABLE_URL);
    await cable.page.bringToFront();
    expect(await waitForOutcome(cable.page)).toBe('ready');
  });

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Kills the worker with paragraph `label`'s write held, and checks that the resend under `writeId` was answered
   * and applied once: a failed send shows its message beside the paragraph; a resend applied again lists its id twice
   * in the applied log (and, a toggle, takes the bookmark off again).
   */
  async function expectResendAppliedOnce(label: string, writeId: string): Promise<void> {
    expect(await controls(label).getAttribute('aria-busy')).toBe('true');
    await worker.kill();
    await settled(label);
    expect(await shownErrors()).toEqual([]);
    expect((await appliedLog(storePage)).filter((id) => id === writeId)).toHaveLength(1);
    expect(await pressed(label)).toBe('true');
    const found = await storedOn(label);
    writesFound('killed service worker', 1, Math.min(found, 1));
    expect(found).toBe(1);
    expect(cable.ourErrors()).toEqual([]);
  }

  it('applies a write whose transaction died with the worker: the resend stores it once and the paragraph shows it', async () => {
    // Every request of the write queued, its transaction open: only the resend can store it.
    const writeId = await clickHeld('1', 'uncommitted', 'queued');
    await expectResendAppliedOnce('1', writeId);
  });

  it('answers the resend of a write stored before its answer was lost: applied once, shown made, no error', async () => {
    const writeId = await clickHeld('2', 'unanswered', 'committed');
    // Committed before the kill, and the page still waits: the answer is all that is missing.
    expect(await appliedLog(storePage)).toContain(writeId);
    await expectResendAppliedOnce('2', writeId);
  });
});
