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
import { browserSkipReason, type ExtensionBrowser, launchWithExtension, type OpenedPage } from './fixture';
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

/**
 * How the page covers a control while the view has the whole page (every other element of the body hidden): an
 * element of its own outside the body, a pseudo-element of <html>, an element put into the view's open shadow
 * root (by its inline style, or by a sheet the page put there with it), each letting clicks through; a style put
 * there that makes the toggle see-through; or its body made see-through. `none`: nothing over it.
 */
type Cover =
  | 'decoy'
  | 'transparent overlay'
  | 'pseudo-element'
  | 'element in the view'
  | 'element styled in the view'
  | 'style in the view'
  | 'see-through body'
  | 'none';

/**
 * Scrolls paragraph `label`'s toggle to the middle of the viewport, covers it as `cover` says, and returns the
 * toggle's centre: where the reader's pointer goes. Run in the page's main world (self-contained).
 */
function coverToggle({ label, cover }: { label: string; cover: Cover }): { x: number; y: number } {
  const shadow = document.querySelector('cable-reader-view')?.shadowRoot;
  const button = shadow?.querySelector(`[aria-label="Bookmark paragraph ${label}"]`);
  if (!shadow || !button) throw new Error('no toggle');
  button.scrollIntoView({ block: 'center' });
  const rect = button.getBoundingClientRect();
  const box = `position:fixed;left:${rect.left - 40}px;top:${rect.top - 20}px;width:120px;height:60px;z-index:2147483647;pointer-events:none`;
  const overlay = document.createElement('div');
  overlay.className = 'page-cover';
  if (cover === 'decoy' || cover === 'element in the view') {
    overlay.textContent = 'Claim your prize';
    overlay.style.cssText = `${box};background:gold;color:black`;
    (cover === 'decoy' ? document.documentElement : shadow).append(overlay);
  } else if (cover === 'element styled in the view') {
    // No inline pointer-events: the page's own sheet in the view's shadow root lets clicks through it.
    const style = document.createElement('style');
    style.className = 'page-cover';
    style.textContent = '.page-cover { pointer-events: none !important; }';
    overlay.textContent = 'Claim your prize';
    overlay.style.cssText = `${box.replace(';pointer-events:none', '')};background:gold;color:black`;
    shadow.append(style, overlay);
  } else if (cover === 'transparent overlay') {
    overlay.style.cssText = box;
    document.documentElement.append(overlay);
  } else if (cover === 'pseudo-element') {
    const style = document.createElement('style');
    style.className = 'page-cover';
    style.textContent = `html::after{content:"Claim your prize";${box};background:gold}`;
    document.head.append(style);
  } else if (cover === 'style in the view') {
    const style = document.createElement('style');
    style.className = 'page-cover';
    style.textContent = '.cr-bm { opacity: 0 !important; }';
    shadow.append(style);
  } else if (cover === 'see-through body') document.body.style.opacity = '0';
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

function uncover(): void {
  const shadow = document.querySelector('cable-reader-view')?.shadowRoot;
  for (const el of [
    ...document.querySelectorAll('.page-cover'),
    ...(shadow?.querySelectorAll('.page-cover') ?? []),
  ])
    el.remove();
  document.body.style.removeProperty('opacity');
}

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

  it.each([
    'decoy',
    'transparent overlay',
    'pseudo-element',
    'element in the view',
    'element styled in the view',
    'style in the view',
    'see-through body',
  ] as const)('writes nothing for a real click through the page’s %s, and says why', async (cover) => {
    const { page } = cable;
    const before = await storedBookmarks();
    const point = await page.evaluate(coverToggle, { label: '5', cover });
    await page.mouse.click(point.x, point.y);
    await page.getByRole('status').getByText(REFUSED).waitFor();
    // The refused click reached no handler: no request left, so nothing can arrive later either.
    await pressedIs('5', false);
    expect(await storedBookmarks()).toEqual(before);

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
    const point = await page.evaluate(coverToggle, { label: '3', cover: 'none' as Cover });
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
