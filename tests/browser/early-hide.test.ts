// The early stylesheet in Chromium: at a cable address the raw text is hidden from document_start, and a page
// there that turns out to hold no cable (its text is no cable, its layout is half there) is never left hidden: once
// the script declines, every element the early rules matched is rendered again and no rule of ours is left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cablegateLayout, escapeHtml } from '../fixtures/layouts';
import { SAMPLE_CABLEGATE_PAGE } from '../fixtures/sample-cable';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension, readBuiltManifest } from './fixture';
import { urlMatchesContentScripts } from './manifest-matches';
import { hostCount, waitForOutcome } from './view';

const skip = browserSkipReason('early hide');

const text = 'Minutes of the committee meeting.\nNothing in this text is shaped like a cable.\n';

/** Pages at cable addresses, in the known layouts' shapes, that lib/sites declines. */
const pages = [
  {
    name: 'Cablegate pane with a <pre> and no cable table',
    url: 'https://wikileaks.org/cable/2010/12/10NOTACABLE1.html',
    html: `<html><head><title>Cable Viewer</title></head><body><div class='pane big'><h3>Notice</h3>
<code><pre>${escapeHtml(text)}</pre></code></div><p>Footer</p></body></html>`,
    selector: 'div.pane.big pre',
  },
  {
    name: 'PlusD text box with no text',
    url: 'https://wikileaks.org/plusd/cables/1974NOTACABLE00001_b.html',
    html: `<html><head><title>PlusD</title></head><body><div id='content-main'>
<div class='text-header'>${escapeHtml(text)}</div><div class='text-button' id='showhide'>Show Headers</div>
<div class='text-content'><div id='tagged-text'>   </div></div></div></body></html>`,
    selector: 'div.text-header, #showhide',
  },
  {
    name: 'cablegatesearch box with an empty body',
    url: 'https://cablegatesearch.net/cable.php?id=NOTACABLE1',
    html: `<html><head><title>Cablegate search</title></head><body><div id='cable'><div class='cable-content'>
<div id='cable-header'>${escapeHtml(text)}</div><div class='cable-body'></div></div></div></body></html>`,
    selector: 'div#cable div.cable-content',
  },
];

describe.skipIf(skip)('early hiding at cable addresses, in Chromium', () => {
  let browser: ExtensionBrowser;

  const cableUrl = 'https://wikileaks.org/cable/2009/03/09ZEMBLA123.html';

  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const p of pages) browser.serve(p.url, p.html);
    browser.serve(cableUrl, cablegateLayout(SAMPLE_CABLEGATE_PAGE));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('never renders a frame with the raw cable text before the clean view', async () => {
    const page = await browser.context.newPage();
    try {
      // In the page's own world, before its first frame: note every frame in which a <pre> with text is rendered.
      await page.addInitScript(() => {
        const seen: boolean[] = [];
        (window as unknown as { rawFrames: boolean[] }).rawFrames = seen;
        const sample = () => {
          seen.push(
            [...document.querySelectorAll('pre')].some(
              (pre) => pre.textContent?.trim() && pre.checkVisibility(),
            ),
          );
          if (!performance.getEntriesByName('cable-reader:first-paint').length) requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      await page.goto(cableUrl);
      expect(await waitForOutcome(page)).toBe('ready');
      await page.waitForFunction(() => performance.getEntriesByName('cable-reader:first-paint').length > 0);
      const frames = await page.evaluate(() => (window as unknown as { rawFrames: boolean[] }).rawFrames);
      expect(frames.length).toBeGreaterThan(0);
      expect(frames.filter(Boolean)).toEqual([]);
      expect(
        await page.evaluate(() => document.querySelectorAll('style[data-cable-reader-early]').length),
      ).toBe(0);
    } finally {
      await page.close();
    }
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s: declined and shown again', async (_name, p) => {
    expect(urlMatchesContentScripts(await readBuiltManifest(browser.extensionDir), p.url), p.url).toBe(true);
    const opened = await browser.open(p.url);
    const { page } = opened;
    try {
      expect(await waitForOutcome(page)).toBe('declined');
      expect(await hostCount(page)).toBe(0);
      const shown = await page.evaluate(
        (selector) => [...document.querySelectorAll(selector)].map((el) => el.checkVisibility()),
        p.selector,
      );
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every(Boolean), `${p.selector} rendered`).toBe(true);
      expect(
        await page.evaluate(() => document.querySelectorAll('style[data-cable-reader-early]').length),
      ).toBe(0);
      expect(opened.ourErrors()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
