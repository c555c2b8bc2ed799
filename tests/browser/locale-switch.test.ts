// The interface in each of the five languages, as a reader whose browser speaks it sees it: Chromium launched in
// that language (`--lang`, see fixture.ts), a real corpus cable at its mirror URL and the popup for its tab, at a
// 390x844 phone size. Every label is in the language (the catalog's own words), none is a raw message name, a
// `__MSG_` placeholder or empty, dates and numbers are the language's, and nothing runs off the screen sideways.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../lib/i18n/catalog';
import { type BenchPage, corpusPages } from '../bench/browser/pages';
import { hasCorpus } from '../corpus';
import { PROMISED_LOCALES, readCatalog } from '../i18n/catalogs';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { waitForComplete, waitForOutcome } from './view';

const skip = browserSkipReason('locale switch') ?? (hasCorpus() ? null : 'no corpus');

/** A long multi-page cable: markings, page breaks, many addressees behind the details control. */
const PAGE_ID = '06MOSCOW5645';
const PHONE = { width: 390, height: 844 };
const english = readCatalog('en');
const messageNames = Object.keys(english);

/** The language tag Chromium is launched with for a catalog folder (`pt_BR` -> `pt-BR`). */
const tagOf = (locale: string) => locale.replace('_', '-');

/** What the checks read off a rendered interface (a shadow root or a document), gathered in the page. */
interface Surface {
  /** Visible text, and every aria-label, title and placeholder. */
  texts: string[];
  /** Controls with no name at all: no text, no aria-label, no title. */
  unnamed: string[];
  /** Elements whose box or text runs past the right edge of the viewport. */
  offscreen: string[];
  scrollWidth: number;
  clientWidth: number;
}

