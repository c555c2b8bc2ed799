// A view that declines or fails leaves nothing in the page, in Chromium: the DOM after the content script gave up
// is the DOM of the same markup where the extension never runs (no style, no attribute, no host of ours), on a
// mirror's page that is no cable, on a cable address holding none, and on a cable page where the view fails. On
// none of them, nor on a cable shown clean, does the page's own code hear from the extension (no window message).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../scripts/sample-pages';
import { cablegateLayout } from '../fixtures/layouts';
import { nonCablePages } from '../fixtures/non-cable-pages';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension } from './fixture';
import { waitForOutcome } from './view';

const skip = browserSkipReason('leaves nothing');

const seed = readSeed(
  readFileSync(resolve(import.meta.dirname, '../../assets/seed/08ASTANA1147.txt'), 'utf8'),
);
const CABLE_URL = 'https://wikileaks.org/cable/2008/06/08ASTANA1147.html';
const CABLE_HTML = cablegateLayout({ ...seed.meta, header: null, body: seed.body });

/**
 * The page claims the view's element name before our script makes it: its constructor takes the shadow root, so
 * the view cannot attach its own and fails after the page was read.
 */
const CLAIMS_OUR_ELEMENT = `<script>customElements.define('cable-reader-view', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'closed' }); }
});</script>`;
const FAILING_HTML = CABLE_HTML.replace('<head>', `<head>${CLAIMS_OUR_ELEMENT}`);

/** Where the same markup is served with no content script: the reference DOM. */
const PLAIN_URL = 'https://example.org/plain.html';

interface Case {
  name: string;
  url: string;
  html: string;
}

/** The cable-address script's decline: a page there that holds no cable. */
const NOT_FOUND: Case = {
  name: 'a cable address whose page holds no cable',
  url: 'https://wikileaks.org/cable/2008/06/08ASTANA9999.html',
  html: '<html><head><title>Not found</title></head><body><h1>404</h1><pre>No such cable.</pre></body></html>',
};

const CASES: Case[] = [
  ...nonCablePages.map((p) => ({
    name: `a mirror's page that is no cable (${p.name})`,
    url: p.url,
    html: p.html,
  })),
  NOT_FOUND,
  {
    name: 'a cable page where the view fails (the page claimed our element)',
    url: CABLE_URL,
    html: FAILING_HTML,
  },
];

/** The whole document as markup, with every open shadow root's presence noted. */
function dom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).map((el) => el.tagName);
    return `${document.documentElement.outerHTML}\nshadow hosts: ${hosts.join(',')}`;
  });
}

describe.skipIf(skip)('a view that declines or fails, in Chromium', () => {
  let browser: ExtensionBrowser;
  const opened: Page[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
  });

  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(CASES)('leaves nothing on $name', async ({ url, html }) => {
    browser.serve(url, html);
    browser.serve(PLAIN_URL, html);
    const plain = await browser.open(PLAIN_URL);
    opened.push(plain.page);
    await plain.page.waitForLoadState('load');
    const before = await dom(plain.page);

    const mirror = await browser.open(url);
    opened.push(mirror.page);
    expect(await waitForOutcome(mirror.page)).toBe('declined');
    await mirror.page.waitForLoadState('load');
    // Past the longest the raw text may stay hidden while a page arrives (run.ts REVEAL_AFTER_MS).
    await mirror.page.waitForTimeout(300);
    expect(await dom(mirror.page)).toBe(before);
  });

  it.each([
    { name: 'a cable shown clean', url: CABLE_URL, html: CABLE_HTML, outcome: 'ready' },
    { ...NOT_FOUND, outcome: 'declined' },
    ...nonCablePages.slice(0, 1).map((p) => ({ ...p, outcome: 'declined' })),
  ])('sends no window message to the page on $name', async ({ url, html, outcome }) => {
    browser.serve(url, html);
    const page = await browser.context.newPage();
    opened.push(page);
    // The page's own listener, there before any script of ours runs.
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
    });
    await page.goto(url);
    expect(await waitForOutcome(page)).toBe(outcome);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
  });
});
