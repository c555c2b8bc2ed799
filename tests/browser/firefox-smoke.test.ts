// Firefox really runs the extension, not only lints it: headless firefox-esr over WebDriver BiDi, the Firefox build
// installed as a temporary add-on, a long corpus cable at its real mirror URL. The clean view shows lib/cable's
// paragraphs with no page-break header, switches to the original and back on real clicks, and bookmarks a
// paragraph through the background's IndexedDB store; the reading surface takes the whole page at 390 and 1280 px
// with no horizontal scroll, toggled on real clicks. Skips with a notice where Firefox is not installed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BenchPage, corpusPages } from '../bench/browser/pages';
import { findBuild } from '../build/build-output';
import { hasCorpus } from '../corpus';
import { expectedView } from '../fixtures/expected-view';
import { type FirefoxBrowser, firefoxSkipReason, launchFirefox } from './firefox';

const build = findBuild('Firefox smoke test', ['firefox-mv2', 'firefox-mv3']);
const skip = !build
  ? 'no Firefox build'
  : (firefoxSkipReason('Firefox smoke test', build) ?? (hasCorpus() ? null : 'no corpus'));

/** A long multi-page cable (page breaks mid-sentence, many marked paragraphs). */
const PAGE_ID = '06MOSCOW5645';

interface ViewState {
  ready: boolean;
  /** Every paragraph is in the view: `ready` marks the first screen, the rest arrives in slices. */
  complete: boolean;
  declined: boolean;
  paragraphs: { para: string; marking: string | null }[];
  text: string;
  toggle: string | null;
  presShown: boolean[];
}

/** What the page shows of the view (run in Firefox; self-contained). */
function readView(): ViewState {
  const root = document.querySelector('cable-reader-view')?.shadowRoot;
  return {
    ready: performance.getEntriesByName('cable-reader:ready', 'mark').length > 0,
    complete: performance.getEntriesByName('cable-reader:complete', 'mark').length > 0,
    declined: performance.getEntriesByName('cable-reader:declined', 'mark').length > 0,
    paragraphs: [...(root?.querySelectorAll('[data-para]') ?? [])].map((el) => ({
      para: el.getAttribute('data-para') ?? '',
      marking: el.getAttribute('data-marking'),
    })),
    text: root?.textContent ?? '',
    toggle: root?.querySelector('.cr-toggle')?.textContent ?? null,
    presShown: [...document.querySelectorAll('pre')].map((pre) => pre.checkVisibility()),
  };
}

