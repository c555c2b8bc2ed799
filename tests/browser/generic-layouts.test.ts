// The generic detector in Chromium on an enabled host, in every unknown-mirror layout: a few cables per layout (the
// seed and one corpus cable) give the numbered paragraphs, markings and text lib/sites finds in Node, the chrome
// stays in view, and toggling gives back the page byte for byte; the negative pages are declined untouched, with
// the reason on the console and in the popup; text the page's stylesheet hides is not read.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectCable } from '../../lib/sites/detect';
import { readSeed } from '../../scripts/sample-pages';
import { hasCorpus } from '../corpus';
import { cableSources } from '../corpus/generic-layouts';
import { expectedView } from '../fixtures/expected-view';
import {
  type CableSource,
  type GenericLayout,
  genericLayoutList,
  genericLayoutsByName,
  plainTextDocument,
  wholeText,
} from '../fixtures/generic-layouts';
import { negativePages } from '../fixtures/generic-negatives';
import { escapeHtml } from '../fixtures/layouts';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { grantableCopy } from './host-access';
import {
  hostCount,
  toggleButton,
  viewMarkings,
  viewParagraphs,
  viewText,
  waitForComplete,
  waitForOutcome,
} from './view';

const skip = browserSkipReason('generic layouts');
const seed = readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8');
const HOST = 'https://www.cable-mirror.example';
const ORIGIN = `${HOST}/*`;
/** Not granted: the same pages served here are never touched, which is what "byte-identical" is measured against. */
const UNTOUCHED = 'https://untouched.example';

const seedSource: CableSource = {
  id: '08ASTANA1147',
  body: readSeed(seed).body,
  header: null,
  classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
};

/** The seed, and one corpus cable per layout (a different one each), when the corpus is there. */
function samplesFor(index: number): CableSource[] {
  const corpus = hasCorpus() ? cableSources() : [];
  const pick = corpus[(index * 7) % Math.max(1, corpus.length)];
  return pick ? [seedSource, pick] : [seedSource];
}

/** Where the layout's page for `id` is served, and what is served (a `.txt` address gets the bare text). */
function served(layout: GenericLayout, source: CableSource): { path: string; body: string; html: string } {
  if (layout.name === 'text-plain') {
    const text = wholeText(source);
    return { path: `/raw/${source.id}.txt`, body: text, html: plainTextDocument(text) };
  }
  const html = layout.cable(source);
  return { path: `${layout.path}/${source.id}`, body: html, html };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * All the text of the clean view once complete, as the eye reads it: innerText would leave out the sections not yet
 * laid out, and textContent alone would put a badge's words for screen readers (`Secret, NOFORN`) into the text.
 */
async function viewTextContent(page: Page): Promise<string> {
  await waitForComplete(page);
  return page.evaluate(() => {
    const root = document.querySelector('cable-reader-view')?.shadowRoot;
    if (!root) return '';
    const copy = document.createElement('div');
    for (const child of root.children) copy.append(child.cloneNode(true));
    for (const spoken of copy.querySelectorAll('.cr-sr')) spoken.remove();
    return copy.textContent ?? '';
  });
}

/** The body markup of a page nothing of ours ran on. */
async function untouchedBody(browser: ExtensionBrowser, path: string, body: string): Promise<string> {
  browser.serve(`${UNTOUCHED}${path}`, body);
  const { page } = await browser.open(`${UNTOUCHED}${path}`);
  try {
    await page.waitForLoadState('load');
    return await page.evaluate(() => document.body.outerHTML);
  } finally {
    await page.close();
  }
}

const bodyWithoutOurs = (page: Page) =>
  page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('cable-reader-view')) el.remove();
    return clone.outerHTML;
  });

/** True when every element of the site's frame (nav, footer, comments, sidebar) in the page is rendered. */
const chromeVisible = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'nav, footer, aside, .navbar, .footer, #comments, .comments-area, .sidebar, .site-footer, .postprofile, .signature',
      ),
    ].every((el) => el.checkVisibility()),
  );