/** Reads a surface (run in the page; self-contained). `rootSelector`: a host with an open shadow root, or none. */
function readSurface(rootSelector: string | null): Surface {
  const root: ParentNode | null = rootSelector
    ? (document.querySelector(rootSelector)?.shadowRoot ?? null)
    : document;
  if (!root) throw new Error(`no shadow root on ${rootSelector}`);
  const width = document.documentElement.clientWidth;
  const shown = (el: Element) => el.getClientRects().length > 0 && (el as HTMLElement).checkVisibility();
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}.${el.className || ''} “${el.textContent?.trim().slice(0, 40)}”`;
  const all = [...root.querySelectorAll('*')];
  const texts: string[] = [];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent?.trim();
    if (text && n.parentElement && shown(n.parentElement)) texts.push(text);
  }
  for (const el of all)
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const value = el.getAttribute(attr);
      if (value !== null) texts.push(value);
    }
  const controls = all.filter((el) =>
    el.matches('button, a[href], input:not([type="hidden"]), select, textarea, [role="button"]'),
  );
  const unnamed = controls
    .filter(shown)
    .filter((el) => {
      const labelled = el.getAttribute('aria-labelledby');
      const byLabel = (el as HTMLInputElement).labels?.length;
      return !(
        el.textContent?.trim() ||
        el.getAttribute('aria-label')?.trim() ||
        el.getAttribute('title')?.trim() ||
        labelled ||
        byLabel ||
        ((el as HTMLInputElement).value?.trim() && el.matches('input[type="button"], input[type="submit"]'))
      );
    })
    .map(name);
  const offscreen = all
    .filter(shown)
    .filter((el) => {
      const r = el.getBoundingClientRect();
      // Inside a box that scrolls on its own (a wide table, a preformatted line), running past is the box's business.
      const scroller = el.parentElement?.closest('pre, table, [data-scrolls]');
      return !scroller && r.width > 0 && r.right > width + 1;
    })
    .map(name);
  return {
    texts,
    unnamed,
    offscreen,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: width,
  };
}

function surface(page: Page, rootSelector: string | null): Promise<Surface> {
  return page.evaluate(readSurface, rootSelector);
}

/** Message names, `__MSG_` placeholders and unfilled `$1` among the texts. */
function rawKeys(texts: readonly string[]): string[] {
  const names = new Set(messageNames);
  return texts.filter(
    (text) =>
      text.includes('__MSG_') ||
      /(^|\s)\$[1-9](\s|$)/.test(text) ||
      (text.match(/[A-Za-z]+_[A-Za-z0-9_]+/g) ?? []).some((word) => names.has(word)),
  );
}

/** A message of the catalog with `$1`... filled as the page fills them cannot be known here: its fixed words. */
function fixedWords(catalog: Catalog, key: string): string {
  const message = catalog[key]?.message;
  if (!message) throw new Error(`no ${key}`);
  return message;
}

describe.skipIf(skip)('the interface in each language, in Chromium at 390x844', () => {
  let cable: BenchPage;

  beforeAll(() => {
    const found = corpusPages().find((p) => p.id === PAGE_ID);
    if (!found) throw new Error(`${PAGE_ID} is not in the corpus`);
    cable = found;
  });

  describe.each(PROMISED_LOCALES.map((l) => [l] as const))('%s', (locale) => {
    const catalog = readCatalog(locale);
    let browser: ExtensionBrowser;
    let page: Page;
    let tabId: number;

    beforeAll(async () => {
      browser = await launchWithExtension({ locale: tagOf(locale), viewport: PHONE });
      browser.serve(cable.mirrorUrl, cable.html);
      const opened = await browser.openTab(cable.mirrorUrl);
      page = opened.page;
      tabId = opened.tabId;
      await page.setViewportSize(PHONE);
      expect(await waitForOutcome(page)).toBe('ready');
      await waitForComplete(page);
    }, 90_000);

    afterAll(async () => {
      await browser?.close();
    });

    it('shows the clean view in the language: the toggle, the card and the markings speak it', async () => {
      const view = page.locator('cable-reader-view');
      // Open what the first screen keeps closed, so its labels are checked too.
      await view.locator('.cr-details-toggle').click();
      await view.locator('.cr-chip[data-level]').first().click();
      // The card explains the cable's subject tags (PREL, PGOV, MARR, MOPS) in the language, each as its catalog does.
      const subjects = await view
        .locator('.cr-tag[data-kind="subject"]:has(.cr-tag-meaning)')
        .evaluateAll((tags) =>
          tags.map((tag) => [
            tag.querySelector('.cr-tag-code')?.textContent ?? '',
            tag.querySelector('.cr-tag-meaning')?.textContent ?? '',
          ]),
        );
      expect(subjects.map(([code]) => code)).toEqual(['PREL', 'PGOV', 'MARR', 'MOPS']);
      for (const [code, meaning] of subjects)
        expect(meaning, code).toBe(fixedWords(catalog, `subjectTag_${code}`));
      const seen = await surface(page, 'cable-reader-view');
      const all = seen.texts.join('\n');
      for (const key of [
        'view_toggleOriginal',
        'card_hideDetails',
        'view_hideOthers',
        'view_clearFilter',
        'card_to',
      ])
        expect(all, key).toContain(fixedWords(catalog, key));
      expect(seen.texts).toContain(fixedWords(catalog, 'view_toggleOriginal'));
      // The card's date as the language writes it (month names, order), the cable's own time kept.
      const time = await view.locator('.cr-kicker time').first();
      const [iso = '', written = ''] = [await time.getAttribute('datetime'), await time.textContent()].map(
        (v) => v ?? '',
      );
      const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
      const day = new Intl.DateTimeFormat(tagOf(locale), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)));
      expect(written, `the date ${iso}`).toContain(day);
      expect(rawKeys(seen.texts), 'raw message names').toEqual([]);
      expect(seen.unnamed, 'controls without a name').toEqual([]);
    });

    it('fits the clean view in 390 px: no horizontal scroll, no label off the screen', async () => {
      const seen = await surface(page, 'cable-reader-view');
      expect(seen.scrollWidth, 'horizontal scroll').toBeLessThanOrEqual(seen.clientWidth);
      expect(seen.offscreen, 'off the right edge').toEqual([]);
    });

    it('shows the popup for the cable’s tab in the language, within 390 px', async () => {
      const { page: popup } = await browser.open(browser.extensionUrl(`popup.html?tab=${tabId}`));
      try {
        await popup.setViewportSize(PHONE);
        await popup
          .getByRole('heading', { name: fixedWords(catalog, 'bm_title') })
          .waitFor({ timeout: 15_000 });
        // The page's language is the catalog's (Chromium may add a region: `es` is served as `es-ES`).
        const lang = await popup.evaluate(() => document.documentElement.lang);
        expect(lang.split('-')[0]).toBe(tagOf(locale).split('-')[0]);
        const seen = await surface(popup, null);
        expect(seen.texts).toContain(fixedWords(catalog, 'popup_showOriginal'));
        expect(rawKeys(seen.texts), 'raw message names').toEqual([]);
        expect(seen.unnamed, 'controls without a name').toEqual([]);
        expect(seen.scrollWidth, 'horizontal scroll').toBeLessThanOrEqual(seen.clientWidth);
        expect(seen.offscreen, 'off the right edge').toEqual([]);
      } finally {
        await popup.close();
      }
    });
  });

  it('tests every promised language, English included', () => {
    expect([...PROMISED_LOCALES].sort()).toEqual(['de', 'en', 'es', 'fr', 'pt_BR']);
  });
});
