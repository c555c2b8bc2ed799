// Firefox for Android, as near as this machine gets (no emulator): firefox-esr over WebDriver BiDi at a phone's
// 390x844 viewport with Firefox for Android's user agent. The seed cable at its mirror URL shows the clean view
// within the phone's width, switches to the original and back on real taps, bookmarks a paragraph through the
// background's store; and the popup, opened at its moz-extension:// address (the profile pins the add-on's UUID),
// shows that tab's cable within the phone's width, switches it on a tap and lists the bookmark.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../scripts/sample-pages';
import { findBuild } from '../build/build-output';
import { cablegateLayout } from '../fixtures/layouts';
import { type FirefoxBrowser, firefoxSkipReason, launchFirefox } from './firefox';

const build = findBuild('Firefox for Android check', ['firefox-mv2', 'firefox-mv3']);
const skip = !build ? 'no Firefox build' : firefoxSkipReason('Firefox for Android check', build);

const PHONE = { width: 390, height: 844, devicePixelRatio: 3 };
const ANDROID_UA = 'Mozilla/5.0 (Android 14; Mobile; rv:140.0) Gecko/140.0 Firefox/140.0';
const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const SEED_URL = 'https://wikileaks.org/cable/2008/06/08ASTANA1147.html';

interface PhoneView {
  userAgent: string;
  width: number;
  complete: boolean;
  declined: boolean;
  toggle: string | null;
  paragraphs: number;
  presShown: boolean[];
  /** Elements of the view reaching past the right edge of the screen (tag and text, a few). */
  overflowing: string[];
  pressed: string | null;
}

/** What the phone shows (run in Firefox; self-contained). */
function readPhone(label: string): PhoneView {
  const root = document.querySelector('cable-reader-view')?.shadowRoot;
  const width = window.innerWidth;
  const overflowing = [...(root?.querySelectorAll('*') ?? [])]
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.right > width + 1 && el.checkVisibility();
    })
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`);
  return {
    userAgent: navigator.userAgent,
    width,
    complete: performance.getEntriesByName('cable-reader:complete', 'mark').length > 0,
    declined: performance.getEntriesByName('cable-reader:declined', 'mark').length > 0,
    toggle: root?.querySelector('.cr-toggle')?.textContent ?? null,
    paragraphs: root?.querySelectorAll('[data-para]').length ?? 0,
    presShown: [...document.querySelectorAll('pre')].map((pre) => pre.checkVisibility()),
    overflowing,
    pressed:
      root?.querySelector(`button[aria-label="Bookmark paragraph ${label}"]`)?.getAttribute('aria-pressed') ??
      null,
  };
}

async function waitFor(
  firefox: FirefoxBrowser,
  done: (v: PhoneView) => boolean,
  what: string,
): Promise<PhoneView> {
  const deadline = Date.now() + 20_000;
  let view = await firefox.evaluate(readPhone, '2');
  while (!done(view)) {
    if (Date.now() > deadline) throw new Error(`phone: ${what} did not happen: ${JSON.stringify(view)}`);
    await new Promise((r) => setTimeout(r, 100));
    view = await firefox.evaluate(readPhone, '2');
  }
  return view;
}

interface PhonePopup {
  lang: string;
  text: string;
  toggle: string | null;
  scrollWidth: number;
  width: number;
  overflowing: string[];
}

/** What the popup shows (run in the popup page; self-contained). */
function readPopup(): PhonePopup {
  const width = window.innerWidth;
  return {
    lang: document.documentElement.lang,
    text: document.body.textContent ?? '',
    toggle: document.querySelector('.pp-tab .pp-primary')?.textContent ?? null,
    scrollWidth: document.documentElement.scrollWidth,
    width,
    overflowing: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.checkVisibility())
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`),
  };
}

