// The view's own controls on a page that tries to have them pressed unseen (clickjacking), in Chromium: a real
// mouse click through the page's overlay, or on a control the page made see-through, writes nothing and says why;
// the same click with nothing over the control, and a key press on it, bookmark. Removing a bookmark from the page
// offers Undo, which puts it back in the store.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout } from '../fixtures/layouts';
import { attacksTried } from '../fixtures/robustness-tally';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension, type OpenedPage } from './fixture';
import { COVERS, type Cover, coverToggle, uncover } from './page-covers';
import { waitForOutcome } from './view';

const skip = browserSkipReason('page controls');

const CABLE_ID = '08ASTANA1147';
const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const CABLE_URL = `https://wikileaks.org/cable/2008/06/${CABLE_ID}.html`;
const REFUSED = 'Cable Reader ignored a click: something covers this control.';

/** The in-view toggle of a paragraph. */
const bookmarkButton = (page: Page, label: string) =>
  page.getByRole('button', { name: `Bookmark paragraph ${label}`, exact: true });

describe.skipIf(skip)('the view’s controls on a page that covers them, in Chromium', () => {
  let browser: ExtensionBrowser;
  let cable: OpenedPage;

  /** The paragraphs the store holds a bookmark on. */
  async function storedBookmarks(): Promise<string[]> {
    const places = (await browser.request('bookmark.forCable', { cableId: CABLE_ID })) as {
      bookmarks: { blockKey: string | null }[];
    };
    return places.bookmarks.map((b) => b.blockKey ?? '?').sort();
  }

  async function pressedIs(label: string, pressed: boolean): Promise<void> {
    await expect
      .poll(() => bookmarkButton(cable.page, label).getAttribute('aria-pressed'), { timeout: 10_000 })
      .toBe(String(pressed));
  }

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(CABLE_URL, cablegateLayout({ ...seed.meta, header: null, body: seed.body }));
  });

  beforeEach(async () => {
    cable = await browser.open(CABLE_URL);
    expect(await waitForOutcome(cable.page)).toBe('ready');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(COVERS)('writes nothing for a real click through the page’s %s, and says why', async (cover) => {
    const { page } = cable;
    const attack = attacksTried('overlay covers');
    const before = await storedBookmarks();
    const point = await page.evaluate(coverToggle, { label: '5', cover, scroll: true });
    await page.mouse.click(point.x, point.y);
    await page.getByRole('status').getByText(REFUSED).waitFor();
    // The refused click reached no handler: no request left, so nothing can arrive later either.
    await pressedIs('5', false);
    expect(await storedBookmarks()).toEqual(before);
    attack.held();

    // Uncovered, the reader's next click on the same spot counts.
    await page.evaluate(uncover);
    await page.mouse.click(point.x, point.y);
    await pressedIs('5', true);
    expect(await storedBookmarks()).toEqual([...before, '5'].sort());
    await bookmarkButton(page, '5').click();
    await pressedIs('5', false);
    expect(cable.ourErrors()).toEqual([]);
  });

  it('bookmarks with a real click on an uncovered toggle, and with a key press on it', async () => {
    const { page } = cable;
    const point = await page.evaluate(coverToggle, { label: '3', cover: 'none' as Cover, scroll: true });
    await page.mouse.click(point.x, point.y);
    await pressedIs('3', true);
    // A key press on the focused toggle has no coordinates: its centre is what is checked.
    await bookmarkButton(page, '3').focus();
    await page.keyboard.press('Enter');
    await pressedIs('3', false);
    await page.keyboard.press('Space');
    await pressedIs('3', true);
    expect(await storedBookmarks()).toContain('3');
    await page.keyboard.press('Enter');
    await pressedIs('3', false);
    expect(await page.getByText(REFUSED).count()).toBe(0);
    expect(cable.ourErrors()).toEqual([]);
  });

  it('offers Undo after a removal, announced, and Undo puts the bookmark back in the store', async () => {
    const { page } = cable;
    await bookmarkButton(page, '6').click();
    await pressedIs('6', true);
    expect(await storedBookmarks()).toContain('6');
    await bookmarkButton(page, '6').click();
    await pressedIs('6', false);
    const status = page.getByRole('status').filter({ hasText: 'Bookmark removed from paragraph 6.' });
    await status.getByText('Bookmark removed from paragraph 6.').waitFor();
    expect(await storedBookmarks()).not.toContain('6');

    // A script of the page pressing Undo is refused like any synthetic click.
    await page.evaluate(() => {
      const undo = [
        ...(document.querySelector('cable-reader-view')?.shadowRoot?.querySelectorAll('button') ?? []),
      ];
      undo.find((b) => b.textContent === 'Undo')?.click();
    });
    await page.waitForTimeout(300);
    expect(await storedBookmarks()).not.toContain('6');

    await status.getByRole('button', { name: 'Undo' }).click();
    await pressedIs('6', true);
    await page.getByRole('status').getByText('Bookmark on paragraph 6 restored.').waitFor();
    expect(await storedBookmarks()).toContain('6');
    expect(cable.ourErrors()).toEqual([]);
  });
});
