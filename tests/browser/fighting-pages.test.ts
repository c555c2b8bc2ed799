// Pages that fight back, in Chromium: a page that re-renders its body (`innerHTML +=`), removes the view's host,
// replaces or moves the original, or moves the host never leaves the cable hidden; the view comes back where it can,
// in the mode the reader had, and what the popup and the shortcut are told agrees with the screen. A page that keeps
// removing the view gets its own page back, whole, and the popup hears there is no view.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout } from '../fixtures/layouts';
import { attacksTried } from '../fixtures/robustness-tally';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { waitForOutcome } from './view';

declare const chrome: typeof Browser;

const skip = browserSkipReason('fighting pages');

const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const URL_BASE = 'https://wikileaks.org/cable/2008/06/08ASTANA1147.html';
const HTML = cablegateLayout({ ...seed.meta, header: null, body: seed.body });

/** What the screen shows: the view's paragraphs, the page's own cable text, or neither. */
type Screen = 'clean' | 'original' | 'hidden';

/** What is on screen now, read from the page's main world as a reader sees it (rendered boxes). */
function screen(page: Page): Promise<Screen> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('cable-reader-view')];
    const viewShown = hosts.some((host) =>
      [...(host.shadowRoot?.querySelectorAll('[data-para]') ?? [])].some((p) => p.checkVisibility()),
    );
    if (viewShown) return 'clean';
    const pres = [...document.querySelectorAll('pre')];
    return pres.length > 0 && pres.some((pre) => pre.checkVisibility()) ? 'original' : 'hidden';
  });
}

/** Waits until the screen shows `want` (the view may take a frame or two to come back). */
async function expectScreen(page: Page, want: Screen): Promise<void> {
  let last: Screen = 'hidden';
  for (let i = 0; i < 100; i++) {
    last = await screen(page);
    if (last === want) return;
    await page.waitForTimeout(50);
  }
  expect(last).toBe(want);
}

describe.skipIf(skip)('pages that fight back, in Chromium', () => {
  let browser: ExtensionBrowser;
  const opened: Page[] = [];

  /** What the popup and the shortcut are told of the tab: its mode, or null when it has no view. */
  async function told(tabId: number): Promise<string | null> {
    const sw = await browser.background();
    const answer = (await sw.evaluate(
      (id) => chrome.tabs.sendMessage(id, { name: 'view.getState', data: {} }),
      tabId,
    )) as { ok: boolean; value?: { mode: string } } | undefined;
    // No answer at all while a view the page took away is being put back (its answers start with its wiring).
    return answer?.ok ? (answer.value?.mode ?? null) : null;
  }

  /** Screen and popup agree on `mode`, and the page holds exactly one host, with its shadow root. */
  async function expectAgreed(page: Page, tabId: number, mode: 'clean' | 'original'): Promise<void> {
    await expectScreen(page, mode);
    await expect.poll(() => told(tabId)).toBe(mode);
    // One host, ours: the page's copies of it (an `innerHTML +=` writes one out) are gone too.
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('cable-reader-view')].map((h) => h.shadowRoot !== null),
    );
    expect(hosts).toEqual([true]);
  }

  async function openCable(): Promise<{ page: Page; tabId: number }> {
    const { page, tabId } = await browser.openTab(URL_BASE);
    opened.push(page);
    expect(await waitForOutcome(page)).toBe('ready');
    await expectAgreed(page, tabId, 'clean');
    return { page, tabId };
  }

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.serve(URL_BASE, HTML);
  });

  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('comes back after the page re-renders its body, in the mode the reader had', async () => {
    const { page, tabId } = await openCable();
    const rewrite1 = attacksTried('fighting-page rewrites');
    await page.evaluate(() => {
      document.body.innerHTML += '<p>Advertisement</p>';
    });
    await expectAgreed(page, tabId, 'clean');
    rewrite1.held();
    // The reader switches to the original (the shortcut's handler), then the page re-renders again.
    expect(await browser.request('command.run', { command: 'toggle-view', tabId })).toBe(true);
    await expectAgreed(page, tabId, 'original');
    const rewrite2 = attacksTried('fighting-page rewrites');
    await page.evaluate(() => {
      document.body.innerHTML += '<p>Another advertisement</p>';
    });
    await expectAgreed(page, tabId, 'original');
    rewrite2.held();
    expect(await browser.request('command.run', { command: 'toggle-view', tabId })).toBe(true);
    await expectAgreed(page, tabId, 'clean');
  });

  it('comes back after the page removes the view’s host', async () => {
    const { page, tabId } = await openCable();
    const rewrite3 = attacksTried('fighting-page rewrites');
    await page.evaluate(() => document.querySelector('cable-reader-view')?.remove());
    await expectAgreed(page, tabId, 'clean');
    rewrite3.held();
  });

  it('comes back on the new element after the page replaces the original', async () => {
    const { page, tabId } = await openCable();
    const rewrite4 = attacksTried('fighting-page rewrites');
    await page.evaluate(() => {
      // The cable's element in this layout is the <code> around its <pre>: the one the view hides and gives back.
      const original = document.querySelector('div.pane.big code');
      original?.replaceWith(original.cloneNode(true));
    });
    await expectAgreed(page, tabId, 'clean');
    rewrite4.held();
    expect(await browser.request('command.run', { command: 'toggle-view', tabId })).toBe(true);
    await expectAgreed(page, tabId, 'original');
  });

  it('keeps the view, and shows the original where it was moved to', async () => {
    const { page, tabId } = await openCable();
    const rewrite5 = attacksTried('fighting-page rewrites');
    await page.evaluate(() => {
      const original = document.querySelector('div.pane.big code');
      if (original) document.body.prepend(original);
    });
    await expectAgreed(page, tabId, 'clean');
    rewrite5.held();
    expect(await browser.request('command.run', { command: 'toggle-view', tabId })).toBe(true);
    await expectAgreed(page, tabId, 'original');
  });

  it('stays on screen when the page moves the view’s host into a box of its own', async () => {
    const { page, tabId } = await openCable();
    const rewrite6 = attacksTried('fighting-page rewrites');
    await page.evaluate(() => {
      const box = document.createElement('div');
      document.body.append(box);
      const host = document.querySelector('cable-reader-view');
      if (host) box.append(host);
    });
    await expectAgreed(page, tabId, 'clean');
    rewrite6.held();
  });

  it('gives a page that keeps removing the view its own page back, and the popup hears there is none', async () => {
    const { page, tabId } = await openCable();
    const rewrite7 = attacksTried('fighting-page rewrites');
    await page.evaluate(() => {
      const removeViews = () => {
        for (const host of document.querySelectorAll('cable-reader-view')) host.remove();
      };
      new MutationObserver(removeViews).observe(document.body, { childList: true, subtree: true });
      removeViews();
    });
    await expectScreen(page, 'original');
    await page.waitForTimeout(500);
    expect(await screen(page)).toBe('original');
    expect(await told(tabId)).toBeNull();
    expect(await browser.request('command.run', { command: 'toggle-view', tabId })).toBe(false);
    // Nothing of ours is left on the page's elements.
    const marked = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('data-cable-reader')),
        ).length,
    );
    expect(marked).toBe(0);
    rewrite7.held();
  });
});