describe.skipIf(skip)('the generic detector in every layout, in Chromium on an enabled host', () => {
  let browser: ExtensionBrowser;
  let extensionDir: string;

  beforeAll(async () => {
    extensionDir = await grantableCopy([ORIGIN]);
    browser = await launchWithExtension({ extensionDir });
  });

  afterAll(async () => {
    await browser?.close();
    if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
  });

  genericLayoutList.forEach((layout, index) => {
    for (const source of samplesFor(index)) {
      it(`${layout.name}: ${source.id} reads as in Node, keeps the chrome, toggles back byte for byte`, async () => {
        const { path, body, html } = served(layout, source);
        const url = `${HOST}${path}`;
        const expected = expectedView(html, url, { generic: true });
        expect(expected?.site).toBe('generic');
        const node = detectCable(parseHTML(html).document as unknown as Document, new URL(url), {
          generic: true,
        });
        const originalCount = node.found ? node.cable.original.length : -1;
        const before = await untouchedBody(browser, path, body);

        browser.serve(url, body);
        const { page, ourErrors } = await browser.open(url);
        try {
          expect(await waitForOutcome(page)).toBe('ready');
          expect(await viewParagraphs(page)).toEqual(expected?.paragraphs);
          // Every marking the view shows is one lib/sites and lib/cable found in Node, in the same order.
          const markings = await viewMarkings(page);
          let at = 0;
          const unknown = markings.filter((m) => {
            const found = (expected?.blockMarkings ?? []).indexOf(m, at);
            at = found + 1;
            return found < 0;
          });
          expect(unknown).toEqual([]);
          // The whole view's text (sections the browser skips while off screen included).
          const text = collapse(await viewTextContent(page));
          for (const block of expected?.doc.blocks ?? []) {
            if (block.kind === 'paragraph') expect(text).toContain(collapse(block.text).slice(0, 80));
          }
          // The same elements are hidden as lib/sites chose in Node. The clean view takes the whole page (issue 15),
          // so the site's frame is out of sight while it shows, and back in view with the original.
          expect(await page.locator('[data-cable-reader-hidden]').count()).toBe(originalCount);

          await toggleButton(page, 'Original page').click();
          await toggleButton(page, 'Clean view').waitFor();
          expect(await chromeVisible(page)).toBe(true);
          expect(await bodyWithoutOurs(page)).toBe(before);
          // Back to clean (the host remembers the last view): the same elements hidden again.
          await toggleButton(page, 'Clean view').click();
          await toggleButton(page, 'Original page').waitFor();
          expect(await page.locator('[data-cable-reader-hidden]').count()).toBe(originalCount);
          expect(ourErrors()).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  });

  for (const negative of negativePages) {
    it(`declines ${negative.name} (${negative.layout}) untouched`, async () => {
      const layout = genericLayoutsByName[negative.layout] as GenericLayout;
      const path = `${layout.path}/negative-${negativePages.indexOf(negative)}`;
      const before = await untouchedBody(browser, path, negative.html);
      const url = `${HOST}${path}`;
      browser.serve(url, negative.html);
      const { page, ourErrors } = await browser.open(url);
      try {
        expect(await waitForOutcome(page)).toBe('declined');
        expect(await hostCount(page)).toBe(0);
        expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
        expect(ourErrors()).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('says on the console and in the popup why a page was not read', async () => {
    const negative = negativePages.find((n) => n.name === 'news article quoting two marked paragraphs');
    const url = `${HOST}/world/why-not`;
    browser.serve(url, negative?.html ?? '');
    const opened = await browser.openTab(url);
    const logged: string[] = [];
    opened.page.on('console', (m) => logged.push(m.text()));
    await opened.page.reload();
    try {
      expect(await waitForOutcome(opened.page)).toBe('declined');
      await expect
        .poll(() =>
          logged.some((l) => l.includes('[Cable Reader] left this page as it is: no cable-shaped text')),
        )
        .toBe(true);
      const { page: popup } = await browser.open(browser.extensionUrl(`popup.html?tab=${opened.tabId}`));
      try {
        await expect
          .poll(() => popup.locator('.pp-why').textContent(), { timeout: 10_000 })
          .toContain('does not read as a cable');
      } finally {
        await popup.close();
      }
    } finally {
      await opened.page.close();
    }
  });

  it('does not read text the page does not render (stylesheet rules, closed details, hidden, aria-hidden, noscript, template)', async () => {
    const para = (n: number, marking: string, words: string) =>
      `<p>${n}. (${marking}) ${escapeHtml(words)} The delegation met the minister and the talks went on late.</p>`;
    const hidden = (n: number) => `99${n}. (S) HIDDEN TEXT NUMBER ${n} that no reader sees on this page.`;
    const html = `<!DOCTYPE html><html><head><style>.promo-box { display: none } .collapsed { display: none }
:root { --off: none } @media screen { .wide-only { display: none } } .folded { content-visibility: hidden } .x-hide { visibility: hidden }</style></head><body>
<nav><a href="/">Home</a></nav>
<div class="entry">
<p>UNCLAS ZEMBLA 000123</p><p>SUBJECT: PORT TALKS</p>
${para(1, 'U', 'Summary of the talks.')}
<div class="promo-box"><p>${hidden(1)}</p></div>
${para(2, 'SBU', 'The minister said.')}
<p hidden>${hidden(2)}</p>
<div aria-hidden="true"><p>${hidden(3)}</p></div>
<noscript><p>${hidden(4)}</p></noscript>
<template><p>${hidden(5)}</p></template>
${para(3, 'SBU', 'The embassy comments.')}
<div class="collapsed"><p>4. (S) ${hidden(6)}</p></div>
<div class="wide-only"><p>${hidden(7)}</p></div>
<details><p>${hidden(8)}</p></details>
<div class="folded"><p>${hidden(9)}</p></div>
<p class="x-hide">${hidden(10)}</p>
<p style="display: var(--off)">${hidden(11)}</p>
</div>
<footer>Footer of the mirror with its own text.</footer></body></html>`;
    const url = `${HOST}/hidden/parts`;
    browser.serve(url, html);
    const { page } = await browser.open(url);
    try {
      expect(await waitForOutcome(page)).toBe('ready');
      expect((await viewParagraphs(page)).map((p) => p.para)).toEqual(['1', '2', '3']);
      expect(await viewText(page)).not.toContain('HIDDEN TEXT');
    } finally {
      await page.close();
    }
  });
});
