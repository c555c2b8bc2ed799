// Cable text that carries markup and script, in Chromium: on each mirror layout the clean view shows the payloads
// as text and runs none of them (before and after toggling), does not re-create or re-run the page's own elements,
// and links nothing but cable URLs: PlusD pages of cited cables and the page's own paragraph anchors.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attacksTried } from '../fixtures/robustness-tally';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import {
  HOSTILE_TITLE,
  type HostilePage,
  hostilePages,
  PAGE_ELEMENTS,
  PAGE_RUNS,
  PAYLOAD_RUNS,
  SHOWN_AS_TEXT,
} from './hostile-pages';
import { waitForStoredView } from './stored-view';
import { hostCount, presHidden, presVisible, toggleButton, viewText, waitForOutcome } from './view';

const skip = browserSkipReason('hostile cable text');

/** The cited cables that have a well-formed id in the hostile text (every other reference is junk or a trap). */
const LINKED_REFERENCES = ['08ASTANA1147', '09ZEMBLA120'];

/** A PlusD page of a cable by its canonical id: all the view may link outside the page itself. */
const CABLE_URL = /^https:\/\/wikileaks\.org\/plusd\/cables\/(\d{2}[A-Z]+\d+)_[ab]\.html$/;

/** The names of the payloads whose code `text` carries (each records its name when it runs). */
function payloadsIn(text: string): string[] {
  const code = new RegExp(`${PAYLOAD_RUNS}\\|\\|\\[\\]\\)\\.push\\('([^']+)'\\)`, 'g');
  return [...new Set([...text.matchAll(code)].map((m) => m[1] as string))];
}

/** Elements that would load or run something; the view has no business holding any. */
const ACTIVE_TAGS = ['script', 'iframe', 'frame', 'object', 'embed', 'img', 'image', 'base', 'form', 'meta'];

/** Attributes whose value is a URL to load or follow. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data'];

interface ViewAudit {
  /** Names recorded by payloads that ran, and by the page's own elements, in the main world. */
  payloadRuns: string[];
  pageRuns: string[];
  title: string;
  /** `tag[attr]` of every event-handler attribute in the view. */
  handlers: string[];
  activeElements: string[];
  /** Every URL-valued attribute in the view, resolved against the page. */
  urls: { tag: string; attr: string; value: string; resolved: string; text: string }[];
}

/** What the page's main world can see of the view and of anything that ran. */
function audit(page: Page): Promise<ViewAudit> {
  return page.evaluate(
    ({ payloadFlag, pageFlag, activeTags, urlAttributes }) => {
      const w = window as unknown as Record<string, string[] | undefined>;
      const root = document.querySelector('cable-reader-view')?.shadowRoot;
      const all = [...(root?.querySelectorAll('*') ?? [])];
      const handlers: string[] = [];
      const urls: ViewAudit['urls'] = [];
      for (const el of all) {
        for (const attr of el.getAttributeNames()) {
          if (/^on/i.test(attr)) handlers.push(`${el.localName}[${attr}]`);
          if (urlAttributes.includes(attr.toLowerCase())) {
            const value = el.getAttribute(attr) ?? '';
            let resolved = '';
            try {
              resolved = new URL(value, document.baseURI).href;
            } catch {
              resolved = `unresolvable: ${value}`;
            }
            urls.push({ tag: el.localName, attr, value, resolved, text: el.textContent ?? '' });
          }
        }
      }
      return {
        payloadRuns: [...(w[payloadFlag] ?? [])],
        pageRuns: [...(w[pageFlag] ?? [])],
        title: document.title,
        handlers,
        activeElements: all.filter((el) => activeTags.includes(el.localName)).map((el) => el.localName),
        urls,
      };
    },
    {
      payloadFlag: PAYLOAD_RUNS,
      pageFlag: PAGE_RUNS,
      activeTags: ACTIVE_TAGS,
      urlAttributes: URL_ATTRIBUTES,
    },
  );
}

/**
 * Where a view URL may point: a cited cable's PlusD page, one of this page's paragraph anchors, the view's own
 * places (`#cr-text`, `#cr-ref-A`), or the mirror's index of a tag on the page's own origin.
 */
function allowedUrl(resolved: string, pageUrl: string): boolean {
  if (CABLE_URL.test(resolved)) return true;
  const url = URL.canParse(resolved) ? new URL(resolved) : null;
  if (url && url.origin === new URL(pageUrl).origin && /^\/tag\/[A-Z0-9]{2,12}_0\.html$/.test(url.pathname))
    return !url.search && !url.hash;
  const hash = resolved.indexOf('#');
  return (
    hash > 0 &&
    resolved.slice(0, hash) === pageUrl &&
    /^#(?:par[0-9A-Za-z.-]+|cr-text|cr-ref-[A-Z])$/.test(resolved.slice(hash))
  );
}

/** The checks that must hold at every moment: nothing of the cable text ran, the page's own markup ran once. */
function expectNothingRan(state: ViewAudit, moment: string): void {
  expect(state.payloadRuns, `payloads that ran (${moment})`).toEqual([]);
  expect(state.title, `document.title (${moment})`).toBe(HOSTILE_TITLE);
  // The page's real <img onerror> and <script> inside its text ran once each, as the page itself ran them.
  expect([...state.pageRuns].sort(), `the page's own elements' runs (${moment})`).toEqual(
    [...PAGE_ELEMENTS].sort(),
  );
  expect(state.handlers, `event-handler attributes in the view (${moment})`).toEqual([]);
  expect(state.activeElements, `loading or running elements in the view (${moment})`).toEqual([]);
}