describe.skipIf(skip)('Cable Reader on a phone-sized Firefox with the Android user agent', () => {
  let firefox: FirefoxBrowser;

  beforeAll(async () => {
    firefox = await launchFirefox(build ?? '', {
      viewport: PHONE,
      userAgent: ANDROID_UA,
    });
    firefox.serve(SEED_URL, cablegateLayout({ ...seed.meta, header: null, body: seed.body }));
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
  });

  it('shows the view within the screen, toggles on taps and bookmarks a paragraph', async () => {
    await firefox.navigate(SEED_URL);
    const clean = await waitFor(firefox, (v) => v.complete || v.declined, 'the clean view');
    expect(clean.userAgent).toContain('Android');
    expect(clean.width).toBe(390);
    expect(clean.declined).toBe(false);
    expect(clean.paragraphs).toBeGreaterThan(5);
    expect(clean.overflowing).toEqual([]);
    expect(clean.presShown.every((shown) => !shown)).toBe(true);

    const toggle = () => document.querySelector('cable-reader-view')?.shadowRoot?.querySelector('.cr-toggle');
    await firefox.click(toggle, null);
    const original = await waitFor(firefox, (v) => v.toggle === 'Clean view', 'switching to the original');
    expect(original.presShown.every((shown) => shown)).toBe(true);
    await firefox.click(toggle, null);
    await waitFor(firefox, (v) => v.toggle === 'Original page', 'switching back');

    const bookmark = (label: string) =>
      document
        .querySelector('cable-reader-view')
        ?.shadowRoot?.querySelector(`button[aria-label="Bookmark paragraph ${label}"]`);
    await firefox.click(bookmark, '2');
    await waitFor(firefox, (v) => v.pressed === 'true', 'the bookmark');

    expect(firefox.addonLog()).toEqual([]);
  });

  it("opens the popup for the cable's tab within the phone's width, switches the tab on a tap, lists the bookmark", async () => {
    await firefox.navigate(SEED_URL);
    const shown = await waitFor(firefox, (v) => v.complete, 'the clean view');
    if (shown.pressed !== 'true') {
      const bookmark = () =>
        document
          .querySelector('cable-reader-view')
          ?.shadowRoot?.querySelector('button[aria-label="Bookmark paragraph 2"]');
      await firefox.click(bookmark, null);
      await waitFor(firefox, (v) => v.pressed === 'true', 'the bookmark');
    }
    const popup = await firefox.openTab(firefox.extensionUrl('popup.html'));
    try {
      // The popup page finds the cable's tab as the extension sees it (its host permission shows the URL).
      const tabId = await popup.evaluate(async (url) => {
        const api = (
          globalThis as unknown as {
            browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
          }
        ).browser;
        return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? null;
      }, SEED_URL);
      expect(tabId).not.toBeNull();
      await popup.navigate(firefox.extensionUrl(`popup.html?tab=${tabId}`));
      const deadline = Date.now() + 20_000;
      let seen = await popup.evaluate(readPopup, null);
      while (!(seen.toggle && seen.text.includes('1 bookmark on 1 cable.'))) {
        if (Date.now() > deadline) throw new Error(`popup: no cable state: ${JSON.stringify(seen)}`);
        await new Promise((r) => setTimeout(r, 100));
        seen = await popup.evaluate(readPopup, null);
      }
      expect(seen.lang).toMatch(/^en\b/);
      expect(seen.text).toContain(seed.meta.id ?? '08ASTANA1147');
      expect(seen.toggle).toBe('Show original page');
      expect(seen.scrollWidth, 'horizontal scroll').toBeLessThanOrEqual(seen.width);
      expect(seen.width).toBe(390);
      expect(seen.overflowing).toEqual([]);

      await popup.click(() => document.querySelector('.pp-tab .pp-primary'), null);
      await waitFor(
        firefox,
        (v) => v.toggle === 'Clean view',
        'the tab switching to the original from the popup',
      );
      const original = await firefox.evaluate(readPhone, '2');
      expect(original.presShown.every((s) => s)).toBe(true);
    } finally {
      await popup.close();
    }
    expect(firefox.addonLog()).toEqual([]);
  });
});