/** Polls the page until `done` holds for what it shows, or fails with the last state seen. */
async function waitForView(
  firefox: FirefoxBrowser,
  done: (state: ViewState) => boolean,
  what: string,
): Promise<ViewState> {
  const deadline = Date.now() + 20_000;
  let state = await firefox.evaluate(readView, null);
  while (!done(state)) {
    if (Date.now() > deadline)
      throw new Error(`Firefox: ${what} did not happen: ${JSON.stringify(state).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
    state = await firefox.evaluate(readView, null);
  }
  return state;
}

interface Surface {
  /** The document's scroll width, its width inside the scroll bar, and the viewport's width. */
  scroll: number;
  client: number;
  inner: number;
  /** The view's host box, against the viewport. */
  host: { left: number; width: number; height: number };
  /** Elements of the mirror's page that render beside the view (tag names). */
  outside: string[];
  /** The first paragraph's top edge, against the viewport. */
  firstPara: number;
}

/** How the reading surface sits in the page (run in Firefox; self-contained). */
function readSurface(): Surface {
  const host = document.querySelector('cable-reader-view');
  const box = host?.getBoundingClientRect();
  const para = host?.shadowRoot?.querySelector('.cr-body [data-para]')?.getBoundingClientRect();
  return {
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    inner: window.innerWidth,
    host: { left: box?.left ?? -1, width: box?.width ?? 0, height: box?.height ?? 0 },
    outside: [...document.body.querySelectorAll('*')]
      .filter((el) => el !== host && !(host && el.contains(host)))
      .filter((el) => el.checkVisibility())
      .map((el) => el.tagName.toLowerCase()),
    firstPara: para?.top ?? 9999,
  };
}

/** A paragraph's bookmark toggle in the view (run in Firefox; self-contained). */
function bookmarkButton(label: string): Element | null | undefined {
  return document
    .querySelector('cable-reader-view')
    ?.shadowRoot?.querySelector(`button[aria-label="Bookmark paragraph ${label}"]`);
}

/** Whether the paragraph's toggle says it is bookmarked (the store answered) within `ms`. */
async function pressedWithin(firefox: FirefoxBrowser, label: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  const pressed = (l: string) =>
    document
      .querySelector('cable-reader-view')
      ?.shadowRoot?.querySelector(`button[aria-label="Bookmark paragraph ${l}"]`)
      ?.getAttribute('aria-pressed') ?? null;
  while ((await firefox.evaluate(pressed, label)) !== 'true') {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** Waits until the paragraph's toggle says it is bookmarked, or fails. */
async function waitForPressed(firefox: FirefoxBrowser, label: string): Promise<void> {
  if (!(await pressedWithin(firefox, label, 20_000)))
    throw new Error(`Firefox: paragraph ${label} was not shown bookmarked`);
}

describe.skipIf(skip)('the extension in Firefox (firefox-esr, WebDriver BiDi)', () => {
  let firefox: FirefoxBrowser;
  let page: BenchPage | undefined;

  beforeAll(async () => {
    page = corpusPages().find((p) => p.id === PAGE_ID);
    firefox = await launchFirefox(build ?? '');
    if (page) firefox.serve(page.mirrorUrl, page.html);
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
  });

  it('shows the clean view of a corpus cable at its mirror URL, toggles on real clicks, and bookmarks a paragraph', async () => {
    expect(page, `${PAGE_ID} in the corpus`).toBeDefined();
    if (!page) return;
    const expected = expectedView(page.html, page.mirrorUrl);
    expect(expected?.paragraphs.length).toBeGreaterThan(10);
    expect(firefox.addonId).toBe('cable-reader@cable-reader.dev');

    await firefox.navigate(page.mirrorUrl);
    const clean = await waitForView(firefox, (s) => s.complete || s.declined, 'the clean view');
    expect(clean.declined).toBe(false);
    expect(clean.paragraphs).toEqual(expected?.paragraphs);
    for (const header of expected?.pageBreaks ?? []) expect(clean.text).not.toContain(header.trim());
    expect(clean.toggle).toBe('Original page');
    expect(
      clean.presShown.every((shown) => !shown),
      'the original is hidden',
    ).toBe(true);

    const toggle = () => document.querySelector('cable-reader-view')?.shadowRoot?.querySelector('.cr-toggle');
    await firefox.click(toggle, null);
    const original = await waitForView(
      firefox,
      (s) => s.toggle === 'Clean view',
      'switching to the original',
    );
    expect(
      original.presShown.every((shown) => shown),
      'the original shows',
    ).toBe(true);
    await firefox.click(toggle, null);
    await waitForView(firefox, (s) => s.toggle === 'Original page', 'switching back to the clean view');

    // A bookmark goes to the background's IndexedDB and back: the toggle shows it pressed.
    const label = expected?.paragraphs[3]?.para ?? '4';
    await firefox.click(bookmarkButton, label);
    // Right after switching back, the view may still be restoring the reader's place, and a pointer aimed at the
    // button can land beside it: while the toggle is still unpressed (nothing happened), the reader clicks again.
    if (!(await pressedWithin(firefox, label, 4_000))) await firefox.click(bookmarkButton, label);
    await waitForPressed(firefox, label);

    // Reloaded, the page finds the bookmark in the store.
    await firefox.navigate(page.mirrorUrl);
    await waitForView(firefox, (s) => s.ready, 'the clean view after a reload');
    await waitForPressed(firefox, label);
    expect(firefox.addonLog()).toEqual([]);
  }, 120_000);

  it.each([390, 1280])(
    'at %i px the clean view takes the whole page with no horizontal scroll, and the toggle gives the page back',
    async (width) => {
      if (!page) return;
      await firefox.setViewport(width, 800);
      await firefox.navigate(page.mirrorUrl);
      await waitForView(firefox, (s) => s.complete || s.declined, 'the clean view');
      const clean = await firefox.evaluate(readSurface, null);
      expect(clean.inner).toBe(width);
      expect(clean.scroll, 'horizontal overflow').toBeLessThanOrEqual(clean.client);
      // Firefox's scroll bar takes its own width: the view takes the rest.
      expect(clean.host).toMatchObject({ left: 0, width: clean.client });
      expect(clean.host.height).toBeGreaterThan(800);
      expect(clean.outside, 'the mirror’s page beside the view').toEqual([]);
      expect(clean.firstPara, 'paragraph 1 on the first screen').toBeLessThan(800);

      const toggle = () =>
        document.querySelector('cable-reader-view')?.shadowRoot?.querySelector('.cr-toggle');
      await firefox.click(toggle, null);
      const original = await waitForView(
        firefox,
        (s) => s.toggle === 'Clean view',
        'switching to the original',
      );
      expect(original.presShown.every((shown) => shown)).toBe(true);
      expect((await firefox.evaluate(readSurface, null)).outside.length).toBeGreaterThan(0);
      await firefox.click(toggle, null);
      await waitForView(firefox, (s) => s.toggle === 'Original page', 'switching back to the clean view');
      const back = await firefox.evaluate(readSurface, null);
      expect(back.scroll).toBeLessThanOrEqual(back.client);
      expect(back.outside).toEqual([]);
      expect(firefox.addonLog()).toEqual([]);
    },
    120_000,
  );
});