describe.skipIf(skip)('hostile cable text, in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const p of hostilePages) browser.serve(p.url, p.html);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sees what it looks for: markup a page script puts into the view is flagged', async () => {
    const p = hostilePages[0] as HostilePage;
    const opened = await browser.open(p.url);
    const { page } = opened;
    try {
      expect(await waitForOutcome(page)).toBe('ready');
      await expect
        .poll(async () => (await audit(page)).pageRuns.length, { timeout: 10_000 })
        .toBe(PAGE_ELEMENTS.length);
      // The open shadow root is the page's to write into; what it writes there must show up in the audit.
      await page.evaluate((flag) => {
        const root = document.querySelector('cable-reader-view')?.shadowRoot;
        const img = document.createElement('img');
        img.setAttribute('onerror', `(window.${flag}=window.${flag}||[]).push('control')`);
        img.src = 'https://wikileaks.org/nothing-here.png';
        const link = document.createElement('a');
        link.href = 'javascript:void 0';
        link.textContent = '09ZEMBLA123';
        root?.append(img, link);
      }, PAYLOAD_RUNS);
      await expect
        .poll(async () => (await audit(page)).payloadRuns, { timeout: 10_000 })
        .toEqual(['control']);
      const state = await audit(page);
      expect(state.handlers).toEqual(['img[onerror]']);
      expect(state.activeElements).toEqual(['img']);
      const disallowed = state.urls.filter((u) => !allowedUrl(u.resolved, p.url)).map((u) => u.value);
      expect(disallowed).toEqual(['https://wikileaks.org/nothing-here.png', 'javascript:void 0']);
    } finally {
      await page.close();
    }
  });

  describe.each(hostilePages.map((p) => [p.layout, p] as const))(
    'on the %s layout',
    (_layout, p: HostilePage) => {
      it('shows every payload as text, runs none, and links only cable URLs, before and after toggling', async () => {
        const opened = await browser.open(p.url);
        const { page } = opened;
        await page.bringToFront();
        try {
          expect(await waitForOutcome(page)).toBe('ready');
          expect(await hostCount(page)).toBe(1);
          // The page's own <img> fails to load (nothing is served at its src) and runs its handler: wait for it.
          await expect
            .poll(async () => (await audit(page)).pageRuns.length, { timeout: 10_000 })
            .toBe(PAGE_ELEMENTS.length);

          const text = await viewText(page);
          for (const fragment of SHOWN_AS_TEXT) expect(text, 'shown as text').toContain(fragment);
          expect(text, 'a bidi override is kept as a character, not acted on').toContain('\u202e');
          // Every payload the page's own cable text carries, which the extension read (the view shows some of them
          // in other words: tags as a list, references as links).
          const payloads = payloadsIn(await page.evaluate(() => document.body.textContent ?? ''));
          expect(payloads.length, 'payloads in the page’s text').toBeGreaterThan(0);
          expect(payloadsIn(text).length, 'payloads in the view as text').toBeGreaterThan(0);
          const attack = attacksTried('script payloads', payloads.length);
          const ran = new Set<string>();

          const first = await audit(page);
          for (const name of first.payloadRuns) ran.add(name);
          expectNothingRan(first, 'after render');
          const disallowed = first.urls.filter((u) => u.attr !== 'href' || !allowedUrl(u.resolved, p.url));
          expect(disallowed, 'URLs in the view that are no cable URL').toEqual([]);
          const cited = first.urls.flatMap((u) => CABLE_URL.exec(u.resolved)?.[1] ?? []);
          expect([...new Set(cited)].sort(), 'the cited cables linked').toEqual(LINKED_REFERENCES);
          // A link shows the id it goes to (the text may space it out: `08 ASTANA 1147`), never a look-alike.
          for (const u of first.urls) {
            const id = CABLE_URL.exec(u.resolved)?.[1];
            if (id) expect(u.text.replace(/[\s\p{Cf}]/gu, '')).toContain(id);
          }
          expect(first.urls.some((u) => allowedUrl(u.resolved, p.url) && !CABLE_URL.test(u.resolved))).toBe(
            true,
          );

          await toggleButton(page, 'Original page').click();
          await toggleButton(page, 'Clean view').waitFor();
          expect(await presVisible(page)).toBe(true);
          const original = await audit(page);
          for (const name of original.payloadRuns) ran.add(name);
          expectNothingRan(original, 'after switching to the original');

          await toggleButton(page, 'Clean view').click();
          await toggleButton(page, 'Original page').waitFor();
          const last = await audit(page);
          for (const name of last.payloadRuns) ran.add(name);
          attack.held(payloads.filter((name) => !ran.has(name)).length);
          expectNothingRan(last, 'after switching back to the clean view');
          expect(last.urls).toEqual(first.urls);
          expect(await hostCount(page)).toBe(1);
          if (p.layout === 'Cablegate viewer') expect(await presHidden(page)).toBe(true);
          // The next page must open clean: wait until the choice is stored.
          await waitForStoredView(browser, 'clean');
          expect(opened.ourErrors()).toEqual([]);
        } finally {
          await page.close();
        }
      });
    },
  );
});
